"""Everything that only SQLite understands, in one place.

The rest of the storage layer is portable SQLAlchemy (so a shared
PostgreSQL library may come later). What is specific lives here: connection
pragmas, the file header that identifies a project, and the FTS5 full-text
index with its queries.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x57424E43
"""'WBNC' in the database header: marks a SQLite file as a Workbench project."""

_USER_VERSION_OFFSET = 60
_APPLICATION_ID_OFFSET = 68
_HEADER_SIZE = 100


@dataclass(frozen=True)
class FileHeader:
    """What the first 100 bytes of a file say, read without opening it as a database."""

    is_sqlite: bool
    application_id: int = 0
    user_version: int = 0


def read_header(path: Path) -> FileHeader:
    """Read the SQLite header directly, so inspecting a file never changes it."""
    with path.open("rb") as handle:
        head = handle.read(_HEADER_SIZE)
    if len(head) < _HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        return FileHeader(is_sqlite=False)
    return FileHeader(
        is_sqlite=True,
        application_id=int.from_bytes(head[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4]),
        user_version=int.from_bytes(head[_USER_VERSION_OFFSET : _USER_VERSION_OFFSET + 4]),
    )


def text_with_replacement(data: bytes) -> str:
    """How every connection of ours turns stored text into ``str``: bytes that are not
    UTF-8 (SQLite stores whatever it is given, so another program may have) read as
    U+FFFD instead of failing the whole read. It costs about 0.15 µs a value over
    the default (5 % of a dump); of the forms tried, a plain function is the fastest."""
    return data.decode("utf-8", "replace")


def install_pragmas(engine: Engine) -> None:
    """Foreign keys on every connection; WAL and a busy timeout on the file;
    an untrusted schema; text read with replacement."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions
        # begin: otherwise DDL runs outside them and a migration is not atomic.
        dbapi_connection.isolation_level = None
        dbapi_connection.text_factory = text_with_replacement
        cursor = dbapi_connection.cursor()
        try:
            # A file's schema runs only where it names itself harmless: no function
            # with side effects from a view or trigger someone else put there.
            cursor.execute("PRAGMA trusted_schema = OFF")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 5000")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA secure_delete = ON")
        except UnicodeDecodeError as error:
            # SQLite's own message quotes a schema that is not UTF-8, which the
            # sqlite3 module then fails to decode: it is damage like any other.
            raise sqlite3.DatabaseError(
                "malformed database schema (it holds text that is not UTF-8)"
            ) from error
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")


def stamp_file(connection: Connection, schema_version: int) -> None:
    """Mark the file as a Workbench project of the given schema version."""
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
    connection.exec_driver_sql(f"PRAGMA user_version = {int(schema_version):d}")


_STORAGE_PROBLEMS = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the file or its folder cannot be written (read-only)",
    sqlite3.SQLITE_CANTOPEN: "the file cannot be opened for writing",
    sqlite3.SQLITE_PERM: "permission denied",
    sqlite3.SQLITE_IOERR: "the disk reported an error while writing",
}


def storage_problem(error: BaseException | None) -> str | None:
    """Plain words when SQLite could not write the file (disk full, read-only,
    I/O error); None for any other error."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _STORAGE_PROBLEMS.get(code & 0xFF)


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at commit, not row by row, for the rest of this
    transaction: a bulk load may write a link before the record it points to."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


@contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """Give this connection a page cache of ``kib`` KiB while a large write runs.

    SQLite's default (2 MiB) holds a small part of a large project: a merge
    updating thousands of records scattered over its tables and search index
    reads pages again and spills changed ones to the WAL before the commit,
    a fifth of its time in SQLite. The pages are allocated only as used and
    freed once the size is put back; pages changed but not yet committed stay.
    """
    previous = _pragma(connection, "cache_size")
    _pragma(connection, f"cache_size = {-int(kib):d}")
    try:
        yield
    finally:
        # If the connection failed, the error that made it fail is the one to see.
        with suppress(sqlite3.Error):
            _pragma(connection, f"cache_size = {int(previous):d}")


def _pragma(connection: Connection, pragma: str) -> Any:
    """Run a PRAGMA straight through the driver; its value, if it has one."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f"PRAGMA {pragma}")
        row = cursor.fetchone()
        return None if row is None else row[0]
    finally:
        cursor.close()


def integrity_ok(connection: Connection, *, thorough: bool = False) -> bool:
    """SQLite's own check of the file's structure; ``quick_check`` unless thorough."""
    pragma = "integrity_check" if thorough else "quick_check"
    rows = connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
    return [tuple(r) for r in rows] == [("ok",)]


def rows_with_ids(
    connection: Connection,
    table: str,
    columns: Sequence[str],
    ids: Sequence[str],
    *,
    key: str = "id",
    order_by: str = "",
) -> list[tuple[Any, ...]]:
    """``columns`` of the rows of ``table`` whose ``key`` is among ``ids`` (ids as
    stored: text), values as the driver returns them, in one query.

    The ids go in as one JSON array unpacked by ``json_each``: no limit on bound
    parameters, so no batches of a few hundred ids, each compiled and run anew
    (on a merge of 10,000 records, dozens of statements per lookup). Table and
    column names are our schema's, never user input.
    """
    if not ids:
        return []
    order = f" ORDER BY {order_by}" if order_by else ""
    sql = (
        f"SELECT {', '.join(columns)} FROM {table} "
        f"WHERE {key} IN (SELECT value FROM json_each(?)){order}"
    )
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, (json.dumps(list(ids)),))
        return list(cursor.fetchall())
    finally:
        cursor.close()


# --- Full-text search -------------------------------------------------------

SEARCH_TABLE = "search_index"
_MARK_START = "\ue000"
_MARK_END = "\ue001"


def create_search_index(connection: Connection) -> None:
    """Create the FTS5 index: one row per record, its title and its body text.

    unicode61 folds case across scripts (Cyrillic and the Kazakh letters
    ә ғ қ ң ө ұ ү һ і included). Diacritics are kept: folding them would
    merge Russian й into и.
    """
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
        "record_id UNINDEXED, kind UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )


def merge_search_index(connection: Connection) -> None:
    """Merge the index into one segment, dropping what deleted rows left behind.

    FTS5 records a deletion as a marker and keeps the deleted words in older
    segments until those are merged, so a deleted record's words would stay in
    the file. Merging rewrites the index without them (secure_delete zeroes the
    pages freed); it costs about a second on 100,000 records.
    """
    connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")


def truncate_wal(engine: Engine) -> None:
    """Copy the WAL into the database and cut it to zero bytes.

    The WAL keeps whole old page images (deleted text included) until it is
    reset; this empties it. Run outside any transaction; if another
    connection is reading, SQLite does what it can and the rest waits.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        if raw is None:
            return
        # Never wait for another process's reader: what is left is emptied next time.
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            raw.execute("PRAGMA busy_timeout = 5000")


def drop_search_index(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def search_rowid(record_id: uuid.UUID) -> int:
    """The index row of a record: 63 bits of a hash of its UUID.

    FTS5 finds rows quickly only by rowid (a lookup by the UNINDEXED
    record_id column scans the whole index), so each record's entry lives at a
    rowid derived from its id. Hashed, because ids made from names or counters
    share most of their bits; two hashes colliding is not a practical risk.
    """
    digest = hashlib.blake2b(record_id.bytes, digest_size=8).digest()
    return int.from_bytes(digest) >> 1


def index_record(
    connection: Connection, record_id: uuid.UUID, kind: str, title: str, body: str
) -> None:
    """Replace a record's entry in the index (call inside the writing transaction)."""
    unindex_records(connection, [record_id])
    title, body = _unmarked(title), _unmarked(body)
    connection.execute(
        text(
            f"INSERT INTO {SEARCH_TABLE} (rowid, record_id, kind, title, body) "
            "VALUES (:rowid, :record_id, :kind, :title, :body)"
        ),
        {
            "rowid": search_rowid(record_id),
            "record_id": str(record_id),
            "kind": kind,
            "title": title,
            "body": body,
        },
    )


def index_records(
    connection: Connection, entries: Sequence[tuple[uuid.UUID, str, str, str]]
) -> None:
    """Replace many entries at once: (record id, kind, title, body) each.

    One ``INSERT OR REPLACE`` keyed by rowid (FTS5 drops the old entry's words
    itself), handed to the driver as plain tuples: a third faster than a DELETE
    and an INSERT per record, which matters on a merge of thousands of records.
    """
    if not entries:
        return
    connection.exec_driver_sql(
        f"INSERT OR REPLACE INTO {SEARCH_TABLE} (rowid, record_id, kind, title, body) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (search_rowid(record_id), str(record_id), kind, _unmarked(title), _unmarked(body))
            for record_id, kind, title, body in entries
        ],
    )


def unindex_records(connection: Connection, record_ids: Iterable[uuid.UUID]) -> None:
    rows = [{"rowid": search_rowid(record_id)} for record_id in record_ids]
    if rows:
        connection.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :rowid"), rows)


@dataclass(frozen=True)
class SearchRow:
    record_id: uuid.UUID
    kind: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    """(start, end) character offsets of matched terms within ``snippet``."""
    score: float
    """bm25 rank: lower is better."""


_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix.

    Punctuation and FTS5 operators are dropped rather than interpreted, so no
    input can raise a syntax error. Returns None when nothing searchable is left.
    """
    words = _needed_words(_WORD.findall(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def _needed_words(words: Sequence[str]) -> list[str]:
    """The words a record must match, each once: repeats dropped, and so is a word
    that begins another (a record matching ``"lawyer"*`` matches ``"law"*``).

    FTS5 scores every phrase against every other at each matching row, so a long
    query repeating a few common words took time growing with the square of its
    length (400 words, 13 s); what is left after this takes time linear in it.
    Compared lowercased, as the unicode61 tokenizer folds them; each word is kept as
    typed, so the tokenizer still decides what it matches.
    """
    by_key = {word.lower(): word for word in reversed(words)}  # the first spelling wins
    keys = sorted(by_key)
    return [
        by_key[key]
        for position, key in enumerate(keys, start=1)
        if position == len(keys) or not keys[position].startswith(key)
    ]


def search(
    connection: Connection,
    query: str,
    *,
    kinds: Sequence[str] = (),
    limit: int = 50,
    offset: int = 0,
) -> list[SearchRow]:
    """Ranked matches with snippets; titles weigh five times the body."""
    expression = match_expression(query)
    if expression is None:
        return []
    kind_filter = ""
    params: dict[str, Any] = {"q": expression, "limit": limit, "offset": offset}
    if kinds:
        names = [f":k{i}" for i in range(len(kinds))]
        kind_filter = f" AND kind IN ({', '.join(names)})"
        params.update({f"k{i}": kind for i, kind in enumerate(kinds)})
    sql = (
        f"SELECT record_id, kind, title, "
        f"snippet({SEARCH_TABLE}, -1, '{_MARK_START}', '{_MARK_END}', '…', 16) AS snip, "
        f"bm25({SEARCH_TABLE}, 0, 0, 5.0, 1.0) AS score "
        f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q{kind_filter} "
        "ORDER BY score, record_id LIMIT :limit OFFSET :offset"
    )
    rows = connection.execute(text(sql), params).fetchall()
    return [
        SearchRow(uuid.UUID(row[0]), row[1], row[2], *_split_marks(row[3]), float(row[4]))
        for row in rows
    ]


def _unmarked(value: str) -> str:
    """Remove our snippet markers should a user's text contain them."""
    return value.replace(_MARK_START, "").replace(_MARK_END, "")


def _split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    start = 0
    for char in marked:
        if char == _MARK_START:
            start = position
        elif char == _MARK_END:
            spans.append((start, position))
        else:
            plain.append(char)
            position += 1
    return "".join(plain), tuple(spans)

"""Everything that only SQLite understands, in one place.

The rest of the storage layer is portable SQLAlchemy (so a shared
PostgreSQL library may come later). What is specific lives here: connection
pragmas, the file header that identifies a project, the WAL. The FTS5 full-text
index and its queries are in db.search_index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, exc

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


def result_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code behind an error (the extended code's low byte),
    raised by the driver or wrapped by SQLAlchemy; None for any other error."""
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """Whether SQLite found the file damaged or not a database at all."""
    return result_code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def storage_problem(error: BaseException | None) -> str | None:
    """Plain words when SQLite could not write the file (disk full, read-only,
    I/O error); None for any other error."""
    code = result_code(error)
    return None if code is None else _STORAGE_PROBLEMS.get(code)


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at commit, not row by row, for the rest of this
    transaction: a bulk load may write a link before the record it points to."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


BULK_WRITE_CACHE_KIB = 32 * 1024
"""The page cache a merge or a load writes with (:func:`page_cache`): most of the
pages a merge of 10,000 records into 100,000 touches. A load of 100,000 records
inserts links at random places in two b-trees: 1.8x as long without it."""


@contextmanager
def page_cache(connection: Connection, kib: int = BULK_WRITE_CACHE_KIB) -> Iterator[None]:
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
    """SQLite's own check of the file's structure; ``quick_check`` unless thorough.

    A page too damaged to be read at all makes the check itself fail with
    SQLITE_CORRUPT: that is an answer (damaged), not an error.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
    except exc.DatabaseError as error:
        if is_damage(error):
            return False
        raise
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
    return fetch_all(connection, sql, (json.dumps(list(ids)),))


def fetch_all(connection: Connection, sql: str, parameters: Any = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql``, values as the driver returns them.

    Text is decoded by the driver itself first: ``text_with_replacement`` is a
    Python call per value, a tenth of a second on the 400,000 values a merge
    reads of a large project's ids and revisions. Only if some text is not
    UTF-8 is the query run again, read the connection's own way (with
    replacement, on every connection of ours).
    """
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    own = raw.text_factory  # the connection's way of reading text, given back after
    cursor = raw.cursor()
    try:
        raw.text_factory = str
        try:
            return cursor.execute(sql, parameters).fetchall()
        except sqlite3.OperationalError as error:
            if "decode" not in str(error):
                raise
        raw.text_factory = own
        return cursor.execute(sql, parameters).fetchall()
    finally:
        raw.text_factory = own
        cursor.close()


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

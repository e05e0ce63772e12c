"""The full-text index (SQLite FTS5): one row per record, and its queries.

Each row holds a record's title, its body text and the stems of its words
(``forms``; :mod:`workbench.word_forms` decides what they are). A query word
matches a record when the record has a word beginning with it, in the title or
the body, or a word with one of its stems. Records matching every query word as
typed rank before those found only through word forms, so exact and prefix
matches always come first.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

SEARCH_TABLE = "search_index"

StemsOf = Callable[[str], Sequence[str]]
"""The stems a lowercase query word is searched by (tagged as the index stores them)."""


def create_search_index(connection: Connection, *, word_forms: bool = True) -> None:
    """Create the FTS5 index (schema 7 on; before it, without ``forms``).

    unicode61 folds case across scripts (Cyrillic and the Kazakh letters
    ә ғ қ ң ө ұ ү һ і included). Diacritics are kept: folding them would
    merge Russian й into и.
    """
    forms = ", forms" if word_forms else ""
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
        f"record_id UNINDEXED, kind UNINDEXED, title, body{forms}, "
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


@dataclass(frozen=True)
class SearchEntry:
    """What a record is found by."""

    record_id: uuid.UUID
    kind: str
    title: str
    body: str
    forms: str
    """The stems of the title's and body's words, space-separated."""


def index_records(connection: Connection, entries: Sequence[SearchEntry]) -> None:
    """Replace many entries at once (call inside the writing transaction).

    One ``INSERT OR REPLACE`` keyed by rowid (FTS5 drops the old entry's words
    itself), handed to the driver as plain tuples: a third faster than a DELETE
    and an INSERT per record, which matters on a merge of thousands of records.
    """
    if not entries:
        return
    connection.exec_driver_sql(
        f"INSERT OR REPLACE INTO {SEARCH_TABLE} (rowid, record_id, kind, title, body, forms) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (search_rowid(e.record_id), str(e.record_id), e.kind, e.title, e.body, e.forms)
            for e in entries
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
    body: str
    score: float
    """bm25 rank: lower is better."""
    exact: bool
    """Whether every query word matched as typed (or as a prefix), not only
    through a word form."""


_WORD = re.compile(r"\w+", re.UNICODE)
_TEXT_COLUMNS = "{title body}"


def query_words(query: str) -> list[str]:
    """The words a record must match, each once: repeats dropped, and so is a
    word that begins another (a record matching ``"lawyer"*`` matches ``"law"*``).

    FTS5 scores every phrase against every other at each matching row, so a long
    query repeating a few common words took time growing with the square of its
    length (400 words, 13 s); what is left after this takes time linear in it.
    Compared lowercased, as the unicode61 tokenizer folds them; each word is kept as
    typed, so the tokenizer still decides what it matches.
    """
    by_key = {word.lower(): word for word in reversed(_WORD.findall(query))}  # first wins
    keys = sorted(by_key)
    return [
        by_key[key]
        for position, key in enumerate(keys, start=1)
        if position == len(keys) or not keys[position].startswith(key)
    ]


def match_expression(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix of
    a word of the title or body.

    Punctuation and FTS5 operators are dropped rather than interpreted, so no
    input can raise a syntax error. Returns None when nothing searchable is left.
    """
    words = query_words(query)
    if not words:
        return None
    return f"{_TEXT_COLUMNS} : (" + " ".join(f'"{word}"*' for word in words) + ")"


def forms_expression(query: str, stems_of: StemsOf) -> str | None:
    """Every word of ``query`` as a prefix or through one of its stems; None when
    no word has a stem (the query then finds only what it finds as typed)."""
    words = query_words(query)
    terms: list[str] = []
    any_stem = False
    for word in words:
        stems = [stem for stem in stems_of(word.lower()) if stem.isalnum()]
        any_stem = any_stem or bool(stems)
        prefix = f'{_TEXT_COLUMNS} : "{word}"*'
        if stems:
            alternatives = " OR ".join(f'"{stem}"' for stem in stems)
            terms.append(f"({prefix} OR forms : ({alternatives}))")
        else:
            terms.append(f"({prefix})")
    return " AND ".join(terms) if any_stem else None


def search(
    connection: Connection,
    query: str,
    *,
    stems_of: StemsOf | None = None,
    kinds: Sequence[str] = (),
    limit: int = 50,
    offset: int = 0,
) -> list[SearchRow]:
    """Ranked matches: exact and prefix matches first, then word-form matches;
    within each, titles weigh five times the body and the body twice the forms."""
    exact = match_expression(query)
    if exact is None:
        return []
    forms = forms_expression(query, stems_of) if stems_of else None
    params: dict[str, Any] = {"exact": exact, "limit": limit, "offset": offset}
    kind_filter = ""
    if kinds:
        names = [f":k{i}" for i in range(len(kinds))]
        kind_filter = f" AND kind IN ({', '.join(names)})"
        params.update({f"k{i}": kind for i, kind in enumerate(kinds)})
    if forms is None:
        matched, is_exact = ":exact", "1"
    else:
        params["forms"] = forms
        matched = ":forms"
        is_exact = f"rowid IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :exact)"
    sql = (
        f"SELECT record_id, kind, title, body, "
        f"bm25({SEARCH_TABLE}, 0, 0, 5.0, 1.0, 0.5) AS score, {is_exact} AS exact "
        f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH {matched}{kind_filter} "
        "ORDER BY exact DESC, score, record_id LIMIT :limit OFFSET :offset"
    )
    rows = connection.execute(text(sql), params).fetchall()
    return [
        SearchRow(uuid.UUID(row[0]), row[1], row[2], row[3], float(row[4]), bool(row[5]))
        for row in rows
    ]

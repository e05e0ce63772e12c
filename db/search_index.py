"""The full-text index (SQLite FTS5): one row per record, and its queries.

Each row holds a record's title, its body text and the stems of its words
(``forms``; :mod:`workbench.word_forms` decides what they are). A query word
matches a record when the record has a word beginning with it, in the title or
the body, or a word with one of its stems.

Results come in two tiers: records matching every query word as typed (or as
a prefix), then those found only through word forms. Within a tier, bm25 ranks
the matches, titles weighing five times the body. Ranking costs about a
microsecond per match, so a tier ranks at most :data:`RANKED_MATCHES` of them
(the first in index order, which is a hash of the record id: an even sample)
and lists the rest after them in index order. A query that broad (one or two
letters on a large library) answers in a few milliseconds, still with title
matches first; the next letters typed narrow it to what can be ranked in full.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

SEARCH_TABLE = "search_index"

StemsOf = Callable[[str], Sequence[str]]
"""The stems a lowercase query word is searched by (tagged as the index stores them)."""


RANKED_MATCHES = 2_000
"""The most matches of one tier ranked by bm25 (a few milliseconds' work)."""
FEW_WORDS = 8
"""A query of more words (pasted text, mostly) is first searched with word forms,
which find everything found as typed: such a query usually finds nothing, and
one evaluation of it, tens of milliseconds, then settles it. A shorter one
usually fills the page with what it finds as typed, so that goes first."""


def create_search_index(connection: Connection, *, schema: int) -> None:
    """Create the FTS5 index as schema version ``schema`` has it: from 7 with
    ``forms``, from 10 with ``kind`` indexed and prefix indexes.

    unicode61 folds case across scripts (Cyrillic and the Kazakh letters
    ә ғ қ ң ө ұ ү һ і included). Diacritics are kept: folding them would
    merge Russian й into и. The kind is indexed so that a search for one kind
    filters inside the index instead of reading every match's row; the prefix
    indexes hold the words beginning with each one or two letters, so the
    first letters typed do not merge thousands of words' lists (on 100,000
    records the slowest query fell from 220 to 50 ms; the index is a quarter
    larger).
    """
    forms = ", forms" if schema >= 7 else ""
    kind = "kind" if schema >= 10 else "kind UNINDEXED"
    prefixes = ", prefix = '1 2'" if schema >= 10 else ""
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
        f"record_id UNINDEXED, {kind}, title, body{forms}, "
        f"tokenize = 'unicode61 remove_diacritics 0'{prefixes})"
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
    The rows go in rowid order: rowids are hashes, so in the callers' order each
    write lands on another page of the index's tables; in order, 10,000 entries
    of a merge into 100,000 records are written in 0.17 s instead of 0.43 s.
    """
    if not entries:
        return
    rows = [_row(e) for e in entries]
    rows.sort(key=itemgetter(0))
    connection.exec_driver_sql(
        f"INSERT OR REPLACE INTO {SEARCH_TABLE} (rowid, record_id, kind, title, body, forms) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def refill_search_index(
    connection: Connection, batches: Iterable[Sequence[SearchEntry]], *, schema: int
) -> int:
    """A new index holding the entries of ``batches``; returns how many there are.

    The entries wait in a temporary table keyed by rowid and go into the index in
    one pass in rowid order (the order FTS5 writes fastest, see :func:`index_records`),
    without holding every record's text in memory."""
    drop_search_index(connection)  # faster than deleting every entry
    create_search_index(connection, schema=schema)
    columns = "record_id, kind, title, body, forms"
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE pending_entries (rowid INTEGER PRIMARY KEY, {columns})"
    )
    count = 0
    for batch in batches:
        connection.exec_driver_sql(
            f"INSERT OR REPLACE INTO pending_entries (rowid, {columns}) VALUES (?, ?, ?, ?, ?, ?)",
            [_row(entry) for entry in batch],
        )
        count += len(batch)
    connection.exec_driver_sql(
        f"INSERT INTO {SEARCH_TABLE} (rowid, {columns}) "
        f"SELECT rowid, {columns} FROM pending_entries ORDER BY rowid"
    )
    connection.exec_driver_sql("DROP TABLE pending_entries")
    return count


def _row(e: SearchEntry) -> tuple[int, str, str, str, str, str]:
    return (search_rowid(e.record_id), str(e.record_id), e.kind, e.title, e.body, e.forms)


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
    ranked: int = RANKED_MATCHES,
) -> list[SearchRow]:
    """Ranked matches, tier by tier, at most ``ranked`` ranked in each (see the
    module's docstring)."""
    exact = match_expression(query)
    if exact is None:
        return []
    kind_filter = ""
    if kinds:
        kind_filter = "kind : (" + " OR ".join(f'"{kind}"' for kind in kinds) + ") AND "
    forms = forms_expression(query, stems_of) if stems_of else None
    forms_match = f"{kind_filter}({forms})"
    every = None
    if forms is not None and len(query_words(query)) > FEW_WORDS:
        every = _Tier(connection, forms_match, ranked)
        if not every.first:  # what forms match includes what matches as typed
            return []
    typed = _Tier(connection, f"{kind_filter}{exact}", ranked)
    rows = typed.page(limit, offset, exact=True)
    if forms is None or len(rows) >= limit:
        return rows
    skip = 0 if rows else max(0, offset - typed.count())
    if every is not None and typed.complete and every.complete:
        found = every.without(typed.rowids)
    elif typed.complete:  # excluding the few exact matches by id is cheaper than NOT
        found = _Tier(connection, forms_match, ranked, typed.rowids)
    else:
        found = _Tier(connection, f"{kind_filter}(({forms}) NOT ({exact}))", ranked)
    return rows + found.page(limit - len(rows), skip, exact=False)


_SCORE = f"bm25({SEARCH_TABLE}, 0, 0, 5.0, 1.0, 0.5)"


class _Tier:
    """The matches of one expression: its first ``ranked`` matches in index order
    ranked, the rest after them in index order.

    One evaluation of the expression reads the first ``ranked`` matches with their
    scores; they are sorted here. (``ORDER BY rank`` would score every match, and
    a second statement to find the window's end would evaluate a long query
    twice: each costs tens of milliseconds at 100,000 records.) The text of only
    the rows on the page is read, by rowid.
    """

    def __init__(
        self, connection: Connection, expression: str, ranked: int, excluded: Sequence[int] = ()
    ) -> None:
        self.connection = connection
        self.ranked = ranked
        self.excluded = ""
        self.params: dict[str, Any] = {"match": expression}
        if excluded:
            self.excluded = " AND rowid NOT IN (SELECT value FROM json_each(:excluded))"
            self.params["excluded"] = json.dumps(list(excluded))
        self.first = self._select("", "LIMIT :ranked", ranked=ranked + 1)
        self.complete = len(self.first) <= ranked
        """Whether :attr:`first` holds every match."""

    @property
    def rowids(self) -> list[int]:
        return [row[0] for row in self.first]

    def without(self, rowids: Sequence[int]) -> _Tier:
        """This tier less ``rowids``, when it holds all its matches already."""
        assert self.complete
        left = copy.copy(self)
        gone = set(rowids)
        left.first = [row for row in self.first if row[0] not in gone]
        return left

    def page(self, limit: int, offset: int, *, exact: bool) -> list[SearchRow]:
        window = sorted(self.first[: self.ranked], key=lambda row: (row[1], row[0]))
        rows = window[offset : offset + limit]
        if not self.complete and len(rows) < limit:
            rows += self._select(
                " AND rowid > :last",
                "LIMIT :limit OFFSET :offset",
                last=self.first[self.ranked - 1][0],
                limit=limit - len(rows),
                offset=max(0, offset - self.ranked),
            )
        sql = (
            f"SELECT rowid, record_id, kind, title, body FROM {SEARCH_TABLE} "
            "WHERE rowid IN (SELECT value FROM json_each(:rowids))"
        )
        rowids = json.dumps([row[0] for row in rows])
        texts = {row[0]: row for row in self.connection.execute(text(sql), {"rowids": rowids})}
        return [
            SearchRow(uuid.UUID(t[1]), t[2], t[3], t[4], float(score), exact)
            for rowid, score in rows
            if (t := texts.get(rowid)) is not None
        ]

    def count(self) -> int:
        if self.complete:
            return len(self.first)
        sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
        return int(self.connection.execute(text(sql + self.excluded), self.params).scalar() or 0)

    def _select(self, condition: str, tail: str, **params: Any) -> list[Any]:
        sql = (
            f"SELECT rowid, {_SCORE} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
            f"{self.excluded}{condition} ORDER BY rowid {tail}"
        )
        return list(self.connection.execute(text(sql), {**self.params, **params}).fetchall())

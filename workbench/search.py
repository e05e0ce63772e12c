"""Full-text search over every record kind.

What text each record contributes is decided here; how it is stored and
queried (FTS5) lives in db.sqlite. Entries are written by the Writer in the
same transaction as the change, so search never shows a record that is gone
or misses one just saved.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import search_index
from db.models import RECORD_KINDS, Instrument, Link, Provision, Recommendation, Record
from db.schema import SCHEMA_VERSION
from db.search_index import SearchEntry
from workbench import bilingual, naming
from workbench.records import display_title
from workbench.search_snippet import QueryMatcher, snippet
from workbench.word_forms import stem_text, stems

MAX_QUERY_CHARS = 1000
"""The longest query searched; the rest is cut. Far beyond anything typed, and
with it any query answers within a fifth of a second on 100,000 records."""

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class BoundedQuery:
    text: str
    """What is searched: at most :data:`MAX_QUERY_CHARS`, valid Unicode."""
    cut: bool
    """Whether the query was longer and its end was dropped."""


def bounded_query(query: str) -> BoundedQuery:
    """``query`` as it is searched: cut at :data:`MAX_QUERY_CHARS`, and lone
    surrogates (how Python decodes invalid bytes on a command line) replaced by
    U+FFFD, so whatever is echoed back is valid UTF-8."""
    text = _LONE_SURROGATE.sub("\ufffd", query)
    if len(text) <= MAX_QUERY_CHARS:
        return BoundedQuery(text, cut=False)
    return BoundedQuery(text[:MAX_QUERY_CHARS], cut=True)


class Readable(Protocol):
    """What a search needs of a project: a session to read through. A protocol, not
    :class:`~workbench.project.Project` itself, because this module sits below the
    project: its Writer indexes every change through the functions here."""

    def reading(self) -> AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class SearchHit:
    id: uuid.UUID
    kind: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    """(start, end) offsets of the matched words within ``snippet``."""
    score: float
    """Lower is a better match (SQLite's bm25)."""


def entry_text(
    session: Session, record: Record, instrument_names: Sequence[str] | None = None
) -> tuple[str, str]:
    """The (title, body) a record is found by (a provision also by its instrument's names)."""
    fields = {name: getattr(record, name) for name in record.search_fields}
    fields[bilingual.FIELD] = record.translations
    extra: list[str] = []
    if isinstance(record, Provision):
        if instrument_names is None:
            instrument_names = _instrument_names(session, record.id)
        extra.extend(instrument_names)
    if isinstance(record, Recommendation):
        for wording in record.proposed_wordings:
            extra.extend((wording.proposed_wording, wording.justification))
    return entry_from_fields(record.kind, fields, extra)


def entry_from_fields(
    kind: str, fields: Mapping[str, Any], extra: Sequence[str] = ()
) -> tuple[str, str]:
    """(title, body) from a record's field values, plus further text to find it by.
    A provision's ``extra`` starts with its instrument's short name and title (either
    may be empty): its title is then named with the instrument."""
    search_fields = RECORD_KINDS[kind].search_fields
    title = display_title(kind, fields)
    if kind == "provision" and len(extra) >= 2:
        title = naming.provision_title(naming.instrument_label(extra[0], extra[1]), title)
    body_parts = [str(fields[name]) for name in search_fields[1:] if fields.get(name)]
    body_parts.extend(extra)
    body_parts.extend(bilingual.all_texts(fields.get(bilingual.FIELD)))
    return title, "\n".join(part for part in body_parts if part)


def index_fields(
    session: Session, entries: Sequence[tuple[uuid.UUID, str, Mapping[str, Any], uuid.UUID | None]]
) -> None:
    """Refresh the entries of records given as field values: (id, kind, fields, the
    instrument a provision belongs to), for writes that bypass the ORM (bulk imports).
    Parts are not read: a recommendation's wordings need :func:`index_many`."""
    held = instrument_names(session, list({e[3] for e in entries if e[3] is not None}))
    names = {instrument: list(pair) for instrument, pair in held.items()}
    indexed = [
        _entry(
            record_id,
            kind,
            *entry_from_fields(kind, fields, names.get(instrument or record_id, [])),
        )
        for record_id, kind, fields, instrument in entries
    ]
    search_index.index_records(session.connection(), indexed)


def instrument_names(
    session: Session, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str]]:
    """(short name, title) of the instruments among ``ids``, in a few queries: the
    names provisions are found by."""
    names: dict[uuid.UUID, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Instrument.id, Instrument.short_name, Instrument.title).where(
                Instrument.id.in_(ids[start : start + 500])
            )
        )
        names.update((instrument, (short_name, title)) for instrument, short_name, title in rows)
    return names


def _instrument_names(session: Session, provision_id: uuid.UUID) -> list[str]:
    rows = session.execute(
        select(Instrument.short_name, Instrument.title)
        .join(Link, Link.target_id == Instrument.id)
        .where(Link.owner_id == provision_id, Link.role == "instrument")
    )
    return [name or "" for row in rows.all()[:1] for name in row]


def _entry(record_id: uuid.UUID, kind: str, title: str, body: str) -> SearchEntry:
    return SearchEntry(record_id, kind, title, body, stem_text((title, body)))


def index_record(session: Session, record: Record) -> None:
    entry = _entry(record.id, record.kind, *entry_text(session, record))
    search_index.index_records(session.connection(), [entry])


def index_many(session: Session, records: Sequence[Record]) -> None:
    """Refresh many records' entries with a handful of statements."""
    search_index.index_records(session.connection(), _entries(session, records))


def _entries(session: Session, records: Sequence[Record]) -> list[SearchEntry]:
    """The entries of ``records``, their provisions' instrument names read together."""
    provisions = [r.id for r in records if isinstance(r, Provision)]
    names: dict[uuid.UUID, list[str]] = {}
    for start in range(0, len(provisions), 500):
        rows = session.execute(
            select(Link.owner_id, Instrument.short_name, Instrument.title)
            .join(Instrument, Instrument.id == Link.target_id)
            .where(Link.role == "instrument", Link.owner_id.in_(provisions[start : start + 500]))
        )
        for owner, short_name, title in rows:
            names[owner] = [short_name or "", title or ""]
    return [
        _entry(record.id, record.kind, *entry_text(session, record, names.get(record.id, [])))
        for record in records
    ]


def unindex(session: Session, record_id: uuid.UUID) -> None:
    search_index.unindex_records(session.connection(), [record_id])


INDEXED_AS_OF_SCHEMA = 11
"""The schema version since which what the index holds has not changed: its
table (columns, tokenizer, prefix indexes) and what each record gives it
(:func:`entry_text`, the stems of :mod:`workbench.word_forms`). A file upgraded
from this version or a later one keeps its index: rebuilding it re-reads and
re-stems every record (6 minutes for a million records) for nothing. Set it to
the new schema version with any change to what is indexed."""


def index_outdated_by(migrated_from: int) -> bool:
    """Whether a file at schema ``migrated_from`` has an index this version would
    not have built: then the upgrade rebuilds it."""
    return migrated_from < INDEXED_AS_OF_SCHEMA


def rebuild_index(session: Session) -> int:
    """Empty and refill the index from every record; returns how many were indexed.

    Runs on a schema upgrade that changed what is indexed, so it reads a batch of
    records at a time (instrument names and wordings with them) and the index is
    written in one ordered pass: record by record, a 100,000-record project took a
    minute to open after an update."""

    def batches() -> Iterator[list[SearchEntry]]:
        for model in RECORD_KINDS.values():
            query = select(model)
            if model is Recommendation:  # their wordings are searched too
                query = query.options(selectinload(Recommendation.proposed_wordings))
            for batch in session.scalars(query).yield_per(500).partitions():
                yield _entries(session, batch)

    return search_index.refill_search_index(session.connection(), batches(), schema=SCHEMA_VERSION)


def search(
    project: Readable,
    query: str,
    *,
    kinds: Sequence[str] = (),
    limit: int = 50,
    offset: int = 0,
    word_forms: bool = True,
) -> list[SearchHit]:
    """Records matching every word of ``query``, best first: as typed or as a
    prefix, then (unless not ``word_forms``) through a word form
    (:mod:`workbench.word_forms`). Only the first :data:`MAX_QUERY_CHARS` of
    ``query`` are searched."""
    for kind in kinds:
        if kind not in RECORD_KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
    searched = bounded_query(query).text
    with project.reading() as session:
        rows = search_index.search(
            session.connection(),
            searched,
            stems_of=stems if word_forms else None,
            kinds=kinds,
            limit=limit,
            offset=offset,
        )
    matcher = QueryMatcher(search_index.query_words(searched))
    hits = []
    for row in rows:
        shown = snippet(row.title, row.body, matcher)
        hits.append(
            SearchHit(row.record_id, row.kind, row.title, shown.text, shown.highlights, row.score)
        )
    return hits

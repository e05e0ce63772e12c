"""The store: writing records, their links and parts, and deletions into a project.

Every path that puts records into the database goes through here: loading a
document (in memory or streamed by :mod:`workbench.bulk_load`), a merge,
restoring a snapshot (undo of a merge), undoing a delete and the starter
library. Records come in validated (:mod:`workbench.interchange` parses and
checks them); this module only writes them, keeping the revisions they carry.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, with_polymorphic
from sqlalchemy.orm.attributes import set_committed_value

from db import bulk, sqlite
from db.models import RECORD_KINDS, Link, Record, Tombstone
from workbench import bilingual, kinds, revision_check
from workbench.interchange import (
    InterchangeError,
    ParsedRecord,
    ParsedTombstone,
    read_document,
    validate,
)
from workbench.kinds import SECTION_NAMES
from workbench.project import Project
from workbench.records import field_specs
from workbench.revision_check import RecordName
from workbench.search import index_fields, instrument_names
from workbench.writer import Writer

# --- loading a document --------------------------------------------------------


@dataclass(frozen=True)
class LoadReport:
    """How many records of each kind a load added, updated and deleted."""

    added: dict[str, int]
    updated: dict[str, int]
    deleted: dict[str, int]
    changed_outside: tuple[RecordName, ...] = ()
    """The records (and deletions) whose content did not match their revision: changed
    outside Workbench, written with a new revision on top of the one they named."""


def load(project: Project, source: Path | Mapping[str, Any]) -> LoadReport:
    """Upsert every record of a document by UUID, keeping its revision history.

    Validation covers the whole document first; then one transaction writes it.
    """
    document = read_document(source) if isinstance(source, Path) else source
    with project.reading() as session:
        known = {rid: kind for rid, kind in session.execute(select(Record.id, Record.kind))}
        deleted_kinds = {i: k for i, k in session.execute(select(Tombstone.id, Tombstone.kind))}
        hidden = revision_check.hidden_ids(session)
    parsed = validate(document, known, deleted_kinds)
    hidden |= revision_check.document_hidden(document)
    # Validation parses the document's records in order, so they pair up with its items.
    items = (item for section in SECTION_NAMES.values() for item in document.get(section, []))
    changed = revision_check.changed_outside(parsed.records, items, hidden)
    changed += revision_check.revised_tombstones(parsed.tombstones)
    added = dict.fromkeys(RECORD_KINDS, 0)
    updated = dict.fromkeys(RECORD_KINDS, 0)
    deleted = dict.fromkeys(RECORD_KINDS, 0)
    with project.writing() as writer:
        for tombstone in parsed.tombstones:
            if apply_tombstone(writer, tombstone):
                deleted[tombstone.kind] += 1
        news = write_records(writer, parsed.records)
        for record in parsed.records:
            (added if news[record.id] else updated)[record.kind] += 1
        writer.revise(record_id for _, record_id, _ in changed)
    return LoadReport(added, updated, deleted, tuple(changed))


# --- writing records ------------------------------------------------------------


def write_records(
    writer: Writer, records: Sequence[ParsedRecord], *, keep_revisions: bool = True
) -> dict[uuid.UUID, bool]:
    """Write validated records whole; True for each new one.

    They keep the revisions they carry, unless ``keep_revisions`` is False (a
    local change such as undoing a delete, which then gets a new revision).
    Every record's row goes in before any link, so links may point anywhere
    within the batch.
    """
    session = writer.session
    plain = [r for r in records if keep_revisions and r.kind not in _WITH_PARTS]
    rest = [r for r in records if not (keep_revisions and r.kind not in _WITH_PARTS)]
    names_before = instrument_names(session, [r.id for r in records if r.kind == "instrument"])
    old = _write_rows(writer, plain) if plain else set()
    existing = _existing(session, [record.id for record in rest])
    with session.no_autoflush:
        models = {record.id: _upsert_fields(writer, record, existing) for record in rest}
        session.flush()
        _replace_links(session, records, old | existing.keys())  # the records held already
        if plain:
            index_fields(session, [(r.id, r.kind, r.fields, _instrument(r)) for r in plain])
        for record in rest:
            _replace_children(session, models[record.id], record, record.id in existing)
            if keep_revisions:
                writer.keep_revision(record.id)
            else:
                writer.touch(record.id)
        session.flush()
    _reindex_provisions_of_renamed(writer, records, names_before)
    return {record.id: record.id not in existing and record.id not in old for record in records}


_WITH_PARTS = frozenset(kind.name for kind in kinds.RECORD_KINDS.values() if kind.parts)
"""Kinds whose records have parts: written through the ORM, which writes parts' rows."""


def _reindex_provisions_of_renamed(
    writer: Writer, records: Sequence[ParsedRecord], before: Mapping[uuid.UUID, tuple[str, str]]
) -> None:
    """Provisions are found by their instrument's names: refresh those of the
    instruments this write renamed (the provisions written here are indexed already)."""
    renamed = [
        r.id
        for r in records
        if r.id in before and before[r.id] != (r.fields.get("short_name"), r.fields.get("title"))
    ]
    written = {r.id for r in records}
    for start in range(0, len(renamed), _BATCH):
        owners = writer.session.scalars(
            select(Link.owner_id).where(
                Link.role == "instrument", Link.target_id.in_(renamed[start : start + _BATCH])
            )
        )
        for owner in owners:
            if owner not in written:
                writer.reindex(owner)


_BATCH = 500


def _replace_links(session: Session, records: Sequence[ParsedRecord], old: set[uuid.UUID]) -> None:
    """Give each record exactly its links; ``old`` records keep rows that already match
    (most records a merge updates changed a text, not their links)."""
    current = current_links(session, [r.text_id for r in records if r.id in old])
    changed = [r for r in records if r.id not in old or current.get(r.text_id, {}) != _owned(r)]
    stale = [r.id for r in changed if r.id in old]
    for start in range(0, len(stale), _BATCH):
        session.execute(delete(Link).where(Link.owner_id.in_(stale[start : start + _BATCH])))
    links = [
        {"owner_id": record.id, "role": role, "target_id": target, "position": position}
        for record in changed
        for role, targets in record.links.items()
        for position, target in enumerate(targets)
    ]
    bulk.insert_many(session.connection(), Link.__table__, links)  # type: ignore[arg-type]


def _owned(record: ParsedRecord) -> dict[str, list[str]]:
    """A record's links as :func:`current_links` reads them (targets as text)."""
    return {role: [str(t) for t in targets] for role, targets in record.links.items() if targets}


def current_links(session: Session, owners: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    """The links ``owners`` hold, ids as stored (text): turning a text into a UUID
    costs five times the reverse, and a merge compares every link it may rewrite."""
    found: dict[str, dict[str, list[str]]] = {}
    rows = sqlite.rows_with_ids(
        session.connection(),
        Link.__tablename__,
        ["owner_id", "role", "target_id"],
        owners,
        key="owner_id",
        order_by="owner_id, role, position",
    )
    for owner_id, role, target_id in rows:
        found.setdefault(owner_id, {}).setdefault(role, []).append(target_id)
    return found


def _write_rows(writer: Writer, records: Sequence[ParsedRecord]) -> set[uuid.UUID]:
    """Insert or update the rows of records without parts in bulk statements (no ORM
    objects: on a large merge they cost several times the writing itself).
    Returns the ids that existed already. Links and search entries are left to the caller."""
    session = writer.session
    session.flush()
    ids = {record.text_id: record.id for record in records}  # as stored: text
    found = sqlite.rows_with_ids(session.connection(), Record.__tablename__, ["id", "kind"], [*ids])
    old = {ids[text]: kind for text, kind in found}
    returning = [i for i in ids.values() if i not in old]
    for start in range(0, len(returning), _BATCH):  # records that come back: tombstones go
        session.execute(
            delete(Tombstone).where(Tombstone.id.in_(returning[start : start + _BATCH]))
        )
    by_kind: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for text, record in zip(ids, records, strict=True):
        kind = old.get(record.id)
        if kind is not None and kind != record.kind:
            raise InterchangeError(
                f"{SECTION_NAMES[record.kind]} (id {record.id})",
                f"the project already holds this id as a {kind}",
            )
        by_kind.setdefault((record.kind, kind is not None), []).append(_stored_row(text, record))
        writer.keep_revision(record.id, reindex=False)
    connection = session.connection()
    shared = Record.__table__
    for (kind, exists), rows in by_kind.items():
        own = RECORD_KINDS[kind].__table__
        for table in (shared, own):
            # Columns a record does not carry (none yet) keep their value or default;
            # the kind of a record already held is the same (checked above).
            names = [
                c.name for c in table.columns if c.name in rows[0] and (c.name, exists) != _KIND
            ]
            if exists:
                bulk.update_many(connection, table, rows, columns=names, stored=_STORED)  # type: ignore[arg-type]
            else:
                bulk.insert_many(connection, table, rows, columns=names, stored=_STORED)  # type: ignore[arg-type]
    # Objects loaded earlier in this session no longer match their rows.
    session.expire_all()
    return set(old)


_KIND = ("kind", True)
"""Left out of updates: an indexed column, never changed (rewriting it costs)."""

_STORED = ("id", "created_at", "updated_at", "ancestors", bilingual.FIELD)
"""The columns :func:`_stored_row` gives as the database keeps them."""


def _stored_row(text: str, record: ParsedRecord) -> dict[str, Any]:
    """A record's row for the bulk write: every field (a default for those it lacks),
    its metadata, and the :data:`_STORED` columns already in their stored form,
    made here once rather than converted per table by their column types."""
    # Validated fields are all the kind's own: laid over the defaults, every field has a value.
    row = {**_field_defaults(record.kind), **record.fields, **record.meta}
    row.update(id=text, kind=record.kind)
    row["created_at"] = record.stored.get("created_at") or _stored_time(row["created_at"])
    row["updated_at"] = record.stored.get("updated_at") or _stored_time(row["updated_at"])
    row["ancestors"] = _json_texts(row["ancestors"])
    translations = row[bilingual.FIELD]
    row[bilingual.FIELD] = "{}" if translations == {} else json.dumps(translations)
    return row


@functools.cache
def _field_defaults(kind: str) -> dict[str, Any]:
    return {name: spec.default for name, spec in field_specs(kind).items()}


def _stored_time(value: datetime) -> str:
    """A time as :class:`db.types.UTCDateTime` stores it."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _json_texts(values: Sequence[str]) -> str:
    """``json.dumps`` of a list of texts, character for character, at a fifth of its cost
    (the JSON column type would call it once per revision history)."""
    return "[" + ", ".join(map(encode_basestring_ascii, values)) + "]"


def _instrument(record: ParsedRecord) -> uuid.UUID | None:
    targets = record.links.get("instrument", [])
    return targets[0] if targets else None


def _existing(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Record]:
    """The records among ``ids`` that the project already has, loaded in batches;
    tombstones of the others are removed (they are coming back)."""
    found: dict[uuid.UUID, Record] = {}
    poly = with_polymorphic(Record, "*")
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        found.update((r.id, r) for r in session.scalars(select(poly).where(poly.id.in_(chunk))))
        session.execute(
            delete(Tombstone).where(Tombstone.id.in_([i for i in chunk if i not in found]))
        )
    return found


def write_record(writer: Writer, parsed: ParsedRecord, *, keep_revision: bool = True) -> bool:
    """Write one validated record whole (fields, links, parts); True if it was new."""
    return write_records(writer, [parsed], keep_revisions=keep_revision)[parsed.id]


def apply_tombstone(writer: Writer, parsed: ParsedTombstone) -> bool:
    """Record a deletion; delete the record if the project has it (True then)."""
    session = writer.session
    existing = session.get(Record, parsed.id)
    if existing is not None:
        for (owner_id,) in session.execute(
            select(Link.owner_id).where(Link.target_id == parsed.id).distinct()
        ):
            writer.touch(owner_id)
        session.execute(delete(Link).where(Link.target_id == parsed.id))
        session.delete(existing)
        writer.reindex(parsed.id)
    tombstone = session.get(Tombstone, parsed.id) or Tombstone(id=parsed.id)
    tombstone.kind = parsed.kind
    tombstone.revision = parsed.revision
    tombstone.ancestors = parsed.ancestors
    tombstone.deleted_at = parsed.deleted_at
    tombstone.changed_by = parsed.changed_by
    session.add(tombstone)
    session.flush()
    return existing is not None


def _upsert_fields(
    writer: Writer, parsed: ParsedRecord, existing: Mapping[uuid.UUID, Record]
) -> Record:
    record = existing.get(parsed.id)
    if record is not None and record.kind != parsed.kind:
        raise InterchangeError(
            f"{SECTION_NAMES[parsed.kind]} (id {parsed.id})",
            f"the project already holds this id as a {record.kind}",
        )
    if record is None:
        record = RECORD_KINDS[parsed.kind](id=parsed.id)
    for name, spec in field_specs(parsed.kind).items():
        setattr(record, name, parsed.fields.get(name, spec.default))
    for name, value in parsed.meta.items():
        setattr(record, name, value)
    writer.session.add(record)
    return record


def _replace_children(session: Session, record: Record, parsed: ParsedRecord, old: bool) -> None:
    parts = kinds.of(parsed.kind).parts
    if not parts:
        return
    # Old parts go first, so a part kept under the same id is re-inserted cleanly.
    if old:
        for part in parts:
            getattr(record, part.name).clear()
        session.flush()
    for part in parts:
        if not old:  # known empty: assigning would first read it, a query a record
            set_committed_value(record, part.name, [])
        setattr(record, part.name, part.rows(record.id, parsed.children[part.name]))

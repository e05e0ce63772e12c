"""Snapshots of a set of records, to put them back exactly as they were.

A merge changes many records at once; undoing it must give back every one of
them as it was, revision, history, times and author included, and take away
what the merge added. A :class:`Snapshot` records, for each id, the record
(as interchange JSON), its tombstone, or that neither existed. Restoring a
snapshot is one transaction and keeps the revisions it holds, so a restored
record is indistinguishable from the original, and merging the same file
again after an undo sees exactly what it saw the first time.

Undo takes the snapshot from before the change, redo the one from after.
Restoring is only exact when the records outside the snapshot are as they
were when it was taken (an undo stack guarantees that).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Link, Record, Tombstone
from workbench.interchange import record_from_data, tombstone_json
from workbench.kinds import PART_REFERENCES
from workbench.project import Project
from workbench.record_rows import load_many
from workbench.records import RecordData, json_value
from workbench.store import write_records

_BATCH = 500


@dataclass(frozen=True)
class RecordState:
    """One id as it was: a record, a tombstone, both absent (never both present)."""

    id: uuid.UUID
    kind: str | None
    item: dict[str, Any] | None = None
    """The record as interchange JSON, if it existed."""
    tombstone: dict[str, Any] | None = None
    """Its tombstone as interchange JSON, if one existed."""


@dataclass(frozen=True)
class Snapshot:
    states: tuple[RecordState, ...]

    @property
    def ids(self) -> frozenset[uuid.UUID]:
        return frozenset(state.id for state in self.states)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(state.kind for state in self.states if state.kind)


def capture(session: Session, ids: Iterable[uuid.UUID]) -> Snapshot:
    """The records and tombstones among ``ids`` as they are now, in a few queries."""
    wanted = list(dict.fromkeys(ids))
    records = load_many(session, wanted)
    tombstones: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        rows = session.scalars(select(Tombstone).where(Tombstone.id.in_(chunk)))
        tombstones.update((row.id, tombstone_json(row)) for row in rows)
    states = []
    for record_id in wanted:
        data = records.get(record_id)
        tombstone = tombstones.get(record_id)
        kind = data.kind if data else str(tombstone["kind"]) if tombstone else None
        item = _item(data) if data else None
        states.append(RecordState(record_id, kind, item, None if data else tombstone))
    return Snapshot(tuple(states))


def _item(data: RecordData) -> dict[str, Any]:
    return {
        "id": str(data.id),
        "revision": data.revision,
        "ancestors": list(data.ancestors),
        "created_at": json_value(data.created_at),
        "updated_at": json_value(data.updated_at),
        "changed_by": data.changed_by,
        **data.content(),
    }


def dependents(session: Session, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Records whose content points at any of ``ids``: link owners, and the records
    whose parts do (submissions whose sections hold them, recommendations whose
    proposed wordings target them). Deleting one of ``ids`` changes these too, so
    a snapshot must include them."""
    wanted = list(ids)
    found: set[uuid.UUID] = set()
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        found.update(session.scalars(select(Link.owner_id).where(Link.target_id.in_(chunk))))
        for part, reference in PART_REFERENCES:
            found.update(session.scalars(part.owners_of(reference, chunk)))
    return found


def restore(project: Project, snapshot: Snapshot) -> None:
    """Put every record of the snapshot back as it was, in one transaction."""
    with project.writing() as writer:
        session = writer.session
        gone = [state.id for state in snapshot.states if state.item is None]
        for start in range(0, len(gone), _BATCH):
            chunk = gone[start : start + _BATCH]
            # Foreign keys cascade: the kind's row, owned links and parts, links to it.
            session.execute(delete(Record).where(Record.id.in_(chunk)))
            session.execute(delete(Tombstone).where(Tombstone.id.in_(chunk)))
        for record_id in gone:
            writer.reindex(record_id)
        session.expire_all()
        back = [record_from_data(s.item, str(s.kind)) for s in snapshot.states if s.item]
        write_records(writer, back)
        session.add_all(
            _tombstone(state.id, state.tombstone)
            for state in snapshot.states
            if state.tombstone is not None
        )
        session.flush()


def _tombstone(record_id: uuid.UUID, raw: dict[str, Any]) -> Tombstone:
    return Tombstone(
        id=record_id,
        kind=raw["kind"],
        revision=raw["revision"],
        ancestors=list(raw["ancestors"]),
        deleted_at=datetime.fromisoformat(raw["deleted_at"]),
        changed_by=raw["changed_by"],
    )

"""Load an interchange file of any size with flat memory (``workbench load``).

Same contract as :func:`workbench.store.load`: the whole document is
validated before anything is written, and everything is written in one
transaction, so a broken file (or Ctrl+C) changes nothing. The file is read
twice as a stream (:mod:`workbench.jsonstream`): the first pass checks every
record and collects ids; the second writes records a thousand at a time,
indexing each batch and letting its objects go. Foreign keys are checked at
commit, so a link may point to a record further down the file.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.models import RECORD_KINDS, Record, Tombstone
from db.sqlite import defer_foreign_keys, page_cache
from workbench import revision_check
from workbench.gcpause import gc_paused
from workbench.interchange import (
    InterchangeError,
    ParsedRecord,
    ParsedTombstone,
    TargetKinds,
    check_document_size,
    check_header,
    check_known_kind,
    check_targets,
    check_unique,
    parse_record,
    parse_tombstone,
)
from workbench.interchange.streamed import document_members
from workbench.kinds import KIND_OF_SECTION, SECTION_NAMES
from workbench.project import Project
from workbench.retired_parts import upgraded_item
from workbench.revision_check import RecordName
from workbench.store import LoadReport, apply_tombstone, write_records

BATCH = 1_000

Progress = Callable[[int, int], None]
"""Called with (records written, records in the file)."""


class _Scan:
    """What the first pass learns: header, every id and kind, the tombstones."""

    def __init__(self) -> None:
        self.header: dict[str, Any] = {}
        self.kinds: dict[uuid.UUID, str] = {}
        self.tombstones: list[ParsedTombstone] = []
        self.order: list[str] = []
        """Sections in the order the file holds them."""
        self.confidential: set[str] = set()
        """The ids of the file's confidential records (see :mod:`workbench.revision_check`)."""


@gc_paused
def load_file(project: Project, path: Path, progress: Progress | None = None) -> LoadReport:
    """Write the file's records and deletions in one transaction, read a batch at a time.

    The collector is paused (the file's ids, kept for the whole load, would be
    walked again by each full collection) and the page cache enlarged (links land
    at random places in two b-trees): 38 s to 31 s for 100,000 records. Each
    batch's reference cycles are collected once it is written (the young
    generations only: they hold the batch), so memory stays flat."""
    scan = _scan(path)
    with project.reading() as session:
        rows = session.execute(select(Record.id, Record.kind))
        known = {record_id: kind for record_id, kind in rows}
        deleted_kinds = {i: k for i, k in session.execute(select(Tombstone.id, Tombstone.kind))}
        hidden = revision_check.hidden_ids(session, scan.confidential)
    _check_known_kinds(scan, known, deleted_kinds)
    deleted = {t.id for t in scan.tombstones}
    targets = TargetKinds(scan.kinds, known, deleted)
    added = dict.fromkeys(RECORD_KINDS, 0)
    updated = dict.fromkeys(RECORD_KINDS, 0)
    removed = dict.fromkeys(RECORD_KINDS, 0)
    changed = revision_check.revised_tombstones(scan.tombstones)
    total, done = len(scan.kinds), 0
    with project.writing() as writer, page_cache(writer.session.connection()):
        defer_foreign_keys(writer.session.connection())
        for tombstone in scan.tombstones:
            removed[tombstone.kind] += apply_tombstone(writer, tombstone)
        for batch, outside in _batches(path, scan.order, targets, hidden):
            news = write_records(writer, batch)
            for record in batch:
                (added if news[record.id] else updated)[record.kind] += 1
            writer.revise(name[1] for name in outside)
            changed += outside
            writer.finish()  # index this batch now, then let its objects go
            writer.session.expunge_all()
            gc.collect(1)
            done += len(batch)
            if progress is not None:
                progress(done, total)
    return LoadReport(added, updated, removed, tuple(changed))


def _scan(path: Path) -> _Scan:
    check_document_size(path)
    scan = _Scan()
    tombstone_ids: dict[uuid.UUID, str] = {}
    for key, index, value in _members(path):
        where = f"{key}[{index}]"
        if index is None:
            if key in KIND_OF_SECTION or key == "tombstones":
                raise InterchangeError(key, "must be an array")
            scan.header[key] = value
            continue
        if key not in scan.order:
            if not scan.order and "format" in scan.header:
                check_header(scan.header)  # a foreign file is refused before its records
            scan.order.append(key)
        if key == "tombstones":
            tombstone = parse_tombstone(where, value)
            check_unique(scan.kinds, tombstone.id, where)
            check_unique(tombstone_ids, tombstone.id, where)
            tombstone_ids[tombstone.id] = tombstone.kind
            scan.tombstones.append(tombstone)
        elif key in KIND_OF_SECTION:
            record = parse_record(KIND_OF_SECTION[key], where, value)
            check_unique(scan.kinds, record.id, where)
            check_unique(tombstone_ids, record.id, where)
            scan.kinds[record.id] = record.kind
            if revision_check.confidential_in(record.kind, value):
                scan.confidential.add(record.text_id)
    check_header(scan.header)
    return scan


def _check_known_kinds(
    scan: _Scan, known: dict[uuid.UUID, str], deleted: dict[uuid.UUID, str]
) -> None:
    """The check :func:`workbench.interchange.validate` makes, in the same order
    (records by section, then tombstones), so ``load`` refuses what ``merge`` does."""
    for section in SECTION_NAMES.values():
        for record_id, kind in scan.kinds.items():
            if SECTION_NAMES[kind] == section:
                check_known_kind(record_id, kind, section, known, deleted)
    for tombstone in scan.tombstones:
        check_known_kind(tombstone.id, tombstone.kind, "tombstones", known, deleted)


Batch = tuple[list[ParsedRecord], list[RecordName]]
"""Records to write, and those among them changed outside Workbench (to re-revise)."""


def _batches(
    path: Path, order: list[str], targets: TargetKinds, hidden: frozenset[str]
) -> Iterator[Batch]:
    """Records in batches, each kind after the kinds it may link to (instruments
    before provisions...): in one pass when the file is in that order, as our
    dumps are, else in one pass per kind. Each record's revision is checked
    against its content here, where its item is at hand (hashed once)."""
    sections = [s for s in SECTION_NAMES.values() if s in order]
    in_order = [s for s in order if s in KIND_OF_SECTION] == sections
    passes = [set(sections)] if in_order else [{s} for s in sections]
    for wanted in passes:
        batch: Batch = ([], [])
        for key, index, value in _members(path):
            if index is None or key not in wanted:
                continue
            record = parse_record(KIND_OF_SECTION[key], f"{key}[{index}]", value)
            check_targets(record, targets)
            batch[0].append(record)
            batch[1].extend(revision_check.changed_outside([record], [value], hidden))
            if len(batch[0]) == BATCH:
                yield batch
                batch = ([], [])
        if batch[0]:
            yield batch


def _members(path: Path) -> Iterator[tuple[str, int | None, Any]]:
    """The document's members, records made before a part retired brought up to date
    (:mod:`workbench.retired_parts`) before anything reads them."""
    for key, index, value in document_members(path):
        kind = KIND_OF_SECTION.get(key)
        yield key, index, upgraded_item(kind, value) if kind and index is not None else value

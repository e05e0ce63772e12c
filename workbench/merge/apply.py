"""Applying a merge plan: resolve every change into records to write and deletions
to apply (:mod:`workbench.merge.resolve` decides each conflict), then write them
all through the store in one transaction, committed only once a backup of the
project as it was is made and verified. Also undo and redo of a whole merge.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from db import sqlite
from db.models import Record
from workbench import ancestors, backups, confidential, kinds, snapshots
from workbench.gcpause import gc_paused
from workbench.interchange import ParsedRecord, ParsedTombstone, record_from_data
from workbench.kinds import LINKS
from workbench.merge.model import (
    CONFLICT_POLICIES,
    Change,
    ConflictPolicy,
    MergeAction,
    MergeConflicts,
    MergePlan,
    RecordItem,
    Resolution,
)
from workbench.merge.plan import our_items
from workbench.merge.resolve import content, merged_tombstone, resolve_conflict
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.revisions import MAX_ANCESTORS, next_revision, without_links_to
from workbench.snapshots import Snapshot
from workbench.store import apply_tombstone, write_records


@dataclass(frozen=True)
class MergeUndo:
    """The records a merge changed, as they were before it and after it: restoring
    ``before`` undoes the whole merge exactly, restoring ``after`` redoes it."""

    before: Snapshot
    after: Snapshot

    @property
    def ids(self) -> frozenset[uuid.UUID]:
        return self.before.ids

    @property
    def kinds(self) -> frozenset[str]:
        return self.before.kinds | self.after.kinds


@dataclass(frozen=True)
class MergeResult:
    summary: dict[str, dict[str, int]]
    backup: Path | None
    copies: tuple[uuid.UUID, ...]
    undo: MergeUndo | None = None
    """What undoing the merge needs (when applied with ``undoable``)."""


def undo_merge(project: Project, undo: MergeUndo) -> None:
    """Put back every record the merge changed, added or deleted, as it was."""
    snapshots.restore(project, undo.before)


def redo_merge(project: Project, undo: MergeUndo) -> None:
    """After :func:`undo_merge`: the records as the merge left them."""
    snapshots.restore(project, undo.after)


@gc_paused
def apply_merge(
    project: Project,
    plan: MergePlan,
    *,
    on_conflict: str = ConflictPolicy.REFUSE,
    resolutions: Mapping[uuid.UUID, Resolution] | None = None,
    paths: AppPaths | None = None,
    progress: Callable[[int, int], None] | None = None,
    undoable: bool = False,
) -> MergeResult:
    """Apply the plan in one transaction, committed once a backup of the project as
    it was is made and verified (see :func:`_write`). Refuses if conflicts
    remain unresolved under the ``refuse`` policy (nothing is changed then).

    ``undoable`` also captures every record the merge touches before and after
    (in the same transaction), for :func:`undo_merge` and :func:`redo_merge`.
    ``progress`` is called with (done, total) from the thread applying."""
    if on_conflict not in CONFLICT_POLICIES:
        raise ValueError(f"on_conflict must be one of {CONFLICT_POLICIES}")
    chosen = dict(resolutions or {})
    unresolved = [c for c in plan.conflicts if c.id not in chosen]
    if unresolved and on_conflict == ConflictPolicy.REFUSE:
        raise MergeConflicts(len(unresolved))
    for change in unresolved:
        chosen[change.id] = _policy_for(change, on_conflict)
    writes, deletions, copies = _resolve(project, plan, chosen)
    if not writes and not deletions:
        return MergeResult(plan.summary(), None, ())
    seen = _versions_seen(plan, writes)
    sqlite.truncate_wal(project.engine)  # an empty WAL lets the backup copy the file as it is
    folder = (paths or project.paths).backups
    kept = project.unchanged_since_backup if folder == project.paths.backups else None
    with ThreadPoolExecutor(1, thread_name_prefix="merge-backup") as backing_up:
        backup = backing_up.submit(_backup, project.path, folder, kept)
        undo = _write(project, writes, deletions, progress, undoable, plan, backup, seen)
    return MergeResult(plan.summary(), backup.result(), tuple(copies), undo)


def _backup(project: Path, folder: Path, kept: Path | None) -> Path:
    """The project as it was before the merge: ``kept`` (the backup made on
    opening, nothing written since) or a new copy."""
    return kept or backups.make_backup(project, folder, "merge")


def _policy_for(change: Change, policy: str) -> Resolution:
    """A conflict policy applied to one conflict nobody resolved. Where a three-way
    merge left only some fields in conflict, "mine" or "theirs" decides those
    fields and the merge keeps every other edit; otherwise the whole record."""
    if change.proposal is not None and policy in (ConflictPolicy.MINE, ConflictPolicy.THEIRS):
        return dict.fromkeys(change.fields, policy)
    return policy


def _versions_seen(plan: MergePlan, writes: list[RecordItem]) -> list[tuple[uuid.UUID, str, Any]]:
    """The versions this merge received (theirs), made (what it writes over ours)
    and wrote over (ours, where both sides had edited), each (id, revision, item):
    the common ancestors of later merges.

    Ours counts because our own edits keep no content: a colleague who made the
    same edit holds the same revision, and a later merge with what they did next
    must compare against it, not against an older revision (that would undo what
    they did after it: a tag they removed and put back)."""
    seen = []
    for write in writes:
        theirs = plan.theirs.get(write.id)
        if theirs is not None:
            seen.append((write.id, write.item["revision"], write.item))
            if theirs["revision"] != write.item["revision"]:
                seen.append((write.id, theirs["revision"], theirs))
        ours = plan.mine.get(write.id)
        if ours is not None and ours["revision"] != write.item["revision"]:
            seen.append((write.id, ours["revision"], ours))
    return seen


def _resolve(
    project: Project, plan: MergePlan, chosen: Mapping[uuid.UUID, Resolution]
) -> tuple[list[RecordItem], list[ParsedTombstone], list[uuid.UUID]]:
    """The records to write and the deletions to apply, conflicts resolved as ``chosen``."""
    writes: list[RecordItem] = []
    deletions: list[ParsedTombstone] = []
    copies: list[uuid.UUID] = []
    conflict_ids = [c.id for c in plan.changes if c.action in _BOTH_EDITED]
    unread = [i for i in conflict_ids if i not in plan.mine]
    plan.mine.update(our_items(project, unread))  # also what the merge remembers
    mine = plan.mine
    hidden = _confidential_here(project) if conflict_ids else frozenset()
    for change in plan.changes:
        action = change.action
        if action is MergeAction.ADD or action is MergeAction.UPDATE:
            writes.append(RecordItem(change.kind, change.id, plan.theirs[change.id]))
        elif action is MergeAction.DELETE or action is MergeAction.REMEMBER_DELETION:
            deletions.append(plan.their_tombstones[change.id])
        elif action is MergeAction.MERGE_DELETIONS:
            ours = plan.ours[change.id]
            deletions.append(merged_tombstone(plan.their_tombstones[change.id], ours))
        elif action in _BOTH_EDITED:
            outcome = resolve_conflict(
                change,
                mine.get(change.id),
                plan.theirs.get(change.id),
                plan.ours[change.id],
                plan.their_tombstones.get(change.id),
                chosen.get(change.id, {}),
                hidden,
            )
            writes.extend(outcome.writes)
            deletions.extend(outcome.deletions)
            copies.extend(outcome.copies)
    return writes, deletions, copies


_BOTH_EDITED = (MergeAction.CONFLICT, MergeAction.MERGE)
"""Changes resolved from both versions: conflicts, and records merged with no question
(whose resolution the user may still change)."""


def _confidential_here(project: Project) -> frozenset[str]:
    """The ids (as text) of the evidence and sources here that are not public."""
    with project.reading() as session:
        return _confidential_in(session)


def _confidential_in(session: Session) -> frozenset[str]:
    return frozenset(str(i) for i in confidential.confidential_ids(session))


def _write(
    project: Project,
    writes: list[RecordItem],
    deletions: list[ParsedTombstone],
    progress: Callable[[int, int], None] | None,
    undoable: bool,
    plan: MergePlan,
    backup: Future[Path],
    seen: list[tuple[uuid.UUID, str, Any]],
) -> MergeUndo | None:
    """Write the merge in one transaction, committed only once ``backup`` is made.

    The backup copies the file as last committed while this writes (SQLite's
    WAL keeps uncommitted pages from other connections), and its copying and
    checking run outside the GIL: on a large project that takes it off the
    merge's path. If it fails, its error rolls the merge back: nothing is
    committed without a verified backup."""
    deleted = {t.id for t in deletions}
    written = {write.id for write in writes}
    with project.writing() as writer, sqlite.page_cache(writer.session.connection()):
        before: Snapshot | None = None
        if undoable:
            touched = [*written, *deleted, *snapshots.dependents(writer.session, deleted)]
            before = snapshots.capture(writer.session, touched)
        planned = [_planned(write, plan.parsed) for write in writes]
        references = [
            _references(write.kind, write.item) if known is None else _parsed_references(known)
            for write, known in zip(writes, planned, strict=True)
        ]
        referenced = set().union(*references) - written - deleted
        writer.session.flush()  # as a query through the session would
        missing = _missing(writer.session.connection(), referenced) | (deleted - written)
        for number, tombstone in enumerate(deletions):
            apply_tombstone(writer, tombstone)
            if progress:
                progress(number + 1, len(deletions) + len(writes))
        dangling = any(not targets.isdisjoint(missing) for targets in references)
        hidden = _confidential_in(writer.session) if dangling else frozenset()
        parsed = [
            _parsed(write, known, targets, missing, hidden)
            for write, known, targets in zip(writes, planned, references, strict=True)
        ]
        write_records(writer, parsed)
        if plan.also_write is not None:
            plan.also_write(writer.session, parsed)
        ancestors.forget(writer.session, deleted - written)
        final = {record.id: record.meta["revision"] for record in parsed}
        kept = ((i, revision, content(item)) for i, revision, item in seen if i in final)
        ancestors.remember(writer.session, kept)
        if progress:
            progress(len(deletions) + len(writes), len(deletions) + len(writes))
        backup.result()  # raises the backup's error, if any, before the commit
        if before is None:
            return None
        writer.finish()
        return MergeUndo(before, snapshots.capture(writer.session, before.ids))


def _planned(write: RecordItem, ready: Mapping[uuid.UUID, ParsedRecord]) -> ParsedRecord | None:
    """The record as validated when planning, if ``write`` is theirs unchanged."""
    known = ready.get(write.id)
    if known is not None and known.meta["revision"] == write.item["revision"]:
        return known
    return None


def _missing(connection: Connection, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """The records among ``ids`` the project does not hold (compared as stored text:
    no id read back has to be parsed)."""
    texts = {str(record_id): record_id for record_id in ids}
    for (text,) in sqlite.rows_with_ids(connection, Record.__tablename__, ["id"], list(texts)):
        del texts[text]
    return set(texts.values())


def _parsed(
    write: RecordItem,
    known: ParsedRecord | None,
    targets: set[uuid.UUID],
    missing: set[uuid.UUID],
    hidden: frozenset[str],
) -> ParsedRecord:
    """The record to write: as planned (``known``) when none of the records it points
    to (``targets``) will be ``missing``, else parsed again after dropping those."""
    if known is not None and targets.isdisjoint(missing):
        return known
    clean = _without_dangling(write.kind, write.item, missing, hidden)
    return record_from_data(clean, write.kind)


def _parsed_references(record: ParsedRecord) -> set[uuid.UUID]:
    """Every record id a validated record points to."""
    return set(kinds.references(record.kind, {LINKS: record.links, **record.children}))


def _references(kind: str, item: Mapping[str, Any]) -> set[uuid.UUID]:
    """Every record id an interchange item of ``kind`` points to."""
    return {uuid.UUID(str(target)) for target in kinds.references(kind, item)}


def _without_dangling(
    kind: str, item: dict[str, Any], missing: set[uuid.UUID], hidden: frozenset[str]
) -> dict[str, Any]:
    """Drop references to records that will not exist after the merge (one side
    kept a deletion the other side's newer record still pointed to). The new
    revision leaves links to records confidential here (``hidden``) out of its
    hash, as every revision the app makes does."""

    def alive(value: Any) -> bool:
        return value is not None and uuid.UUID(str(value)) not in missing

    before = content(item)
    clean = kinds.of(kind).without_targets(item, alive)
    after = content(clean)
    if after != before:
        # The same change the other side made when it deleted the target itself:
        # a new revision from the same parent and content, hence the same id.
        clean["ancestors"] = [clean["revision"], *clean["ancestors"]][:MAX_ANCESTORS]
        clean["revision"] = next_revision(clean["revision"], without_links_to(after, hidden))
    return clean

"""Merge a colleague's work, record by record, offline (DESIGN.md, "Merge").

Each record carries its revision and its recent ancestors. For each record
of theirs: unknown here -> added; same revision -> nothing; our revision among
their ancestors -> theirs is newer, taken; theirs among ours -> ours kept;
otherwise a conflict. Tombstones merge the same way.

Conflicts are resolved as ``mine``, ``theirs`` or ``both`` (theirs kept as a
copy under a new id), for a whole record or field by field. A resolved
revision descends from both sides, so merging the same file again changes
nothing. Resolutions are computed the same way on both sides (the parent is
the greater of the two revisions; ``both`` keeps the greater revision in
place and copies the other), so two colleagues who merge each other end with
the same records.

Merges are planned first (a dry run shows the plan), then applied in one
transaction after a backup.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, ParamSpec, TypeVar

from sqlalchemy import Connection, literal, select

from db import bulk, sqlite
from db.models import LONG_TEXT_LIMIT, RECORD_KINDS, SHORT_TEXT_LIMIT, Record, Tombstone
from workbench import backups, bilingual, confidential, snapshots
from workbench.errors import WorkbenchError
from workbench.interchange import (
    META_KEYS,
    SECTION_NAMES,
    InterchangeError,
    ParsedDocument,
    ParsedRecord,
    ParsedTombstone,
    read_document,
    record_from_data,
    record_json,
    validate,
)
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.records import FieldSpec, display_title, field_specs, link_roles
from workbench.revisions import MAX_ANCESTORS, generation, next_revision
from workbench.snapshots import Snapshot
from workbench.store import apply_tombstone, write_records

P = ParamSpec("P")
T = TypeVar("T")

CONFLICT_POLICIES = ("refuse", "mine", "theirs", "both")
PART_NAMES = ("proposed_wordings", "status_history", "sections", "exports")
COPY_SUFFIX = " (conflicting copy)"


class MergeConflicts(WorkbenchError):
    """Conflicts remain and the policy is to refuse: nothing was changed."""

    def __init__(self, count: int) -> None:
        super().__init__(
            f"{count} record(s) were changed on both sides; nothing was merged. "
            "Choose --on-conflict mine, theirs or both, or resolve them in the app."
        )
        self.count = count


class Version(NamedTuple):
    """One side's version of a record (a tuple: made for every record a merge changes,
    a frozen dataclass cost several times as much)."""

    revision: str
    ancestors: tuple[str, ...]
    deleted: bool


@dataclass(frozen=True)
class Change:
    """What merging does to one record."""

    id: uuid.UUID
    kind: str
    title: str
    action: str
    """"add", "update", "delete", "conflict", "keep", or the bookkeeping of deletions
    ("remember-deletion", "merge-deletions")."""
    conflict: str = ""
    """For conflicts: "edit/edit", "edit/delete" (we edited, they deleted) or "delete/edit"."""
    fields: tuple[str, ...] = ()
    """For edit/edit conflicts: the fields, link roles (as ``links.<role>``) and lists
    of parts that differ; the keys a field-by-field resolution takes."""


@dataclass
class MergePlan:
    changes: list[Change]
    theirs: dict[uuid.UUID, dict[str, Any]]
    """Their records as interchange JSON, by id."""
    their_tombstones: dict[uuid.UUID, ParsedTombstone]
    ours: dict[uuid.UUID, Version] = field(default_factory=dict)
    """Our versions of the records theirs changes (the others need none)."""
    parsed: dict[uuid.UUID, ParsedRecord] = field(default_factory=dict)
    """Their records as validated, written as they are when nothing in them dangles."""
    confidential_withheld: bool = False
    """Their document left confidential records out: our links to what it withheld
    were kept in their records (see :func:`_keep_links_to_withheld`)."""

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.action == "conflict"]

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts per action and kind (the dry run's report)."""
        labels = {
            "add": "added",
            "update": "updated",
            "delete": "deleted",
            "conflict": "conflicts",
        }
        summary = {label: dict.fromkeys(RECORD_KINDS, 0) for label in labels.values()}
        for change in self.changes:
            label = labels.get(change.action)
            if label:
                summary[label][change.kind] += 1
        return summary


Resolution = str | Mapping[str, str]
"""A whole-record choice ("mine", "theirs", "both") or one per field / link role / part."""


def _gc_paused(function: Callable[P, T]) -> Callable[P, T]:
    """Run ``function`` with the cyclic garbage collector paused.

    A large document is millions of small objects; each collection walks them
    all again, and reading, planning and applying allocate enough to set off
    hundreds (half the time of a large merge). Nothing here makes reference
    cycles worth collecting; collection resumes as it was afterwards.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                _age_young_objects()
                gc.enable()

    return paused


def _age_young_objects() -> None:
    """Count what was allocated while the collector paused as old, without scanning it.

    Otherwise the first allocation once it resumes sets off a collection of all
    of it: the document just read or the plan just made, hundreds of thousands
    of objects the caller keeps (a tenth of a large merge, between its steps).
    Freezing then thawing moves every tracked object to the oldest generation
    (two list splices) and resets the count that starts a collection; cycles
    among them are still collected, by the next full collection. Skipped if
    anything else keeps objects frozen: thawing would release theirs.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


# --- planning ------------------------------------------------------------------------


@_gc_paused
def plan_merge(project: Project, document: Any) -> MergePlan:
    """Validate their document and decide, record by record, what merging would do."""
    ours = _our_versions(project)
    document, present = _changed_only(document, ours)
    parsed = validate(document, _LiveKinds(ours))
    # Validation parses the document's records in order, so they pair up with its items.
    items = (item for section in SECTION_NAMES.values() for item in document.get(section, []))
    theirs = {record.id: dict(item) for record, item in zip(parsed.records, items, strict=True)}
    tombstones = {t.id: t for t in parsed.tombstones}
    versions = {
        record_id: Version(item["revision"], tuple(item["ancestors"]), False)
        for record_id, item in theirs.items()
    }
    versions.update(
        (t.id, Version(t.revision, tuple(t.ancestors), True)) for t in tombstones.values()
    )
    plan = MergePlan([], theirs, tombstones, parsed={r.id: r for r in parsed.records})
    plan.confidential_withheld = document.get(confidential.WITHHELD) is True
    _keep_links_to_withheld(project, plan, present)
    texts = {record.id: record.text_id for record in parsed.records}
    texts.update((t.id, str(t.id)) for t in parsed.tombstones)
    held = _held(ours, texts)
    _check_kinds(held, parsed)
    plan.ours = _histories(project, ours, held, versions)
    for record in parsed.records:
        title = display_title(record.kind, record.fields)
        local = plan.ours.get(record.id) or _without_history(held.get(record.id))
        plan.changes.append(_decide(record.id, record.kind, title, local, versions[record.id]))
    for tombstone in parsed.tombstones:
        local = plan.ours.get(tombstone.id) or _without_history(held.get(tombstone.id))
        plan.changes.append(
            _decide(tombstone.id, tombstone.kind, "", local, versions[tombstone.id])
        )
    _describe_conflicts(project, plan)
    return plan


_Row = tuple[str, str, int, str]
"""One of our records or tombstones, as stored: kind, revision, deleted (1 for a
tombstone, 0 for a record) and id, as the driver returns it."""


def _our_versions(project: Project) -> dict[str, _Row]:
    """Every id we hold, keyed by its canonical text, with its kind and revision.

    A large project has many more records than a share changes: converting
    each id to a UUID and decoding each history would cost more than the
    rest of the merge, so histories are read for the changed records only.
    """
    versions: dict[str, _Row] = {}
    with project.reading() as session:
        connection = session.connection()
        for model, deleted in ((Record, 0), (Tombstone, 1)):
            statement = select(model.kind, model.revision, literal(deleted), model.id)
            rows = bulk.plain_rows(connection, statement)
            # Keyed by the id the row ends with, all in C: half the time of a loop.
            versions.update(zip(map(itemgetter(3), rows), rows, strict=True))
    return versions


def _held(ours: Mapping[str, _Row], ids: Mapping[uuid.UUID, str]) -> dict[uuid.UUID, _Row]:
    """Our rows of the records and tombstones among ``ids`` (given with their text) we hold."""
    held = {}
    for record_id, text in ids.items():
        row = ours.get(text)
        if row is not None:
            held[record_id] = row
    return held


def _check_kinds(held: Mapping[uuid.UUID, _Row], parsed: ParsedDocument) -> None:
    """Refuse a record or deletion of theirs whose id we hold as another kind: an id
    names one record for good, so theirs cannot be ours edited (or deleted)."""
    theirs = [(r.id, r.kind, SECTION_NAMES[r.kind]) for r in parsed.records]
    theirs += [(t.id, t.kind, "tombstones") for t in parsed.tombstones]
    for record_id, kind, section in theirs:
        row = held.get(record_id)
        if row is not None and row[0] != kind:
            what = "a deleted " + row[0] if row[2] else "a " + row[0]
            raise InterchangeError(
                f"{section} (id {record_id})",
                f"is a {kind}, but the project holds this id as {what}",
            )


def _without_history(row: _Row | None) -> Version | None:
    """Our version as ``row`` gives it, history left out: for records whose new version
    of theirs descends from ours, where deciding needs no history of ours."""
    return None if row is None else Version(row[1], (), bool(row[2]))


def _histories(
    project: Project,
    ours: Mapping[str, _Row],
    held: Mapping[uuid.UUID, _Row],
    theirs: Mapping[uuid.UUID, Version],
) -> dict[uuid.UUID, Version]:
    """Our versions, histories included, of the ``held`` records whose history counts:
    those whose version of theirs does not descend from ours (ours may be newer,
    or both changed). A merge of a colleague's edits reads none; each is looked for
    only in the table ``ours`` found it in, ids compared as text."""
    wanted = {
        row[3]: record_id
        for record_id, row in held.items()
        if row[1] != theirs[record_id].revision and row[1] not in theirs[record_id].ancestors
    }
    versions: dict[uuid.UUID, Version] = {}
    if not wanted:
        return versions
    with project.reading() as session:
        connection = session.connection()
        for model, deleted in ((Record, 0), (Tombstone, 1)):
            texts = [text for text in wanted if ours[text][2] == deleted]
            columns = ["id", "revision", "ancestors"]
            versions.update(
                (wanted[text], Version(revision, tuple(json.loads(history)), bool(deleted)))
                for text, revision, history in sqlite.rows_with_ids(
                    connection, model.__tablename__, columns, texts
                )
            )
    return versions


class _LiveKinds(Mapping[uuid.UUID, str]):
    """Our live records' kinds by id, read straight from :func:`_our_versions`."""

    def __init__(self, ours: Mapping[str, _Row]) -> None:
        self._ours = ours

    def __getitem__(self, key: uuid.UUID) -> str:
        row = self._ours.get(str(key))
        if row is None or row[2]:
            raise KeyError(key)
        return row[0]

    def get(self, key: uuid.UUID, default: Any = None) -> Any:
        """As :meth:`__getitem__`, without raising and catching a KeyError per miss
        (validation asks for every record theirs links to)."""
        row = self._ours.get(str(key))
        return default if row is None or row[2] else row[0]

    def __iter__(self) -> Iterator[uuid.UUID]:
        return (uuid.UUID(k) for k, row in self._ours.items() if not row[2])

    def __len__(self) -> int:
        return sum(1 for row in self._ours.values() if not row[2])


def _changed_only(document: Any, ours: Mapping[str, _Row]) -> tuple[Any, set[str]]:
    """Their document less the records we hold at the very same revision, and the
    ids of every record and deletion it holds (as we store ids).

    Those change nothing, so they need no validation: on a large share where a
    few records changed, this is most of the work saved. Ids are still checked
    for uniqueness over the whole document.
    """
    seen: set[str] = set()
    if not isinstance(document, dict):
        return document, seen
    reduced = dict(document)
    for section in [*SECTION_NAMES.values(), "tombstones"]:
        items = document.get(section)
        if not isinstance(items, list):
            continue
        kept = []
        for index, item in enumerate(items):
            identity = item.get("id") if isinstance(item, dict) else None
            if isinstance(identity, str):
                local = ours.get(identity)
                # What ``seen`` holds; an id we hold as given is in canonical form already.
                key = identity if local is not None else _canonical(identity)
                held = len(seen)
                seen.add(key)
                if len(seen) == held:
                    raise InterchangeError(
                        f"{section}[{index}]",
                        f"id {identity} appears more than once in the document",
                    )
                local = local or ours.get(key)
                if local is not None and local[1] == item.get("revision"):
                    continue
            kept.append(item)
        reduced[section] = kept
    return reduced, seen


def _canonical(identity: str) -> str:
    """An id as we store it, whichever of the forms a UUID may take it is given in
    (upper case, braces, ``urn:uuid:``, no hyphens), so that one record given
    twice in two forms is found out; anything else as given (validation refuses it)."""
    lower = identity.lower()
    if _CANONICAL_ID.fullmatch(lower):
        return lower
    try:
        return str(uuid.UUID(identity))
    except ValueError:
        return identity


_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def compare(ours: Version, theirs: Version) -> str:
    """ "same", "theirs" (theirs descends from ours), "ours" or "conflict"."""
    if ours.revision == theirs.revision:
        return "same"
    if ours.revision in theirs.ancestors:
        return "theirs"
    if theirs.revision in ours.ancestors:
        return "ours"
    return "conflict"


def _decide(
    record_id: uuid.UUID,
    kind: str,
    title: str,
    ours: Version | None,
    theirs: Version,
) -> Change:
    if ours is None:
        action = "remember-deletion" if theirs.deleted else "add"
        return Change(record_id, kind, title, action)
    verdict = compare(ours, theirs)
    if verdict in ("same", "ours"):
        return Change(record_id, kind, title, "keep")
    if verdict == "theirs":
        if theirs.deleted:
            action = "remember-deletion" if ours.deleted else "delete"
            return Change(record_id, kind, title, action)
        return Change(record_id, kind, title, "add" if ours.deleted else "update")
    if ours.deleted and theirs.deleted:
        # Deleted on both sides along different histories: one tombstone that
        # descends from both, the same on either side.
        return Change(record_id, kind, title, "merge-deletions")
    shape = "delete/edit" if ours.deleted else "edit/delete" if theirs.deleted else "edit/edit"
    return Change(record_id, kind, title, "conflict", conflict=shape)


def _describe_conflicts(project: Project, plan: MergePlan) -> None:
    """Titles and differing fields for conflicts (read only for those records)."""
    ids = [c.id for c in plan.conflicts]
    if not ids:
        return
    mine = our_items(project, ids)
    for index, change in enumerate(plan.changes):
        if change.action != "conflict":
            continue
        theirs = plan.theirs.get(change.id)
        ours = mine.get(change.id)
        title = change.title
        if ours is not None:
            title = display_title(change.kind, ours)
        differing: tuple[str, ...] = ()
        if ours is not None and theirs is not None:
            differing = differing_fields(ours, theirs)
        plan.changes[index] = Change(
            change.id, change.kind, title, "conflict", change.conflict, differing
        )


def our_items(project: Project, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    ids = list(ids)
    if not ids:  # as for most merges: no conflicts
        return {}
    with project.reading() as session:
        found = {}
        for record_id in ids:
            record = session.get(Record, record_id)
            if record is not None:
                found[record_id] = record_json(session, record)
        return found


def differing_fields(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> tuple[str, ...]:
    """The content keys two versions disagree on; links one role at a time, as
    ``links.<role>``, so each role can be resolved on its own."""
    found: list[str] = []
    for name in _content_keys(ours, theirs):
        if name == "links":
            mine, other = ours.get("links", {}), theirs.get("links", {})
            roles = dict.fromkeys([*mine, *other])
            found.extend(f"links.{r}" for r in roles if mine.get(r, []) != other.get(r, []))
        elif ours.get(name) != theirs.get(name):
            found.append(name)
    return tuple(found)


def combinable(kind: str, name: str) -> bool:
    """Whether a field can keep both sides' values: long texts (one after the
    other), link roles holding many records and parts lists (the union), and
    translations (every language and text either side has)."""
    if name == bilingual.FIELD:
        return True
    if name.startswith("links."):
        role = link_roles(kind).get(name.removeprefix("links."))
        return role is not None and role.many
    if name in PART_NAMES:
        return True
    spec = field_specs(kind).get(name)
    return spec is not None and spec.type is str and not spec.choices and _is_long(spec)


def _is_long(spec: FieldSpec) -> bool:
    return (spec.max_length or 0) > SHORT_TEXT_LIMIT


def _combined(kind: str, name: str, mine: Any, theirs: Any) -> Any:
    """Both sides' values of a combinable field, ours first."""
    if name.startswith("links.") or name in PART_NAMES:
        mine, theirs = list(mine or []), list(theirs or [])
        key = (lambda v: v["id"]) if name in PART_NAMES else (lambda v: v)
        held = {key(v) for v in mine}
        return mine + [v for v in theirs if key(v) not in held]
    if name == bilingual.FIELD:
        return _combined_translations(kind, mine or {}, theirs or {})
    if not mine or mine == theirs:
        return theirs
    if not theirs:
        return mine
    limit = field_specs(kind)[name].max_length or len(mine) + len(theirs) + 2
    return f"{mine}\n\n{theirs}"[:limit]


def _combined_translations(
    kind: str, mine: Mapping[str, Mapping[str, str]], theirs: Mapping[str, Mapping[str, str]]
) -> dict[str, dict[str, str]]:
    """Every language and text either side translated. Where both translated the
    same text differently, a long text keeps both, ours first (as a long field
    does), and a short one (a title, a name) keeps ours."""
    merged: dict[str, dict[str, str]] = {}
    for language in dict.fromkeys([*mine, *theirs]):
        ours, other = mine.get(language, {}), theirs.get(language, {})
        texts = {**other, **ours}
        for key, text in other.items():
            if ours.get(key) not in (None, text) and _long_translation(kind, key):
                texts[key] = f"{ours[key]}\n\n{text}"[:LONG_TEXT_LIMIT]
        merged[language] = texts
    return merged


def _long_translation(kind: str, key: str) -> bool:
    """Whether the text a translation key stands for is a long one: a field's own
    spec says; a part's texts (a section's introduction, a wording) are long but
    for titles."""
    name = key.rsplit(".", 1)[-1]
    spec = field_specs(kind).get(name) if "." not in key else None
    return _is_long(spec) if spec is not None else name != "title"


def _content_keys(*items: Mapping[str, Any]) -> list[str]:
    keys: dict[str, None] = {}
    for item in items:
        keys.update((k, None) for k in item if k not in META_KEYS)
    return list(keys)


# --- applying ------------------------------------------------------------------------


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


@_gc_paused
def apply_merge(
    project: Project,
    plan: MergePlan,
    *,
    on_conflict: str = "refuse",
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
    if unresolved and on_conflict == "refuse":
        raise MergeConflicts(len(unresolved))
    for change in unresolved:
        chosen[change.id] = on_conflict
    writes, deletions, copies = _resolve(project, plan, chosen)
    if not writes and not deletions:
        return MergeResult(plan.summary(), None, ())
    folder = (paths or AppPaths.from_environment()).backups
    with ThreadPoolExecutor(1, thread_name_prefix="merge-backup") as backing_up:
        backup = backing_up.submit(backups.make_backup, project.path, folder, "merge")
        undo = _write(project, writes, deletions, progress, undoable, plan.parsed, backup)
    return MergeResult(plan.summary(), backup.result(), tuple(copies), undo)


def _resolve(
    project: Project, plan: MergePlan, chosen: Mapping[uuid.UUID, Resolution]
) -> tuple[list[dict[str, Any]], list[ParsedTombstone], list[uuid.UUID]]:
    """The records to write (as interchange items) and the deletions to apply."""
    writes: list[dict[str, Any]] = []
    deletions: list[ParsedTombstone] = []
    copies: list[uuid.UUID] = []
    conflict_ids = [c.id for c in plan.conflicts]
    mine = our_items(project, conflict_ids)
    hidden = _confidential_here(project) if conflict_ids else frozenset()
    for change in plan.changes:
        if change.action in ("add", "update"):
            writes.append({**plan.theirs[change.id], "_kind": change.kind, "_id": change.id})
        elif change.action in ("delete", "remember-deletion"):
            deletions.append(plan.their_tombstones[change.id])
        elif change.action == "merge-deletions":
            ours = plan.ours[change.id]
            deletions.append(_merged_tombstone(plan.their_tombstones[change.id], ours))
        elif change.action == "conflict":
            resolution = chosen[change.id]
            outcome = _resolve_conflict(change, plan, mine.get(change.id), resolution, hidden)
            writes.extend(outcome.writes)
            deletions.extend(outcome.deletions)
            copies.extend(outcome.copies)
    return writes, deletions, copies


@dataclass
class _Outcome:
    writes: list[dict[str, Any]] = field(default_factory=list)
    deletions: list[ParsedTombstone] = field(default_factory=list)
    copies: list[uuid.UUID] = field(default_factory=list)


def _resolve_conflict(
    change: Change,
    plan: MergePlan,
    ours: dict[str, Any] | None,
    resolution: Resolution,
    hidden: frozenset[str],
) -> _Outcome:
    theirs = plan.theirs.get(change.id)
    our_version = plan.ours[change.id]
    if change.conflict == "edit/edit":
        assert ours is not None and theirs is not None
        return _resolve_edits(change, ours, theirs, resolution, hidden)
    if change.conflict == "edit/delete":  # we edited, they deleted
        assert ours is not None
        tombstone = plan.their_tombstones[change.id]
        if resolution == "theirs":
            return _Outcome(deletions=[_merged_tombstone(tombstone, our_version)])
        return _Outcome(
            writes=[_descendant(ours, change.kind, our_version, _version_of(tombstone), hidden)]
        )
    # delete/edit: we deleted, they edited
    assert theirs is not None
    their_version = Version(theirs["revision"], tuple(theirs["ancestors"]), False)
    if resolution == "mine":
        tombstone = ParsedTombstone(
            change.id, change.kind, our_version.revision, list(our_version.ancestors),
            _now_of(theirs), theirs.get("changed_by", ""),
        )  # fmt: skip
        return _Outcome(deletions=[_merged_tombstone(tombstone, their_version)])
    return _Outcome(writes=[_descendant(theirs, change.kind, their_version, our_version, hidden)])


def _resolve_edits(
    change: Change,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    resolution: Resolution,
    hidden: frozenset[str],
) -> _Outcome:
    our_rev, their_rev = ours["revision"], theirs["revision"]
    if resolution == "both":
        winner, loser = (ours, theirs) if _rank(our_rev) >= _rank(their_rev) else (theirs, ours)
        kept = _merged(change.kind, winner, loser, _content(winner), hidden)
        copy = _conflicting_copy(change.kind, loser, hidden)
        return _Outcome(writes=[kept, copy], copies=[uuid.UUID(copy["id"])])
    if resolution in ("mine", "theirs"):
        content = _content(ours if resolution == "mine" else theirs)
    else:
        assert isinstance(resolution, Mapping)
        content = _field_by_field(change.kind, ours, theirs, resolution)
    return _Outcome(writes=[_merged(change.kind, ours, theirs, content, hidden)])


def _field_by_field(
    kind: str, ours: Mapping[str, Any], theirs: Mapping[str, Any], choices: Mapping[str, str]
) -> dict[str, Any]:
    """Content taking each field (and link role) from the side chosen for it:
    "mine" (the default), "theirs", or "both" where :func:`combinable`. A choice
    for "links" applies to every role that has none of its own."""

    def pick(name: str, mine: Any, other: Any, default: str = "mine") -> Any:
        choice = choices.get(name, default)
        if choice == "both" and combinable(kind, name):
            return _combined(kind, name, mine, other)
        return other if choice == "theirs" else mine

    content: dict[str, Any] = {}
    for name in _content_keys(ours, theirs):
        if name != "links":
            content[name] = pick(name, ours.get(name), theirs.get(name))
            continue
        mine, other = ours.get("links", {}), theirs.get("links", {})
        whole = choices.get("links", "mine")
        content["links"] = {
            role: pick(f"links.{role}", mine.get(role, []), other.get(role, []), whole)
            for role in dict.fromkeys([*mine, *other])
        }
    return content


def _rank(revision: str) -> tuple[int, str]:
    return generation(revision), revision


def _merged(
    kind: str,
    first: dict[str, Any],
    second: dict[str, Any],
    content: dict[str, Any],
    hidden: frozenset[str],
) -> dict[str, Any]:
    """A record whose revision descends from both ``first`` and ``second``."""
    parent = max(first["revision"], second["revision"], key=_rank)
    return {
        "id": first["id"],
        "revision": _merge_revision(parent, content, hidden),
        "ancestors": _joined_history(first, second),
        "created_at": min(first["created_at"], second["created_at"]),
        "updated_at": max(first["updated_at"], second["updated_at"]),
        "changed_by": (first if first["revision"] == parent else second).get("changed_by", ""),
        **content,
        "_kind": kind,
    }


def _joined_history(*items: Mapping[str, Any]) -> list[str]:
    revisions = {r for item in items for r in (item["revision"], *item["ancestors"])}
    return sorted(revisions, key=_rank, reverse=True)[:MAX_ANCESTORS]


def _descendant(
    item: dict[str, Any], kind: str, own: Version, other: Version, hidden: frozenset[str]
) -> dict[str, Any]:
    """``item`` kept, with a revision that also descends from the other side's."""
    content = _content(item)
    histories = [
        {"revision": own.revision, "ancestors": list(own.ancestors)},
        {"revision": other.revision, "ancestors": list(other.ancestors)},
    ]
    parent = max(own.revision, other.revision, key=_rank)
    return {
        **item,
        "revision": _merge_revision(parent, content, hidden),
        "ancestors": _joined_history(*histories),
        "_kind": kind,
    }


def _merged_tombstone(tombstone: ParsedTombstone, other: Version) -> ParsedTombstone:
    histories = [
        {"revision": tombstone.revision, "ancestors": tombstone.ancestors},
        {"revision": other.revision, "ancestors": list(other.ancestors)},
    ]
    parent = max(tombstone.revision, other.revision, key=_rank)
    return ParsedTombstone(
        tombstone.id,
        tombstone.kind,
        next_revision(parent, {"deleted": True}),
        _joined_history(*histories),
        tombstone.deleted_at,
        tombstone.changed_by,
    )


def _version_of(tombstone: ParsedTombstone) -> Version:
    return Version(tombstone.revision, tuple(tombstone.ancestors), True)


def _now_of(item: Mapping[str, Any]) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(item["updated_at"])


def _conflicting_copy(kind: str, item: dict[str, Any], hidden: frozenset[str]) -> dict[str, Any]:
    """The losing version as a new record: a new id (the same on every machine),
    new ids for its parts, and a title saying what it is."""
    copy_id = uuid.uuid5(uuid.UUID(item["id"]), f"conflict:{item['revision']}")
    content = _content(item)
    title_field = RECORD_KINDS[kind].search_fields[0]
    if title_field in field_specs(kind):
        content[title_field] = (str(content.get(title_field, "")) + COPY_SUFFIX)[:2000]
    for part in PART_NAMES:
        if part in content:
            content[part] = [
                {**child, "id": str(uuid.uuid5(copy_id, str(child["id"])))}
                for child in content[part]
            ]
    return {
        "id": str(copy_id),
        "revision": _merge_revision(item["revision"], content, hidden),
        "ancestors": [item["revision"], *item["ancestors"]][:MAX_ANCESTORS],
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
        "changed_by": item.get("changed_by", ""),
        **content,
        "_kind": kind,
    }


def _merge_revision(parent: str, content: Mapping[str, Any], hidden: frozenset[str]) -> str:
    """The revision a merge gives ``content``, its links to records confidential here
    left out of the hash: a colleague who cannot see those records (and so holds no
    such links) reaches the same revision for the same merge, and the two converge."""
    links = content.get("links")
    if hidden and isinstance(links, dict):
        visible = {role: [t for t in targets if t not in hidden] for role, targets in links.items()}
        content = {**content, "links": visible}
    return next_revision(parent, content)


def _confidential_here(project: Project) -> frozenset[str]:
    """The ids (as text) of the evidence and sources here that are not public."""
    with project.reading() as session:
        return frozenset(str(i) for i in confidential.confidential_ids(session))


def _content(item: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in META_KEYS and not k.startswith("_")}


def _write(
    project: Project,
    writes: list[dict[str, Any]],
    deletions: list[ParsedTombstone],
    progress: Callable[[int, int], None] | None,
    undoable: bool,
    ready: Mapping[uuid.UUID, ParsedRecord],
    backup: Future[Path],
) -> MergeUndo | None:
    """Write the merge in one transaction, committed only once ``backup`` is made.

    The backup copies the file as last committed while this writes (SQLite's
    WAL keeps uncommitted pages from other connections), and its copying and
    checking run outside the GIL: on a large project that takes it off the
    merge's path. If it fails, its error rolls the merge back: nothing is
    committed without a verified backup."""
    deleted = {t.id for t in deletions}
    ids = [_id_of(item) for item in writes]
    written = set(ids)
    with project.writing() as writer, sqlite.page_cache(writer.session.connection(), _CACHE_KIB):
        before: Snapshot | None = None
        if undoable:
            touched = [*written, *deleted, *snapshots.dependents(writer.session, deleted)]
            before = snapshots.capture(writer.session, touched)
        planned = [_planned(i, item, ready) for i, item in zip(ids, writes, strict=True)]
        references = [
            _references(item) if known is None else _parsed_references(known)
            for item, known in zip(writes, planned, strict=True)
        ]
        referenced = set().union(*references) - written - deleted
        writer.session.flush()  # as a query through the session would
        missing = _missing(writer.session.connection(), referenced) | (deleted - written)
        for number, tombstone in enumerate(deletions):
            apply_tombstone(writer, tombstone)
            if progress:
                progress(number + 1, len(deletions) + len(writes))
        parsed = [
            _parsed(item, known, targets, missing)
            for item, known, targets in zip(writes, planned, references, strict=True)
        ]
        write_records(writer, parsed)
        if progress:
            progress(len(deletions) + len(writes), len(deletions) + len(writes))
        backup.result()  # raises the backup's error, if any, before the commit
        if before is None:
            return None
        writer.finish()
        return MergeUndo(before, snapshots.capture(writer.session, before.ids))


_CACHE_KIB = 32 * 1024
"""The page cache a merge writes with (see :func:`db.sqlite.page_cache`): most of the
pages a merge of 10,000 records into 100,000 touches."""


def _keep_links_to_withheld(project: Project, plan: MergePlan, present: set[str]) -> None:
    """Give their records back our links to evidence and sources their document
    does not hold at all (no record, no deletion).

    A share that leaves confidential evidence and sources out leaves out every
    link to them too; a colleague who only ever received such shares never
    held them. Either way, that their version lacks such a link says nothing:
    ours stays, after the target it followed in our list (or first). One
    their document holds, they could have kept: its absence from their list is
    theirs to decide. Done before anything compares or shows their records, so
    a conflict lists only what they changed. The revision stays theirs, so the
    two copies still agree on it and merging again changes nothing.
    """
    with project.reading() as session:
        ours = confidential.links_to_withholdable(
            session, [r.text_id for r in plan.parsed.values()]
        )
    for owner, roles in ours.items():
        if all(t in present for targets in roles.values() for t in targets):
            continue  # the usual case: they hold every record we link to
        parsed = plan.parsed[uuid.UUID(owner)]
        links = {role: [str(t) for t in targets] for role, targets in parsed.links.items()}
        specs = link_roles(parsed.kind)
        for role, targets in roles.items():
            if links.get(role) and not specs[role].many:
                continue  # they chose another record for a role that holds one
            withheld = {t for t in targets if t not in present}
            links[role] = _with_kept(links.get(role, []), targets, withheld)
        plan.theirs[parsed.id] = {**plan.theirs[parsed.id], "links": links}
        kept = {role: [uuid.UUID(t) for t in targets] for role, targets in links.items()}
        plan.parsed[parsed.id] = dataclasses.replace(parsed, links={**parsed.links, **kept})


def _with_kept(theirs: list[T], mine: list[T], keep: set[T]) -> list[T]:
    """``theirs`` with the ``keep`` targets of ``mine`` they lack, each placed after
    the nearest target before it in ``mine`` that the result holds."""
    result = list(theirs)
    for index, target in enumerate(mine):
        if target not in keep or target in result:
            continue
        before = next((t for t in reversed(mine[:index]) if t in result), None)
        result.insert(0 if before is None else result.index(before) + 1, target)
    return result


def _id_of(item: Mapping[str, Any]) -> uuid.UUID:
    """A write's id: as planned (``_id``) for their records taken as they are, else parsed."""
    known: uuid.UUID | None = item.get("_id")
    return known if known is not None else uuid.UUID(item["id"])


def _planned(
    record_id: uuid.UUID, item: dict[str, Any], ready: Mapping[uuid.UUID, ParsedRecord]
) -> ParsedRecord | None:
    """The record as validated when planning, if ``item`` is theirs unchanged."""
    known = ready.get(record_id)
    return known if known is not None and known.meta["revision"] == item["revision"] else None


def _missing(connection: Connection, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """The records among ``ids`` the project does not hold (compared as stored text:
    no id read back has to be parsed)."""
    texts = {str(record_id): record_id for record_id in ids}
    for (text,) in sqlite.rows_with_ids(connection, Record.__tablename__, ["id"], list(texts)):
        del texts[text]
    return set(texts.values())


def _parsed(
    item: dict[str, Any],
    known: ParsedRecord | None,
    targets: set[uuid.UUID],
    missing: set[uuid.UUID],
) -> ParsedRecord:
    """The record to write: as planned (``known``) when none of the records it points
    to (``targets``) will be ``missing``, else parsed again after dropping those."""
    if known is not None and targets.isdisjoint(missing):
        return known
    return record_from_data(_without_dangling(item, missing), item["_kind"])


def _parsed_references(record: ParsedRecord) -> set[uuid.UUID]:
    found = {t for targets in record.links.values() for t in targets}
    found.update(
        w["provision_id"]
        for w in record.children.get("proposed_wordings", [])
        if w["provision_id"] is not None
    )
    found.update(r for s in record.children.get("sections", []) for r in s["recommendations"])
    return found


def _references(item: Mapping[str, Any]) -> set[uuid.UUID]:
    """Every record id an interchange item points to."""
    found = {uuid.UUID(t) for targets in item.get("links", {}).values() for t in targets}
    found.update(
        uuid.UUID(w["provision"]) for w in item.get("proposed_wordings", []) if w.get("provision")
    )
    found.update(uuid.UUID(r) for s in item.get("sections", []) for r in s["recommendations"])
    return found


def _without_dangling(item: dict[str, Any], missing: set[uuid.UUID]) -> dict[str, Any]:
    """Drop references to records that will not exist after the merge (one side
    kept a deletion the other side's newer record still pointed to)."""

    def alive(value: Any) -> bool:
        return value is not None and uuid.UUID(str(value)) not in missing

    clean = {k: v for k, v in item.items() if not k.startswith("_")}
    before = _content(clean)
    clean["links"] = {
        role: [t for t in targets if alive(t)] for role, targets in item.get("links", {}).items()
    }
    if "proposed_wordings" in clean:
        clean["proposed_wordings"] = [
            {**w, "provision": w["provision"] if alive(w.get("provision")) else None}
            for w in clean["proposed_wordings"]
        ]
    if "sections" in clean:
        clean["sections"] = [
            {**s, "recommendations": [r for r in s["recommendations"] if alive(r)]}
            for s in clean["sections"]
        ]
    after = _content(clean)
    if after != before:
        # The same change the other side made when it deleted the target itself:
        # a new revision from the same parent and content, hence the same id.
        clean["ancestors"] = [clean["revision"], *clean["ancestors"]][:MAX_ANCESTORS]
        clean["revision"] = next_revision(clean["revision"], after)
    return clean


# --- reading what a colleague sent -------------------------------------------------------


@_gc_paused
def read_theirs(path: Path, passphrase: Callable[[], str] | None = None) -> Any:
    """A colleague's work as an interchange document, whatever they sent:
    a share bundle (encrypted or not), interchange JSON, or a project file."""
    from workbench import foreign, share

    path = Path(path)
    if path.is_dir():
        raise InterchangeError(str(path), "is a folder: choose the file your colleague sent")
    if not path.is_file():
        raise InterchangeError(str(path), "no such file")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error
    if head.startswith(b"PK"):
        return share.read_bundle(path, passphrase)
    if head.startswith(b"SQLite format 3"):
        return foreign.read_project_file(path)
    return read_document(path)

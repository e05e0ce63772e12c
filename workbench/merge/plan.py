"""Planning a merge: validate their document and decide, record by record, what
merging would do, reading from the project only what deciding needs.

For each record of theirs: unknown here -> added; same revision -> nothing;
our revision among their ancestors -> theirs is newer, taken; theirs among
ours -> ours kept; otherwise a conflict. Tombstones merge the same way. The
plan changes nothing (a dry run shows it); :mod:`workbench.merge.apply` applies it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from itertools import count, repeat
from typing import Any

from db import sqlite
from db.models import Record, Tombstone
from workbench import ancestors, confidential, revision_check
from workbench.gcpause import gc_paused
from workbench.interchange import (
    InterchangeError,
    ParsedDocument,
    ParsedRecord,
    StreamedDocument,
    check_document_targets,
    link_targets,
    parse_document,
    records_json,
)
from workbench.interchange.record_lines import UnparsedRecord
from workbench.kinds import SECTION_NAMES
from workbench.merge.model import (
    Change,
    Comparison,
    ConflictShape,
    MergeAction,
    MergePlan,
    Version,
)
from workbench.merge.our_rows import LiveKinds, OurRows, Row
from workbench.merge.resolve import compare, content, differing_fields
from workbench.merge.three_way import ContentMerge, merge_content
from workbench.merge.withheld import keep_links_to_withheld
from workbench.project import Project
from workbench.records import canonical_id_text, display_title


@gc_paused
def plan_merge(project: Project, document: Any) -> MergePlan:
    """Validate their document and decide, record by record, what merging would do."""
    ours = OurRows(project)
    document, present = _changed_only(document, ours)
    live = LiveKinds(ours)
    parsed = parse_document(document, live)
    if not ours.complete:
        ours.read(str(target) for target in link_targets(parsed.records))
    check_document_targets(parsed, live)
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
    shipped = [(r, theirs[r.id]) for r in parsed.records]  # before withheld links come back
    keep_links_to_withheld(project, plan, present)
    texts = {record.id: record.text_id for record in parsed.records}
    texts.update((t.id, str(t.id)) for t in parsed.tombstones)
    held = _held(ours, texts)
    _check_kinds(held, parsed)
    _check_revisions(project, document, shipped, plan)
    plan.ours = _histories(project, held, versions)
    for record in parsed.records:
        title = display_title(record.kind, record.fields)
        local = plan.ours.get(record.id) or _without_history(held.get(record.id))
        plan.changes.append(_decide(record.id, record.kind, title, local, versions[record.id]))
    for tombstone in parsed.tombstones:
        local = plan.ours.get(tombstone.id) or _without_history(held.get(tombstone.id))
        plan.changes.append(
            _decide(tombstone.id, tombstone.kind, "", local, versions[tombstone.id])
        )
    _describe_conflicts(project, plan, ancestors.carried(document))
    return plan


def _held(ours: OurRows, ids: Mapping[uuid.UUID, str]) -> dict[uuid.UUID, Row]:
    """Our rows of the records and tombstones among ``ids`` (given with their text) we hold."""
    ours.read(ids.values())  # all read while sieving: this makes _held right on its own
    held = {}
    for record_id, text in ids.items():
        row = ours.get(text)
        if row is not None:
            held[record_id] = row
    return held


def _check_kinds(held: Mapping[uuid.UUID, Row], parsed: ParsedDocument) -> None:
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


def _check_revisions(
    project: Project,
    document: Any,
    shipped: list[tuple[ParsedRecord, dict[str, Any]]],
    plan: MergePlan,
) -> None:
    """Refuse a record or deletion of theirs whose revision does not name its content:
    damaged or forged (:mod:`workbench.revision_check`). Whether a record is
    confidential here matters only where their records link to it (as shipped,
    or with our links to withheld records given back)."""
    records = [*(record for record, _ in shipped), *plan.parsed.values()]
    targets = {str(t) for record in records for each in record.links.values() for t in each}
    with project.reading() as session:
        in_document = revision_check.document_hidden(document)
        hidden = revision_check.hidden_ids(session, in_document, among=targets)
    revision_check.check_theirs(hidden, shipped, plan.parsed, plan.their_tombstones.values())


def _without_history(row: Row | None) -> Version | None:
    """Our version as ``row`` gives it, history left out: for records whose new version
    of theirs descends from ours, where deciding needs no history of ours."""
    return None if row is None else Version(row[1], (), bool(row[2]))


def _histories(
    project: Project,
    held: Mapping[uuid.UUID, Row],
    theirs: Mapping[uuid.UUID, Version],
) -> dict[uuid.UUID, Version]:
    """Our versions, histories included, of the ``held`` records whose history counts:
    those whose version of theirs does not descend from ours (ours may be newer,
    or both changed). A merge of a colleague's edits reads none; each is looked for
    only in the table its row came from, ids compared as text."""
    wanted = {
        row[3]: (record_id, row[2])
        for record_id, row in held.items()
        if row[1] != theirs[record_id].revision and row[1] not in theirs[record_id].ancestors
    }
    versions: dict[uuid.UUID, Version] = {}
    if not wanted:
        return versions
    with project.reading() as session:
        connection = session.connection()
        for model, deleted in ((Record, 0), (Tombstone, 1)):
            texts = [text for text, (_, stored) in wanted.items() if stored == deleted]
            columns = ["id", "revision", "ancestors"]
            versions.update(
                (wanted[text][0], Version(revision, tuple(json.loads(history)), bool(deleted)))
                for text, revision, history in sqlite.rows_with_ids(
                    connection, model.__tablename__, columns, texts
                )
            )
    return versions


def _changed_only(document: Any, ours: OurRows) -> tuple[Any, set[str]]:
    """Their document less the records we hold at the very same revision, and the
    ids of every record and deletion it holds (as we store ids).

    Those change nothing, so they need no validation: on a large share where a
    few records changed, this is most of the work saved. Ids are still checked
    for uniqueness over the whole document. A bundle's records not yet parsed
    (``UnparsedRecord``) are parsed here, only those kept; a streamed file's
    records are parsed one at a time, only those kept are held.
    """
    if isinstance(document, StreamedDocument):
        return _streamed_changed_only(document, ours)
    if not isinstance(document, dict):
        return document, set()
    reduced = dict(document)
    sieve = _Sieve(ours)
    for section in _RECORD_SECTIONS:
        items = document.get(section)
        if isinstance(items, list):
            reduced[section] = []
            sieve.offer_all(section, items)
    sieve.sieve_into(reduced)
    return reduced, sieve.ids(_record_entries(document))


def _streamed_changed_only(
    document: StreamedDocument, ours: OurRows
) -> tuple[dict[str, Any], set[str]]:
    """As :func:`_changed_only`, walking the file once: only what differs is held."""
    reduced: dict[str, Any] = {}
    sieve = _Sieve(ours)
    for key, index, value in document.members():
        if index is None:
            reduced[key] = value  # a record section that is not an array: validation says so
        elif key not in _RECORD_SECTIONS:
            reduced.setdefault(key, []).append(value)
        else:
            reduced.setdefault(key, [])
            sieve.offer(key, index, value)
            if sieve.full:
                sieve.sieve_into(reduced)
    sieve.sieve_into(reduced)
    entries = (m for m in document.members() if m[1] is not None and m[0] in _RECORD_SECTIONS)
    return reduced, sieve.ids(entries)


_RECORD_SECTIONS = (*SECTION_NAMES.values(), "tombstones")


class _Sieve:
    """Drops the records we hold at the same revision, noting every id it sees.

    Items are offered one by one and sieved a batch at a time, so that our rows
    of a batch's ids are read in one lookup (:class:`OurRows`)."""

    BATCH = 5_000
    """Items a streamed file's sieve holds before sieving them (a few megabytes)."""

    def __init__(self, ours: OurRows) -> None:
        self.ours = ours
        self.keys: list[str] = []  # checked for repeats once, at the end: a set per item costs
        self._offered: list[tuple[str, int, Any]] = []

    def offer(self, section: str, index: int, item: Any) -> None:
        """Hold ``item``, the ``index``-th of ``section``, to be sieved with its batch."""
        self._offered.append((section, index, item))

    def offer_all(self, section: str, items: list[Any]) -> None:
        """Hold every item of ``section`` (as :meth:`offer` does each, in one call)."""
        self._offered.extend(zip(repeat(section), count(), items))

    @property
    def full(self) -> bool:
        return len(self._offered) >= self.BATCH

    def sieve_into(self, reduced: dict[str, Any]) -> None:
        """Append each item offered since the last call that changes something to
        its section's list in ``reduced``, in the order offered (parsed, if it was not)."""
        offered, self._offered = self._offered, []
        identities = [_identity(item) for _, _, item in offered]
        if not self.ours.complete:
            self._read_ours([identity for identity, _ in identities if type(identity) is str])
        known = self.ours.known
        for (section, index, item), (identity, revision) in zip(offered, identities, strict=True):
            if type(identity) is str:
                local = known.get(identity)
                if local is None:  # an id we hold as given is in canonical form already
                    identity = _canonical(identity)
                    local = known.get(identity)
                self.keys.append(identity)
                if local is not None and local[1] == revision:
                    continue
            if type(item) is UnparsedRecord:
                item = item.parsed(f"{section}[{index}]")
            reduced[section].append(item)

    def _read_ours(self, ids: list[str]) -> None:
        """Read our rows of ``ids``, as given and, for those not found so, as we store ids."""
        self.ours.read(ids)
        if not self.ours.complete:
            known = self.ours.known
            self.ours.read([_canonical(text) for text in ids if text not in known])

    def ids(self, entries: Iterable[tuple[str, int | None, Any]]) -> set[str]:
        """Every id seen; when one repeats, ``entries`` (the document's records and
        deletions, walked only then) names the first given twice."""
        seen = set(self.keys)
        if len(seen) != len(self.keys):
            _refuse_repeated_id(entries)
        return seen


def _record_entries(document: dict[str, Any]) -> Iterator[tuple[str, int | None, Any]]:
    """The document's records and deletions as ``(section, index, item)``."""
    for section in _RECORD_SECTIONS:
        items = document.get(section)
        for index, item in enumerate(items if isinstance(items, list) else []):
            yield section, index, item


def _refuse_repeated_id(entries: Iterable[tuple[str, int | None, Any]]) -> None:
    """Name the first record or deletion whose id the document gave before."""
    seen: set[str] = set()
    for section, index, item in entries:
        identity = _identity(item)[0]
        if type(identity) is not str:
            continue
        key = _canonical(identity)
        if key in seen:
            raise InterchangeError(
                f"{section}[{index}]", f"id {key} appears more than once in the document"
            )
        seen.add(key)


def _identity(item: Any) -> tuple[Any, Any]:
    """A record's id and revision, read from a bundle's index when it is not parsed yet."""
    if type(item) is UnparsedRecord:
        return item.id, item.revision
    if isinstance(item, dict):
        return item.get("id"), item.get("revision")
    return None, None


def _canonical(identity: str) -> str:
    """An id as we store it, whichever of the forms a UUID may take it is given in
    (upper case, braces, ``urn:uuid:``, no hyphens), so that one record given
    twice in two forms is found out; anything else as given (validation refuses it)."""
    try:
        return canonical_id_text(identity.lower())
    except ValueError:
        return identity


def _decide(
    record_id: uuid.UUID,
    kind: str,
    title: str,
    ours: Version | None,
    theirs: Version,
) -> Change:
    if ours is None:
        action = MergeAction.REMEMBER_DELETION if theirs.deleted else MergeAction.ADD
        return Change(record_id, kind, title, action)
    verdict = compare(ours, theirs)
    if verdict is Comparison.SAME or verdict is Comparison.OURS:
        return Change(record_id, kind, title, MergeAction.KEEP)
    if verdict is Comparison.THEIRS:
        if theirs.deleted:
            action = MergeAction.REMEMBER_DELETION if ours.deleted else MergeAction.DELETE
            return Change(record_id, kind, title, action)
        return Change(
            record_id, kind, title, MergeAction.ADD if ours.deleted else MergeAction.UPDATE
        )
    if ours.deleted and theirs.deleted:
        # Deleted on both sides along different histories: one tombstone that
        # descends from both, the same on either side.
        return Change(record_id, kind, title, MergeAction.MERGE_DELETIONS)
    shape = (
        ConflictShape.DELETE_EDIT
        if ours.deleted
        else ConflictShape.EDIT_DELETE
        if theirs.deleted
        else ConflictShape.EDIT_EDIT
    )
    return Change(record_id, kind, title, MergeAction.CONFLICT, conflict=shape)


def _describe_conflicts(project: Project, plan: MergePlan, carried: ancestors.Known) -> None:
    """Titles and differing fields for conflicts (read only for those records); where
    the common ancestor's content is known, a three-way merge decides which fields
    still need a choice, and a record with none left merges with no question."""
    ids = [c.id for c in plan.conflicts]
    if not ids:
        return
    mine = our_items(project, ids)
    plan.mine = mine
    edited = [c.id for c in plan.conflicts if c.conflict == ConflictShape.EDIT_EDIT]
    with project.reading() as session:
        known = ancestors.contents_of(session, edited, carried)
    for index, change in enumerate(plan.changes):
        if change.action != MergeAction.CONFLICT:
            continue
        theirs = plan.theirs.get(change.id)
        ours = mine.get(change.id)
        title = change.title
        if ours is not None:
            title = display_title(change.kind, ours)
        differing: tuple[str, ...] = ()
        if ours is not None and theirs is not None:
            ancestor = ancestors.common_ancestor(
                _history(ours), _history(theirs), known.get(change.id, {})
            )
            if ancestor is None and content(ours) == content(theirs):
                # One content reached along two histories (a record upgraded on one
                # side, made anew on the other): nothing to ask, merge as equal.
                ancestor = content(ours)
            if ancestor is not None:
                outcome = merge_content(change.kind, ancestor, content(ours), content(theirs))
                plan.changes[index] = _merged_change(change, title, outcome, dict(ancestor))
                continue
            differing = differing_fields(ours, theirs)
        plan.changes[index] = Change(
            change.id, change.kind, title, MergeAction.CONFLICT, change.conflict, differing
        )


def _history(item: Mapping[str, Any]) -> list[str]:
    return [item["revision"], *item["ancestors"]]


def _merged_change(
    change: Change, title: str, outcome: ContentMerge, ancestor: dict[str, Any]
) -> Change:
    """The change a three-way merge makes of an edit/edit conflict: a merge with no
    question when no edits overlap, else a conflict about the overlapping fields only."""
    action = MergeAction.CONFLICT if outcome.conflicts else MergeAction.MERGE
    shape = change.conflict if outcome.conflicts else ConflictShape.NONE
    return Change(
        change.id,
        change.kind,
        title,
        action,
        shape,
        outcome.conflicts,
        outcome.automatic,
        outcome.content,
        ancestor,
    )


def our_items(project: Project, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """Our records among ``ids`` as interchange JSON (the conflicts' side of ours)."""
    ids = list(ids)
    if not ids:  # as for most merges: no conflicts
        return {}
    with project.reading() as session:
        return records_json(session, ids)

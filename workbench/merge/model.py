"""What a merge is made of: the closed sets it decides among, one side's version
of a record, what merging does to one record (:class:`Change`), the plan, and
the one shape in which a record travels to the store (:class:`RecordItem`).

The closed sets are ``StrEnum``: each member equals the text it always was
("add", "edit/edit", "mine"...), so JSON reports, command-line arguments and
callers that pass plain texts are unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from db import vocabulary
from db.models import RECORD_KINDS
from workbench.errors import WorkbenchError
from workbench.interchange import ParsedRecord, ParsedTombstone


class MergeAction(StrEnum):
    """What merging does to one record of theirs."""

    ADD = "add"
    UPDATE = "update"
    DELETE = "delete"
    CONFLICT = "conflict"
    KEEP = "keep"
    REMEMBER_DELETION = "remember-deletion"
    """Keep their tombstone of a record we never held or deleted too."""
    MERGE_DELETIONS = "merge-deletions"
    """Deleted on both sides along different histories: one tombstone descending from both."""
    MERGE = "merge"
    """Edited on both sides, and their common ancestor shows no edits overlap: merged
    field by field with no question (:mod:`workbench.merge.three_way`)."""


class Comparison(StrEnum):
    """How two versions of a record relate (:func:`workbench.merge.resolve.compare`)."""

    SAME = "same"
    THEIRS = "theirs"
    """Theirs descends from ours: theirs is newer."""
    OURS = "ours"
    CONFLICT = "conflict"


class ConflictShape(StrEnum):
    """Which sides edited and which deleted a record changed on both."""

    NONE = ""
    EDIT_EDIT = "edit/edit"
    EDIT_DELETE = "edit/delete"
    """We edited, they deleted."""
    DELETE_EDIT = "delete/edit"
    """We deleted, they edited."""


class Choice(StrEnum):
    """A side chosen for a conflict, or for one of its fields."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"
    MERGED = "merged"
    """For one field of a record merged against the common ancestor: the merge's value
    (every edit that does not overlap; ours where edits overlap). The default."""


class FieldOutcome(StrEnum):
    """What a three-way merge did with one field (:mod:`workbench.merge.three_way`)."""

    UNCHANGED = "unchanged"
    """Neither side changed it."""
    MINE = "mine"
    """Only we changed it: ours kept."""
    THEIRS = "theirs"
    """Only they changed it: theirs taken."""
    SAME = "same"
    """Both changed it to the same value."""
    MERGED = "merged"
    """Both changed it, combined without overlap (texts, ordered sets, parts)."""
    CONFLICT = "conflict"
    """Both changed overlapping parts of it: someone must choose."""


class ConflictPolicy(StrEnum):
    """What to do with the conflicts nobody resolved."""

    REFUSE = "refuse"
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


CONFLICT_POLICIES = tuple(policy.value for policy in ConflictPolicy)
if CONFLICT_POLICIES != vocabulary.CONFLICT_POLICIES:  # the command line offers those
    raise AssertionError(f"ConflictPolicy {CONFLICT_POLICIES} != {vocabulary.CONFLICT_POLICIES}")

Resolution = str | Mapping[str, str]
"""A whole-record :class:`Choice` or one per field / link role (``links.<role>``) / part."""


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


@dataclass(frozen=True, slots=True)
class RecordItem:
    """One record as interchange JSON (``item``), with its kind and id known: what
    resolving hands to applying. The item holds the document's keys only."""

    kind: str
    id: uuid.UUID
    item: dict[str, Any]


@dataclass(frozen=True)
class Change:
    """What merging does to one record."""

    id: uuid.UUID
    kind: str
    title: str
    action: MergeAction
    conflict: ConflictShape = ConflictShape.NONE
    """For conflicts: which side edited and which deleted."""
    fields: tuple[str, ...] = ()
    """For edit/edit conflicts: the fields, link roles (as ``links.<role>``) and lists
    of parts that differ; the keys a field-by-field resolution takes. When the common
    ancestor is known, only those both sides changed in overlapping ways."""
    automatic: tuple[str, ...] = ()
    """For a record merged against the common ancestor: the fields the merge took from
    theirs or combined without asking (what it changes in ours)."""
    proposal: dict[str, Any] | None = None
    """For a record merged against the common ancestor: the merged content (no
    metadata), conflicting fields as ours with their other edits applied."""
    ancestor: dict[str, Any] | None = None
    """The content of the common ancestor the three-way merge compared with."""


_SUMMARY_LABELS = {
    MergeAction.ADD: "added",
    MergeAction.UPDATE: "updated",
    MergeAction.DELETE: "deleted",
    MergeAction.CONFLICT: "conflicts",
    MergeAction.MERGE: "merged",
}
"""The actions a dry run reports, under the names its report gives them."""


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
    mine: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    """Our records changed on both sides, as interchange JSON, read when planning:
    applying resolves from the same versions the user saw (nothing else writes
    between the two: the merge dialog is modal, the command line applies at once)."""
    also_write: Callable[[Session, Sequence[ParsedRecord]], None] | None = None
    """Called in the merge's transaction with the records it writes, before it
    commits: what else belongs with them (an import's record of what it wrote)."""
    confidential_withheld: bool = False
    """Their document left confidential records out: our links to what it withheld
    were kept in their records (see :mod:`workbench.merge.withheld`)."""

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.action == MergeAction.CONFLICT]

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts per action and kind (the dry run's report)."""
        summary = {label: dict.fromkeys(RECORD_KINDS, 0) for label in _SUMMARY_LABELS.values()}
        for change in self.changes:
            label = _SUMMARY_LABELS.get(change.action)
            if label:
                summary[label][change.kind] += 1
        return summary

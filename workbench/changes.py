"""What one change did to a project, said by the code that did it.

Every mutating service hands back a :class:`Changes` made by the unit of work
(:class:`workbench.writer.Writer`) that wrote the change, so a view refreshes
from what really happened rather than from a guess rebuilt beside the call.
Changes are plain frozen values with no Qt in them: the command line and
tests read them too, and the GUI broadcasts them to every view.

Several steps (a compound edit, an undo of many) combine with ``|``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from db.models import RECORD_KINDS


class RecordRef(NamedTuple):
    """One record a change touched: its kind (so views know which lists care) and id."""

    kind: str
    id: uuid.UUID


def _refs() -> frozenset[RecordRef]:
    return frozenset()


@dataclass(frozen=True)
class Changes:
    """The records a change created, updated or deleted, and which wider things moved."""

    created: frozenset[RecordRef] = field(default_factory=_refs)
    updated: frozenset[RecordRef] = field(default_factory=_refs)
    """Records whose fields, links or parts changed (created and deleted ones left out)."""
    deleted: frozenset[RecordRef] = field(default_factory=_refs)
    linked: frozenset[RecordRef] = field(default_factory=_refs)
    """Records a link to or from which was added or removed: their backlinks changed."""
    outline: bool = False
    """A submission's sections or the recommendations in them changed."""
    exports: bool = False
    """An export was written and logged on its submission."""
    bulk: frozenset[uuid.UUID] = frozenset()
    """Records a bulk operation (a merge or its undo) wrote, of kinds ``bulk_kinds``:
    too many to sort, so every list of those kinds reads its rows again."""
    bulk_kinds: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return self.merge(other)

    def merge(self, other: Changes) -> Changes:
        """Both changes as one (a record created then updated stays created)."""
        created = self.created | other.created
        deleted = (self.deleted - other.created) | other.deleted
        created -= other.deleted
        return Changes(
            created=created,
            updated=(self.updated | other.updated) - created - deleted,
            deleted=deleted,
            linked=self.linked | other.linked,
            outline=self.outline or other.outline,
            exports=self.exports or other.exports,
            bulk=self.bulk | other.bulk,
            bulk_kinds=self.bulk_kinds | other.bulk_kinds,
        )

    @classmethod
    def of_bulk(cls, ids: Iterable[uuid.UUID], kinds: Iterable[str] = RECORD_KINDS) -> Changes:
        return cls(bulk=frozenset(ids), bulk_kinds=frozenset(kinds))

    # --- what views ask ------------------------------------------------------

    def __bool__(self) -> bool:
        return bool(
            self.created
            or self.updated
            or self.deleted
            or self.linked
            or self.outline
            or self.exports
            or self.bulk
            or self.bulk_kinds
        )

    @property
    def records(self) -> frozenset[uuid.UUID]:
        """Every record whose row, editor or preview may show something new."""
        refs = self.created | self.updated | self.deleted | self.linked
        return frozenset(ref.id for ref in refs) | self.bulk

    @property
    def links(self) -> frozenset[uuid.UUID]:
        """Records whose backlinks ("cited by") changed."""
        return frozenset(ref.id for ref in self.linked) | self.bulk

    @property
    def kinds(self) -> frozenset[str]:
        refs = self.created | self.updated | self.deleted | self.linked
        return frozenset(ref.kind for ref in refs) | self.bulk_kinds

    @property
    def structural(self) -> bool:
        """Records appeared or went: lists and counts must be read again."""
        return bool(self.created or self.deleted or self.bulk_kinds)

    @property
    def lists(self) -> frozenset[str]:
        """The kinds whose lists must be read again (not just some rows refreshed)."""
        refs = self.created | self.deleted
        return frozenset(ref.kind for ref in refs) | self.bulk_kinds

    @property
    def submissions(self) -> frozenset[uuid.UUID]:
        """Submissions whose document (outline, texts, export log) changed."""
        refs = self.created | self.updated | self.deleted
        return frozenset(ref.id for ref in refs if ref.kind == "submission")

    def ids(self, kind: str) -> frozenset[uuid.UUID]:
        """The records of one kind this change touched in any way."""
        refs = self.created | self.updated | self.deleted | self.linked
        return frozenset(ref.id for ref in refs if ref.kind == kind)


NO_CHANGES = Changes()
"""What a read, or a write that changed nothing, reports."""


@dataclass(frozen=True)
class Added:
    """A part a service added inside a record (a section, a proposed wording, an
    entry of the export log): its new id, and what adding it changed."""

    id: uuid.UUID
    changes: Changes

"""Every record kind, described once: the registry the rest of the workbench reads.

What a kind *is* used to be spelled out in a dozen modules (its interchange
section, its translatable fields, its parts, the records it points at, its
list columns), so a kind forgotten in one of them silently dropped out of
dumps, shares or merges. Here each kind is one :class:`RecordKind`, and the
per-kind tables elsewhere are derived from :data:`RECORD_KINDS`;
``tests/workbench/test_kinds.py`` fails when a kind lacks anything.

Facts the database layer needs stay there and are read, not repeated: the
kinds' names and order (``db.vocabulary.RECORD_KIND_NAMES``, which the
command line parses without loading SQLAlchemy), their models and columns,
their link roles (``Record.link_roles``) and search fields.

Content, here, is a record as interchange writes it (``RecordData.content()``):
its fields, ``links`` as ``{role: [ids]}``, and each part list under the
part's name. Ids may be text or UUIDs; they are handed back as given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Select, inspect, literal, select
from sqlalchemy.orm import InstrumentedAttribute

from db.models import RECORD_KINDS as MODELS
from db.models import (
    Base,
    LinkRole,
    ProposedWording,
    Record,
    ReviewNote,
    Section,
    SectionItem,
    StatusChange,
)
from db.vocabulary import RECORD_KIND_NAMES

LINKS = "links"
"""The content key holding a record's links, ``{role: [ids]}``."""


@dataclass(frozen=True, eq=False)
class PartReference:
    """A record that each part of a kind points at (a proposed wording's provision,
    a section's recommendations)."""

    key: str
    """The part's key in content: ``provision`` (one id or None), ``recommendations`` (ids)."""
    target_kind: str
    column: InstrumentedAttribute[Any]
    """Where the target's id is stored: on the part's own row, or on the rows of ``through``."""
    through: str = ""
    """For references to many records: the part's relationship holding one row per
    target, in order (its rows have a ``position``)."""

    @property
    def many(self) -> bool:
        return bool(self.through)

    @property
    def parsed_key(self) -> str:
        """The key a validated part (``ParsedRecord.children``) holds it under: the
        column's own name for one target (``provision_id``), else ``key``."""
        return self.key if self.many else self.column.key

    def ids(self, item: Mapping[str, Any]) -> list[Any]:
        """The targets one part points at, as content or a validated part holds them."""
        value = item[self.key] if self.key in item else item.get(self.parsed_key)
        if self.many:
            return list(value or ())
        return [] if value is None or value == "" else [value]


@dataclass(frozen=True, eq=False)
class Part:
    """A list of things that live inside a record (a recommendation's proposed
    wordings): they have ids but no revision, and travel in the record's content.

    Parts compare by identity: their columns are SQL expressions, which ``==`` builds
    rather than compares."""

    name: str
    """The relationship on the kind's model, and the key of the list in content."""
    model: type[Base]
    owner: InstrumentedAttribute[Any]
    """The column of a part's row holding its record's id."""
    fields: tuple[str, ...]
    """Its values besides ``id`` and references, in the order content holds them."""
    translatable: tuple[str, ...] = ()
    """The texts a record may hold in other languages (see workbench.bilingual)."""
    references: tuple[PartReference, ...] = ()
    later: bool = False
    """Added after records were first shared: its list is left out of content while
    empty (as ``records.LATER_FIELDS`` at their defaults), so records without any keep
    the revisions they had, and colleagues on older versions can still read them."""

    @property
    def ordered(self) -> bool:
        """Whether its rows keep their place in a ``position`` (an export log need not)."""
        return "position" in self.model.__table__.columns

    def ids(self, items: Any) -> Iterator[Any]:
        """Every record the parts ``items`` point at."""
        for item in items or ():
            for reference in self.references:
                yield from reference.ids(item)

    def without_targets(
        self, item: Mapping[str, Any], keep: Callable[[Any], bool]
    ) -> dict[str, Any]:
        """One part (as content holds it) pointing only at the targets ``keep`` accepts."""
        clean = dict(item)
        for reference in self.references:
            if reference.many:
                clean[reference.key] = [t for t in item[reference.key] if keep(t)]
            elif not keep(item.get(reference.key)):
                clean[reference.key] = None
        return clean

    def owners_of(self, reference: PartReference, targets: list[Any]) -> Select[Any]:
        """The ids of the records whose parts point at any of ``targets`` through ``reference``."""
        return self.referrers(reference, targets).with_only_columns(self.owner)

    def referrers(self, reference: PartReference, targets: list[Any]) -> Select[Any, Any, int]:
        """(record id, part id, place in the part's list) of the parts pointing at any of
        ``targets`` through ``reference`` (the place is 0 for a reference to one record)."""
        if not reference.many:
            query = select(self.owner, self.model.id, literal(0))  # type: ignore[attr-defined]
            return query.where(reference.column.in_(targets))
        through = reference.column.class_
        parent = getattr(through, self._parent_key(reference))
        query = select(self.owner, parent, through.position).join_from(self.model, through)
        return query.where(reference.column.in_(targets))

    def rows(self, owner_id: Any, items: Iterable[Mapping[str, Any]]) -> list[Any]:
        """New rows for validated parts (as ``ParsedRecord.children`` holds them) of
        the record ``owner_id``, in their order, the rows they list included."""
        lists = {reference.key for reference in self.references if reference.many}
        made = []
        for position, item in enumerate(items):
            values = {name: value for name, value in item.items() if name not in lists}
            values[self.owner.key] = owner_id
            if self.ordered:
                values["position"] = position
            row = self.model(**values)
            for reference in self.references:
                if reference.many:
                    listed = [
                        self.through_row(reference, item["id"], target, place)
                        for place, target in enumerate(item[reference.key])
                    ]
                    setattr(row, reference.through, listed)
            made.append(row)
        return made

    def through_row(self, reference: PartReference, part_id: Any, target: Any, place: int) -> Any:
        """The row placing ``target`` at ``place`` in the list ``reference`` of a part."""
        values = {self._parent_key(reference): part_id, reference.column.key: target}
        model: Any = reference.column.class_
        return model(**values, position=place)

    def _parent_key(self, reference: PartReference) -> str:
        """The column of a ``through`` row holding its part's id (read off the relationship)."""
        (column,) = inspect(self.model).relationships[reference.through].remote_side
        return str(column.key)


@dataclass(frozen=True)
class Pointer:
    """One way a record of ``owner_kind`` can point at a record of ``target_kind``:
    a link role, or a reference inside one of its parts."""

    owner_kind: str
    target_kind: str
    role: str = ""
    """The link role, for links."""
    part: Part | None = None
    reference: PartReference | None = None

    @property
    def where(self) -> str:
        """``links.<role>`` or ``<part>.<key>``: where in the content it sits."""
        if self.part is None or self.reference is None:
            return f"{LINKS}.{self.role}"
        return f"{self.part.name}.{self.reference.key}"

    @property
    def key(self) -> str:
        """The key of content holding it: ``links.<role>``, or the part list's name
        (where validation reports a wrong target)."""
        return f"{LINKS}.{self.role}" if self.part is None else self.part.name


INSTRUMENT_COLUMN = "instrument"
"""A provision list's column that is no field: its instrument, as provisions are
named with it (``workbench.naming``), sorted by that name."""


@dataclass(frozen=True)
class RecordKind:
    """What one kind of record is, for everything that handles all kinds alike."""

    name: str
    section: str
    """The interchange document's array holding records of this kind."""
    translatable: tuple[str, ...]
    """The fields whose wording may be given in other languages."""
    list_columns: tuple[str, ...]
    """The fields its list shows, in order (``updated_at`` for the time of the last change);
    the words on their headers are the GUI's (ui.labels)."""
    parts: tuple[Part, ...] = ()
    title_fields: tuple[str, ...] = ()
    """The fields whose values, joined, name a record in lists and messages
    (default: the first search field)."""

    @cached_property
    def model(self) -> type[Record]:
        return MODELS[self.name]

    @property
    def link_roles(self) -> Mapping[str, LinkRole]:
        return self.model.link_roles

    @cached_property
    def title_field(self) -> str:
        """The field a record is named by first (what a conflicting copy's title marks)."""
        return (self.title_fields or self.model.search_fields)[0]

    @property
    def part_names(self) -> tuple[str, ...]:
        return tuple(part.name for part in self.parts)

    @property
    def may_be_confidential(self) -> bool:
        """Whether its records carry a confidentiality level (shares may withhold them)."""
        return "confidentiality" in self.model.__table__.columns

    def part(self, name: str) -> Part:
        for part in self.parts:
            if part.name == name:
                return part
        raise KeyError(f"a {self.name} has no part {name!r}")

    @cached_property
    def pointers(self) -> tuple[Pointer, ...]:
        """Every way this kind points at other records: link roles, then parts' references."""
        links = [
            Pointer(self.name, spec.target_kind, role) for role, spec in self.link_roles.items()
        ]
        inside = [
            Pointer(self.name, reference.target_kind, part=part, reference=reference)
            for part in self.parts
            for reference in part.references
        ]
        return (*links, *inside)

    def title(self, fields: Mapping[str, Any]) -> str:
        """A one-line name for lists, pickers and messages."""
        if not self.title_fields:
            return str(fields.get(self.title_field, ""))
        return " ".join(str(value) for value in map(fields.get, self.title_fields) if value)

    def references(self, content: Mapping[str, Any]) -> list[Any]:
        """Every record id ``content`` points at: its links, then its parts' references,
        in order (a record pointed at twice is listed twice)."""
        found = [target for targets in content.get(LINKS, {}).values() for target in targets]
        for part in self.parts:
            found.extend(part.ids(content.get(part.name)))
        return found

    def typed_references(self, content: Mapping[str, Any]) -> Iterator[tuple[Pointer, Any]]:
        """Each id ``content`` points at with the pointer holding it, which says the
        kind expected there (validation checks each target against it)."""
        by_role = self._link_pointers
        for role, targets in content.get(LINKS, {}).items():
            for target in targets:
                yield by_role[role], target
        for pointer in self._part_pointers:
            for item in content.get(pointer.part.name) or ():  # type: ignore[union-attr]
                for target in pointer.reference.ids(item):  # type: ignore[union-attr]
                    yield pointer, target

    @cached_property
    def _link_pointers(self) -> dict[str, Pointer]:
        """The pointers of its links by role (made once: validation asks per record)."""
        return {pointer.role: pointer for pointer in self.pointers if pointer.part is None}

    @cached_property
    def _part_pointers(self) -> tuple[Pointer, ...]:
        return tuple(pointer for pointer in self.pointers if pointer.part is not None)

    def without_targets(
        self, content: Mapping[str, Any], keep: Callable[[Any], bool]
    ) -> dict[str, Any]:
        """A copy of ``content`` pointing only at the targets ``keep`` accepts: its
        links and lists of parts lose the others, a part that points at one record
        points at none (``None``). ``content`` itself is left as it was. For a
        record coming back (or merged) after records it pointed at went."""
        clean = dict(content)
        clean[LINKS] = {
            role: [target for target in targets if keep(target)]
            for role, targets in content.get(LINKS, {}).items()
        }
        for part in self.parts:
            if part.references and part.name in clean:
                clean[part.name] = [part.without_targets(item, keep) for item in clean[part.name]]
        return clean


_WORDINGS = Part(
    "proposed_wordings",
    ProposedWording,
    owner=ProposedWording.recommendation_id,
    fields=("current_wording", "proposed_wording", "justification", "current_wording_translation"),
    translatable=("current_wording", "proposed_wording", "justification"),
    references=(
        PartReference(
            "provision",
            "provision",
            column=ProposedWording.provision_id,
        ),
    ),
)
_STATUS_HISTORY = Part(
    "status_history",
    StatusChange,
    owner=StatusChange.recommendation_id,
    fields=("status", "changed_at", "author", "note"),
)
_SECTIONS = Part(
    "sections",
    Section,
    owner=Section.submission_id,
    fields=("title", "introduction"),
    translatable=("title", "introduction"),
    references=(
        PartReference(
            "recommendations",
            "recommendation",
            column=SectionItem.recommendation_id,
            through="items",
        ),
    ),
)
_REVIEW_NOTES = Part(
    "review_notes",
    ReviewNote,
    owner=ReviewNote.record_id,
    fields=(
        "field",
        "language",
        "quote",
        "author",
        "written_at",
        "text",
        "replies",
        "status",
        "origin",
    ),
    later=True,
)
"""Reviewers' comments on an exported document (workbench.review_notes): one part,
owned by recommendations and submissions alike (its rows point at ``records``)."""

_ENTRIES = (
    RecordKind(
        "instrument",
        section="instruments",
        translatable=("title", "short_name", "notes"),
        list_columns=(
            "short_name",
            "title",
            "instrument_kind",
            "status",
            "jurisdiction",
            "updated_at",
        ),
    ),
    RecordKind(
        "provision",
        section="provisions",
        translatable=("unit", "heading", "wording", "notes"),
        list_columns=(
            INSTRUMENT_COLUMN,
            "unit",
            "heading",
            "status",
            "wording_language",
            "updated_at",
        ),
        title_fields=("unit", "heading"),
    ),
    RecordKind(
        "critique",
        section="critiques",
        translatable=("title", "argument"),
        list_columns=("title", "category", "severity", "updated_at"),
    ),
    RecordKind(
        "evidence",
        section="evidence",
        translatable=("title", "value", "summary", "quotation"),
        list_columns=("title", "evidence_kind", "value", "confidentiality", "updated_at"),
    ),
    RecordKind(
        "source",
        section="sources",
        translatable=("title", "short_title", "notes"),
        list_columns=("key", "title", "author", "issued", "confidentiality", "updated_at"),
    ),
    RecordKind(
        "recommendation",
        section="recommendations",
        translatable=("title", "text", "rationale", "addressee"),
        list_columns=("title", "action", "priority", "status", "updated_at"),
        parts=(_WORDINGS, _STATUS_HISTORY, _REVIEW_NOTES),
    ),
    RecordKind(
        "submission",
        section="submissions",
        translatable=(
            "title",
            "subtitle",
            "addressee",
            "organisation",
            "authors",
            "place",
            "summary",
            "introduction",
        ),
        list_columns=("title", "addressee", "language", "submitted_on", "updated_at"),
        parts=(_SECTIONS, _REVIEW_NOTES),
    ),
    RecordKind(
        "tag",
        section="tags",
        translatable=("name", "description"),
        list_columns=("name", "theme", "updated_at"),
    ),
)


def _in_vocabulary_order(entries: tuple[RecordKind, ...]) -> dict[str, RecordKind]:
    """The entries by name, in the vocabulary's order; a kind without exactly one entry
    stops the import, since a kind left out would silently vanish from dumps and shares."""
    names = [entry.name for entry in entries]
    if sorted(names) != sorted(RECORD_KIND_NAMES):
        missing = sorted(set(RECORD_KIND_NAMES) - set(names))
        extra = sorted(
            {name for name in names if names.count(name) != 1 or name not in RECORD_KIND_NAMES}
        )
        raise RuntimeError(f"workbench.kinds: no entry for {missing}, unknown or repeated {extra}")
    by_name = {entry.name: entry for entry in entries}
    return {name: by_name[name] for name in RECORD_KIND_NAMES}


RECORD_KINDS: dict[str, RecordKind] = _in_vocabulary_order(_ENTRIES)
"""Every kind's entry by its name, in the order lists and dumps use."""

SECTION_NAMES: dict[str, str] = {kind.name: kind.section for kind in RECORD_KINDS.values()}
"""Kind -> the interchange document's array holding it."""

KIND_OF_SECTION: dict[str, str] = {section: kind for kind, section in SECTION_NAMES.items()}

PART_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(part.name for kind in RECORD_KINDS.values() for part in kind.parts)
)
"""Every part list's name (keys of content that hold parts, whatever the kind)."""

LATER_PARTS: frozenset[str] = frozenset(
    part.name for kind in RECORD_KINDS.values() for part in kind.parts if part.later
)
"""The part lists left out of content while empty (see :attr:`Part.later`)."""

POINTERS: tuple[Pointer, ...] = tuple(
    pointer for kind in RECORD_KINDS.values() for pointer in kind.pointers
)

PART_REFERENCES: tuple[tuple[Part, PartReference], ...] = tuple(
    (part, reference)
    for kind in RECORD_KINDS.values()
    for part in kind.parts
    for reference in part.references
)
"""Every reference from inside a part, whatever the kind, with its part (for reverse
lookups in SQL: which records' parts point at these?)."""


def of(name: str) -> RecordKind:
    """The entry of kind ``name``; ValueError for a name that is no kind."""
    try:
        return RECORD_KINDS[name]
    except KeyError:
        raise ValueError(f"unknown record kind {name!r}") from None


def references(kind: str, content: Mapping[str, Any]) -> list[Any]:
    """Every record id the content of a ``kind`` record points at (see
    :meth:`RecordKind.references`)."""
    return of(kind).references(content)


def stored_form(content: Mapping[str, Any]) -> dict[str, Any]:
    """``content`` as a stored record gives it back, which is what its revision must
    hash: part lists added later left out while empty (a merge may build them so)."""
    return {key: value for key, value in content.items() if in_content(key, value)}


def in_content(key: str, value: Any) -> bool:
    """Whether content holds ``key`` with ``value``: all but a part list added later
    (:attr:`Part.later`) that is empty."""
    return key not in LATER_PARTS or bool(value)


def pointers_to(kind: str) -> tuple[Pointer, ...]:
    """Every way a record of any kind can point at a record of ``kind``: what must
    change, or be looked at, when one of those is deleted or withheld."""
    return tuple(pointer for pointer in POINTERS if pointer.target_kind == kind)


def confidential_kinds() -> tuple[str, ...]:
    """The kinds whose records may be withheld from shares."""
    return tuple(kind.name for kind in RECORD_KINDS.values() if kind.may_be_confidential)

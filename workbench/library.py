"""Create, read, update, delete and link records of every kind.

Every public method is one transaction. Records come back as RecordData, so
callers never hold live database objects. Revisions, update times, author and
the search index follow automatically (see workbench.writer).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, asc, delete, desc, func, select
from sqlalchemy.orm import Session

from db.models import RECORD_KINDS, SHORT_TEXT_LIMIT, Link, Record, Tombstone
from workbench import kinds, naming
from workbench.changes import NO_CHANGES, Changes
from workbench.collation import ALPHABETICAL_LIMIT, sort_key
from workbench.errors import InvalidLink, RecordNotFound
from workbench.interchange import record_from_data
from workbench.kinds import PART_REFERENCES
from workbench.project import Project
from workbench.records import (
    RecordData,
    check_link_role,
    coerce_field,
    display_title,
    field_specs,
    ids_by_kind,
    model_for,
    read_fields,
    to_data,
)
from workbench.revisions import next_ancestors, next_revision
from workbench.store import write_record
from workbench.writer import Writer


@dataclass(frozen=True)
class RecordSummary:
    """One row of a list: enough to show and open a record."""

    id: uuid.UUID
    kind: str
    title: str
    updated_at: datetime
    fields: Mapping[str, Any]
    """The record's one-line fields (long texts left out), for list columns."""
    instrument: str = ""
    """A provision's instrument, as it is named (:mod:`workbench.naming`); "" else."""


@dataclass(frozen=True)
class InboundReference:
    """Something that pointed at a deleted record, so undoing the delete can put it back."""

    where: str
    """:data:`LINK` for a link, else the name of the part holding the reference
    (``sections``, ``proposed_wordings``)."""
    owner_id: uuid.UUID
    """The record that changed: the link's owner, or the record holding the part."""
    container_id: uuid.UUID
    """The link's owner, or the part (a section, a proposed wording)."""
    role: str
    """The link role, or the part's key for the reference (``recommendations``)."""
    position: int


@dataclass(frozen=True)
class Deletion:
    """What a delete removed: the record as it was and what pointed at it."""

    record: RecordData
    inbound: tuple[InboundReference, ...]
    changes: Changes = field(default=NO_CHANGES, compare=False)
    """What the delete changed: the record, whoever pointed at it, its targets' backlinks."""


@dataclass(frozen=True)
class Backlink:
    """Another record that links to this one ("cited by")."""

    owner_id: uuid.UUID
    owner_kind: str
    owner_title: str
    role: str


LINK = "link"
"""Where an inbound reference was a link (see :class:`InboundReference`)."""


class Library:
    """The services over one open project's records.

    Every write returns what it changed (``RecordData.changes``,
    ``Deletion.changes``), as the unit of work saw it.
    """

    def __init__(self, project: Project) -> None:
        self.project = project

    # --- reading ------------------------------------------------------------

    def get(self, record_id: uuid.UUID) -> RecordData:
        with self.project.reading() as session:
            return to_data(session, _load(session, record_id))

    def fields(self, record_id: uuid.UUID) -> dict[str, Any]:
        """A record's own values, none of its parts or links: what a dialog about it
        shows (a 300-recommendation submission read whole takes 20 ms)."""
        with self.project.reading() as session:
            return read_fields(_load(session, record_id))

    def exists(self, record_id: uuid.UUID) -> bool:
        with self.project.reading() as session:
            return session.get(Record, record_id) is not None

    def counts(self) -> dict[str, int]:
        """Records per kind, all present: each kind's table counted by its pages, 18 ms at a
        million records (grouping records by kind, 83 ms); the navigator asks after each change."""
        with self.project.reading() as session:
            tables = {kind: kinds.of(kind).model.__table__ for kind in RECORD_KINDS}
            count = select(func.count())
            return {kind: session.scalar(count.select_from(t)) or 0 for kind, t in tables.items()}

    def tombstone_count(self) -> int:
        with self.project.reading() as session:
            return session.scalar(select(func.count()).select_from(Tombstone)) or 0

    def page(
        self,
        kind: str,
        *,
        offset: int = 0,
        limit: int = 100,
        order_by: str | None = None,
        descending: bool = False,
        filters: Mapping[str, Any] | None = None,
        tag: uuid.UUID | None = None,
    ) -> list[RecordSummary]:
        """One page of a kind's records, sorted by a field (default: its title field).

        ``filters`` keep records whose fields equal the given values (status,
        confidentiality...); ``tag`` keeps records carrying that tag. Only the
        page is read, so lists stay fast at any size.
        """
        model = model_for(kind)
        sort_name = order_by or model.search_fields[0]
        if sort_name not in field_specs(kind) and sort_name not in ("updated_at", "created_at"):
            raise ValueError(f"{kind} records cannot be sorted by {sort_name!r}")
        column = getattr(model, sort_name)
        direction = desc if descending else asc
        query = (
            _filtered(select(model), kind, filters, tag)
            .order_by(direction(column), direction(model.id))
            .offset(offset)
            .limit(limit)
        )
        with self.project.reading() as session:
            return _named(session, [_summary(record) for record in session.scalars(query)])

    def count(
        self,
        kind: str,
        *,
        filters: Mapping[str, Any] | None = None,
        tag: uuid.UUID | None = None,
        up_to: int | None = None,
    ) -> int:
        """How many records :meth:`page` would page through, counted no further than
        ``up_to`` (whether a list is long, in milliseconds). The kind is named so SQLite
        reads its index of kinds, not every record; its table joined only to filter."""
        if filters or tag is not None:
            model = model_for(kind)
            listed = _filtered(select(model.id).where(model.kind == kind), kind, filters, tag)
        else:
            listed = select(Record.id).where(Record.kind == kind)
        query = select(func.count()).select_from(listed.limit(up_to).subquery())
        with self.project.reading() as session:
            return session.scalar(query) or 0

    def summaries(self, record_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, RecordSummary]:
        """List rows of the records that exist among these: a list reads the rows it shows."""
        result: dict[uuid.UUID, RecordSummary] = {}
        with self.project.reading() as session:
            for kind, ids in ids_by_kind(session, list(record_ids)).items():
                model = model_for(kind)
                for record in session.scalars(select(model).where(model.id.in_(ids))):
                    result[record.id] = _summary(record)
            named = _named(session, list(result.values()))
        return {summary.id: summary for summary in named}

    def titles(self, ids: Sequence[uuid.UUID], kind: str | None = None) -> dict[uuid.UUID, str]:
        """The titles :meth:`summaries` gives, read without the rest (:func:`naming.titles`)."""
        with self.project.reading() as session:
            return naming.titles(session, ids, kind)

    def ordered_ids(
        self,
        kind: str,
        *,
        order_by: str | None = None,
        descending: bool = False,
        filters: Mapping[str, Any] | None = None,
        tag: uuid.UUID | None = None,
        language: str | None = None,
    ) -> list[uuid.UUID]:
        """Every id :meth:`page` pages through, in the same order, in one query.

        A list that holds these can show any row by reading just that row's
        records (:meth:`summaries`), where deep ``page`` offsets make SQLite
        sort and skip everything before them again. With ``language``, a text
        column is put in that language's alphabetical order (workbench.collation)
        rather than by code point, for lists of up to ALPHABETICAL_LIMIT rows.
        """
        model = model_for(kind)
        sort_name = order_by or model.search_fields[0]
        if sort_name == kinds.INSTRUMENT_COLUMN and kind == "provision":
            query = naming.provisions_by_instrument(_filtered(select(), kind, filters, tag))
            with self.project.reading() as session:
                return naming.ordered_by_instrument(session, query, descending, language)
        if sort_name not in field_specs(kind) and sort_name not in ("updated_at", "created_at"):
            raise ValueError(f"{kind} records cannot be sorted by {sort_name!r}")
        direction = desc if descending else asc
        column = getattr(model, sort_name)
        query = _filtered(select(model.id, column), kind, filters, tag).order_by(
            direction(column), direction(model.id)
        )
        spec = field_specs(kind).get(sort_name)
        with self.project.reading() as session:
            rows = list(session.execute(query).all())
        text = spec is not None and spec.type is str and not spec.choices
        if language and text and len(rows) <= ALPHABETICAL_LIMIT:
            rows.sort(
                key=lambda row: (sort_key(row[1] or "", language), str(row[0])),
                reverse=descending,
            )
        return [row[0] for row in rows]

    def tagged(self, tag: uuid.UUID, limit: int = 2_000) -> list[RecordSummary]:
        """The records of every kind carrying ``tag``, kind by kind, then by title."""
        query = select(Link.owner_id).where(Link.role == "tags", Link.target_id == tag)
        with self.project.reading() as session:
            owners = list(session.scalars(query.limit(limit)))
        found = self.summaries(owners).values()
        order = {kind: place for place, kind in enumerate(RECORD_KINDS)}
        return sorted(found, key=lambda s: (order.get(s.kind, 99), sort_key(s.title, "en")))

    def tag_usage(self) -> dict[uuid.UUID, int]:
        """How many records carry each tag (tags nobody uses are left out)."""
        query = (
            select(Link.target_id, func.count()).where(Link.role == "tags").group_by(Link.target_id)
        )
        with self.project.reading() as session:
            return {tag_id: count for tag_id, count in session.execute(query)}

    def backlinks(self, target_id: uuid.UUID) -> list[Backlink]:
        """The records pointing at this one: by a link (role: the link's), or from
        inside a part (role: the part's name), as a submission's outline holds a
        recommendation and a proposed wording its provision."""
        with self.project.reading() as session:
            pointing = [
                (owner, role)
                for owner, role in session.execute(
                    select(Link.owner_id, Link.role).where(Link.target_id == target_id)
                )
            ]
            kind = session.scalar(select(Record.kind).where(Record.id == target_id))
            for part, reference in kinds.PART_REFERENCES:
                if reference.target_kind == kind:
                    owners = session.scalars(part.owners_of(reference, [target_id]).distinct())
                    pointing.extend((owner, part.name) for owner in owners)
        found = self.summaries([owner for owner, _role in pointing])
        result = [
            Backlink(owner, found[owner].kind, found[owner].title, role)
            for owner, role in pointing
            if owner in found
        ]
        return sorted(result, key=lambda b: (b.owner_kind, b.owner_title.casefold()))

    # --- writing ------------------------------------------------------------

    def create(
        self,
        kind: str,
        fields: Mapping[str, Any] | None = None,
        links: Mapping[str, Sequence[uuid.UUID]] | None = None,
        *,
        record_id: uuid.UUID | None = None,
    ) -> RecordData:
        model = model_for(kind)
        values = {name: coerce_field(kind, name, v) for name, v in (fields or {}).items()}
        with self.project.writing() as writer:
            now = writer.now
            record = model(
                id=record_id or uuid.uuid4(),
                created_at=now,
                updated_at=now,
                changed_by=writer.author,
                revision="",
                ancestors=[],
            )
            for name, spec in field_specs(kind).items():
                setattr(record, name, values.get(name, spec.default))
            writer.session.add(record)
            writer.session.flush()
            for role, targets in (links or {}).items():
                _replace_links(writer, record, role, targets)
            writer.touch(record.id, created=True)
            writer.finish()
            data = to_data(writer.session, record)
        return replace(data, changes=writer.changes)

    def update(self, record_id: uuid.UUID, fields: Mapping[str, Any]) -> RecordData:
        """Change some fields; unchanged values leave the revision as it was."""
        with self.project.writing() as writer:
            record = _load(writer.session, record_id)
            was_withheld = getattr(record, "confidentiality", "public") != "public"
            changed = False
            for name, value in fields.items():
                coerced = coerce_field(record.kind, name, value)
                if getattr(record, name) != coerced:
                    setattr(record, name, coerced)
                    changed = True
            if changed:
                writer.touch(record.id)
                _reindex_dependents(writer, record)
                if was_withheld and getattr(record, "confidentiality", "public") == "public":
                    _resend_citers(writer, record.id)
            writer.finish()
            data = to_data(writer.session, record)
        return replace(data, changes=writer.changes)

    def delete(self, record_id: uuid.UUID) -> Deletion:
        """Delete a record, leave its tombstone, and return what it was (for undo).

        Links other records held to it go too, and those records change.
        """
        with self.project.writing() as writer:
            session = writer.session
            record = _load(session, record_id)
            before = to_data(session, record)
            inbound = _inbound_references(session, record_id)
            for reference in inbound:
                writer.touch(reference.owner_id)
            tombstone = session.get(Tombstone, record_id) or Tombstone(id=record_id)
            parent = record.revision
            tombstone.kind = record.kind
            tombstone.deleted_at = writer.now
            tombstone.changed_by = writer.author
            tombstone.revision = next_revision(parent, {"deleted": True})
            tombstone.ancestors = next_ancestors(parent, record.ancestors or [])
            session.add(tombstone)
            session.execute(delete(Link).where(Link.target_id == record_id))
            session.delete(record)
            session.flush()
            writer.reindex(record_id)
            writer.deleted(before.kind, record_id)
            writer.relinked(before.link_targets)
        return Deletion(before, inbound, writer.changes)

    def restore(self, deletion: Deletion) -> RecordData:
        """Undo a delete: the record comes back with its id, links and parts.

        Its new revision descends from the tombstone, so a merge sees the
        restore as newer than the deletion. Links to records that have since
        gone are left out.
        """
        data = deletion.record
        with self.project.writing() as writer:
            session = writer.session
            if session.get(Record, data.id) is not None:
                raise InvalidLink(data.kind, "id", f"a record with id {data.id} exists already")
            tombstone = session.get(Tombstone, data.id)
            item = {
                "id": str(data.id),
                "revision": tombstone.revision if tombstone else data.revision,
                "ancestors": list(tombstone.ancestors if tombstone else data.ancestors),
                "created_at": data.created_at.isoformat(),
                "updated_at": data.updated_at.isoformat(),
                "changed_by": data.changed_by,
                **_without_missing_targets(session, data.kind, data.content()),
            }
            # Drops the tombstone; the restored record gets a revision descending from it.
            write_record(writer, record_from_data(item, data.kind), keep_revision=False)
            session.flush()
            for reference in deletion.inbound:
                _put_back(session, reference, data.id)
                writer.touch(reference.owner_id)
            writer.touch(data.id, created=True)
            writer.relinked(data.link_targets)
            writer.finish()
            restored = to_data(session, _load(session, data.id))
        return replace(restored, changes=writer.changes)

    def set_links(self, owner_id: uuid.UUID, role: str, targets: Sequence[uuid.UUID]) -> RecordData:
        """Replace the ordered targets of one link role."""
        with self.project.writing() as writer:
            record = _load(writer.session, owner_id)
            _replace_links(writer, record, role, targets)
            writer.finish()
            data = to_data(writer.session, record)
        return replace(data, changes=writer.changes)

    def link(
        self, owner_id: uuid.UUID, role: str, target_id: uuid.UUID, position: int | None = None
    ) -> RecordData:
        """Add one target (at ``position``, default last); already linked moves it."""
        current = list(self.get(owner_id).links.get(role, ()))
        if target_id in current:
            current.remove(target_id)
        current.insert(len(current) if position is None else position, target_id)
        return self.set_links(owner_id, role, current)

    def unlink(self, owner_id: uuid.UUID, role: str, target_id: uuid.UUID) -> RecordData:
        current = [t for t in self.get(owner_id).links.get(role, ()) if t != target_id]
        return self.set_links(owner_id, role, current)


def _load(session: Session, record_id: uuid.UUID) -> Record:
    record = session.get(Record, record_id)
    if record is None:
        raise RecordNotFound(record_id)
    return record


def _summary(record: Record) -> RecordSummary:
    short = {
        name: getattr(record, name)
        for name, spec in field_specs(record.kind).items()
        if spec.max_length is None or spec.max_length <= SHORT_TEXT_LIMIT
    }
    title = display_title(record.kind, _title_fields(record))
    return RecordSummary(record.id, record.kind, title, record.updated_at, short)


def _named(session: Session, summaries: list[RecordSummary]) -> list[RecordSummary]:
    """The provisions among ``summaries`` named with their instrument, in one query."""
    provisions = [s.id for s in summaries if s.kind == "provision"]
    if not provisions:
        return summaries
    labels = naming.instrument_labels(session, provisions)
    return [
        replace(s, title=naming.provision_title(labels[s.id], s.title), instrument=labels[s.id])
        if s.id in labels
        else s
        for s in summaries
    ]


def _filtered(
    query: Select[Any], kind: str, filters: Mapping[str, Any] | None, tag: uuid.UUID | None
) -> Select[Any]:
    model = model_for(kind)
    query = query.select_from(model)
    for name, value in (filters or {}).items():
        query = query.where(getattr(model, name) == coerce_field(kind, name, value))
    if tag is not None:
        tagged = select(Link.owner_id).where(Link.role == "tags", Link.target_id == tag)
        query = query.where(model.id.in_(tagged))
    return query


def _title_fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.search_fields}


def _inbound_references(session: Session, target_id: uuid.UUID) -> tuple[InboundReference, ...]:
    links = session.execute(
        select(Link.owner_id, Link.role, Link.position).where(Link.target_id == target_id)
    )
    found = [InboundReference(LINK, o, o, role, pos) for o, role, pos in links]
    for part, reference in PART_REFERENCES:
        found.extend(
            InboundReference(part.name, owner, container, reference.key, position)
            for owner, container, position in session.execute(
                part.referrers(reference, [target_id])
            )
        )
    return tuple(found)


def _without_missing_targets(
    session: Session, kind: str, content: dict[str, Any]
) -> dict[str, Any]:
    """``content`` less its references to records that are gone (links, and those of its parts)."""

    def present(value: str | None) -> bool:
        return value is not None and session.get(Record, uuid.UUID(value)) is not None

    return kinds.of(kind).without_targets(content, present)


def _put_back(session: Session, reference: InboundReference, target_id: uuid.UUID) -> None:
    """Re-insert one inbound reference at its old position, if its container still exists."""
    if reference.where != LINK:
        _put_back_in_part(session, reference, target_id)
        return
    if session.get(Record, reference.owner_id) is None:
        return
    targets = list(
        session.scalars(
            select(Link.target_id)
            .where(Link.owner_id == reference.owner_id, Link.role == reference.role)
            .order_by(Link.position)
        )
    )
    targets.insert(min(reference.position, len(targets)), target_id)
    session.execute(
        delete(Link).where(Link.owner_id == reference.owner_id, Link.role == reference.role)
    )
    session.flush()
    session.add_all(
        Link(owner_id=reference.owner_id, role=reference.role, target_id=t, position=n)
        for n, t in enumerate(targets)
    )


def _put_back_in_part(session: Session, inbound: InboundReference, target_id: uuid.UUID) -> None:
    """Point the part again at ``target_id``: as its one record, or in its list at
    the place it had (if the part still exists)."""
    part, reference = next(
        (p, r) for p, r in PART_REFERENCES if (p.name, r.key) == (inbound.where, inbound.role)
    )
    row: Any = session.get(part.model, inbound.container_id)
    if row is None:
        return
    if not reference.many:
        setattr(row, reference.column.key, target_id)
        return
    listed = [getattr(item, reference.column.key) for item in getattr(row, reference.through)]
    listed.insert(min(inbound.position, len(listed)), target_id)
    getattr(row, reference.through).clear()
    session.flush()
    getattr(row, reference.through).extend(
        part.through_row(reference, row.id, target, place) for place, target in enumerate(listed)
    )


def _replace_links(writer: Writer, record: Record, role: str, targets: Sequence[uuid.UUID]) -> None:
    spec = check_link_role(record.kind, role)
    unique = list(dict.fromkeys(targets))
    if len(unique) != len(targets):
        raise InvalidLink(record.kind, role, "the same record is linked twice")
    if not spec.many and len(unique) > 1:
        raise InvalidLink(record.kind, role, "takes at most one record")
    session = writer.session
    for target_id in unique:
        target = session.get(Record, target_id)
        if target is None:
            raise InvalidLink(record.kind, role, f"no record with id {target_id}")
        if target.kind != spec.target_kind:
            raise InvalidLink(
                record.kind, role, f"must point to a {spec.target_kind}, not a {target.kind}"
            )
        if target_id == record.id:
            raise InvalidLink(record.kind, role, "a record cannot link to itself")
    existing = list(
        session.scalars(
            select(Link.target_id)
            .where(Link.owner_id == record.id, Link.role == role)
            .order_by(Link.position)
        )
    )
    if existing == unique:
        return
    session.execute(delete(Link).where(Link.owner_id == record.id, Link.role == role))
    session.add_all(
        Link(owner_id=record.id, role=role, target_id=t, position=i) for i, t in enumerate(unique)
    )
    session.flush()
    writer.touch(record.id)
    writer.relinked(set(existing) ^ set(unique))
    if role == "instrument":
        writer.reindex(record.id)


def _reindex_dependents(writer: Writer, record: Record) -> None:
    """Provisions are found by their instrument's names: refresh them when those change."""
    if record.kind == "instrument":
        for (owner_id,) in writer.session.execute(
            select(Link.owner_id).where(Link.target_id == record.id, Link.role == "instrument")
        ):
            writer.reindex(owner_id)


def _resend_citers(writer: Writer, record_id: uuid.UUID) -> None:
    """Evidence or a source made public: the records linking to it get new revisions.

    While it was confidential, shares left out their links to it, and a colleague
    may hold those records without them at the very revisions we hold. Only a new
    revision makes the next share carry the link to them (the record itself now
    travels too), instead of their copy staying short of it for good."""
    for reference in _inbound_references(writer.session, record_id):
        writer.touch(reference.owner_id)

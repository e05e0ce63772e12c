"""Records as plain data, and the rules their fields follow.

Services hand out :class:`RecordData` (frozen, detached from any session), so
the GUI and the command line never hold live ORM objects. The same content
dictionary that a ``RecordData`` carries is what the revision hash covers and
what the interchange format writes, so the three can never drift apart.
"""

from __future__ import annotations

import re
import sys
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, select
from sqlalchemy.orm import Session, selectinload, with_polymorphic

from db import sqlite
from db.models import LONG_TEXT_LIMIT, RECORD_KINDS, Link, LinkRole, Record
from db.types import ISODate, UTCDateTime
from workbench import bilingual, kinds
from workbench.changes import NO_CHANGES, Changes
from workbench.errors import InvalidField, InvalidLink

JSONValue = Any


@dataclass(frozen=True)
class FieldSpec:
    """What one field of a record kind accepts."""

    name: str
    type: type
    """str, bool or date."""
    max_length: int | None = None
    choices: tuple[str, ...] | None = None
    nullable: bool = False
    default: Any = None
    item_keys: tuple[str, ...] = ()
    """For a list of objects (type list): the texts each object may hold."""


@cache
def field_specs(kind: str) -> dict[str, FieldSpec]:
    """The editable fields of a kind, read off its model's own table."""
    model = model_for(kind)
    table = model.__table__
    specs: dict[str, FieldSpec] = {}
    for column in table.columns:
        if column.name == "id":
            continue
        if isinstance(column.type, Boolean):
            python_type: type = bool
        elif isinstance(column.type, ISODate):
            python_type = date
        else:
            python_type = str
        specs[column.name] = _column_spec(column, python_type, column.info.get("max_length"))
    specs[bilingual.FIELD] = FieldSpec(bilingual.FIELD, dict, LONG_TEXT_LIMIT, default={})
    return specs


@cache
def part_field_specs(part: kinds.Part) -> dict[str, FieldSpec]:
    """What each value of a part accepts (its id and references aside), read off its
    table as :func:`field_specs` reads a kind's: a time, an object (an export's
    snapshot), one of a vocabulary, or text within its column's length. What
    validating a part needs, whatever its kind. A JSON column whose ``info`` names
    ``item_keys`` holds a list of objects of those texts (a note's replies)."""
    columns = part.model.__table__.columns
    specs: dict[str, FieldSpec] = {}
    for name in part.fields:
        column = columns[name]
        if isinstance(column.type, UTCDateTime):
            python_type: type = datetime
        elif isinstance(column.type, JSON):
            python_type = list if "item_keys" in column.info else dict
        else:
            python_type = str
        # A choice is bounded by its vocabulary, as a record's is (field_specs).
        text = python_type is str and not column.info.get("choices")
        specs[name] = _column_spec(column, python_type, _text_length(column) if text else None)
    return specs


def _column_spec(column: Any, python_type: type, max_length: int | None) -> FieldSpec:
    """A column as a value it accepts: its type, length, vocabulary, default."""
    return FieldSpec(
        name=column.name,
        type=python_type,
        max_length=max_length,
        choices=column.info.get("choices"),
        nullable=bool(column.nullable),
        default=column.default.arg if column.default is not None else None,
        item_keys=tuple(column.info.get("item_keys", ())),
    )


def _text_length(column: Any) -> int | None:
    return column.info.get("max_length") or getattr(column.type, "length", None)


def model_for(kind: str) -> type[Record]:
    try:
        return RECORD_KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}") from None


def link_roles(kind: str) -> dict[str, LinkRole]:
    return model_for(kind).link_roles


def coerce_field(kind: str, name: str, value: Any) -> Any:
    """Check a value against its field's rules and return it in its stored type.

    Dates may be given as ISO strings (as interchange files carry them).
    Raises InvalidField naming the kind and field.
    """
    spec = field_specs(kind).get(name)
    if spec is None:
        raise InvalidField(kind, name, "no such field", "unknown_field")
    return coerce_value(kind, spec, value)


def coerce_value(kind: str, spec: FieldSpec, value: Any) -> Any:
    """:func:`coerce_field` for a field whose spec is at hand (a part's field, read by
    :func:`part_field_specs`: ``kind`` is then the kind the part belongs to)."""
    name = spec.name
    if value is None:
        if spec.nullable:
            return None
        raise InvalidField(kind, name, "a value is required", "required")
    if spec.type is dict:
        return bilingual.normalized(kind, value)
    if spec.type is bool:
        if not isinstance(value, bool):
            raise InvalidField(
                kind, name, f"expected true or false, got {_describe(value)}", "not_yes_no"
            )
        return value
    if spec.type is date:
        return _coerce_date(kind, name, value)
    if not isinstance(value, str):
        raise InvalidField(kind, name, f"expected text, got {_describe(value)}", "not_text")
    if spec.max_length is not None and len(value) > spec.max_length:
        raise InvalidField(
            kind,
            name,
            f"the text has {len(value):,} characters; the limit is {spec.max_length:,}",
            "too_long",
            length=len(value),
            limit=spec.max_length,
        )
    if spec.choices is not None and value not in spec.choices:
        raise InvalidField(
            kind,
            name,
            f"{value!r} is not one of {', '.join(spec.choices)}",
            "not_a_choice",
            value=value,
            choices=spec.choices,
        )
    return value


@cache
def text_limits(kind: str) -> dict[str, int]:
    """The fields of a kind that take any text up to a length, with that length: for
    them :func:`coerce_field` checks only that a value is text within the limit, which
    validating thousands of records can then do without a call per field."""
    return {
        name: spec.max_length if spec.max_length is not None else sys.maxsize
        for name, spec in field_specs(kind).items()
        if spec.type is str and spec.choices is None
    }


def _coerce_date(kind: str, name: str, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        parts = _DATE_PARTS.fullmatch(value.strip())
        year, month, day = (int(part) for part in parts.groups()) if parts else (0, 0, 0)
        if 1 <= month <= 12 and 1 <= day <= 31:  # written right, no such day: "2023-02-30"
            raise InvalidField(
                kind,
                name,
                f"{day} {MONTHS[month - 1]} {year} does not exist",
                "no_such_day",
                year=year,
                month=month,
                day=day,
            )
    raise InvalidField(
        kind,
        name,
        f"{_shown(value)} is not a date: write it as YYYY-MM-DD, e.g. 2023-02-28",
        "not_a_date",
        value=value,
    )


_DATE_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names for the command line's messages (the app uses its locale's)."""


def _shown(value: Any) -> str:
    """A value in a message: text in quotation marks, anything else with its type."""
    if isinstance(value, str):
        return f"“{value[:40]}{'…' if len(value) > 40 else ''}”"
    return _describe(value)


def _describe(value: Any) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40]}{'…' if len(shown) > 40 else ''}"


def check_link_role(kind: str, role: str) -> LinkRole:
    try:
        return link_roles(kind)[role]
    except KeyError:
        raise InvalidLink(kind, role, "this kind of record has no such link") from None


@dataclass(frozen=True)
class RecordData:
    """A record detached from the database: what services return."""

    kind: str
    id: uuid.UUID
    fields: Mapping[str, Any]
    links: Mapping[str, tuple[uuid.UUID, ...]]
    children: Mapping[str, tuple[Mapping[str, JSONValue], ...]]
    created_at: datetime
    updated_at: datetime
    changed_by: str
    revision: str
    ancestors: tuple[str, ...] = field(default=())
    changes: Changes = field(default=NO_CHANGES, compare=False, repr=False)
    """What the service call that returned this record changed (nothing for a read)."""

    @property
    def title(self) -> str:
        return display_title(self.kind, self.fields)

    @property
    def link_targets(self) -> list[uuid.UUID]:
        """The records its links point at, role by role, each in its order."""
        return [target for targets in self.links.values() for target in targets]

    def content(self) -> dict[str, JSONValue]:
        """The record's content as JSON values: what revisions hash and interchange writes."""
        return content_dict(self.fields, self.links, self.children)


def display_title(kind: str, fields: Mapping[str, Any]) -> str:
    """A one-line name for lists, pickers and messages."""
    return kinds.of(kind).title(fields)


def json_value(value: Any) -> JSONValue:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


LATER_FIELDS: dict[str, Any] = {
    bilingual.FIELD: {},
    "second_language": "none",
    "observed_precision": "day",
    "short_title": "",
    "citation_style": "full_then_short",
}
"""Fields added after records were first shared, left out of the content while at
their default: a record that does not use them keeps the revision hash it had
before they existed, so colleagues on older and newer versions still agree."""

LATER_PART_FIELDS: dict[str, Any] = {
    "current_wording_translation": "official",
}
"""The same for the values of parts (a proposed wording's)."""


def content_dict(
    fields: Mapping[str, Any],
    links: Mapping[str, Sequence[uuid.UUID | str]],
    children: Mapping[str, tuple[Mapping[str, JSONValue], ...]],
) -> dict[str, JSONValue]:
    content: dict[str, JSONValue] = {
        name: json_value(value)
        for name, value in fields.items()
        if name not in LATER_FIELDS or value != LATER_FIELDS[name]
    }
    content["links"] = {role: [str(t) for t in targets] for role, targets in links.items()}
    for name, items in children.items():
        if kinds.in_content(name, items):
            content[name] = [dict(item) for item in items]
    return content


# --- reading models into plain data ------------------------------------------


def read_fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in field_specs(record.kind)}


def read_links(session: Session, record: Record) -> dict[str, tuple[uuid.UUID, ...]]:
    """Every role the kind owns (empty ones included, so content is stable)."""
    links: dict[str, list[uuid.UUID]] = {role: [] for role in record.link_roles}
    rows = session.execute(
        select(Link.role, Link.target_id)
        .where(Link.owner_id == record.id)
        .order_by(Link.role, Link.position)
    )
    for role, target in rows:
        links.setdefault(role, []).append(target)
    return {role: tuple(targets) for role, targets in links.items()}


def read_links_many(
    session: Session, records: Sequence[Record]
) -> dict[uuid.UUID, dict[str, list[str]]]:
    """:func:`read_links` for many records in one query (a dump reads them by the
    hundred: one query each would be most of its time on a large project), the
    targets as their text, which is what content holds."""
    owners = [(str(record.id), record.link_roles) for record in records]
    found = link_texts(session, owners)
    return {record.id: found[text] for (text, _roles), record in zip(owners, records, strict=True)}


def link_texts(
    session: Session, owners: Sequence[tuple[str, Iterable[str]]]
) -> dict[str, dict[str, list[str]]]:
    """Every link of each owner (its id as stored text, and its kind's roles: every
    role is listed, empty ones included) in one query, targets as their text
    (fresh lists: the caller may keep them as the document's).
    Made into UUIDs only to be made text again, they were a fifth of a dump's or
    a check's time."""
    found: dict[str, dict[str, list[str]]] = {
        owner: {role: [] for role in roles} for owner, roles in owners
    }
    rows = sqlite.rows_with_ids(
        session.connection(),
        Link.__tablename__,
        ["owner_id", "role", "target_id"],
        list(found),
        key="owner_id",
        order_by="owner_id, role, position",
    )
    for owner, role, target in rows:
        found[owner].setdefault(role, []).append(canonical_id_text(target))
    return found


def canonical_id_text(text: str) -> str:
    """An id read as stored text, as ``str(uuid.UUID(text))`` gives it: Workbench
    stores only that form, so the check is all it costs (anything else is
    converted, or raises as reading it as a UUID would)."""
    return text if _CANONICAL_ID.fullmatch(text) else str(uuid.UUID(text))


_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def read_children(record: Record) -> dict[str, tuple[dict[str, JSONValue], ...]]:
    """The record's parts as content holds them, every part list of its kind."""
    return {
        part.name: tuple(part_json(part, row) for row in getattr(record, part.name))
        for part in kinds.of(record.kind).parts
    }


def part_json(part: kinds.Part, row: Any) -> dict[str, JSONValue]:
    """One part as content holds it: its id, the record it points at (if one), its
    values, then the records it lists (a section's recommendations)."""
    item: dict[str, JSONValue] = {"id": str(row.id)}
    for reference in part.references:
        if not reference.many:
            item[reference.key] = json_value(getattr(row, reference.column.key))
    for name in part.fields:
        value = getattr(row, name)
        if name not in LATER_PART_FIELDS or value != LATER_PART_FIELDS[name]:
            item[name] = json_value(value)
    for reference in part.references:
        if reference.many:
            column = reference.column.key
            item[reference.key] = [str(getattr(r, column)) for r in getattr(row, reference.through)]
    return item


def to_data(session: Session, record: Record) -> RecordData:
    return _record_data(record, read_links(session, record))


_BATCH = 500


def load_through_orm(
    session: Session, kind: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, RecordData]:
    """Records of one kind by id through the ORM, with their parts: for the kinds
    :func:`workbench.record_rows.load_many` does not read as plain rows."""
    found: dict[uuid.UUID, RecordData] = {}
    for batch in _kind_batches(session, kind, ids):
        links = _links_of(session, [record.id for record in batch])
        found.update(
            (record.id, _record_data(record, links.get(record.id, {}))) for record in batch
        )
    return found


def record_batches(session: Session, ids: Sequence[uuid.UUID]) -> Iterator[list[Record]]:
    """The records among ``ids``, up to 500 of one kind at a time, each read through
    its kind's own table with its parts (and the rows a part lists) loaded with it.
    Each kind through its own table with only its own parts: one query joining every
    kind's table, with every kind's parts loaded, took a fifth longer."""
    for kind, of_kind in ids_by_kind(session, ids).items():
        yield from _kind_batches(session, kind, of_kind)


def _kind_batches(session: Session, kind: str, ids: Sequence[uuid.UUID]) -> Iterator[list[Record]]:
    entry = kinds.of(kind)
    options = [_loading(getattr(entry.model, part.name), part) for part in entry.parts]
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        statement = select(entry.model).where(entry.model.id.in_(chunk)).options(*options)
        yield list(session.scalars(statement))


def ids_by_kind(session: Session, ids: Sequence[uuid.UUID]) -> dict[str, list[uuid.UUID]]:
    """``ids`` that name a record, grouped by the record's kind (looked up by the
    text Workbench stores, as the ORM looks them up, in one query)."""
    texts = {str(record_id): record_id for record_id in ids}
    rows = sqlite.rows_with_ids(
        session.connection(), Record.__tablename__, ["id", "kind"], list(texts)
    )
    grouped: dict[str, list[uuid.UUID]] = {}
    for text, kind in rows:
        grouped.setdefault(kind, []).append(texts[text])
    return grouped


def _links_of(
    session: Session, owners: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, list[uuid.UUID]]]:
    """The links ``owners`` hold, by owner and role, in their order."""
    links: dict[uuid.UUID, dict[str, list[uuid.UUID]]] = {}
    rows = session.execute(
        select(Link.owner_id, Link.role, Link.target_id)
        .where(Link.owner_id.in_(owners))
        .order_by(Link.owner_id, Link.role, Link.position)
    )
    for owner, role, target in rows:
        links.setdefault(owner, {}).setdefault(role, []).append(target)
    return links


def _record_data(record: Record, links: Mapping[str, Sequence[uuid.UUID]]) -> RecordData:
    owned: dict[str, tuple[uuid.UUID, ...]] = {role: () for role in record.link_roles}
    owned.update({role: tuple(targets) for role, targets in links.items()})
    return RecordData(
        kind=record.kind,
        id=record.id,
        fields=read_fields(record),
        links=owned,
        children=read_children(record),
        created_at=record.created_at,
        updated_at=record.updated_at,
        changed_by=record.changed_by,
        revision=record.revision,
        ancestors=tuple(record.ancestors),
    )


def with_parts() -> tuple[Any, list[Any]]:
    """Every kind's records as one entity, and the options that load their parts with
    them: a select of 500 records then reads each part in one more query, where
    touching a part record by record costs a query each (a million-record build
    spent a quarter of its time so)."""
    poly = with_polymorphic(Record, "*")
    options = [
        _loading(getattr(getattr(poly, kind.model.__name__), part.name), part)
        for kind in kinds.RECORD_KINDS.values()
        for part in kind.parts
    ]
    return poly, options


def _loading(relationship: Any, part: kinds.Part) -> Any:
    """Load ``part`` with the rows its references list (a section's items)."""
    load = selectinload(relationship)
    for reference in part.references:
        if reference.many:
            load = load.selectinload(getattr(part.model, reference.through))
    return load

"""Records read for a whole-library pass straight from the driver: what
:func:`workbench.interchange.dumping.iter_records` gives for every kind but
submissions.

A dump, a share and ``workbench check`` read every record as the document
holds it. Through the ORM a record cost about 45 µs at 100,000 records (a
recommendation with its parts 90 µs), most of it building an object per row
and converting values that the document then turns back into the text they
were stored as (ids, times, dates). Here a row's values go through their
column type's own conversion only where the stored text is not the
document's (flags, JSON, times and dates in another form), and nothing else
is built. Parts are read a batch of records at a time. Submissions (few, and
their sections list recommendations through rows of their own) are still
read through the ORM.

``tests/workbench/test_plain_records.py`` holds the two paths to the same
items, record for record, field for field and key order included.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Dialect
from sqlalchemy.orm import Session

from db import sqlite
from db.engine import parsed_json
from db.models import Record
from db.types import GUID, STORED_DATE, STORED_TIME, ISODate, UTCDateTime
from workbench import bilingual, kinds
from workbench.records import (
    LATER_FIELDS,
    LATER_PART_FIELDS,
    canonical_id_text,
    json_value,
    link_texts,
)

_BATCH = 500
"""Rows read, and their links looked up, at a time: memory stays flat."""

_META = ("revision", "ancestors", "created_at", "updated_at", "changed_by")
"""The records table's columns an item starts with (after its id), in the document's order."""

Convert = Callable[[Any], Any]


def has_plain_rows(kind: str) -> bool:
    """Whether a kind's records are read here: all but those with a part listing
    records or kept in no order (a submission's sections and export log)."""
    return all(
        part.ordered and not any(reference.many for reference in part.references)
        for part in kinds.of(kind).parts
    )


def iter_plain_records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """Records of a kind without parts, in id order, as the document holds them.

    Read a batch at a time by id (each batch a query of its own, so its text
    can be decoded by the driver: see :func:`db.sqlite.fetch_all`)."""
    connection = session.connection()
    model = kinds.of(kind).model
    table, shared = model.__table__, Record.__table__
    fields = [column.name for column in table.columns if column.name != "id"]
    dialect = connection.dialect
    convert = [_converter(shared.columns[name].type, dialect) for name in _META]
    convert += [_converter(table.columns[name].type, dialect) for name in fields]
    convert.append(_converter(shared.columns[bilingual.FIELD].type, dialect))
    quote = dialect.identifier_preparer.quote
    columns = [f"r.{quote(name)}" for name in _META]
    columns += [f"k.{quote(name)}" for name in fields]
    columns.append(f"r.{quote(bilingual.FIELD)}")
    sql = (
        f"SELECT k.id, {', '.join(columns)} FROM {Record.__tablename__} AS r "
        f"JOIN {model.__tablename__} AS k ON k.id = r.id "
        f"WHERE k.id > ? ORDER BY k.id LIMIT {_BATCH}"
    )
    names = [*_META, *fields, bilingual.FIELD]
    roles = list(model.link_roles)
    parts = [PartReader(part, dialect) for part in kinds.of(kind).parts]
    after = ""
    while rows := sqlite.fetch_all(connection, sql, (after,)):
        owners = [row[0] for row in rows]
        links = link_texts(session, [(owner, roles) for owner in owners])
        children = [(reader.name, reader.read(connection, owners)) for reader in parts]
        for row in rows:
            item = _item(row, names, convert, links[row[0]])
            for name, by_owner in children:
                found = by_owner.get(row[0], [])
                if kinds.in_content(name, found):
                    item[name] = found
            yield item
        after = rows[-1][0]


class PartReader:
    """One part's rows for a batch of records, as
    :func:`workbench.records.part_json` gives them, in their order."""

    def __init__(self, part: kinds.Part, dialect: Dialect) -> None:
        table = part.model.__table__
        self.name = part.name
        self.table = part.model.__tablename__
        self.owner = part.owner.key
        self.keys = ["id", *(r.key for r in part.references), *part.fields]
        self.columns = ["id", *(r.column.key for r in part.references), *part.fields]
        self.convert = [_converter(table.columns[name].type, dialect) for name in self.columns]
        self.later = [name in LATER_PART_FIELDS for name in self.keys]

    def read(self, connection: Connection, owners: list[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        rows = sqlite.rows_with_ids(
            connection,
            self.table,
            [self.owner, *self.columns],
            owners,
            key=self.owner,
            order_by=f"{self.owner}, position",
        )
        for row in rows:
            part: dict[str, Any] = {}
            for key, later, to_value, value in zip(
                self.keys, self.later, self.convert, row[1:], strict=True
            ):
                value = value if to_value is None else to_value(value)
                if not later or value != LATER_PART_FIELDS[key]:
                    part[key] = value
            found.setdefault(row[0], []).append(part)
        return found


def _item(
    row: tuple[Any, ...], names: list[str], convert: list[Convert | None], links: Any
) -> dict[str, Any]:
    """One row as :func:`~workbench.interchange.dumping.record_json` writes a record:
    id, metadata, the fields (those added later left out at their default),
    translations likewise, then the links."""
    item: dict[str, Any] = {"id": canonical_id_text(row[0])}
    for position, (name, to_value) in enumerate(zip(names, convert, strict=True), start=1):
        value = row[position] if to_value is None else to_value(row[position])
        if position <= len(_META) or name not in LATER_FIELDS or value != LATER_FIELDS[name]:
            item[name] = value
    item["ancestors"] = list(item["ancestors"])  # as record_json has it (and fails)
    item["links"] = links
    return item


def _converter(column_type: Any, dialect: Dialect) -> Convert | None:
    """The column type's own conversion of stored values, then the document's
    form of the result (:func:`json_value`); None where the stored value is it.
    Times and dates stored in the document's form are only checked (their
    conversion there and back was a tenth of the time), JSON is parsed by orjson."""
    process = column_type.dialect_impl(dialect).result_processor(dialect, None)
    if process is None:
        return None

    def convert(value: Any) -> Any:
        return json_value(process(value))

    if isinstance(column_type, GUID):
        return _id_text
    if isinstance(column_type, UTCDateTime):
        return _as_stored(STORED_TIME, datetime.fromisoformat, convert)
    if isinstance(column_type, ISODate):
        return _as_stored(STORED_DATE, date.fromisoformat, convert)
    if isinstance(column_type, JSON):
        return _parsed_json(convert)
    return convert


def _id_text(value: Any) -> str | None:
    """An id as the document writes it (``str`` of the UUID), or None."""
    return None if value is None else canonical_id_text(value)


def _as_stored(form: re.Pattern[str], check: Callable[[str], Any], convert: Convert) -> Convert:
    """Text already in the document's ``form`` as it is, once it reads (an invalid
    one raises as the conversion would); anything else converted."""

    def as_stored(value: Any) -> Any:
        if type(value) is str and form.fullmatch(value):
            check(value)
            return value
        return convert(value)

    return as_stored


def _parsed_json(convert: Convert) -> Convert:
    def parsed(value: Any) -> Any:
        try:
            return parsed_json(value)
        except (ValueError, TypeError):
            return convert(value)  # NULL, or what only the column type reads

    return parsed

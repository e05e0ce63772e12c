"""Records of the kinds without parts, read for a whole-library pass straight from
the driver: what :func:`workbench.interchange.dumping.iter_records` gives for them.

A dump, a share and ``workbench check`` read every record as the document
holds it. Through the ORM a record cost about 45 µs at 100,000 records, most
of it building an object per row and converting values that the document
then turns back into the text they were stored as (ids, times, dates). Here a
row's values go through their column type's own conversion only where the
stored text is not the document's (flags, dates, times, JSON), and nothing
else is built. Kinds with parts (recommendations, submissions) are few and
still read through the ORM, which loads their parts with them.

``tests/workbench/test_plain_records.py`` holds the two paths to the same
items, record for record, field for field and key order included.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Dialect
from sqlalchemy.orm import Session

from db import sqlite
from db.models import Record
from db.types import ISODate, UTCDateTime
from workbench import bilingual, kinds
from workbench.records import LATER_FIELDS, canonical_id_text, json_value, link_texts

_BATCH = 500
"""Rows read, and their links looked up, at a time: memory stays flat."""

_META = ("revision", "ancestors", "created_at", "updated_at", "changed_by")
"""The records table's columns an item starts with (after its id), in the document's order."""

Convert = Callable[[Any], Any]


def has_plain_rows(kind: str) -> bool:
    """Whether a kind's records are read here (kinds with parts are not)."""
    return not kinds.of(kind).parts


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
    after = ""
    while rows := sqlite.fetch_all(connection, sql, (after,)):
        links = link_texts(session, [(row[0], roles) for row in rows])
        for row in rows:
            yield _item(row, names, convert, links[row[0]])
        after = rows[-1][0]


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

    if isinstance(column_type, UTCDateTime):
        return _as_stored(_STORED_TIME, datetime.fromisoformat, convert)
    if isinstance(column_type, ISODate):
        return _as_stored(_STORED_DATE, date.fromisoformat, convert)
    if isinstance(column_type, JSON):
        return _parsed_json(convert)
    return convert


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
            return orjson.loads(value)
        except (orjson.JSONDecodeError, TypeError):
            return convert(value)  # NULL, or what only the column type reads

    return parsed


_STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00")
"""A time as :class:`db.types.UTCDateTime` stores it and the document writes it."""
_STORED_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date as :class:`db.types.ISODate` stores it and the document writes it."""

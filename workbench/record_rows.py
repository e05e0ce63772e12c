"""Many records read at once as :class:`~workbench.records.RecordData`, straight
from the driver for every kind whose parts list no records.

An export, a preview and an undo snapshot read thousands of records by id (7,800
for a 300-recommendation submission). Through the ORM each cost about 75 µs:
an object built per row and per part, an identity map kept, attributes loaded
and then copied out into a ``RecordData``. Here a row's values go through their
column type's own conversion (the one the ORM applies, so the values are the
same objects), parts are read as :mod:`workbench.interchange.plain_records`
reads them, and nothing else is built. Submissions (a section lists
recommendations through rows of its own) are still read through the ORM.

``tests/workbench/test_record_rows.py`` holds the two paths to equal records,
field for field, for every kind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.orm import Session

from db import sqlite
from db.models import Record
from workbench import bilingual, kinds
from workbench.interchange.plain_records import PartReader, has_plain_rows
from workbench.records import (
    RecordData,
    field_specs,
    ids_by_kind,
    link_texts,
    load_through_orm,
)

_META = ("created_at", "updated_at", "changed_by", "revision", "ancestors")
"""The records table's columns a ``RecordData`` carries besides its fields."""

Convert = Callable[[Any], Any] | None


def load_many(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RecordData]:
    """The records among ``ids`` that exist, in a handful of queries whatever their
    kinds (reading record by record costs several queries each: row, links,
    parts). Ids with no record are simply absent from the result."""
    found: dict[uuid.UUID, RecordData] = {}
    for kind, of_kind in ids_by_kind(session, list(dict.fromkeys(ids))).items():
        if has_plain_rows(kind):
            found.update(_KindReader(kind, session.connection().dialect).read(session, of_kind))
        else:
            found.update(load_through_orm(session, kind, of_kind))
    return found


class _KindReader:
    """One kind's records by id: the shared row, the kind's row, links (every role,
    empty ones included, as :func:`~workbench.records.link_texts` lists them) and parts."""

    def __init__(self, kind: str, dialect: Dialect) -> None:
        entry = kinds.of(kind)
        table, shared = entry.model.__table__, Record.__table__
        self.kind = kind
        self.roles = tuple(entry.model.link_roles)
        self.fields = list(field_specs(kind))
        own = [name for name in self.fields if name != bilingual.FIELD]
        quote = dialect.identifier_preparer.quote
        self.table = (
            f"{Record.__tablename__} AS r JOIN {entry.model.__tablename__} AS k ON k.id = r.id"
        )
        self.columns = [
            "k.id",
            *(f"r.{quote(name)}" for name in (*_META, bilingual.FIELD)),
            *(f"k.{quote(name)}" for name in own),
        ]
        types = [shared.columns[name].type for name in (*_META, bilingual.FIELD)]
        types += [table.columns[name].type for name in own]
        self.convert = [_converter(column_type, dialect) for column_type in types]
        self.names = [*_META, bilingual.FIELD, *own]
        self.parts = [PartReader(part, dialect) for part in entry.parts]

    def read(self, session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, RecordData]:
        connection = session.connection()
        found: dict[uuid.UUID, RecordData] = {}
        for start in range(0, len(ids), _BATCH):
            texts = [str(record_id) for record_id in ids[start : start + _BATCH]]
            rows = sqlite.rows_with_ids(
                connection, self.table, self.columns, texts, key="k.id", order_by="k.id"
            )
            links = link_texts(session, [(text, self.roles) for text in texts])
            parts = [(reader.name, reader.read(connection, texts)) for reader in self.parts]
            for row in rows:
                data = self._record(row, links[row[0]], parts)
                found[data.id] = data
        return found

    def _record(
        self,
        row: tuple[Any, ...],
        links: dict[str, list[str]],
        parts: list[tuple[str, dict[str, list[dict[str, Any]]]]],
    ) -> RecordData:
        values = {
            name: value if convert is None else convert(value)
            for name, convert, value in zip(self.names, self.convert, row[1:], strict=True)
        }
        owned = {role: tuple(map(uuid.UUID, targets)) for role, targets in links.items()}
        return RecordData(
            kind=self.kind,
            id=uuid.UUID(row[0]),
            fields={name: values[name] for name in self.fields},
            links=owned,
            children={name: tuple(by_owner.get(row[0], ())) for name, by_owner in parts},
            created_at=values["created_at"],
            updated_at=values["updated_at"],
            changed_by=values["changed_by"],
            revision=values["revision"],
            ancestors=tuple(values["ancestors"]),
        )


_BATCH = 2_000
"""Records read at a time: each batch is three or four queries, whatever its size."""


def _converter(column_type: Any, dialect: Dialect) -> Convert:
    """The conversion the ORM applies to a stored value of this column type."""
    return column_type.dialect_impl(dialect).result_processor(dialect, None)

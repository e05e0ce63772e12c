"""Our side of a merge's plan: the stored kind and revision of each id their
document names, read from the project only for those ids.

A colleague's share usually changes a few thousand records of a project that
may hold a million. Reading every id and revision to compare them with the
share took seconds at a million records, most of it building (and freeing) a
dictionary of a million rows in single C calls that never let the GIL go: the
window stood still meanwhile. So the ids the plan asks about are looked up in
the project's tables, a batch at a time. A lookup by id costs several times a
row of a full read, so when the ids asked about near a fifth of the project
(a share of the whole project) everything is read at once instead, as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from sqlalchemy import func, literal, select

from db import bulk, sqlite
from db.models import Record, Tombstone
from workbench.project import Project

Row = tuple[str, str, int, str]
"""One of our records or tombstones, as stored: kind, revision, deleted (1 for a
tombstone, 0 for a record) and id, as the driver returns it."""

LOOKUP_COST = 5
"""What looking up one id costs, in rows of a full read of the tables (10,000
ids looked up in a 100,000-record project: 50 ms; all 100,000 rows read: 110 ms)."""

_TABLES = ((Record, 0), (Tombstone, 1))


class OurRows:
    """Our rows of the ids asked about (:meth:`read`), keyed by the id as stored
    (canonical text). An id read and not found is one we do not hold."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._rows: dict[str, Row] = {}
        self._asked: set[str] = set()
        self._held: int | None = None
        self._complete = False

    def read(self, ids: Iterable[str]) -> None:
        """Look up those of ``ids`` (as text) not asked about before."""
        if self._complete:
            return
        new = list(set(ids) - self._asked)
        if not new:
            return
        if (len(self._asked) + len(new)) * LOOKUP_COST > self._held_count():
            self._read_all()
            return
        self._asked.update(new)
        with self._project.reading() as session:
            connection = session.connection()
            for model, deleted in _TABLES:
                columns = ["kind", "revision", str(deleted), "id"]  # a constant column: 0 or 1
                rows = sqlite.rows_with_ids(connection, model.__tablename__, columns, new)
                self._rows.update(zip(map(itemgetter(3), rows), rows, strict=True))

    @property
    def complete(self) -> bool:
        """Whether every id we hold is read: nothing is left to ask about."""
        return self._complete

    @property
    def known(self) -> Mapping[str, Row]:
        """Our rows read so far, by id: looked up in it straight, a sieve of a
        hundred thousand ids spends no time on calls of :meth:`get`."""
        return self._rows

    def get(self, text: str) -> Row | None:
        """Our row of the id ``text``, if we hold it; asked about beforehand."""
        return self._rows.get(text)

    def _held_count(self) -> int:
        """How many records and tombstones the project holds (counted once)."""
        if self._held is None:
            with self._project.reading() as session:
                self._held = sum(
                    session.scalar(select(func.count()).select_from(model)) or 0
                    for model, _ in _TABLES
                )
        return self._held

    def _read_all(self) -> None:
        """Every id we hold, with its kind and revision."""
        with self._project.reading() as session:
            connection = session.connection()
            for model, deleted in _TABLES:
                statement = select(model.kind, model.revision, literal(deleted), model.id)
                rows = bulk.plain_rows(connection, statement)
                # Keyed by the id the row ends with, all in C: half the time of a loop.
                self._rows.update(zip(map(itemgetter(3), rows), rows, strict=True))
        self._complete = True
        self._asked.clear()


class LiveKinds:
    """Our live records' kinds by id, as :class:`OurRows` read them: what
    validation looks up for ids their records name (a ``KindsById``)."""

    def __init__(self, ours: OurRows) -> None:
        self._ours = ours

    def get(self, key: uuid.UUID, default: Any = None) -> Any:
        """The kind of our live record ``key``, else ``default``."""
        row = self._ours.get(str(key))
        return default if row is None or row[2] else row[0]

"""One INSERT or UPDATE for many rows, straight through the driver's executemany.

SQLAlchemy builds the parameters of every row of an executemany anew (tens of
microseconds a row, more than SQLite takes to write it). Merging or loading
tens of thousands of records would spend most of its time there, so this
compiles the statement once for the connection's dialect, converts each value
with its column type's own bind processor (UUIDs, UTC times, JSON), and hands
plain tuples to the driver. The SQL is the dialect's, so this stays portable.
Reads of many rows (:func:`plain_rows`) skip SQLAlchemy's rows the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, insert, update

from db import sqlite


def insert_many(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    stored: Collection[str] = (),
) -> None:
    """Insert ``rows`` (column name -> value; every row with the same columns):
    all their columns, or only ``columns`` (rows may then hold other keys).
    ``stored`` names the columns whose values are given as the database keeps
    them (see :func:`_execute`)."""
    if rows:
        columns = list(rows[0]) if columns is None else list(columns)
        statement = insert(table).values(
            {name: bindparam(name, type_=table.c[name].type) for name in columns}
        )
        _execute(connection, statement, {name: name for name in columns}, rows, stored)


def update_many(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    key: str = "id",
    columns: Sequence[str] | None = None,
    stored: Collection[str] = (),
) -> None:
    """Update the rows whose ``key`` matches, setting the other columns given (or
    only ``columns``: rows may then hold other keys). ``stored`` names the
    columns (the key included) whose values are given as the database keeps them."""
    if rows:
        columns = [name for name in (rows[0] if columns is None else columns) if name != key]
        where = f"key_{key}"
        statement = (
            update(table)
            .where(table.c[key] == bindparam(where, type_=table.c[key].type))
            .values({name: bindparam(name, type_=table.c[name].type) for name in columns})
        )
        sources = {**{name: name for name in columns}, where: key}
        _execute(connection, statement, sources, rows, stored)


def _execute(
    connection: Connection,
    statement: Any,
    sources: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
    stored: Collection[str] = (),
) -> None:
    """Run ``statement`` once per row; ``sources`` names, for each bound parameter,
    the key of the row that holds its value.

    Values are converted a column at a time (one ``map`` per column rather than
    a generator per row: half the time on a large merge), then zipped into rows.
    Values of the ``stored`` columns (row keys) are bound as they are: the caller
    has them in the stored form already (an id's canonical text, a UTC time as
    text), and converting again would be a third of a large merge's writing.
    """
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    names = compiled.positiontup if compiled.positional else list(sources)
    columns: list[list[Any]] = []
    for name in names:
        values = list(map(itemgetter(sources[name]), rows))
        convert = (
            None if sources[name] in stored else compiled.binds[name].type.bind_processor(dialect)
        )
        columns.append(list(map(convert, values)) if convert else values)
    if compiled.positional:
        parameters: list[Any] = list(zip(*columns, strict=True))
    else:
        parameters = [
            dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)
        ]
    connection.exec_driver_sql(str(compiled), parameters)


def plain_rows(
    connection: Connection, statement: Select[*tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Every row of a SELECT as the driver returns it: values as stored (UUIDs, times
    and JSON as text), parameters bound as given.

    For reads of many rows, where building SQLAlchemy rows and converting each
    value costs as much as the query (every id of a large project when a merge
    plans). Give parameters in their stored form: compare a UUID column as text
    (``type_coerce(column, String)``) with ids as text.
    """
    compiled = statement.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    values = compiled.construct_params()
    parameters: Any = (
        tuple(values[name] for name in compiled.positiontup)
        if compiled.positional and compiled.positiontup is not None
        else values
    )
    return sqlite.fetch_all(connection, str(compiled), parameters)

"""One INSERT or UPDATE for many rows, straight through the driver's executemany.

SQLAlchemy builds the parameters of every row of an executemany anew (tens of
microseconds a row, more than SQLite takes to write it). Merging or loading
tens of thousands of records would spend most of its time there, so this
compiles the statement once for the connection's dialect, converts each value
with its column type's own bind processor (UUIDs, UTC times, JSON), and hands
plain tuples to the driver. The SQL is the dialect's, so this stays portable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update


def insert_many(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column name -> value; every row with the same columns)."""
    if rows:
        columns = list(rows[0])
        statement = insert(table).values(
            {name: bindparam(name, type_=table.c[name].type) for name in columns}
        )
        _execute(connection, statement, columns, rows)


def update_many(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]], key: str = "id"
) -> None:
    """Update the rows whose ``key`` matches, setting the other columns given."""
    if rows:
        columns = [name for name in rows[0] if name != key]
        where = f"key_{key}"
        statement = (
            update(table)
            .where(table.c[key] == bindparam(where, type_=table.c[key].type))
            .values({name: bindparam(name, type_=table.c[name].type) for name in columns})
        )
        renamed = [{**row, where: row[key]} for row in rows]
        _execute(connection, statement, [*columns, where], renamed)


def _execute(
    connection: Connection,
    statement: Any,
    names: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    processors = {
        name: compiled.binds[name].type.bind_processor(dialect) for name in compiled.binds
    }
    order = compiled.positiontup if compiled.positional else None
    if order is not None:
        converters = [(name, processors.get(name)) for name in order]
        parameters: list[Any] = [
            tuple(convert(row[name]) if convert else row[name] for name, convert in converters)
            for row in rows
        ]
    else:
        parameters = [
            {
                name: (processors[name](row[name]) if processors.get(name) else row[name])
                for name in names
            }
            for row in rows
        ]
    connection.exec_driver_sql(str(compiled), parameters)

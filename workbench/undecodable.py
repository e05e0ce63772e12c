"""Stored text that is not valid UTF-8: read with U+FFFD, named by ``workbench check``.

SQLite keeps whatever bytes it is given as text, so another program (or a bad
sector) can leave a field that is not UTF-8. Our connections read such bytes
as U+FFFD (``db.sqlite.text_with_replacement``), so a dump, an export or a
bundle still completes; ``check`` says which records hold them, so they can be
retyped before the replacement characters reach a submission.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from operator import itemgetter

from sqlalchemy import JSON, String, Table
from sqlalchemy.types import TypeDecorator

from db.models import RECORD_KINDS, Base, Record, Tombstone
from workbench.preflight import Finding
from workbench.project import Project
from workbench.record_rows import load_many
from workbench.records import RecordData, display_title

_IS_UTF8 = "workbench_is_utf8"
CODE = "text-not-utf8"


def undecodable_text(project: Project) -> list[Finding]:
    """A warning for every record field whose stored bytes are not UTF-8."""
    with project.reading() as session:
        raw = session.connection().connection.driver_connection
        if not isinstance(raw, sqlite3.Connection):
            return []
        found = list(dict.fromkeys(undecodable_fields(raw)))
        records = load_many(session, {record_id for _kind, record_id, _field in found})
        return [_finding(kind, record_id, field, records) for kind, record_id, field in found]


def _is_utf8(value: object) -> bool:
    if not isinstance(value, bytes):
        return True
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def undecodable_fields(raw: sqlite3.Connection) -> Iterator[tuple[str, uuid.UUID, str]]:
    """(kind, record id, field) of each text value that is not UTF-8, table by table
    and column by column (a field of a record's part is named ``table.column``).

    Each table is read once: a row's text columns are checked together, joined
    by a NUL byte (a sequence cut short before it is still invalid, so the
    whole is UTF-8 exactly when every value is), and only the rows that fail
    are looked at value by value. A check per value and a scan per column cost
    a tenth of a million-record ``check``."""
    raw.create_function(_IS_UTF8, 1, _is_utf8, deterministic=True)
    for table in Base.metadata.sorted_tables:
        owner = _owner(table)
        if owner is None:
            continue
        kind_sql, id_column, joined = owner
        present = {str(row[1]) for row in raw.execute(f"PRAGMA table_info({table.name})")}
        columns = _text_columns(table, present)
        if not columns:
            continue
        as_bytes = [f"CAST(t.{column} AS BLOB)" for column in columns]
        together = " || x'00' || ".join(f"coalesce({value}, x'')" for value in as_bytes)
        rows = raw.execute(
            f"SELECT {kind_sql}, t.{id_column}, {', '.join(as_bytes)} "
            f"FROM {table.name} t{joined} WHERE NOT {_IS_UTF8}(CAST({together} AS BLOB))"
        )
        found = [
            (number, str(kind), uuid.UUID(str(record_id)))
            for kind, record_id, *values in rows
            for number, value in enumerate(values)
            if not _is_utf8(value)
        ]
        for number, kind, record_id in sorted(found, key=itemgetter(0)):  # column by column
            column = columns[number]
            yield kind, record_id, column if _is_record_table(table) else f"{table.name}.{column}"


def _owner(table: Table) -> tuple[str, str, str] | None:
    """How to name the record a row of ``table`` belongs to: (SQL for its kind,
    the column holding its id, the join that finds the kind), or None."""
    if table.name == Tombstone.__tablename__:
        return "t.kind", "id", ""
    if _is_record_table(table):
        return "r.kind", "id", " JOIN records r ON r.id = t.id"
    for column in table.columns:  # in order: a part's owner comes before what it names
        for key in column.foreign_keys:
            if key.ondelete == "CASCADE" and _is_record_table(key.column.table):
                return "r.kind", column.name, f" JOIN records r ON r.id = t.{column.name}"
    return None


def _is_record_table(table: object) -> bool:
    return table is Record.__table__ or any(m.__table__ is table for m in RECORD_KINDS.values())


def _text_columns(table: Table, present: set[str]) -> list[str]:
    """Columns stored as text that hold what users or colleagues typed (ids, times
    and dates are parsed by our types: a bad byte there is damage, not text), of
    those the file has (an older schema lacks the newer ones)."""
    return [
        column.name
        for column in table.columns
        if column.name in present
        and isinstance(column.type, String | JSON)
        and not isinstance(column.type, TypeDecorator)
    ]


def _finding(
    kind: str, record_id: uuid.UUID, field: str, records: dict[uuid.UUID, RecordData]
) -> Finding:
    record = records.get(record_id)  # none for a tombstone
    title = display_title(kind, record.fields) if record is not None else ""
    return Finding(
        "warning",
        CODE,
        "The text holds bytes that are not UTF-8; they read as \ufffd: retype it",
        kind,
        record_id,
        title,
        field,
    )

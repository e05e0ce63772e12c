"""Bulk reads straight through the driver: text that is not UTF-8 still reads,
with U+FFFD, and every later read of the connection keeps reading it so."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, String, column, select, table, text

from db import bulk, sqlite
from db.engine import create_project_engine

NOTES = table("notes", column("id", String), column("body", String))


def _engine_with_notes(path: Path) -> Engine:
    engine = create_project_engine(path)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)"))
        connection.execute(text("INSERT INTO notes VALUES ('a', 'Сөз бостандығы')"))
        connection.execute(text("INSERT INTO notes VALUES ('b', CAST(x'ff41' AS TEXT))"))
    return engine


def test_plain_rows_read_text_that_is_not_utf8_with_replacement(tmp_path: Path) -> None:
    engine = _engine_with_notes(tmp_path / "notes.db")
    with engine.connect() as connection:
        rows = bulk.plain_rows(connection, select(NOTES.c.id, NOTES.c.body).order_by(NOTES.c.id))
        assert rows == [("a", "Сөз бостандығы"), ("b", "\ufffdA")]
        # The driver's own decoding was only borrowed for the read.
        again = connection.exec_driver_sql("SELECT body FROM notes WHERE id = 'b'").scalar()
        assert again == "\ufffdA"
    engine.dispose()


def test_rows_with_ids_read_valid_and_invalid_text(tmp_path: Path) -> None:
    engine = _engine_with_notes(tmp_path / "notes.db")
    with engine.connect() as connection:
        valid = sqlite.rows_with_ids(connection, "notes", ["id", "body"], ["a"])
        assert valid == [("a", "Сөз бостандығы")]
        both = sqlite.rows_with_ids(connection, "notes", ["body"], ["a", "b"], order_by="id")
        assert both == [("Сөз бостандығы",), ("\ufffdA",)]
    engine.dispose()

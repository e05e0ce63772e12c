"""Writes tests/data/project-v2.wbproj: a small project in schema version 2.

Kept so the file can be re-made and read; the committed .wbproj is the
fixture (it must stay as schema 2 wrote it, whatever the models become).
Run: python tests/data/make_v2_project.py
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from db.schema import upgrade
from db.sqlite import install_pragmas

TARGET = Path(__file__).with_name("project-v2.wbproj")
WHEN = "2024-03-01T10:00:00.000000+00:00"
INSTRUMENT = uuid.UUID("0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0001")
PROVISION = uuid.UUID("0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0002")
RECOMMENDATION = uuid.UUID("0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0003")


def _record(connection, record_id: uuid.UUID, kind: str) -> None:
    connection.execute(
        text(
            "INSERT INTO records "
            "(id, kind, created_at, updated_at, changed_by, revision, ancestors) "
            "VALUES (:id, :kind, :t, :t, 'fixture', :rev, :anc)"
        ),
        {"id": str(record_id), "kind": kind, "t": WHEN, "rev": "1-fixture", "anc": json.dumps([])},
    )


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    install_pragmas(engine)
    with engine.begin() as connection:
        upgrade(connection, version=2)
        connection.execute(
            text("INSERT INTO project_info (id, name, created_at) VALUES (:id, :name, :t)"),
            {"id": "0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0000", "name": "Schema 2 project", "t": WHEN},
        )
        _record(connection, INSTRUMENT, "instrument")
        connection.execute(
            text(
                "INSERT INTO instruments (id, title, short_name, instrument_kind) "
                "VALUES (:id, 'Уголовный кодекс Республики Казахстан', 'УК РК', 'code')"
            ),
            {"id": str(INSTRUMENT)},
        )
        _record(connection, PROVISION, "provision")
        connection.execute(
            text(
                "INSERT INTO provisions (id, unit, heading, wording) "
                "VALUES (:id, 'Статья 131', 'Клевета', 'Распространение заведомо ложных сведений')"
            ),
            {"id": str(PROVISION)},
        )
        connection.execute(
            text(
                "INSERT INTO links (owner_id, role, target_id, position) "
                "VALUES (:o, 'instrument', :t, 0)"
            ),
            {"o": str(PROVISION), "t": str(INSTRUMENT)},
        )
        _record(connection, RECOMMENDATION, "recommendation")
        connection.execute(
            text(
                "INSERT INTO recommendations (id, title, action, text) "
                "VALUES (:id, 'Декриминализировать клевету', 'repeal', "
                "'Исключить статью 131 из Уголовного кодекса.')"
            ),
            {"id": str(RECOMMENDATION)},
        )
    engine.dispose()


if __name__ == "__main__":
    main()

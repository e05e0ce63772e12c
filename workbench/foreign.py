"""Reading a colleague's project file (``.wbproj``) without trusting it.

The file is copied; the copy is opened read-only by SQLite with
``trusted_schema`` off and a time limit, checked for integrity, and its
schema compared, object by object, with the schema Workbench itself creates
for that version: any trigger, view, extra table or altered definition is
refused before our own code reads a row. It is never attached to our
database. Only then is the copy read (and, if older, migrated) into an
interchange document.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from db.schema import ALEMBIC_REVISIONS, upgrade
from db.sqlite import install_pragmas, read_header
from workbench.errors import NotAProject, ProjectError
from workbench.paths import AppPaths
from workbench.project import Project, inspect_file

MAX_PROJECT_BYTES = 2 * 1024**3
QUERY_SECONDS = 60.0


class ForeignProjectRefused(ProjectError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, f"{path} was refused: {problem}; nothing was changed")
        self.problem = problem


def read_project_file(path: Path) -> dict[str, Any]:
    from workbench.interchange import dump_document

    inspect_file(path)
    size = path.stat().st_size
    if size > MAX_PROJECT_BYTES:
        raise ForeignProjectRefused(path, f"it is {size:,} bytes, over the 2 GiB limit")
    with tempfile.TemporaryDirectory(prefix="workbench-foreign-") as folder:
        copy = Path(folder) / "theirs.wbproj"
        shutil.copyfile(path, copy)
        version = read_header(copy).user_version
        _check_copy(path, copy, version)
        paths = AppPaths.rooted_at(Path(folder))  # a migration's backup stays in the temp folder
        with Project.open(copy, author="merge", paths=paths) as project:
            return dump_document(project)


def _check_copy(original: Path, copy: Path, version: int) -> None:
    uri = f"{copy.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("PRAGMA query_only = ON")
            deadline = time.monotonic() + QUERY_SECONDS
            connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            verdict = connection.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                raise ForeignProjectRefused(original, "its database is damaged")
            schema = _schema(connection)
    except sqlite3.DatabaseError as error:
        raise ForeignProjectRefused(original, f"it cannot be read safely ({error})") from error
    expected = expected_schema(version)
    if schema != expected:
        extra = sorted(set(schema) - set(expected))
        missing = sorted(set(expected) - set(schema))
        detail = "; ".join(
            part
            for part in (
                f"unexpected {', '.join(f'{t} {n}' for t, n, _ in extra)}" if extra else "",
                f"missing {', '.join(f'{t} {n}' for t, n, _ in missing)}" if missing else "",
            )
            if part
        )
        raise ForeignProjectRefused(original, f"its schema is not Workbench's ({detail})")


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        "SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    return [(str(t), str(n), " ".join(str(s).split())) for t, n, s in rows]


@cache
def expected_schema(version: int) -> list[tuple[str, str, str]]:
    """The schema a fresh project of ``version`` has, built now by our migrations."""
    if version not in ALEMBIC_REVISIONS:
        raise NotAProject(Path("?"), f"unknown schema version {version}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reference.wbproj"
        engine = create_engine(f"sqlite:///{path}")
        install_pragmas(engine)
        with engine.begin() as connection:
            upgrade(connection, version)
        engine.dispose()
        with closing(sqlite3.connect(path)) as connection:
            return _schema(connection)

"""Copies of a project made with SQLite's backup API, so they are consistent
even while the project is open and has pending WAL content."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path


def make_backup(project: Path, folder: Path, reason: str) -> Path:
    """Copy ``project`` into ``folder`` as ``<stem>-<UTC time>-<reason>.wbproj``.

    The source is opened read-only through a URI, so a backup never changes it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{project.stem}-{stamp}-{reason}{project.suffix}"
    partial = target.with_name(target.name + ".partial")
    source_uri = f"{project.resolve().as_uri()}?mode=ro"
    with (
        closing(sqlite3.connect(source_uri, uri=True)) as source,
        closing(sqlite3.connect(partial)) as copy,
    ):
        source.backup(copy)
    partial.replace(target)
    return target

"""Damage a project file as bit rot would, where every check must see it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

TABLES = ("records", "tags", "links")


def garble_table_roots(path: Path, tables: tuple[str, ...] = TABLES) -> None:
    """Flip the header bytes of the pages ``tables`` start on.

    Pages picked by their place in the file may be free ones, whose damage no
    check sees: how a file is laid out changes with the code that wrote it."""
    with closing(sqlite3.connect(path)) as connection:
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        marks = ", ".join("?" for _ in tables)
        roots = [
            row[0]
            for row in connection.execute(
                f"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
                tables,
            )
        ]
    data = bytearray(path.read_bytes())
    for root in roots:
        start = (root - 1) * page
        data[start : start + 12] = bytes(b ^ 0xA5 for b in data[start : start + 12])
    path.write_bytes(bytes(data))

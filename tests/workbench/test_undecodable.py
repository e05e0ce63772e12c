"""Finding stored text that is not UTF-8, table by table and column by column
(workbench.undecodable), whichever way another program stored the bytes."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench.undecodable import undecodable_fields


def _ids(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute(f"SELECT id FROM {table} ORDER BY id")]


def test_bad_bytes_stored_as_text_or_as_a_blob_are_found_once_each(tmp_path: Path) -> None:
    path = tmp_path / "small.wbproj"
    build_small_project(path, TickingClock()).close()
    first, second, *_ = _ids(path, "sources")
    tag = _ids(path, "tags")[0]
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(  # not UTF-8, stored as text
            "UPDATE sources SET title = CAST(x'ff41' AS TEXT) WHERE id = ?", (second,)
        )
        connection.execute("UPDATE sources SET notes = x'd0' WHERE id = ?", (first,))  # a blob
        connection.execute(  # a blob of good UTF-8: «Сөз»
            "UPDATE sources SET publisher = CAST('Сөз' AS BLOB) WHERE id = ?", (second,)
        )
        connection.execute("UPDATE tags SET description = 'Қазақ тілі — ok' WHERE id = ?", (tag,))
    with closing(sqlite3.connect(path)) as connection:
        found = list(undecodable_fields(connection))
        assert connection.text_factory is str  # given back as it was
    assert found == [
        ("source", uuid.UUID(second), "title"),
        ("source", uuid.UUID(first), "notes"),
    ]


def test_a_project_in_good_order_has_none(tmp_path: Path) -> None:
    path = tmp_path / "small.wbproj"
    build_small_project(path, TickingClock()).close()
    with closing(sqlite3.connect(path)) as connection:
        assert list(undecodable_fields(connection)) == []


_PIECES = st.sampled_from([b"a", "Қ".encode(), b"\xd2", b"\x9a", b"\xe2\x80", b"\x94", b"\xff"])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.lists(_PIECES, max_size=4), description=st.lists(_PIECES, max_size=4))
def test_values_checked_together_are_named_exactly_as_one_by_one(
    tmp_path: Path, name: list[bytes], description: list[bytes]
) -> None:
    """Cut sequences on either side of the join (Қ is d2 9a, — is e2 80 94) never
    make two bad values good, nor a good one bad."""
    path = tmp_path / "any.wbproj"
    if not path.exists():
        build_small_project(path, TickingClock()).close()
    tag = _ids(path, "tags")[0]
    stored = {"name": b"".join(name), "description": b"".join(description)}
    with closing(sqlite3.connect(path)) as connection, connection:
        for column, value in stored.items():
            connection.execute(
                f"UPDATE tags SET {column} = CAST(? AS TEXT) WHERE id = ?", (value, tag)
            )
        found = list(undecodable_fields(connection))
    expected = [("tag", uuid.UUID(tag), c) for c, v in stored.items() if not _decodes(v)]
    assert found == expected


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

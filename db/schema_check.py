"""Is a file's schema exactly the one Workbench creates? Object by object.

SQLite runs whatever a file's schema says: a trigger fires on our own
statements, a view answers where we expect a table, a virtual table calls the
module and tokenizer it names. So a file, ours or a colleague's, is trusted
only once every table, index, trigger, view and virtual table in it is one our
migrations create for its version, with the same definition, and none is
missing.

Reading ``sqlite_master`` runs nothing the file defines, so the check is safe
as the very first statement on a connection. It is fast: the schema is a few
dozen rows, compared through a digest recorded here for every version; only
when the digests differ (a file to refuse or to report) is the reference schema
built by running the migrations, to name each difference.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SchemaObject = tuple[str, str, str]
"""(type, name, definition with its whitespace normalised) of a ``sqlite_master`` row."""

SCHEMA_DIGESTS: dict[int, str] = {
    1: "35ec943d93775f338a4d2b09a59bade3c0c0ca3b46ec1cd2ad73cc27ab3537bd",
    2: "638a266f04191abe6d8f6fca643177acf47a0b4fa36153f4cd28dfc8b9bf924e",
    3: "6ae885d0f5773ac34e44450f5be948137bd7148584d79d6e3615c61ced2cfc97",
    4: "029a30501d1935a42f7f6757e4e30aea224f8750c4536d8633e68ee4f52e4cd1",
    5: "8f7449a675ed38099378468ac4341131530b8cbc0dbd1c493fea3dc7109852a7",
    6: "3a35437d88f9e8f70a33bb6f323f19234ac764451ed4cc41a04fc1e30791ed8b",
    7: "5f0dc26cc299b676e8ca339afa96b944cf4fcfbec391ec402b6078511129fa47",
    8: "16b49e416682f2324de5a1f9caa41a835df1810647a0323a9c300c667e6f97ba",
    9: "3b02017da9299d2550a2de069b6fb698d35aba5635f28ac412c1e2e28587cc65",
    10: "d8fc002c1ea5a49092c9773d11ad041d442030120410e0b270064b5214b95afb",
    11: "45b8f4aa5133e2b8b9517201ee2aeda6d785b9fb8c7faca5a0bfdd56e025c86b",
    12: "fe7080978f36a7958ae81091049dab358fe1e6898943c15383ad139630f40ba5",
}
"""The digest of the schema our migrations build, per schema version: lets an
open compare without running them. A test checks each against the migrations;
add one with every migration (``python -m db.schema_check`` prints them)."""


@dataclass(frozen=True)
class SchemaDifference:
    """One object where a file's schema is not ours."""

    type: str
    """What the file has, or lacks: "table", "virtual table", "index", "trigger", "view"."""
    name: str
    problem: str
    """"foreign" (not ours), "missing" (ours, absent), "altered" (ours, defined
    otherwise) or "replaced" (ours is of another type, e.g. a view for a table)."""
    ours: str = ""
    """The type Workbench has under that name, for "replaced"."""

    def describe(self) -> str:
        """The difference in a few words, naming the object."""
        what = f"{_a(self.type)} `{self.name}`"
        if self.problem == "foreign":
            return f"{what} that Workbench did not create"
        if self.problem == "missing":
            return f"no {self.type} `{self.name}`, which Workbench creates"
        if self.problem == "replaced":
            return f"{what} where Workbench has {_a(self.ours)}"
        return f"{what} defined otherwise than Workbench defines it"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def read_schema(connection: sqlite3.Connection) -> list[SchemaObject]:
    """The file's schema as it stands, in a stable order; runs nothing it defines."""
    rows = connection.execute(
        "SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    return [(str(t), str(n), " ".join(str(s).split())) for t, n, s in rows]


def schema_digest(schema: Sequence[SchemaObject]) -> str:
    hashed = hashlib.sha256()
    for row in schema:
        hashed.update("\x1f".join(row).encode("utf-8", errors="surrogatepass") + b"\x1e")
    return hashed.hexdigest()


def is_expected(schema: Sequence[SchemaObject], version: int) -> bool:
    """True when ``schema`` is exactly the one our migrations build for ``version``."""
    recorded = SCHEMA_DIGESTS.get(version)
    if recorded:
        return schema_digest(schema) == recorded
    return list(schema) == expected_schema(version)


def schema_differences(
    schema: Sequence[SchemaObject], version: int
) -> tuple[SchemaDifference, ...]:
    """Every object where ``schema`` differs from ours for ``version``; () when none."""
    if is_expected(schema, version):
        return ()
    return differences(schema, expected_schema(version))


def differences(
    schema: Sequence[SchemaObject], expected: Sequence[SchemaObject]
) -> tuple[SchemaDifference, ...]:
    """What is foreign, missing, altered or replaced in ``schema``, by name."""
    found = {name: (_type(t, sql), sql) for t, name, sql in schema}
    ours = {name: (_type(t, sql), sql) for t, name, sql in expected}
    result: list[SchemaDifference] = []
    for name in sorted(found.keys() | ours.keys()):
        theirs, mine = found.get(name), ours.get(name)
        if mine is None and theirs is not None:
            result.append(SchemaDifference(theirs[0], name, "foreign"))
        elif theirs is None and mine is not None:
            result.append(SchemaDifference(mine[0], name, "missing"))
        elif theirs is not None and mine is not None and theirs != mine:
            if theirs[0] != mine[0]:
                result.append(SchemaDifference(theirs[0], name, "replaced", mine[0]))
            else:
                result.append(SchemaDifference(theirs[0], name, "altered"))
    return tuple(sorted(result, key=lambda d: _MOST_TELLING_FIRST.index(d.problem)))


_MOST_TELLING_FIRST = ("replaced", "foreign", "altered", "missing")
"""The order differences are named in: a dropped index is the consequence, a view
planted in a table's place the cause."""


def _type(kind: str, sql: str) -> str:
    """A virtual table is a "table" to SQLite; to a reader it is what names a module."""
    if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE"):
        return "virtual table"
    return kind


@cache
def expected_schema(version: int) -> list[SchemaObject]:
    """The schema a fresh project of ``version`` has, built now by our migrations
    (a fraction of a second, plus loading Alembic: done only to name differences)."""
    from sqlalchemy import create_engine

    from db.schema import ALEMBIC_REVISIONS, upgrade
    from db.sqlite import install_pragmas

    if version not in ALEMBIC_REVISIONS:
        raise ValueError(f"unknown schema version {version}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reference.wbproj"
        engine = create_engine(f"sqlite:///{path}")
        install_pragmas(engine)
        with engine.begin() as connection:
            upgrade(connection, version)
        engine.dispose()
        with closing(sqlite3.connect(path)) as connection:
            return read_schema(connection)


def _print_digests() -> None:
    from db.schema import ALEMBIC_REVISIONS

    for version in sorted(ALEMBIC_REVISIONS):
        print(f'    {version}: "{schema_digest(expected_schema(version))}",')


if __name__ == "__main__":
    _print_digests()

"""Schema versions: the number users see, and the Alembic revision behind each.

The number is also written to the file header (``PRAGMA user_version``) so a
project's version can be read without opening it as a database, and a file
from a newer Workbench can be refused without being touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself is imported only where a migration runs: importing it costs
# about a quarter of a second, which every start of the app would pay.

ALEMBIC_REVISIONS: dict[int, str] = {
    1: "0001_initial",
    2: "0002_search_and_export_snapshot",
    3: "0003_record_translations",
    4: "0004_record_bases",
    5: "0005_local_export_log",
    6: "0006_date_precision",
    7: "0007_search_word_forms",
    8: "0008_wording_translation",
    9: "0009_citations",
    10: "0010_search_prefixes",
    11: "0011_imported_records",
    12: "0012_review_notes",
}
"""Schema version number -> Alembic revision id. Append one per migration."""

SCHEMA_VERSION = max(ALEMBIC_REVISIONS)
"""The schema this build of Workbench reads and writes."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration pointing at db/migrations, from a checkout or a wheel."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, version: int = SCHEMA_VERSION) -> None:
    """Migrate the connected database up to ``version`` (in the caller's transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection), ALEMBIC_REVISIONS[version])


def current_revision(connection: Connection) -> str | None:
    """The Alembic revision stamped in the file, read the way Alembic stores it."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if len(rows) == 1 else None


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()

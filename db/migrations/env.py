"""Alembic environment: migrations always run on a connection Workbench hands in."""

from __future__ import annotations

from typing import Any

from alembic import context

from db.models import Base
from db.search_index import SEARCH_TABLE

config = context.config


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """The FTS5 index and its shadow tables are SQLite's own, not part of the models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Workbench migrations run on a connection passed by db.schema")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

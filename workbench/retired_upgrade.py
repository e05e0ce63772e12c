"""Stored records brought up to date after the migration that retired a part of
their kind (:mod:`workbench.retired_parts` says why and how)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Record
from workbench.retired_parts import RETIRED_PARTS
from workbench.writer import Writer

RETIRED_IN_SCHEMA = 5
"""The schema version whose migration moved the export log out of submissions."""


def upgrade_stored(session: Session, migrated_from: int) -> int:
    """After the migration that retired them: give every record of a kind that lost a
    part, and whose revision no longer names its content, a new revision on top of
    its own (:meth:`Writer.revise_stale`). Nothing to do for a file that was at
    ``RETIRED_IN_SCHEMA`` already. Returns how many were revised."""
    if migrated_from >= RETIRED_IN_SCHEMA:
        return 0
    query = select(Record.id).where(Record.kind.in_(list(RETIRED_PARTS)))
    ids = list(session.scalars(query))
    return len(Writer(session, author="", now=datetime.now(UTC)).revise_stale(ids))

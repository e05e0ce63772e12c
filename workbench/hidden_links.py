"""Links to confidential records: left out of the revision hash.

A share may withhold confidential evidence and sources, and every link to them
(:mod:`workbench.confidential`). A colleague then holds the linking record
without those links. For both copies to agree on what a revision names, its
hash leaves those links out: the record as shipped (links stripped) and as
kept by its author (links whole) name the same revision, a colleague who never
held the confidential record reaches the same revision for the same edit, and
anyone can check a revision against the content they hold
(:func:`workbench.revisions.names_content`). Once the record is made public, the
records linking to it get new revisions that do cover the links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import sqlite
from workbench import kinds

_MODELS: list[Any] = [kinds.of(name).model for name in kinds.confidential_kinds()]
"""The models whose records may be confidential (evidence, sources)."""


def confidential_ids(session: Session) -> frozenset[str]:
    """Every record not public here, as text ids (few, in any project)."""
    return frozenset(
        str(record_id)
        for model in _MODELS
        for record_id in session.scalars(select(model.id).where(model.confidentiality != "public"))
    )


def confidential_among(session: Session, ids: Iterable[str]) -> frozenset[str]:
    """Those of ``ids`` (as stored: canonical text) that are records not public here.

    Looked up as text in one query per table: a merge asks about the targets of
    every link of ten thousand records, and a UUID made of each, in queries of
    a few hundred, cost a quarter of a second."""
    wanted = list(set(ids))
    connection = session.connection()
    return frozenset(
        record_id
        for model in _MODELS
        for record_id, confidentiality in sqlite.rows_with_ids(
            connection, model.__tablename__, ["id", "confidentiality"], wanted
        )
        if confidentiality != "public"
    )

"""What earlier imports of a document wrote: each record's revision as the import
gave it (``imported_records``), so importing a later version names the new
content after it.

Kept is the import's own revision, never the merged one a conflict resolution
made: the next version of the document descends from what the document said,
and a record someone edited since is then a conflict whose common ancestor is
that revision (whose content the merge kept), merged field by field.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.models import ImportedRecord
from workbench.revisions import names_content, next_ancestors, next_revision

History = tuple[str, list[str]]
"""A revision and its ancestors, newest first."""


def earlier_revisions(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, History]:
    """The revision an earlier import gave each of ``ids`` it wrote."""
    ids = list(ids)
    found: dict[uuid.UUID, History] = {}
    for start in range(0, len(ids), 500):
        query = select(
            ImportedRecord.record_id, ImportedRecord.revision, ImportedRecord.ancestors
        ).where(ImportedRecord.record_id.in_(ids[start : start + 500]))
        found.update((row[0], (row[1], list(row[2] or []))) for row in session.execute(query))
    return found


def next_history(earlier: History | None, content: Mapping[str, Any]) -> History:
    """The revision an import gives ``content``: after the one an earlier import
    gave the record (the same, if the content is what that one named)."""
    if earlier is None:
        return next_revision(None, content), []
    revision, ancestors = earlier
    if names_content(revision, ancestors, content):
        return revision, ancestors
    return next_revision(revision, content), next_ancestors(revision, ancestors)


def remember(session: Session, document: str, written: Mapping[uuid.UUID, History]) -> None:
    """Keep the revisions this import gave the records it wrote."""
    if not written:
        return
    ids = list(written)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(ImportedRecord).where(ImportedRecord.record_id.in_(chunk)))
    session.execute(
        insert(ImportedRecord),
        [
            {"record_id": i, "document": document, "revision": r, "ancestors": a}
            for i, (r, a) in written.items()
        ],
    )

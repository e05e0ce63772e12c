"""Common ancestors: the content a three-way merge compares both sides with
(:mod:`workbench.merge.three_way`).

When two colleagues both changed a record since they last exchanged it, the
revision they last shared is in both histories; its content tells which side
changed which field (:mod:`workbench.merge.three_way`). Edits keep no history
of content, so the contents a merge may need are kept where copies meet:

- what a merge received (their version) and what it made (the merged record);
- the starter library's records, which every project made from it shares.

At most :data:`MAX_BASES_PER_RECORD` per record, the newest generations kept;
a record deleted drops its own. A merge whose ancestor's content is not known
here (an old project, a record last exchanged more than a few merges ago)
asks as it always did: about every field the two versions disagree on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import Record, RecordBase
from workbench.revisions import generation

MAX_BASES_PER_RECORD = 4
"""Contents kept per record: enough for the last few exchanges with colleagues,
bounded so a project holds at most a few copies of each record."""

Known = Mapping[tuple[uuid.UUID, str], Mapping[str, Any]]
"""Contents by (record id, revision): what a document carries, for instance."""


def remember(
    session: Session, versions: Iterable[tuple[uuid.UUID, str, Mapping[str, Any]]]
) -> None:
    """Keep the content of each (record id, revision, content), then prune."""
    rows = [
        (str(record_id), revision, generation(revision), orjson.dumps(content).decode())
        for record_id, revision, content in versions
    ]
    if rows:
        # Straight to the driver: a merge of thousands of records adds as many rows,
        # and the ORM's statement building would cost more than the writing.
        session.connection().exec_driver_sql(_INSERT, rows)
        _prune(session)


_INSERT = (
    f"INSERT OR IGNORE INTO {RecordBase.__tablename__} "
    "(record_id, revision, generation, content) VALUES (?, ?, ?, ?)"
)


def _prune(session: Session) -> None:
    """Drop all but the newest :data:`MAX_BASES_PER_RECORD` of each record's contents.

    One pass over the table finds the records holding more (few: most hold one
    or two), so a merge of thousands of records pays no query per record."""
    crowded = (
        select(RecordBase.record_id)
        .group_by(RecordBase.record_id)
        .having(func.count() > MAX_BASES_PER_RECORD)
    )
    for record_id in list(session.scalars(crowded)):
        versions = session.execute(
            select(RecordBase.revision, RecordBase.generation).where(
                RecordBase.record_id == record_id
            )
        ).all()
        ordered = sorted(versions, key=lambda row: (row[1], row[0]), reverse=True)
        stale = [revision for revision, _number in ordered[MAX_BASES_PER_RECORD:]]
        session.execute(
            delete(RecordBase).where(
                RecordBase.record_id == record_id, RecordBase.revision.in_(stale)
            )
        )


def forget(session: Session, ids: Iterable[uuid.UUID]) -> None:
    """Drop the contents kept for records that are deleted."""
    ids = list(ids)
    if ids:
        session.execute(delete(RecordBase).where(RecordBase.record_id.in_(ids)))


def common_ancestor(
    ours: Sequence[str], theirs: Sequence[str], contents: Mapping[str, Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The content of the newest revision in both histories (each a revision and its
    ancestors), if it is known.

    Never an older shared revision in its place: both sides made the changes
    between the two, and compared with the older one whatever either side did
    after them looks like an edit against the other's (a tag both removed and one
    put back would be removed again). Without the newest, the merge asks."""
    shared = set(ours).intersection(theirs)
    if not shared:
        return None
    newest = max(shared, key=lambda r: (generation(r), r))
    return contents.get(newest)


def contents_of(
    session: Session, ids: Iterable[uuid.UUID], carried: Known | None = None
) -> dict[uuid.UUID, dict[str, Mapping[str, Any]]]:
    """Every content kept for the records ``ids``, by record and revision, with what
    ``carried`` adds (ours win: the same revision names the same content)."""
    ids = list(ids)
    found: dict[uuid.UUID, dict[str, Mapping[str, Any]]] = {i: {} for i in ids}
    for (record_id, revision), content in (carried or {}).items():
        if record_id in found:
            found[record_id][revision] = content
    if ids:
        statement = select(RecordBase.record_id, RecordBase.revision, RecordBase.content)
        for record_id, revision, text in session.execute(
            statement.where(RecordBase.record_id.in_(ids))
        ):
            found[record_id][revision] = json.loads(text)
    return found


# --- carried in a bundle -------------------------------------------------------------

CARRIED_KEY = "common_ancestors"
"""A bundle's list of ancestor contents, ``{"id", "revision", "content"}`` each:
for every record it holds, the newest content we kept of a revision in that
record's history, so a colleague who never kept it (they made the record, or
merged it long ago) can still merge against it. At most one per record."""


def carry(session: Session, document: dict[str, Any], sections: Iterable[str]) -> None:
    """Add to ``document`` the ancestor contents its records' merges may need. Links
    in them to records the document does not hold are left out, as a bundle
    without confidential records leaves them out of the records themselves."""
    items = {item["id"]: item for section in sections for item in document.get(section, [])}
    present = set(items) | {t["id"] for t in document.get("tombstones", [])}
    ancestors_of = {key: item["ancestors"] for key, item in items.items()}
    document[CARRIED_KEY] = carried_for(session, ancestors_of, present)


def carried_for(
    session: Session, ancestors_of: Mapping[str, Sequence[str]], present: set[str]
) -> list[dict[str, Any]]:
    """What :func:`carry` adds, for records given by id with their ancestors (a
    share gathering its records one at a time keeps only those), the document
    holding ``present`` (records and deletions)."""
    newest: dict[str, tuple[int, str, str]] = {}
    # Only contents of revisions the record has moved on from: a record unchanged
    # since it was last exchanged needs no ancestor carried (the record is it).
    statement = (
        select(RecordBase.record_id, RecordBase.revision, RecordBase.generation, RecordBase.content)
        .join(Record, Record.id == RecordBase.record_id)
        .where(Record.revision != RecordBase.revision)
    )
    rows = session.execute(statement)
    for record_id, revision, number, text in rows:
        key = str(record_id)
        known = ancestors_of.get(key)
        if known is None or revision not in known:
            continue
        if key not in newest or newest[key][0] < number:
            newest[key] = (number, revision, text)
    return [
        {"id": key, "revision": revision, "content": _visible(json.loads(text), present)}
        for key, (_number, revision, text) in sorted(newest.items())
    ]


def _visible(content: dict[str, Any], present: set[str]) -> dict[str, Any]:
    links = content.get("links")
    if isinstance(links, dict):
        content["links"] = {
            role: [t for t in targets if t in present] for role, targets in links.items()
        }
    return content


def carried(document: Any) -> dict[tuple[uuid.UUID, str], Mapping[str, Any]]:
    """The ancestor contents a document carries, by (record id, revision). Anything
    malformed is passed over: a carried content only ever serves as an ancestor, and
    without one the merge asks, as it always did."""
    found: dict[tuple[uuid.UUID, str], Mapping[str, Any]] = {}
    entries = document.get(CARRIED_KEY) if isinstance(document, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        identity, revision, content = entry.get("id"), entry.get("revision"), entry.get("content")
        if isinstance(identity, str) and isinstance(revision, str) and isinstance(content, dict):
            try:
                found[uuid.UUID(identity), revision] = content
            except ValueError:
                continue
    return found

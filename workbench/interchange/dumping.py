"""Dumping a project as an interchange document, in memory or streamed to a file."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import Record, Tombstone
from workbench import __version__, kinds
from workbench.interchange.format import FORMAT_NAME, FORMAT_VERSION
from workbench.interchange.plain_records import has_plain_rows, iter_plain_records
from workbench.kinds import SECTION_NAMES
from workbench.project import Project
from workbench.records import (
    content_dict,
    json_value,
    read_children,
    read_fields,
    read_links,
    read_links_many,
    record_batches,
)
from workbench.tempfiles import atomic_write


def record_json(
    session: Session,
    record: Record,
    links: Mapping[str, Sequence[uuid.UUID | str]] | None = None,
) -> dict[str, Any]:
    """One record as the document holds it: metadata, then its content (``links``
    when they were read already, see :func:`iter_records`)."""
    data: dict[str, Any] = {
        "id": str(record.id),
        "revision": record.revision,
        "ancestors": list(record.ancestors),
        "created_at": json_value(record.created_at),
        "updated_at": json_value(record.updated_at),
        "changed_by": record.changed_by,
    }
    if links is None:
        links = read_links(session, record)
    data.update(content_dict(read_fields(record), links, read_children(record)))
    return data


def tombstone_json(tombstone: Tombstone) -> dict[str, Any]:
    return {
        "id": str(tombstone.id),
        "kind": tombstone.kind,
        "revision": tombstone.revision,
        "ancestors": list(tombstone.ancestors),
        "deleted_at": json_value(tombstone.deleted_at),
        "changed_by": tombstone.changed_by,
    }


def header(project: Project, created_at: datetime) -> dict[str, Any]:
    identity = project.identity()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "project": {"id": str(identity.id), "name": identity.name},
        "app_version": __version__,
        "created_at": json_value(created_at),
    }


def records_json(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The records among ``ids`` the project holds, as :func:`record_json` gives them,
    read a batch of a kind at a time with their links and parts (a merge reads its
    conflicts this way: one record at a time cost a dozen queries each)."""
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in record_batches(session, list(ids)):
        links = read_links_many(session, chunk)
        found.update((r.id, record_json(session, r, links[r.id])) for r in chunk)
    return found


def iter_records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """Records of a kind in id order, read 500 at a time with their links and parts
    in a few queries per batch (not a few per record), so time and memory stay
    in proportion to the project. Kinds without parts are read as plain rows
    (:mod:`workbench.interchange.plain_records`: a third of the time)."""
    if has_plain_rows(kind):
        return iter_plain_records(session, kind)
    return iter_model_records(session, kind)


def iter_model_records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """:func:`iter_records` through the ORM, parts and all: for kinds with parts,
    and the reference the plain rows are held to."""
    entry = kinds.of(kind)
    model = entry.model
    statement = select(model).order_by(model.id)
    for part in entry.parts:
        statement = statement.options(selectinload(getattr(model, part.name)))
    for chunk in session.scalars(statement).yield_per(500).partitions():
        links = read_links_many(session, chunk)
        for record in chunk:
            yield record_json(session, record, links[record.id])


def iter_tombstones(session: Session) -> Iterator[dict[str, Any]]:
    """Every deletion as the document holds it, in id order."""
    for tombstone in session.scalars(select(Tombstone).order_by(Tombstone.id)):
        yield tombstone_json(tombstone)


def dump_document(project: Project) -> dict[str, Any]:
    """The whole project as one document (in memory; see :func:`dump` for files)."""
    document = header(project, project.clock())
    with project.reading() as session:
        for kind, section in SECTION_NAMES.items():
            document[section] = list(iter_records(session, kind))
        document["tombstones"] = list(iter_tombstones(session))
    return document


def dump(
    project: Project, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the whole project to ``target``, record by record, then move it into place.

    Records are streamed so memory stays flat however large the project; the
    temporary file means a failure never leaves half a document behind.
    ``progress`` is called with (records written, records in all).
    """
    with atomic_write(Path(target), "w") as out:
        _write_document(project, out, progress)


def _write_document(
    project: Project, out: IO[str], progress: Callable[[int, int], None] | None = None
) -> None:
    head = json.dumps(header(project, project.clock()), ensure_ascii=False, indent=1)
    out.write(head[:-2])  # reopen the header object to append the arrays
    with project.reading() as session:
        total = session.scalar(select(func.count()).select_from(Record)) or 0
        done = [0]
        for kind, section in SECTION_NAMES.items():
            items = iter_records(session, kind)
            _write_array(out, section, _reporting(items, progress, done, total))
        _write_array(out, "tombstones", iter_tombstones(session))
    out.write("\n}\n")


def _reporting(
    items: Iterator[dict[str, Any]],
    progress: Callable[[int, int], None] | None,
    done: list[int],
    total: int,
) -> Iterator[dict[str, Any]]:
    """The items, counted into ``done[0]`` and reported as they pass."""
    for item in items:
        yield item
        done[0] += 1
        if progress is not None:
            progress(done[0], total)


def _write_array(out: IO[str], name: str, items: Iterator[dict[str, Any]]) -> None:
    out.write(f',\n "{name}": [')
    number = -1
    for number, item in enumerate(items):
        out.write(",\n  " if number else "\n  ")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n ]" if number >= 0 else "]")

"""The interchange format: one JSON document holding a whole project or part of one.

It is the only format that crosses a machine boundary (starter library, dump
and load, share bundles, merges); see docs/interchange.md. Loading validates
the entire document before writing anything, then writes in one transaction:
a broken file changes nothing, and the message names the record and field.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload, with_polymorphic

from db import bulk, sqlite
from db.models import (
    RECORD_KINDS,
    ExportRecord,
    Link,
    ProposedWording,
    Recommendation,
    Record,
    Section,
    SectionItem,
    StatusChange,
    Submission,
    Tombstone,
)
from workbench import __version__, bilingual
from workbench.errors import InvalidField, WorkbenchError
from workbench.project import Project
from workbench.records import (
    coerce_field,
    content_dict,
    field_specs,
    json_value,
    link_roles,
    read_children,
    read_fields,
    read_links,
    read_links_many,
    text_limits,
)
from workbench.revisions import MAX_ANCESTORS
from workbench.search import index_fields, instrument_names
from workbench.tempfiles import atomic_write
from workbench.writer import Writer

FORMAT_NAME = "workbench-interchange"
FORMAT_VERSION = 1
MAX_DOCUMENT_BYTES = 2 * 1024**3
"""Refuse larger documents outright rather than exhausting memory."""

SECTION_NAMES: dict[str, str] = {
    "instrument": "instruments",
    "provision": "provisions",
    "critique": "critiques",
    "evidence": "evidence",
    "source": "sources",
    "recommendation": "recommendations",
    "submission": "submissions",
    "tag": "tags",
}
"""Record kind -> the document's array holding that kind."""

META_KEYS = ("id", "revision", "ancestors", "created_at", "updated_at", "changed_by")


class InterchangeError(WorkbenchError):
    """A document that cannot be loaded; ``where`` names the record and field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


# --- dumping -------------------------------------------------------------------


def record_json(
    session: Session,
    record: Record,
    links: Mapping[str, tuple[uuid.UUID, ...]] | None = None,
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


def iter_records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    """Records of a kind in id order, read 500 at a time with their links and parts
    in a few queries per batch (not a few per record), so time and memory stay
    in proportion to the project."""
    model = RECORD_KINDS[kind]
    statement = select(model).order_by(model.id)
    for part in _PARTS.get(kind, ()):
        statement = statement.options(selectinload(part))
    for chunk in session.scalars(statement).yield_per(500).partitions():
        links = read_links_many(session, chunk)
        for record in chunk:
            yield record_json(session, record, links[record.id])


_PARTS: dict[str, tuple[Any, ...]] = {
    "recommendation": (Recommendation.proposed_wordings, Recommendation.status_history),
    "submission": (Submission.sections, Submission.exports),
}


def dump_document(project: Project) -> dict[str, Any]:
    """The whole project as one document (in memory; see :func:`dump` for files)."""
    document = header(project, project.clock())
    with project.reading() as session:
        for kind, section in SECTION_NAMES.items():
            document[section] = list(iter_records(session, kind))
        document["tombstones"] = [
            tombstone_json(t) for t in session.scalars(select(Tombstone).order_by(Tombstone.id))
        ]
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
        tombstones = (
            tombstone_json(t) for t in session.scalars(select(Tombstone).order_by(Tombstone.id))
        )
        _write_array(out, "tombstones", tombstones)
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


# --- validating ----------------------------------------------------------------


@dataclass
class ParsedRecord:
    kind: str
    id: uuid.UUID
    meta: dict[str, Any]
    fields: dict[str, Any]
    links: dict[str, list[uuid.UUID]]
    children: dict[str, list[dict[str, Any]]]
    stored: dict[str, str] = field(default_factory=dict)
    """The times of ``meta`` the document gave exactly as the database stores them
    (UTC, microseconds), kept as given: the bulk write binds them as they are."""

    text_id: str = field(init=False)
    """The id as stored (canonical text), made once: a merge needs it several times."""

    def __post_init__(self) -> None:
        self.text_id = str(self.id)


@dataclass
class ParsedTombstone:
    id: uuid.UUID
    kind: str
    revision: str
    ancestors: list[str]
    deleted_at: datetime
    changed_by: str


@dataclass
class ParsedDocument:
    header: dict[str, Any]
    records: list[ParsedRecord] = field(default_factory=list)
    tombstones: list[ParsedTombstone] = field(default_factory=list)


def read_document(path: Path) -> Any:
    """Parse a file as JSON; anything unreadable becomes an InterchangeError."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error
    if size > MAX_DOCUMENT_BYTES:
        raise InterchangeError(str(path), f"is {size:,} bytes, over the limit of 2 GiB")
    try:
        with path.open("rb") as handle:
            data = handle.read()
        data.decode("utf-8")  # to name the fault in UTF-8 terms
        # orjson, unlike json, refuses a lone surrogate (``"\\ud800"``): text no
        # file, database or Word document can hold.
        return orjson.loads(data)
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InterchangeError(str(path), f"is not UTF-8 text ({error.reason})") from error
    except json.JSONDecodeError as error:  # orjson's error is one
        fault = error.msg
        if "surrogate" in fault:
            fault = "a text holds half of a UTF-16 character pair (an escape like \\ud800)"
        raise InterchangeError(
            str(path), f"is not valid JSON: {fault} at line {error.lineno}"
        ) from error
    except RecursionError as error:
        raise InterchangeError(str(path), "is nested too deeply to be a document") from error


def validate(document: Any, known_kinds: Mapping[uuid.UUID, str]) -> ParsedDocument:
    """Check everything, or raise InterchangeError naming the first fault.

    ``known_kinds`` are the records already in the target project: links may
    point to them as well as to records in the document.
    """
    if not isinstance(document, dict):
        raise InterchangeError("document", "must be a JSON object")
    _check_header(document)
    parsed = ParsedDocument(header={k: document[k] for k in ("format", "version")})
    seen: dict[uuid.UUID, str] = {}
    for kind, section in SECTION_NAMES.items():
        items = document.get(section, [])
        if not isinstance(items, list):
            raise InterchangeError(section, "must be an array")
        for index, item in enumerate(items):
            record = _parse_record(kind, f"{section}[{index}]", item)
            _check_unique(seen, record.id, f"{section}[{index}]")
            seen[record.id] = kind
            parsed.records.append(record)
    tombstones = document.get("tombstones", [])
    if not isinstance(tombstones, list):
        raise InterchangeError("tombstones", "must be an array")
    for index, item in enumerate(tombstones):
        tombstone = _parse_tombstone(f"tombstones[{index}]", item)
        _check_unique(seen, tombstone.id, f"tombstones[{index}]")
        parsed.tombstones.append(tombstone)
    kinds = _TargetKinds(seen, known_kinds, {t.id for t in parsed.tombstones})
    for record in parsed.records:
        _check_targets(record, kinds)
    return parsed


class _TargetKinds:
    """What a link may point to: the document's records, then the project's, less
    those the document deletes. Looked up, never copied (a project may be large)."""

    def __init__(
        self,
        document: Mapping[uuid.UUID, str],
        project: Mapping[uuid.UUID, str],
        deleted: set[uuid.UUID],
    ) -> None:
        self._document = document
        self._project = project
        self._deleted = deleted

    def get(self, target: uuid.UUID) -> str | None:
        found = self._document.get(target)
        if found is None and target not in self._deleted:
            found = self._project.get(target)
        return found


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT_NAME:
        raise InterchangeError(
            "header", f"format is {document.get('format')!r}, expected {FORMAT_NAME!r}"
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InterchangeError("header", f"version {version!r} is not a format version")
    if version > FORMAT_VERSION:
        raise InterchangeError(
            "header",
            f"the document uses interchange version {version}; this Workbench reads "
            f"versions up to {FORMAT_VERSION}. Update Workbench to load it.",
        )


def _check_unique(seen: Mapping[uuid.UUID, str], record_id: uuid.UUID, where: str) -> None:
    if record_id in seen:
        raise InterchangeError(where, f"id {record_id} appears more than once in the document")


def _uuid(value: Any, where: str) -> uuid.UUID:
    if not isinstance(value, str):
        raise InterchangeError(where, f"expected a UUID string, got {type(value).__name__}")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InterchangeError(where, f"{value[:60]!r} is not a UUID") from None


def _time(value: Any, where: str) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is not None:
                return parsed
    raise InterchangeError(where, f"expected an ISO 8601 time with its UTC offset, got {value!r}")


def _text(value: Any, where: str, limit: int = 2_000) -> str:
    if not isinstance(value, str):
        raise InterchangeError(where, f"expected text, got {type(value).__name__}")
    if len(value) > limit:
        raise InterchangeError(where, f"text of {len(value):,} characters exceeds {limit:,}")
    return value


def _revision_history(item: dict[str, Any], where: str) -> tuple[str, list[str]]:
    revision = _text(item.get("revision"), f"{where}.revision", 80)
    if not revision:
        raise InterchangeError(f"{where}.revision", "must not be empty")
    ancestors = item.get("ancestors", [])
    if not isinstance(ancestors, list):
        raise InterchangeError(f"{where}.ancestors", "must be an array of revisions")
    if len(ancestors) > MAX_ANCESTORS:  # ours keep as many; more would only bloat a record
        raise InterchangeError(
            f"{where}.ancestors",
            f"lists {len(ancestors):,} earlier revisions; at most {MAX_ANCESTORS} are kept",
        )
    return revision, [_text(a, f"{where}.ancestors", 80) for a in ancestors]


def _parse_record(kind: str, where: str, item: Any) -> ParsedRecord:
    if not isinstance(item, dict):
        raise InterchangeError(where, "must be an object")
    record_id = _uuid(item.get("id"), f"{where}.id")
    try:
        return _record(kind, record_id, item)
    except InterchangeError as error:
        raise InterchangeError(f"{where} (id {record_id}){error.where}", error.problem) from None


def _record(kind: str, record_id: uuid.UUID, item: dict[str, Any]) -> ParsedRecord:
    """The record ``item`` holds, checked. Faults are placed relative to the record
    (``.field``): :func:`_parse_record` names the record only when there is one, as
    naming it up front for every field took a fifth of the time of parsing."""
    revision, ancestors = _revision_history(item, "")
    created_at, updated_at = item.get("created_at"), item.get("updated_at")
    meta = {
        "revision": revision,
        "ancestors": ancestors,
        "created_at": _time(created_at, ".created_at"),
        "updated_at": _time(updated_at, ".updated_at"),
        "changed_by": _text(item.get("changed_by", ""), ".changed_by"),
    }
    stored = {
        name: value
        for name, value in (("created_at", created_at), ("updated_at", updated_at))
        if isinstance(value, str) and _STORED_TIME.fullmatch(value)
    }
    child_parsers = CHILD_PARSERS.get(kind, {})
    not_fields = _NOT_FIELDS[kind]
    limits = text_limits(kind)
    fields: dict[str, Any] = {}
    for name, value in item.items():
        if name in not_fields:
            continue
        limit = limits.get(name)
        if limit is not None and type(value) is str and len(value) <= limit:
            fields[name] = value  # all that coerce_field would check of it
            continue
        try:
            fields[name] = coerce_field(kind, name, value)
        except InvalidField as error:
            raise InterchangeError(f".{name}", error.problem) from None
    links = _parse_links(kind, "", item.get("links", {}))
    children = {
        name: _parse_children(f".{name}", item.get(name, []), parser)
        for name, parser in child_parsers.items()
    }
    return ParsedRecord(kind, record_id, meta, fields, links, children, stored)


_STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00")
"""A time written exactly as :class:`db.types.UTCDateTime` stores it (once it parses)."""


def _parse_links(kind: str, where: str, links: Any) -> dict[str, list[uuid.UUID]]:
    if not isinstance(links, dict):
        raise InterchangeError(f"{where}.links", "must be an object of link roles")
    roles = link_roles(kind)
    parsed: dict[str, list[uuid.UUID]] = {}
    for role, targets in links.items():
        here = f"{where}.links.{role}"
        if role not in roles:
            raise InterchangeError(here, f"a {kind} has no such link")
        if not isinstance(targets, list):
            raise InterchangeError(here, "must be an array of ids")
        ids = [_uuid(t, here) for t in targets]
        if len(set(ids)) != len(ids):
            raise InterchangeError(here, "links the same record twice")
        if not roles[role].many and len(ids) > 1:
            raise InterchangeError(here, "takes at most one record")
        parsed[role] = ids
    return parsed


def _check_targets(record: ParsedRecord, kinds: _TargetKinds) -> None:
    try:
        _check_record_targets(record, kinds)
    except InterchangeError as error:
        where = f"{SECTION_NAMES[record.kind]} (id {record.id})"
        raise InterchangeError(f"{where}{error.where}", error.problem) from None


def _check_record_targets(record: ParsedRecord, kinds: _TargetKinds) -> None:
    """Faults placed relative to the record, as in :func:`_record`."""
    roles = link_roles(record.kind)
    for role, targets in record.links.items():
        expected = roles[role].target_kind
        for target in targets:
            _check_target(kinds, target, expected, f".links.{role}")
    for wording in record.children.get("proposed_wordings", []):
        if wording["provision_id"] is not None:
            _check_target(kinds, wording["provision_id"], "provision", ".proposed_wordings")
    for section in record.children.get("sections", []):
        for target in section["recommendations"]:
            _check_target(kinds, target, "recommendation", ".sections")


def _check_target(kinds: _TargetKinds, target: uuid.UUID, kind: str, where: str) -> None:
    found = kinds.get(target)
    if found is None:
        raise InterchangeError(
            where, f"links to {target}, which is neither in the document nor the project"
        )
    if found != kind:
        raise InterchangeError(where, f"links to {target}, a {found}, where a {kind} is expected")


def _parse_children(where: str, items: Any, parser: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list):
        raise InterchangeError(where, "must be an array")
    parsed = []
    ids: set[uuid.UUID] = set()
    for index, item in enumerate(items):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            raise InterchangeError(here, "must be an object")
        child = parser(here, item)
        if child["id"] in ids:
            raise InterchangeError(here, f"id {child['id']} appears twice")
        ids.add(child["id"])
        parsed.append(child)
    return parsed


def _long(value: Any, where: str) -> str:
    return _text(value, where, field_specs("recommendation")["text"].max_length or 0)


def _parse_wording(where: str, item: dict[str, Any]) -> dict[str, Any]:
    provision = item.get("provision")
    return {
        "id": _uuid(item.get("id"), f"{where}.id"),
        "provision_id": None if provision is None else _uuid(provision, f"{where}.provision"),
        **{
            name: _long(item.get(name, ""), f"{where}.{name}")
            for name in ("current_wording", "proposed_wording", "justification")
        },
    }


def _parse_status(where: str, item: dict[str, Any]) -> dict[str, Any]:
    try:
        status = coerce_field("recommendation", "status", item.get("status"))
    except InvalidField as error:
        raise InterchangeError(f"{where}.status", error.problem) from None
    return {
        "id": _uuid(item.get("id"), f"{where}.id"),
        "status": status,
        "changed_at": _time(item.get("changed_at"), f"{where}.changed_at"),
        "author": _text(item.get("author", ""), f"{where}.author"),
        "note": _long(item.get("note", ""), f"{where}.note"),
    }


def _parse_section(where: str, item: dict[str, Any]) -> dict[str, Any]:
    recommendations = item.get("recommendations", [])
    if not isinstance(recommendations, list):
        raise InterchangeError(f"{where}.recommendations", "must be an array of ids")
    ids = [_uuid(r, f"{where}.recommendations") for r in recommendations]
    if len(set(ids)) != len(ids):
        raise InterchangeError(f"{where}.recommendations", "holds a recommendation twice")
    return {
        "id": _uuid(item.get("id"), f"{where}.id"),
        "title": _text(item.get("title", ""), f"{where}.title"),
        "introduction": _long(item.get("introduction", ""), f"{where}.introduction"),
        "recommendations": ids,
    }


def _parse_export(where: str, item: dict[str, Any]) -> dict[str, Any]:
    snapshot = item.get("snapshot", {})
    if not isinstance(snapshot, dict):
        raise InterchangeError(f"{where}.snapshot", "must be an object")
    return {
        "id": _uuid(item.get("id"), f"{where}.id"),
        "exported_at": _time(item.get("exported_at"), f"{where}.exported_at"),
        "author": _text(item.get("author", ""), f"{where}.author"),
        "path": _text(item.get("path", ""), f"{where}.path"),
        "sha256": _text(item.get("sha256", ""), f"{where}.sha256", 64),
        "snapshot": snapshot,
    }


CHILD_PARSERS: dict[str, dict[str, Any]] = {
    "recommendation": {"proposed_wordings": _parse_wording, "status_history": _parse_status},
    "submission": {"sections": _parse_section, "exports": _parse_export},
}

_NOT_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset([*META_KEYS, "links", *CHILD_PARSERS.get(kind, {})]) for kind in SECTION_NAMES
}
"""The keys of a record's item that are not fields, by kind."""


def _parse_tombstone(where: str, item: Any) -> ParsedTombstone:
    if not isinstance(item, dict):
        raise InterchangeError(where, "must be an object")
    tombstone_id = _uuid(item.get("id"), f"{where}.id")
    where = f"{where} (id {tombstone_id})"
    kind = item.get("kind")
    if kind not in RECORD_KINDS:
        raise InterchangeError(f"{where}.kind", f"{kind!r} is not a record kind")
    revision, ancestors = _revision_history(item, where)
    return ParsedTombstone(
        id=tombstone_id,
        kind=kind,
        revision=revision,
        ancestors=ancestors,
        deleted_at=_time(item.get("deleted_at"), f"{where}.deleted_at"),
        changed_by=_text(item.get("changed_by", ""), f"{where}.changed_by"),
    )


# --- loading -------------------------------------------------------------------


@dataclass(frozen=True)
class LoadReport:
    added: dict[str, int]
    updated: dict[str, int]
    deleted: dict[str, int]


def load(project: Project, source: Path | Mapping[str, Any]) -> LoadReport:
    """Upsert every record of a document by UUID, keeping its revision history.

    Validation covers the whole document first; then one transaction writes it.
    """
    document = read_document(source) if isinstance(source, Path) else source
    with project.reading() as session:
        known = {rid: kind for rid, kind in session.execute(select(Record.id, Record.kind))}
    parsed = validate(document, known)
    added = dict.fromkeys(RECORD_KINDS, 0)
    updated = dict.fromkeys(RECORD_KINDS, 0)
    deleted = dict.fromkeys(RECORD_KINDS, 0)
    with project.writing() as writer:
        for tombstone in parsed.tombstones:
            if apply_tombstone(writer, tombstone):
                deleted[tombstone.kind] += 1
        news = write_records(writer, parsed.records)
        for record in parsed.records:
            (added if news[record.id] else updated)[record.kind] += 1
    return LoadReport(added, updated, deleted)


def write_records(
    writer: Writer, records: Sequence[ParsedRecord], *, keep_revisions: bool = True
) -> dict[uuid.UUID, bool]:
    """Write validated records whole; True for each new one.

    They keep the revisions they carry, unless ``keep_revisions`` is False (a
    local change such as undoing a delete, which then gets a new revision).
    Every record's row goes in before any link, so links may point anywhere
    within the batch.
    """
    session = writer.session
    plain = [r for r in records if keep_revisions and r.kind not in CHILD_PARSERS]
    rest = [r for r in records if not (keep_revisions and r.kind not in CHILD_PARSERS)]
    names_before = instrument_names(session, [r.id for r in records if r.kind == "instrument"])
    old = _write_rows(writer, plain) if plain else set()
    existing = _existing(session, [record.id for record in rest])
    with session.no_autoflush:
        models = {record.id: _upsert_fields(writer, record, existing) for record in rest}
        session.flush()
        _replace_links(session, records, old | existing.keys())  # the records held already
        if plain:
            index_fields(session, [(r.id, r.kind, r.fields, _instrument(r)) for r in plain])
        for record in rest:
            _replace_children(session, models[record.id], record, record.id in existing)
            if keep_revisions:
                writer.keep_revision(record.id)
            else:
                writer.touch(record.id)
        session.flush()
    _reindex_provisions_of_renamed(writer, records, names_before)
    return {record.id: record.id not in existing and record.id not in old for record in records}


def _reindex_provisions_of_renamed(
    writer: Writer, records: Sequence[ParsedRecord], before: Mapping[uuid.UUID, tuple[str, str]]
) -> None:
    """Provisions are found by their instrument's names: refresh those of the
    instruments this write renamed (the provisions written here are indexed already)."""
    renamed = [
        r.id
        for r in records
        if r.id in before and before[r.id] != (r.fields.get("short_name"), r.fields.get("title"))
    ]
    written = {r.id for r in records}
    for start in range(0, len(renamed), _BATCH):
        owners = writer.session.scalars(
            select(Link.owner_id).where(
                Link.role == "instrument", Link.target_id.in_(renamed[start : start + _BATCH])
            )
        )
        for owner in owners:
            if owner not in written:
                writer.reindex(owner)


_BATCH = 500


def _replace_links(session: Session, records: Sequence[ParsedRecord], old: set[uuid.UUID]) -> None:
    """Give each record exactly its links; ``old`` records keep rows that already match
    (most records a merge updates changed a text, not their links)."""
    current = current_links(session, [r.text_id for r in records if r.id in old])
    changed = [r for r in records if r.id not in old or current.get(r.text_id, {}) != _owned(r)]
    stale = [r.id for r in changed if r.id in old]
    for start in range(0, len(stale), _BATCH):
        session.execute(delete(Link).where(Link.owner_id.in_(stale[start : start + _BATCH])))
    links = [
        {"owner_id": record.id, "role": role, "target_id": target, "position": position}
        for record in changed
        for role, targets in record.links.items()
        for position, target in enumerate(targets)
    ]
    bulk.insert_many(session.connection(), Link.__table__, links)  # type: ignore[arg-type]


def _owned(record: ParsedRecord) -> dict[str, list[str]]:
    """A record's links as :func:`current_links` reads them (targets as text)."""
    return {role: [str(t) for t in targets] for role, targets in record.links.items() if targets}


def current_links(session: Session, owners: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    """The links ``owners`` hold, ids as stored (text): turning a text into a UUID
    costs five times the reverse, and a merge compares every link it may rewrite."""
    found: dict[str, dict[str, list[str]]] = {}
    rows = sqlite.rows_with_ids(
        session.connection(),
        Link.__tablename__,
        ["owner_id", "role", "target_id"],
        owners,
        key="owner_id",
        order_by="owner_id, role, position",
    )
    for owner_id, role, target_id in rows:
        found.setdefault(owner_id, {}).setdefault(role, []).append(target_id)
    return found


def _write_rows(writer: Writer, records: Sequence[ParsedRecord]) -> set[uuid.UUID]:
    """Insert or update the rows of records without parts in bulk statements (no ORM
    objects: on a large merge they cost several times the writing itself).
    Returns the ids that existed already. Links and search entries are left to the caller."""
    session = writer.session
    session.flush()
    ids = {record.text_id: record.id for record in records}  # as stored: text
    found = sqlite.rows_with_ids(session.connection(), Record.__tablename__, ["id", "kind"], [*ids])
    old = {ids[text]: kind for text, kind in found}
    returning = [i for i in ids.values() if i not in old]
    for start in range(0, len(returning), _BATCH):  # records that come back: tombstones go
        session.execute(
            delete(Tombstone).where(Tombstone.id.in_(returning[start : start + _BATCH]))
        )
    by_kind: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for text, record in zip(ids, records, strict=True):
        kind = old.get(record.id)
        if kind is not None and kind != record.kind:
            raise InterchangeError(
                f"{SECTION_NAMES[record.kind]} (id {record.id})",
                f"the project already holds this id as a {kind}",
            )
        by_kind.setdefault((record.kind, kind is not None), []).append(_stored_row(text, record))
        writer.keep_revision(record.id, reindex=False)
    connection = session.connection()
    shared = Record.__table__
    for (kind, exists), rows in by_kind.items():
        own = RECORD_KINDS[kind].__table__
        for table in (shared, own):
            # Columns a record does not carry (none yet) keep their value or default;
            # the kind of a record already held is the same (checked above).
            names = [
                c.name for c in table.columns if c.name in rows[0] and (c.name, exists) != _KIND
            ]
            if exists:
                bulk.update_many(connection, table, rows, columns=names, stored=_STORED)  # type: ignore[arg-type]
            else:
                bulk.insert_many(connection, table, rows, columns=names, stored=_STORED)  # type: ignore[arg-type]
    # Objects loaded earlier in this session no longer match their rows.
    session.expire_all()
    return set(old)


_KIND = ("kind", True)
"""Left out of updates: an indexed column, never changed (rewriting it costs)."""

_STORED = ("id", "created_at", "updated_at", "ancestors", bilingual.FIELD)
"""The columns :func:`_stored_row` gives as the database keeps them."""


def _stored_row(text: str, record: ParsedRecord) -> dict[str, Any]:
    """A record's row for the bulk write: every field (a default for those it lacks),
    its metadata, and the :data:`_STORED` columns already in their stored form,
    made here once rather than converted per table by their column types."""
    # Validated fields are all the kind's own: laid over the defaults, every field has a value.
    row = {**_field_defaults(record.kind), **record.fields, **record.meta}
    row.update(id=text, kind=record.kind)
    row["created_at"] = record.stored.get("created_at") or _stored_time(row["created_at"])
    row["updated_at"] = record.stored.get("updated_at") or _stored_time(row["updated_at"])
    row["ancestors"] = _json_texts(row["ancestors"])
    translations = row[bilingual.FIELD]
    row[bilingual.FIELD] = "{}" if translations == {} else json.dumps(translations)
    return row


@functools.cache
def _field_defaults(kind: str) -> dict[str, Any]:
    return {name: spec.default for name, spec in field_specs(kind).items()}


def _stored_time(value: datetime) -> str:
    """A time as :class:`db.types.UTCDateTime` stores it."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _json_texts(values: Sequence[str]) -> str:
    """``json.dumps`` of a list of texts, character for character, at a fifth of its cost
    (the JSON column type would call it once per revision history)."""
    return "[" + ", ".join(map(encode_basestring_ascii, values)) + "]"


def _instrument(record: ParsedRecord) -> uuid.UUID | None:
    targets = record.links.get("instrument", [])
    return targets[0] if targets else None


def _existing(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Record]:
    """The records among ``ids`` that the project already has, loaded in batches;
    tombstones of the others are removed (they are coming back)."""
    found: dict[uuid.UUID, Record] = {}
    poly = with_polymorphic(Record, "*")
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        found.update((r.id, r) for r in session.scalars(select(poly).where(poly.id.in_(chunk))))
        session.execute(
            delete(Tombstone).where(Tombstone.id.in_([i for i in chunk if i not in found]))
        )
    return found


def record_from_data(item: Mapping[str, Any], kind: str) -> ParsedRecord:
    """Parse one record given as interchange JSON (used to restore deleted records)."""
    return _parse_record(kind, SECTION_NAMES[kind], dict(item))


def write_record(writer: Writer, parsed: ParsedRecord, *, keep_revision: bool = True) -> bool:
    """Write one validated record whole (fields, links, parts); True if it was new."""
    return write_records(writer, [parsed], keep_revisions=keep_revision)[parsed.id]


def apply_tombstone(writer: Writer, parsed: ParsedTombstone) -> bool:
    """Record a deletion; delete the record if the project has it (True then)."""
    session = writer.session
    existing = session.get(Record, parsed.id)
    if existing is not None:
        for (owner_id,) in session.execute(
            select(Link.owner_id).where(Link.target_id == parsed.id).distinct()
        ):
            writer.touch(owner_id)
        session.execute(delete(Link).where(Link.target_id == parsed.id))
        session.delete(existing)
        writer.reindex(parsed.id)
    tombstone = session.get(Tombstone, parsed.id) or Tombstone(id=parsed.id)
    tombstone.kind = parsed.kind
    tombstone.revision = parsed.revision
    tombstone.ancestors = parsed.ancestors
    tombstone.deleted_at = parsed.deleted_at
    tombstone.changed_by = parsed.changed_by
    session.add(tombstone)
    session.flush()
    return existing is not None


def _upsert_fields(
    writer: Writer, parsed: ParsedRecord, existing: Mapping[uuid.UUID, Record]
) -> Record:
    record = existing.get(parsed.id)
    if record is not None and record.kind != parsed.kind:
        raise InterchangeError(
            f"{SECTION_NAMES[parsed.kind]} (id {parsed.id})",
            f"the project already holds this id as a {record.kind}",
        )
    if record is None:
        record = RECORD_KINDS[parsed.kind](id=parsed.id)
    for name, spec in field_specs(parsed.kind).items():
        setattr(record, name, parsed.fields.get(name, spec.default))
    for name, value in parsed.meta.items():
        setattr(record, name, value)
    writer.session.add(record)
    return record


def _replace_children(session: Session, record: Record, parsed: ParsedRecord, old: bool) -> None:
    # Old parts go first, so a part kept under the same id is re-inserted cleanly.
    if isinstance(record, Recommendation):
        if old:
            record.proposed_wordings.clear()
            record.status_history.clear()
            session.flush()
        record.proposed_wordings = [
            ProposedWording(recommendation_id=record.id, position=i, **w)
            for i, w in enumerate(parsed.children["proposed_wordings"])
        ]
        record.status_history = [
            StatusChange(recommendation_id=record.id, position=i, **s)
            for i, s in enumerate(parsed.children["status_history"])
        ]
    elif isinstance(record, Submission):
        if old:
            record.sections.clear()
            record.exports.clear()
            session.flush()
        record.sections = [
            Section(
                id=s["id"],
                submission_id=record.id,
                position=i,
                title=s["title"],
                introduction=s["introduction"],
                items=[
                    SectionItem(section_id=s["id"], recommendation_id=r, position=j)
                    for j, r in enumerate(s["recommendations"])
                ],
            )
            for i, s in enumerate(parsed.children["sections"])
        ]
        record.exports = [
            ExportRecord(submission_id=record.id, **e) for e in parsed.children["exports"]
        ]

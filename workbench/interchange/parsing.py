"""Reading and validating an interchange document: everything is checked before
anything is written, and a fault names the record and field it is in."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import orjson

from db.models import LONG_TEXT_LIMIT, RECORD_KINDS
from db.types import STORED_TIME
from workbench import kinds as registry
from workbench.errors import InvalidField
from workbench.interchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    META_KEYS,
    InterchangeError,
    ParsedDocument,
    ParsedRecord,
    ParsedTombstone,
)
from workbench.kinds import LINKS, SECTION_NAMES, Part, PartReference
from workbench.records import (
    LATER_PART_FIELDS,
    FieldSpec,
    coerce_field,
    coerce_value,
    link_roles,
    part_field_specs,
    text_limits,
)
from workbench.retired_parts import upgraded_item
from workbench.revisions import MAX_ANCESTORS


def check_document_size(path: Path) -> None:
    """Refuse a file too large to be a document before reading any of it (read whole
    by ``merge``, streamed by ``load``: the same limit and words for both)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error
    if size > MAX_DOCUMENT_BYTES:
        raise InterchangeError(str(path), f"is {size:,} bytes, over the limit of 2 GiB")


def read_document(path: Path) -> Any:
    """Parse a file as JSON; anything unreadable becomes an InterchangeError."""
    check_document_size(path)
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
        raise InterchangeError(
            str(path),
            f"is not valid JSON: {json_fault(error.msg, text_near(error.doc, error.pos))} "
            f"at line {error.lineno}",
        ) from error
    except RecursionError as error:
        raise InterchangeError(str(path), "is nested too deeply to be a document") from error


def json_fault(message: str, near: str = "") -> str:
    """orjson's complaint in the words every reader of interchange JSON uses, so a
    file is refused alike by ``load`` (streamed) and ``merge`` (read whole).
    ``near`` is the text from one character before the fault (:func:`text_near`):
    orjson calls NaN and Infinity only an unexpected character."""
    if "surrogate" in message:
        return "a text holds half of a UTF-16 character pair (an escape like \\ud800)"
    if "infinity" in message:
        return "a number too large to hold"
    if near[1:].startswith("NaN"):
        return "NaN (not a number, which JSON does not allow)"
    if near[1:].startswith("Infinity"):
        return "Infinity (an infinite number, which JSON does not allow)"
    return message


def text_near(text: str, position: int) -> str:
    """The few characters :func:`json_fault` looks at around a fault at ``position``."""
    return text[max(position - 1, 0) : position + 9]


class KindsById(Protocol):
    """Record kinds looked up by id: a dict, or a reader of a project's rows that
    reads only the ids asked about (a merge into a large project)."""

    def get(self, key: uuid.UUID, /) -> str | None: ...


_NONE: KindsById = {}


def check_known_kind(
    record_id: uuid.UUID,
    kind: str,
    where: str,
    known_kinds: KindsById,
    deleted_kinds: KindsById = _NONE,
) -> None:
    """Refuse a record or deletion whose id the project holds as another kind, live
    (``known_kinds``) or deleted (``deleted_kinds``): an id names one record for
    good, so a tombstone of one kind never deletes another, nor stands for it."""
    held = known_kinds.get(record_id)
    what = f"a {held}"
    if held is None:
        held = deleted_kinds.get(record_id)
        what = f"a deleted {held}"
    if held is not None and held != kind:
        raise InterchangeError(
            f"{where} (id {record_id})", f"is a {kind}, but the project holds this id as {what}"
        )


def validate(
    document: Any,
    known_kinds: KindsById,
    deleted_kinds: KindsById = _NONE,
) -> ParsedDocument:
    """Check everything, or raise InterchangeError naming the first fault.

    ``known_kinds`` are the records already in the target project: links may
    point to them as well as to records in the document. ``deleted_kinds`` are
    the project's deletions (by id, the kind deleted): an id stays that kind's.
    """
    parsed = parse_document(document, known_kinds, deleted_kinds)
    check_document_targets(parsed, known_kinds)
    return parsed


def parse_document(
    document: Any,
    known_kinds: KindsById,
    deleted_kinds: KindsById = _NONE,
) -> ParsedDocument:
    """As :func:`validate`, but for where links point (:func:`check_document_targets`).

    Separate so that a caller that reads the project's kinds on demand (a merge
    into a large project) learns which records the links name
    (:func:`link_targets`) before they are checked; ``known_kinds`` here need
    only hold the document's own ids.
    """
    if not isinstance(document, dict):
        raise InterchangeError("document", "must be a JSON object")
    check_header(document)
    parsed = ParsedDocument(header={k: document[k] for k in ("format", "version")})
    seen = parsed.kinds
    for kind, section in SECTION_NAMES.items():
        items = document.get(section, [])
        if not isinstance(items, list):
            raise InterchangeError(section, "must be an array")
        for index, item in enumerate(items):
            item = items[index] = upgraded_item(kind, item)  # checked as upgraded, later too
            record = parse_record(kind, f"{section}[{index}]", item)
            check_unique(seen, record.id, f"{section}[{index}]")
            check_known_kind(record.id, kind, section, known_kinds, deleted_kinds)
            seen[record.id] = kind
            parsed.records.append(record)
    tombstones = document.get("tombstones", [])
    if not isinstance(tombstones, list):
        raise InterchangeError("tombstones", "must be an array")
    for index, item in enumerate(tombstones):
        tombstone = parse_tombstone(f"tombstones[{index}]", item)
        check_unique(seen, tombstone.id, f"tombstones[{index}]")
        check_known_kind(tombstone.id, tombstone.kind, "tombstones", known_kinds, deleted_kinds)
        parsed.tombstones.append(tombstone)
    return parsed


def check_document_targets(parsed: ParsedDocument, known_kinds: KindsById) -> None:
    """Refuse a parsed document's record that links to a record that will not exist
    (neither in the document nor in the project, or deleted by the document) or
    is of another kind."""
    kinds = TargetKinds(parsed.kinds, known_kinds, {t.id for t in parsed.tombstones})
    for record in parsed.records:
        check_targets(record, kinds)


class TargetKinds:
    """What a link may point to: the document's records, then the project's, less
    those the document deletes. Looked up, never copied (a project may be large)."""

    def __init__(
        self,
        document: Mapping[uuid.UUID, str],
        project: KindsById,
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


def check_header(document: dict[str, Any]) -> None:
    """Refuse a document that is not interchange, or of a version newer than ours."""
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


def check_unique(seen: Mapping[uuid.UUID, str], record_id: uuid.UUID, where: str) -> None:
    """Refuse an id given twice: an id names one record."""
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


def parse_record(kind: str, where: str, item: Any) -> ParsedRecord:
    """The record of ``kind`` that ``item`` holds, checked but for where its links
    point (:func:`check_targets`); ``where`` names it in a fault."""
    if not isinstance(item, dict):
        raise InterchangeError(where, "must be an object")
    record_id = _uuid(item.get("id"), f"{where}.id")
    try:
        return _record(kind, record_id, item)
    except InterchangeError as error:
        raise InterchangeError(f"{where} (id {record_id}){error.where}", error.problem) from None


def _record(kind: str, record_id: uuid.UUID, item: dict[str, Any]) -> ParsedRecord:
    """The record ``item`` holds, checked. Faults are placed relative to the record
    (``.field``): :func:`parse_record` names the record only when there is one, as
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
        if isinstance(value, str) and STORED_TIME.fullmatch(value)
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


def check_targets(record: ParsedRecord, kinds: TargetKinds) -> None:
    """Refuse a record pointing at a record that will not exist, or of another kind."""
    try:
        _check_record_targets(record, kinds)
    except InterchangeError as error:
        where = f"{SECTION_NAMES[record.kind]} (id {record.id})"
        raise InterchangeError(f"{where}{error.where}", error.problem) from None


def _check_record_targets(record: ParsedRecord, kinds: TargetKinds) -> None:
    """Faults placed relative to the record, as in :func:`_record`."""
    for target, expected, where in _targets(record):
        _check_target(kinds, target, expected, where)


def link_targets(records: Iterable[ParsedRecord]) -> set[uuid.UUID]:
    """Every record that ``records`` link to, by links or from their parts."""
    return {target for record in records for target, _, _ in _targets(record)}


def _targets(record: ParsedRecord) -> Iterator[tuple[uuid.UUID, str, str]]:
    """Each record ``record`` links to, with the kind it must be and where a fault is placed."""
    links = _LINK_TARGETS[record.kind]
    for role, targets in record.links.items():
        expected, where = links[role]
        for target in targets:
            yield target, expected, where
    for name, reference, expected, where in _PART_TARGETS[record.kind]:
        for item in record.children.get(name, ()):
            for target in reference.ids(item):
                yield target, expected, where


_LINK_TARGETS: dict[str, dict[str, tuple[str, str]]] = {
    kind.name: {p.role: (p.target_kind, f".{p.key}") for p in kind.pointers if p.part is None}
    for kind in registry.RECORD_KINDS.values()
}
"""Kind -> link role -> (the kind it must point at, where a fault is placed): the
registry's pointers, tabled once (every record of a document is checked)."""

_PART_TARGETS: dict[str, list[tuple[str, PartReference, str, str]]] = {
    kind.name: [
        (p.part.name, p.reference, p.target_kind, f".{p.key}")
        for p in kind.pointers
        if p.part is not None and p.reference is not None
    ]
    for kind in registry.RECORD_KINDS.values()
}
"""Kind -> (part, reference, the kind it must point at, where a fault is placed)."""


def _check_target(kinds: TargetKinds, target: uuid.UUID, kind: str, where: str) -> None:
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


PartParser = Callable[[str, dict[str, Any]], dict[str, Any]]
"""Validates one part (``where`` names it in a fault) into what the store writes."""

_Check = Callable[[dict[str, Any], str], Any]
"""Reads and checks one value of a part (the part, where it is) or raises."""


def _part_parser(kind: str, part: Part) -> PartParser:
    """The validation of a ``kind``'s ``part``, made once from the registry.

    Values are checked in the order faults have always been reported (a value
    checked whole, a choice or an object, then lists of references, the id, single
    references, the other values), and handed on in the part's own order: id,
    single references (under ``parsed_key``), values, lists of references."""
    specs = part_field_specs(part)
    early = [name for name in part.fields if specs[name].choices or specs[name].type is dict]
    late = [name for name in part.fields if name not in early]
    singles = [ref for ref in part.references if not ref.many]
    lists = [ref for ref in part.references if ref.many]
    checks: list[tuple[str, _Check]] = [
        *((name, _value_check(kind, specs[name])) for name in early),
        *((ref.key, _list_check(ref)) for ref in lists),
        ("id", _id_check),
        *((ref.parsed_key, _single_check(ref)) for ref in singles),
        *((name, _value_check(kind, specs[name])) for name in late),
    ]
    order = ["id", *(ref.parsed_key for ref in singles), *part.fields, *(r.key for r in lists)]

    def parse(where: str, item: dict[str, Any]) -> dict[str, Any]:
        values = {key: check(item, where) for key, check in checks}
        return {key: values[key] for key in order}

    return parse


def _id_check(item: dict[str, Any], where: str) -> uuid.UUID:
    return _uuid(item.get("id"), f"{where}.id")


def _value_check(kind: str, spec: FieldSpec) -> _Check:
    """A time, an object, one of a vocabulary, or text within the column's length."""
    name = spec.name
    if spec.type is datetime:
        if spec.nullable:  # a time not known (a Word comment without a date)
            return lambda item, where: _time_or_none(item.get(name), f"{where}.{name}")
        return lambda item, where: _time(item.get(name), f"{where}.{name}")
    if spec.type is list:
        return _objects_check(spec)
    if spec.type is dict:

        def parse_object(item: dict[str, Any], where: str) -> Any:
            value = item.get(name, {})
            if not isinstance(value, dict):
                raise InterchangeError(f"{where}.{name}", "must be an object")
            return value

        return parse_object
    if spec.choices:

        def parse_choice(item: dict[str, Any], where: str) -> Any:
            value = item.get(name, LATER_PART_FIELDS.get(name))  # left out at its default
            try:
                return coerce_value(kind, spec, value)
            except InvalidField as error:
                raise InterchangeError(f"{where}.{name}", error.problem) from None

        return parse_choice
    limit = spec.max_length or 0
    return lambda item, where: _text(item.get(name, ""), f"{where}.{name}", limit)


def _time_or_none(value: Any, where: str) -> datetime | None:
    return None if value is None else _time(value, where)


def _objects_check(spec: FieldSpec) -> _Check:
    """A list of objects holding only texts, under the keys ``spec.item_keys`` (a
    review note's replies): each key optional, each text within a long text's length."""
    name, keys = spec.name, frozenset(spec.item_keys)

    def parse_objects(item: dict[str, Any], where: str) -> list[dict[str, str]]:
        values = item.get(name, [])
        here = f"{where}.{name}"
        if not isinstance(values, list):
            raise InterchangeError(here, "must be an array")
        parsed = []
        for index, value in enumerate(values):
            if not isinstance(value, dict):
                raise InterchangeError(f"{here}[{index}]", "must be an object")
            unknown = sorted(set(value) - keys)
            if unknown:
                raise InterchangeError(f"{here}[{index}]", f"has no key {unknown[0]!r}")
            parsed.append(
                {
                    key: _text(text, f"{here}[{index}].{key}", LONG_TEXT_LIMIT)
                    for key, text in value.items()
                }
            )
        return parsed

    return parse_objects


def _single_check(reference: PartReference) -> _Check:
    """One record's id, or None."""
    key = reference.key

    def parse_reference(item: dict[str, Any], where: str) -> uuid.UUID | None:
        target = item.get(key)
        return None if target is None else _uuid(target, f"{where}.{key}")

    return parse_reference


def _list_check(reference: PartReference) -> _Check:
    """The ids of records, each at most once."""
    key = reference.key
    twice = f"holds a {reference.target_kind} twice"

    def parse_references(item: dict[str, Any], where: str) -> list[uuid.UUID]:
        targets = item.get(key, [])
        here = f"{where}.{key}"
        if not isinstance(targets, list):
            raise InterchangeError(here, "must be an array of ids")
        ids = [_uuid(target, here) for target in targets]
        if len(set(ids)) != len(ids):
            raise InterchangeError(here, twice)
        return ids

    return parse_references


CHILD_PARSERS: dict[str, dict[str, PartParser]] = {
    kind.name: {part.name: _part_parser(kind.name, part) for part in kind.parts}
    for kind in registry.RECORD_KINDS.values()
    if kind.parts
}
"""Each kind's parts' validation, by kind and part (kinds without parts absent)."""

_NOT_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset([*META_KEYS, LINKS, *registry.of(kind).part_names]) for kind in SECTION_NAMES
}
"""The keys of a record's item that are not fields, by kind."""


def parse_tombstone(where: str, item: Any) -> ParsedTombstone:
    """The deletion ``item`` holds, checked (``where`` names it in a fault)."""
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


def record_from_data(item: Mapping[str, Any], kind: str) -> ParsedRecord:
    """Parse one record given as interchange JSON (used to restore deleted records)."""
    return parse_record(kind, SECTION_NAMES[kind], upgraded_item(kind, dict(item)))

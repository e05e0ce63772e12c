"""One record per line: how a share bundle (version 2) lays out its interchange document.

The first line is the document with its record sections empty, and an index
of their records:
``{"document": {...}, "records": [[section, id, revision], ...]}``. Each
further line is one record's JSON, in the index's order (JSON escapes every
line break inside a string, so a record is always exactly one line).

Why: a merge compares the index with the project's own revisions and parses
only the lines of the records that differ. A colleague's bundle of 100,000
records in which 10,000 changed used to be parsed whole (a fifth of a
second holding the GIL, and every record as Python objects in memory) only
for nine records in ten to be found identical to ours.

The index is trusted only as far as it can be without reading a line: a
record skipped because its index entry names a revision we hold needs
nothing from the line (ours is that revision), and a line that is parsed
must agree with its entry, or the bundle is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import orjson

from workbench.interchange.format import SECTION_NAMES, InterchangeError

DOCUMENT_KEY = "document"
INDEX_KEY = "records"
_SECTIONS = frozenset(SECTION_NAMES.values())


class UnparsedRecord(NamedTuple):
    """A record of a bundle whose index entry was read but whose line was not (a
    named tuple: a bundle makes 100,000 of them, and a tuple is made fastest)."""

    id: str
    revision: str
    line: bytes

    def parsed(self, where: str) -> dict[str, Any]:
        """The record's JSON, refused unless it is what the index said it is."""
        try:
            item = orjson.loads(self.line)
        except orjson.JSONDecodeError as error:
            raise InterchangeError(where, f"is not readable JSON ({error})") from error
        if (
            not isinstance(item, dict)
            or item.get("id") != self.id
            or item.get("revision") != self.revision
        ):
            raise InterchangeError(where, "does not match the bundle's index of its records")
        return item


def to_lines(document: dict[str, Any]) -> bytes:
    """The document as the index line and one line per record (UTF-8)."""
    items = [
        (section, item)
        for section in SECTION_NAMES.values()
        if section in document
        for item in document[section]
    ]
    index = [[section, item["id"], item["revision"]] for section, item in items]
    return b"\n".join([head_line(document, index), *(record_line(item) for _s, item in items)])


def head_line(document: Mapping[str, Any], index: Sequence[Sequence[str]]) -> bytes:
    """The first line: ``document`` with its record sections emptied (it reads
    back with the same keys), and the index of the records that follow."""
    rest = {key: [] if key in _SECTIONS else value for key, value in document.items()}
    return orjson.dumps({DOCUMENT_KEY: rest, INDEX_KEY: index}, option=orjson.OPT_NON_STR_KEYS)


def record_line(item: Mapping[str, Any]) -> bytes:
    """One record's line (orjson escapes every line break inside a string)."""
    return orjson.dumps(item, option=orjson.OPT_NON_STR_KEYS)


def from_lines(payload: bytes, *, lazy: bool) -> dict[str, Any]:
    """The interchange document, its records parsed, or left as
    :class:`UnparsedRecord` when ``lazy`` (for a merge, which parses those it needs).
    Raises InterchangeError naming what does not hold together."""
    lines = payload.split(b"\n")  # split once: partitioning first copied the records
    document, index = _head(lines[0])
    lines = [] if len(lines) == 2 and not lines[1] else lines[1:]  # "head\n": no records
    if len(lines) != len(index):
        raise InterchangeError("bundle", f"indexes {len(index):,} records but holds {len(lines):,}")
    if not all(map(_is_entry, index)):
        number = next(n for n, entry in enumerate(index) if not _is_entry(entry))
        raise InterchangeError(f"bundle index [{number}]", "is not [section, id, revision]")
    for (section, identity, revision), line in zip(index, lines, strict=True):
        record = UnparsedRecord(identity, revision, line)
        items = document.setdefault(section, [])
        items.append(record if lazy else record.parsed(f"{section}[{len(items)}]"))
    return document


def _is_entry(entry: Any) -> bool:
    """Whether an index entry is [section, id, revision]."""
    return (
        type(entry) is list
        and len(entry) == 3
        and entry[0] in _SECTIONS
        and type(entry[1]) is str
        and type(entry[2]) is str
    )


def _head(line: bytes) -> tuple[dict[str, Any], list[Any]]:
    """The document without its records, and the index (entries checked as they are used)."""
    try:
        head = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        raise InterchangeError("bundle", f"has an unreadable index of records ({error})") from error
    document = head.get(DOCUMENT_KEY) if isinstance(head, dict) else None
    index = head.get(INDEX_KEY) if isinstance(head, dict) else None
    if not isinstance(document, dict) or not isinstance(index, list):
        raise InterchangeError("bundle", "has no index of its records")
    if any(document[section] != [] for section in _SECTIONS & document.keys()):
        raise InterchangeError("bundle", "holds records outside its index")
    return document, index

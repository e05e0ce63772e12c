"""The interchange format's vocabulary: its name and version, the sections a
document holds, the error a broken document raises, and the shapes a validated
document is parsed into (what :mod:`workbench.store` writes)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workbench import kinds
from workbench.errors import WorkbenchError

FORMAT_NAME = "workbench-interchange"
FORMAT_VERSION = 1
MAX_DOCUMENT_BYTES = 2 * 1024**3
"""Refuse larger documents outright rather than exhausting memory."""

SECTION_NAMES = kinds.SECTION_NAMES
"""Record kind -> the document's array holding that kind (the registry's, in its order)."""

META_KEYS = ("id", "revision", "ancestors", "created_at", "updated_at", "changed_by")


class InterchangeError(WorkbenchError):
    """A document that cannot be loaded; ``where`` names the record and field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)
        self.where = where
        self.problem = problem


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
    kinds: dict[uuid.UUID, str] = field(default_factory=dict)
    """The kind of each of the document's records, by id."""

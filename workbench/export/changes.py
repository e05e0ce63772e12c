"""What changed in a submission since it was last exported (and sent).

Compares the snapshot stored with the last export record to the snapshot the
submission would give now: recommendations added, removed, moved or edited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workbench.composition import Composition
from workbench.export import snapshot
from workbench.export.plan import build_plan
from workbench.project import Project
from workbench.record_cache import RecordCache


@dataclass(frozen=True)
class ExportChanges:
    last_exported_at: datetime | None
    """None when the submission was never exported (everything is new)."""
    added: tuple[str, ...]
    removed: tuple[str, ...]
    moved: tuple[str, ...]
    edited: tuple[str, ...]
    """Titles of the recommendations concerned (as they read now, or last time if removed)."""

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.edited)


def changes_since_last_export(
    project: Project, submission_id: uuid.UUID, kept: RecordCache | None = None
) -> ExportChanges:
    """Against the last export made on this machine (the log is local). ``kept``:
    records read before, read again only where changed."""
    exports = Composition(project).export_log(submission_id)
    now = snapshot(build_plan(project, submission_id, kept=kept))
    if not exports:
        return ExportChanges(None, tuple(_titles(now)), (), (), ())
    last = exports[-1]
    before = _entries(last.snapshot)
    after = _entries(now)
    order_before = [i for i in before if i in after]
    order_after = [i for i in after if i in before]
    return ExportChanges(
        last_exported_at=last.exported_at,
        added=tuple(after[i]["title"] for i in after if i not in before),
        removed=tuple(before[i]["title"] for i in before if i not in after),
        moved=tuple(
            after[i]["title"]
            for i in order_after
            if order_before.index(i) != order_after.index(i)
            or before[i]["section"] != after[i]["section"]
        ),
        edited=tuple(
            after[i]["title"]
            for i in after
            if i in before
            and (before[i]["text_sha256"], before[i]["title"])
            != (after[i]["text_sha256"], after[i]["title"])
        ),
    )


def _entries(snap: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        rec["id"]: {**rec, "section": section["title"]}
        for section in snap.get("sections", [])
        for rec in section.get("recommendations", [])
    }


def _titles(snap: dict[str, Any]) -> list[str]:
    return [entry["title"] for entry in _entries(snap).values()]

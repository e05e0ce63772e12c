"""Documents edited the way a test edits them, at the revisions Workbench would give."""

from __future__ import annotations

from typing import Any

from workbench.interchange import SECTION_NAMES, parse_record
from workbench.revision_check import parsed_content
from workbench.revisions import MAX_ANCESTORS, next_revision


def revised(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """``item`` (edited in place) at a new revision on top of the one it had, naming
    its content as it is now: what the app would have written for the same edit."""
    record = parse_record(kind, SECTION_NAMES[kind], item)
    parent = item["revision"]
    item["ancestors"] = [parent, *item.get("ancestors", [])][:MAX_ANCESTORS]
    item["revision"] = next_revision(parent, parsed_content(record))
    return item

"""Parts a kind of record no longer has, and the records made while it had them.

A submission once held its export log as a part (``exports``), so each export
changed its content and revision, and each share carried the paths exported
to. The log is now local to the machine (``db.models.ExportLogEntry``), and a
submission's content no longer names it. A revision made before hashes the old
content, so such a record, stored or arriving in a dump or share, is brought
up to date the same way everywhere: the retired part dropped, and a new
revision on top of the old, made from that parent and the content left.
As a revision hashes nothing else, every copy of one record reaches the same
new revision, and two colleagues' upgraded copies still merge as equal.

An arriving record is given the new revision only if its revision named its
content with the retired part: one altered by hand keeps its mismatch, which
the checks then report as before (``workbench.revision_check``). A stored one
is upgraded just after the migration that moved the part's rows away, so by
then it cannot be told apart from one altered by hand before the upgrade:
every record of the kind whose revision does not name its content is revised.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.revisions import MAX_ANCESTORS, names_content, next_revision

RETIRED_PARTS: Mapping[str, tuple[str, ...]] = {"submission": ("exports",)}
"""Per kind, the parts it had in earlier versions of Workbench."""

META_KEYS = frozenset(("id", "revision", "ancestors", "created_at", "updated_at", "changed_by"))
"""An item's keys that are not content (as ``workbench.interchange.format`` has them)."""


def upgraded_item(kind: str, item: Any) -> Any:
    """``item`` (a record of ``kind`` as a document gives it) without the parts its
    kind retired, under a new revision on top of its own when that revision named
    the content with them; any other item as it is."""
    retired = RETIRED_PARTS.get(kind, ())
    if not isinstance(item, dict) or not any(name in item for name in retired):
        return item
    upgraded = {key: value for key, value in item.items() if key not in retired}
    revision, ancestors = item.get("revision"), item.get("ancestors", [])
    if not isinstance(revision, str) or not isinstance(ancestors, list):
        return upgraded  # the parser names what is wrong with them
    content = {key: value for key, value in item.items() if key not in META_KEYS}
    if names_content(revision, ancestors, content, frozenset()):
        kept = {key: value for key, value in content.items() if key not in retired}
        upgraded["revision"] = next_revision(revision, kept)
        upgraded["ancestors"] = [revision, *ancestors][:MAX_ANCESTORS]
    return upgraded

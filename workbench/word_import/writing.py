"""The interchange document an import writes: the rows the user kept, their links
resolved to ids, each with the revision the app gives its content.

Written through the merge (:mod:`workbench.merge`): one transaction after a
verified backup, undone in one step, and an import of the same document again
meets records at the same revisions, which a merge leaves alone. Each record
is first parsed as interchange parses it, so its revision hashes the content
it will be stored as (every field, defaults included) and the merge's check
that a revision names its content holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from workbench import interchange
from workbench.export.citations import rekeyed
from workbench.kinds import SECTION_NAMES
from workbench.revision_check import parsed_content
from workbench.word_import.lineage import History, next_history
from workbench.word_import.proposal import Proposal, ProposedRecord


def import_document(
    proposal: Proposal,
    author: str,
    earlier: Mapping[uuid.UUID, History] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The kept rows as an interchange document (links to dropped rows left out,
    links to rows merged into the library's records pointed at those), each
    revision after the one an ``earlier`` import gave the record (:mod:`.lineage`)."""
    stamp = (now or datetime.now(UTC)).isoformat(timespec="microseconds")
    targets = _targets(proposal)
    recommendations = {row.key for row in proposal.records if row.kind == "recommendation"}
    keys = _citation_keys(proposal)
    document: dict[str, Any] = {
        "format": interchange.FORMAT_NAME,
        "version": interchange.FORMAT_VERSION,
    }
    for section in SECTION_NAMES.values():
        document[section] = []
    for row in proposal.records:
        if not row.include or row.same_as is not None:
            continue
        meta = {"created_at": stamp, "updated_at": stamp, "changed_by": author}
        item = {**_item(row, targets, keys, recommendations), **meta}
        content = parsed_content(interchange.parse_record(row.kind, row.key, item))
        revision, ancestors = next_history((earlier or {}).get(row.id), content)
        history = {"id": str(row.id), "revision": revision, "ancestors": ancestors}
        document[SECTION_NAMES[row.kind]].append({**history, **meta, **content})
    return document


def _targets(proposal: Proposal) -> dict[str, str | None]:
    """Each row's key -> the id its links resolve to (None: nowhere, it is dropped)."""
    found: dict[str, str | None] = {}
    for row in proposal.records:
        if row.same_as is not None:
            found[row.key] = str(row.same_as.id)
        else:
            found[row.key] = str(row.id) if row.include else None
    return found


def _citation_keys(proposal: Proposal) -> dict[str, str]:
    """Proposed source keys -> the keys of the library's sources they were merged into."""
    return {
        str(row.fields["key"]): row.same_as.key
        for row in proposal.records
        if row.kind == "source" and row.same_as is not None and row.same_as.key
    }


def _item(
    row: ProposedRecord,
    targets: Mapping[str, str | None],
    keys: Mapping[str, str],
    recommendations: set[str],
) -> dict[str, Any]:
    fields = {name: _cited(value, keys) for name, value in row.fields.items()}
    links = {role: _resolved(refs, targets) for role, refs in row.links.items()}
    parts = {
        name: [_part(part, targets, keys, recommendations) for part in items]
        for name, items in row.parts.items()
    }
    return {
        "id": str(row.id),
        "revision": "1-0",
        "ancestors": [],
        **fields,
        "links": links,
        **parts,
    }


def _part(
    part: Mapping[str, Any],
    targets: Mapping[str, str | None],
    keys: Mapping[str, str],
    recommendations: set[str],
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in part.items():
        if name == "provision":
            found[name] = targets.get(value, value) if value else None
        elif name == "recommendations":  # those still recommendations, not given another kind
            found[name] = _resolved([r for r in value if r in recommendations], targets)
        else:
            found[name] = _cited(value, keys)
    return found


def _resolved(references: list[str], targets: Mapping[str, str | None]) -> list[str]:
    """Keys of rows as their ids, ids of the library's records as they are; links
    to dropped rows left out."""
    found = (targets.get(ref, ref) for ref in references)
    return list(dict.fromkeys(target for target in found if target is not None))


def _cited(value: Any, keys: Mapping[str, str]) -> Any:
    """Citations of a source merged into the library's cite that source's key."""
    if not keys or not isinstance(value, str) or "@" not in value:
        return value
    return rekeyed(value, keys)

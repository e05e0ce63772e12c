"""Confidential records in shares: what stays out, and what that means for a merge.

Evidence and sources that are not public (a witness account, an unpublished
letter) stay out of a share unless the sender includes them; so do the links
to them. A share made that way says so in its header, because a link it lacks
is then not a link its sender removed: the receiver keeps its links to what
the share withheld (``workbench.merge.withheld.keep_links_to_withheld``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import kinds
from workbench.kinds import SECTION_NAMES
from workbench.revision_check import item_content, item_names_its_content
from workbench.revisions import MAX_ANCESTORS, next_revision
from workbench.store import current_links

WITHHELD = "confidential_withheld"
"""Header key of a document that left confidential records out (value ``true``)."""

_KINDS: dict[str, Any] = {name: kinds.of(name).model for name in kinds.confidential_kinds()}
"""The kinds whose records may be confidential (evidence, sources), with their models."""


def without_confidential(document: dict[str, Any]) -> dict[str, Any]:
    """The document less non-public evidence and sources, and every link to them."""
    withheld = {
        record["id"]
        for kind in _KINDS
        for record in document.get(SECTION_NAMES[kind], [])
        if record.get("confidentiality", "public") != "public"
    }
    if not withheld:
        return document  # whole: nothing of it is unknown to the receiver
    result = {**document, WITHHELD: True}
    for section in SECTION_NAMES.values():
        if section not in document:
            continue
        kept = []
        for record in document[section]:
            if record["id"] in withheld:
                continue
            kept.append(without_withheld_links(record, frozenset(withheld)))
        result[section] = kept
    return result


def without_withheld_links(record: dict[str, Any], withheld: frozenset[str]) -> dict[str, Any]:
    """``record`` less its links to ``withheld`` records, still matching its revision.

    Revisions leave links to confidential records out of their hash
    (:mod:`workbench.hidden_links`), so a record stays whole as shipped. One whose
    revision was made before that rule, and so covers those links, is shipped with
    a new revision on top (the receiver could not check it otherwise); when the
    sender takes it back, links given back, it names the same content."""
    links = record.get("links", {})
    visible = {role: [t for t in targets if t not in withheld] for role, targets in links.items()}
    if visible == links:
        return record
    before = record
    record = {**record, "links": visible}
    if item_names_its_content(record, frozenset()) or not item_names_its_content(before, withheld):
        return record  # matches as it is; or never matched, and the receiver will say so
    record["ancestors"] = [before["revision"], *before.get("ancestors", [])][:MAX_ANCESTORS]
    record["revision"] = next_revision(before["revision"], item_content(record))
    return record


def confidential_ids(session: Session) -> set[uuid.UUID]:
    """The evidence and sources that are not public (few, in any project)."""
    return {
        record_id
        for model in _KINDS.values()
        for record_id in session.scalars(select(model.id).where(model.confidentiality != "public"))
    }


def links_to_withholdable(
    session: Session, owners: Sequence[str]
) -> dict[str, dict[str, list[str]]]:
    """The links ``owners`` hold here to evidence and sources (what a share may
    withhold), by owner and role, each role's targets in order; ids as stored (text)."""
    found: dict[str, dict[str, list[str]]] = {}
    for owner, roles in current_links(session, owners).items():
        withholdable = {role: targets for role, targets in roles.items() if role in _ROLES}
        if withholdable:
            found[owner] = withholdable
    return found


_ROLES = frozenset(
    pointer.role for kind in _KINDS for pointer in kinds.pointers_to(kind) if pointer.part is None
)
"""The link roles that point at evidence or sources."""

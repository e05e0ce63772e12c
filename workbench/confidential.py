"""Confidential records in shares: what stays out, and what that means for a merge.

Evidence and sources that are not public (a witness account, an unpublished
letter) stay out of a share unless the sender includes them; so do the links
to them. A share made that way says so in its header, because a link it lacks
is then not a link its sender removed: the receiver keeps its own links to
its own confidential records (see :func:`workbench.merge` ``_write``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Evidence, Link, Source
from workbench.interchange import SECTION_NAMES

WITHHELD = "confidential_withheld"
"""Header key of a document that left confidential records out (value ``true``)."""

_KINDS: dict[str, type[Evidence] | type[Source]] = {"evidence": Evidence, "sources": Source}


def without_confidential(document: dict[str, Any]) -> dict[str, Any]:
    """The document less non-public evidence and sources, and every link to them."""
    withheld = {
        record["id"]
        for section in _KINDS
        for record in document.get(section, [])
        if record.get("confidentiality", "public") != "public"
    }
    result = {**document, WITHHELD: True}
    for section in SECTION_NAMES.values():
        if section not in document:
            continue
        kept = []
        for record in document[section]:
            if record["id"] in withheld:
                continue
            record = dict(record)
            record["links"] = {
                role: [t for t in targets if t not in withheld]
                for role, targets in record.get("links", {}).items()
            }
            kept.append(record)
        result[section] = kept
    return result


@dataclass
class RoleLinks:
    """One link role of one record: its targets in order, and which are confidential."""

    targets: list[uuid.UUID] = field(default_factory=list)
    confidential: set[uuid.UUID] = field(default_factory=set)


def confidential_links(
    session: Session, owners: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, RoleLinks]]:
    """For those of ``owners`` that link to a confidential record here: each such
    role's targets, in order, and which of them are confidential.

    Confidential records are few, so they are found first and the links to them
    read by target; the owners' other links are read only for the roles concerned."""
    secret = [
        record_id
        for model in _KINDS.values()
        for record_id in session.scalars(select(model.id).where(model.confidentiality != "public"))
    ]
    wanted = set(owners)
    found: dict[uuid.UUID, dict[str, RoleLinks]] = {}
    for chunk in _chunks(secret):
        query = select(Link.owner_id, Link.role, Link.target_id).where(Link.target_id.in_(chunk))
        for owner, role, target in session.execute(query):
            if owner in wanted:
                found.setdefault(owner, {}).setdefault(role, RoleLinks()).confidential.add(target)
    for chunk in _chunks(list(found)):
        query = (
            select(Link.owner_id, Link.role, Link.target_id)
            .where(Link.owner_id.in_(chunk))
            .order_by(Link.owner_id, Link.role, Link.position)
        )
        for owner, role, target in session.execute(query):
            if role in found[owner]:
                found[owner][role].targets.append(target)
    return found


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]

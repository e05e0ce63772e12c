"""Repairing a colleague's records that a share stripped of confidential links.

A share may leave confidential evidence and sources out, and every link to
them with them. Their records then lack links ours hold for reasons that are
not theirs; this gives those links back before anything compares their
records with ours (see :func:`keep_links_to_withheld`).
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import TypeVar

from workbench import confidential
from workbench.merge.model import MergePlan
from workbench.project import Project
from workbench.records import link_roles

T = TypeVar("T")


def keep_links_to_withheld(project: Project, plan: MergePlan, present: set[str]) -> None:
    """Give their records back our links to evidence and sources their document
    does not hold at all (no record, no deletion).

    A share that leaves confidential evidence and sources out leaves out every
    link to them too; a colleague who only ever received such shares never
    held them. Either way, that their version lacks such a link says nothing:
    ours stays, after the target it followed in our list (or first). One
    their document holds, they could have kept: its absence from their list is
    theirs to decide. Done before anything compares or shows their records, so
    a conflict lists only what they changed. The revision stays theirs, so the
    two copies still agree on it and merging again changes nothing.
    """
    with project.reading() as session:
        ours = confidential.links_to_withholdable(
            session, [r.text_id for r in plan.parsed.values()]
        )
    for owner, roles in ours.items():
        if all(t in present for targets in roles.values() for t in targets):
            continue  # the usual case: they hold every record we link to
        parsed = plan.parsed[uuid.UUID(owner)]
        links = {role: [str(t) for t in targets] for role, targets in parsed.links.items()}
        specs = link_roles(parsed.kind)
        for role, targets in roles.items():
            if links.get(role) and not specs[role].many:
                continue  # they chose another record for a role that holds one
            withheld = {t for t in targets if t not in present}
            links[role] = with_kept(links.get(role, []), targets, withheld)
        plan.theirs[parsed.id] = {**plan.theirs[parsed.id], "links": links}
        kept = {role: [uuid.UUID(t) for t in targets] for role, targets in links.items()}
        plan.parsed[parsed.id] = dataclasses.replace(parsed, links={**parsed.links, **kept})


def with_kept(theirs: list[T], mine: list[T], keep: set[T]) -> list[T]:
    """``theirs`` with the ``keep`` targets of ``mine`` they lack, each placed after
    the nearest target before it in ``mine`` that the result holds."""
    result = list(theirs)
    for index, target in enumerate(mine):
        if target not in keep or target in result:
            continue
        before = next((t for t in reversed(mine[:index]) if t in result), None)
        result.insert(0 if before is None else result.index(before) + 1, target)
    return result

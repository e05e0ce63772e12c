"""Revision ids in the manner of CouchDB: ``<generation>-<hash>``.

The hash covers the parent revision and the record's content, so the same
edit made on two copies yields the same revision, and merging recognises it
as no change at all. Only the most recent ancestors are kept: enough to order
any two copies that have been apart for a while, bounded so records stay small.

A revision names one content, and :func:`names_content` checks it from the
record alone: its parent is its first ancestor (none at generation 1), and its
content is the record less its metadata (a deletion's is ``{"deleted": true}``).
Every revision the app makes follows that rule (writer, deletion, merge,
conflicting copy, dropped dangling links, a share's re-revision), with one
allowance: links to records confidential where the revision is made are left
out of the hash (:func:`without_links_to`, :mod:`workbench.hidden_links`), so a
colleague who never saw those records, or received the record without those
links, holds content that still names it. A revision is therefore checked
against the content whole and less its links to the records confidential in
the document or project at hand (revisions made before that rule covered them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

MAX_ANCESTORS = 100

DELETED: Mapping[str, Any] = {"deleted": True}
"""The content a deletion's revision hashes."""


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def generation(revision: str) -> int:
    head, _, _ = revision.partition("-")
    return int(head) if head.isdigit() else 0


def next_revision(parent: str | None, content: Mapping[str, Any]) -> str:
    return _revision(parent, canonical_json(content).encode())


def _revision(parent: str | None, text: bytes) -> str:
    digest = hashlib.sha256()
    digest.update((parent or "").encode())
    digest.update(b"\x00")
    digest.update(text)
    return f"{generation(parent or '0') + 1}-{digest.hexdigest()[:32]}"


def _is_revision_of(revision: str, parent: str | None, content: Mapping[str, Any]) -> bool:
    """Whether ``revision`` is :func:`next_revision` of ``content``, tried first with
    orjson's sorted output (a sixth of the time; the same text for nearly every
    content, and the same text can only be the same content), then exactly."""
    try:
        quick = orjson.dumps(content, option=orjson.OPT_SORT_KEYS)
    except (TypeError, orjson.JSONEncodeError):
        quick = None
    if quick is not None and _revision(parent, quick) == revision:
        return True
    return next_revision(parent, content) == revision


def next_ancestors(parent: str | None, ancestors: Sequence[str]) -> list[str]:
    """The new revision's ancestors: its parent, then the parent's, newest first."""
    if parent is None:
        return []
    return [parent, *ancestors][:MAX_ANCESTORS]


def without_links_to(content: Mapping[str, Any], hidden: frozenset[str]) -> Mapping[str, Any]:
    """``content`` less its links to the ``hidden`` records (ids as text)."""
    links = content.get("links")
    if not hidden or not isinstance(links, dict):
        return content
    visible = {role: [t for t in targets if t not in hidden] for role, targets in links.items()}
    return content if visible == links else {**content, "links": visible}


def names_content(
    revision: str,
    ancestors: Sequence[str],
    content: Mapping[str, Any],
    hidden: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``revision`` is the one the app gives ``content`` after its first
    ancestor, the content whole or less its links to ``hidden`` (confidential) records."""
    parent = ancestors[0] if ancestors else None
    if _is_revision_of(revision, parent, content):
        return True
    visible = without_links_to(content, hidden)
    return visible is not content and _is_revision_of(revision, parent, visible)

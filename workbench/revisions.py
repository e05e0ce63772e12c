"""Revision ids in the manner of CouchDB: ``<generation>-<hash>``.

The hash covers the parent revision and the record's content, so the same
edit made on two copies yields the same revision, and merging recognises it
as no change at all. Only the most recent ancestors are kept: enough to order
any two copies that have been apart for a while, bounded so records stay small.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

MAX_ANCESTORS = 100


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def generation(revision: str) -> int:
    head, _, _ = revision.partition("-")
    return int(head) if head.isdigit() else 0


def next_revision(parent: str | None, content: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update((parent or "").encode())
    digest.update(b"\x00")
    digest.update(canonical_json(content).encode())
    return f"{generation(parent or '0') + 1}-{digest.hexdigest()[:32]}"


def next_ancestors(parent: str | None, ancestors: Sequence[str]) -> list[str]:
    """The new revision's ancestors: its parent, then the parent's, newest first."""
    if parent is None:
        return []
    return [parent, *ancestors][:MAX_ANCESTORS]

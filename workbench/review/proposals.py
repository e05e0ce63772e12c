"""The changes a reviewer proposes for one anchored text, each to be accepted or
rejected on its own.

A proposal is an edit of the text the export showed: replace ``[start, end)``
with ``text``. A tracked deletion and the insertion typed in its place by the
same reviewer are one proposal, as a reader sees one replacement. Where the
reviewer also typed with tracking off, their edits cannot be told apart from
each other or placed among the tracked ones: the whole reviewed text is then
one proposal, attributed to the authors of its tracked changes.

A proposal's key names it by what it does, not by where Word numbered it, so
the same document brought in twice yields the same keys (decisions already
taken are remembered by them).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.review.reading import TrackedChange


@dataclass(frozen=True)
class Proposal:
    key: str
    kind: str
    """"insertion", "deletion", "replacement", or "edit" (made with tracking off)."""
    author: str
    date: str
    start: int
    end: int
    text: str
    removed: str
    """What it takes out of the shown text."""


def proposals_of(
    anchor: str, exported: str, before: str, after: str, changes: Iterable[TrackedChange]
) -> tuple[Proposal, ...]:
    """What the reviewer proposes for the text ``exported`` showed: ``before`` is
    their copy with tracked changes rejected, ``after`` with them accepted."""
    tracked = list(changes)
    if before != exported:
        authors = ", ".join(dict.fromkeys(c.author for c in tracked if c.author))
        date = max((c.date for c in tracked), default="")
        return (_proposal(anchor, "edit", authors, date, 0, len(exported), after, exported),)
    proposals: list[Proposal] = []
    waiting: TrackedChange | None = None
    for change in tracked:
        if waiting is not None and _replaces(waiting, change):
            proposals.append(_replacement(anchor, waiting, change))
            waiting = None
            continue
        if waiting is not None:
            proposals.append(_single(anchor, waiting))
        waiting = change
    if waiting is not None:
        proposals.append(_single(anchor, waiting))
    return tuple(proposals)


def applied(shown: str, proposals: Iterable[Proposal]) -> str:
    """``shown`` with ``proposals`` made (they never overlap: Word's tracked changes
    do not)."""
    text = shown
    for proposal in sorted(proposals, key=lambda p: (p.start, p.end), reverse=True):
        text = text[: proposal.start] + proposal.text + text[proposal.end :]
    return text


def _replaces(first: TrackedChange, second: TrackedChange) -> bool:
    """A deletion and an insertion by one reviewer at one place (in either order)."""
    if first.author != second.author or first.kind == second.kind:
        return False
    deletion = first if first.kind == "deletion" else second
    insertion = second if deletion is first else first
    return insertion.at in (deletion.at, deletion.at + len(deletion.text))


def _replacement(anchor: str, first: TrackedChange, second: TrackedChange) -> Proposal:
    deletion = first if first.kind == "deletion" else second
    insertion = second if deletion is first else first
    start, end = deletion.at, deletion.at + len(deletion.text)
    date = max(first.date, second.date)
    return _proposal(
        anchor, "replacement", deletion.author, date, start, end, insertion.text, deletion.text
    )


def _single(anchor: str, change: TrackedChange) -> Proposal:
    if change.kind == "deletion":
        end = change.at + len(change.text)
        return _proposal(
            anchor, "deletion", change.author, change.date, change.at, end, "", change.text
        )
    return _proposal(
        anchor, "insertion", change.author, change.date, change.at, change.at, change.text, ""
    )


def _proposal(
    anchor: str, kind: str, author: str, date: str, start: int, end: int, text: str, removed: str
) -> Proposal:
    digest = hashlib.sha256(
        "\x1f".join((anchor, kind, author, date, str(start), removed, text)).encode()
    ).hexdigest()[:16]
    return Proposal(digest, kind, author, date, start, end, text, removed)

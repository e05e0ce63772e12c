"""Word-level comparison of current and proposed wording, for the comparative table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+", re.UNICODE)
"""Words and punctuation, each with the spaces after it: a changed phrase then reads as one
marked stretch instead of words separated by unmarked, coincidentally equal spaces."""


@dataclass(frozen=True)
class Piece:
    text: str
    change: str
    """"same", "deleted" (only in the current wording) or "inserted" (only in the proposed)."""


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(current: str, proposed: str) -> tuple[list[Piece], list[Piece]]:
    """(current pieces, proposed pieces): deletions marked in the first, insertions in
    the second."""
    old, new = tokens(current), tokens(proposed)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    before: list[Piece] = []
    after: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            before.append(Piece("".join(old[i1:i2]), "same"))
            after.append(Piece("".join(new[j1:j2]), "same"))
            continue
        if i2 > i1:
            before.append(Piece("".join(old[i1:i2]), "deleted"))
        if j2 > j1:
            after.append(Piece("".join(new[j1:j2]), "inserted"))
    return _merged(before), _merged(after)


def _merged(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].change == piece.change:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.change)
        elif piece.text:
            merged.append(piece)
    return merged

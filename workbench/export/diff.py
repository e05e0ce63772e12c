"""Word-level comparison of current and proposed wording, for the comparative table.

A proposal written in square brackets ("[Delete the grounds …]") is an
instruction to the drafters, not new wording, as legal drafters write them:
it is shown whole, in italics, and nothing is compared with it (a word diff
of an instruction against the statute is word salad).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+", re.UNICODE)
"""Words and punctuation, each with the spaces after it: a changed phrase then reads as one
marked stretch instead of words separated by unmarked, coincidentally equal spaces."""


@dataclass(frozen=True)
class Piece:
    text: str
    change: str
    """"same", "deleted" (only in the current wording), "inserted" (only in the
    proposed) or "instruction" (the whole proposal, an instruction)."""


def is_instruction(proposed: str) -> bool:
    """Whether a proposal is an instruction: its text, trimmed, in square brackets."""
    text = proposed.strip()
    return len(text) > 2 and text.startswith("[") and text.endswith("]")


def as_instruction(text: str, instruction: bool) -> str:
    """``text`` put in square brackets (``instruction``) or taken out of them."""
    inner = text.strip()
    if is_instruction(inner):
        inner = inner[1:-1].strip()
    return f"[{inner}]" if instruction else inner


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(current: str, proposed: str) -> tuple[list[Piece], list[Piece]]:
    """(current pieces, proposed pieces): deletions marked in the first, insertions in
    the second; an instruction (:func:`is_instruction`) is compared with nothing."""
    if is_instruction(proposed):
        return _merged([Piece(current, "same")]), [Piece(proposed, "instruction")]
    old, new = tokens(current), tokens(proposed)
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    before: list[Piece] = []
    after: list[Piece] = []
    for tag, i1, i2, j1, j2 in _without_stray_marks(matcher.get_opcodes(), old):
        if tag == "equal":
            before.append(Piece("".join(old[i1:i2]), "same"))
            after.append(Piece("".join(new[j1:j2]), "same"))
            continue
        if i2 > i1:
            before.append(Piece("".join(old[i1:i2]), "deleted"))
        if j2 > j1:
            after.append(Piece("".join(new[j1:j2]), "inserted"))
    return _merged(before), _merged(after)


Opcode = tuple[str, int, int, int, int]


def _without_stray_marks(opcodes: Sequence[Opcode], old: list[str]) -> list[Opcode]:
    """The opcodes with each unchanged stretch of punctuation alone that lies between
    two changes counted as changed too: when "Article 5 (summary)." becomes
    "(repealed)", the brackets belong to the replaced phrase, and leaving them
    unmarked reads as if only the word inside changed."""
    result: list[Opcode] = list(opcodes)
    for index in range(1, len(opcodes) - 1):
        tag, i1, i2, j1, j2 = opcodes[index]
        if tag != "equal" or any(_WORD.search(token) for token in old[i1:i2]):
            continue
        if opcodes[index - 1][0] != "equal" and opcodes[index + 1][0] != "equal":
            result[index] = ("replace", i1, i2, j1, j2)
    return result


_WORD = re.compile(r"\w", re.UNICODE)


def _merged(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].change == piece.change:
            merged[-1] = Piece(merged[-1].text + piece.text, piece.change)
        elif piece.text:
            merged.append(piece)
    return merged

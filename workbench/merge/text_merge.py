"""Three-way merge of one long text: by paragraph, then by sentence where both
sides changed the same paragraph. Pure: no database, no project.

Why not diff-match-patch's ``patch_apply``: it applies one side's patches to the
other side's text fuzzily, so whether two edits "overlap" depends on context
matching and on which side is patched, and A←B may differ from B←A. A merge
two colleagues run on each other's copies must converge and must say exactly
which edits overlap, so the diff3 step here is built on the standard library's
:class:`difflib.SequenceMatcher` (exact, deterministic) over tokens:

- A text is cut into tokens whose concatenation is the text exactly: contents
  (a paragraph, or a sentence) and the separators between them (a run of
  newlines, or the blank after a sentence). Separators are tokens of their own,
  so adding a paragraph at the end does not change the last one.
- Each side's edits against the ancestor are ranges of ancestor tokens replaced
  (:func:`edits`). Edits of the two sides overlap when their ranges share a
  token, or one inserts strictly inside the other's range. Edits that touch
  only at a boundary are applied one after the other (an insertion first).
- Both sides inserting at the same point is no conflict: both insertions are
  kept, the lesser first (so the order does not depend on who merges), or only
  one when it already holds the other.
- Overlapping paragraph edits are merged again by sentence; overlapping
  sentence edits are a :class:`TextConflict` (ancestor, mine, theirs), and the
  merged text holds our wording there until someone chooses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

Tokens = tuple[str, ...]
Tokenizer = Callable[[str], list[str]]
Level = tuple[Tokenizer, str]
"""How a level of the merge cuts a text, and what it puts between two insertions
at one point that nothing separates."""


@dataclass(frozen=True)
class TextConflict:
    """One region both sides changed differently: its wording in the ancestor,
    ours and theirs."""

    base: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class TextMerge:
    """A merged text and the regions that need a choice (ours stands in each)."""

    text: str
    conflicts: tuple[TextConflict, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.conflicts


# --- tokens ---------------------------------------------------------------------------

_PARAGRAPHS = re.compile(r"(\r?\n(?:[ \t]*\r?\n)*)")
"""A run of line ends (blank lines between them included): what separates paragraphs."""

_SENTENCE_END = re.compile(r"[.!?…]+[»”“\"'’)\]]*(\s+)")
"""Where a sentence may end: . ! ? … (repeated), closing quotes or brackets, a blank."""

_WORD_BEFORE = re.compile(r"(\w+)\W*$")

_ENGLISH_ABBREVIATIONS = "mr mrs ms dr prof no nos art arts sec ch vol pp etc vs cf fig ed"
_RUSSIAN_ABBREVIATIONS = "ст пп гг др пр см рис им стр напр тыс млн млрд руб тг гл разд прим"
_KAZAKH_ABBREVIATIONS = "бб жж мыс бап"
ABBREVIATIONS = frozenset(
    " ".join((_ENGLISH_ABBREVIATIONS, _RUSSIAN_ABBREVIATIONS, _KAZAKH_ABBREVIATIONS)).split()
)
"""Words that end in a dot without ending a sentence (compared in lower case; a
single letter, as in "т.б.", "e.g." or an initial, never ends one either): a
sentence split after "ст." would turn one edit into two."""


def paragraphs(text: str) -> list[str]:
    """``text`` as paragraphs and the line-end runs between them."""
    return [token for token in _PARAGRAPHS.split(text) if token]


def sentences(text: str) -> list[str]:
    """``text`` as sentences and the blanks between them (paragraph breaks included).
    A dot after an abbreviation or a single letter (an initial), or followed by a
    lower-case word, ends no sentence."""
    tokens: list[str] = []
    for paragraph in paragraphs(text):
        if _PARAGRAPHS.fullmatch(paragraph):
            tokens.append(paragraph)
            continue
        start = 0
        for found in _SENTENCE_END.finditer(paragraph):
            end, after = found.start(1), found.end(1)
            if not _ends_sentence(paragraph, found.start(), after):
                continue
            tokens.extend((paragraph[start:end], paragraph[end:after]))
            start = after
        if start < len(paragraph):
            tokens.append(paragraph[start:])
    return [token for token in tokens if token]


def _ends_sentence(paragraph: str, punctuation: int, after: int) -> bool:
    following = paragraph[after : after + 1]
    if following and following.islower():
        return False
    if paragraph[punctuation] != ".":
        return True
    word = _WORD_BEFORE.search(paragraph[:punctuation])
    if word is None:
        return True
    name = word.group(1)
    return not ((len(name) == 1 and name.isalpha()) or name.lower() in ABBREVIATIONS)


# --- edits ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Ancestor tokens ``[start, end)`` replaced by ``tokens`` on one side (``side``
    0 for mine, 1 for theirs); ``start == end`` for an insertion."""

    start: int
    end: int
    tokens: Tokens
    side: int

    def overlaps(self, other: Edit) -> bool:
        """Whether the two edits change the same place: a shared ancestor token, an
        insertion strictly inside the other's range, or two insertions at one point."""
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        if self.start == self.end:
            return other.start < self.start < other.end
        if other.start == other.end:
            return self.start < other.start < self.end
        return max(self.start, other.start) < min(self.end, other.end)


def edits(base: Sequence[str], side: Sequence[str], which: int) -> list[Edit]:
    """What ``side`` changed in ``base``, token ranges in ancestor order."""
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    return [
        Edit(i1, i2, tuple(side[j1:j2]), which)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _clusters(changes: list[Edit]) -> list[list[Edit]]:
    """The edits grouped where they overlap (transitively), groups in ancestor order
    (an insertion before a range starting at the same token)."""
    groups: list[list[Edit]] = []
    for change in sorted(changes, key=lambda e: (e.start, e.end, e.side)):
        joined = [g for g in groups if any(change.overlaps(e) for e in g)]
        for group in joined:
            groups.remove(group)
        groups.append([e for g in joined for e in g] + [change])
    return sorted(groups, key=lambda g: (min(e.start for e in g), max(e.end for e in g)))


def _applied(base: Sequence[str], start: int, end: int, changes: list[Edit]) -> Tokens:
    """Ancestor tokens ``[start, end)`` with one side's ``changes`` (all inside) applied."""
    result: list[str] = []
    at = start
    for change in sorted(changes, key=lambda e: (e.start, e.end)):
        result.extend(base[at : change.start])
        result.extend(change.tokens)
        at = change.end
    result.extend(base[at:end])
    return tuple(result)


def _both_inserted(mine: Tokens, theirs: Tokens, glue: str) -> Tokens:
    """Two insertions at one point, kept both, the same whoever merges: one holding
    the other stands for both, else the lesser goes first, with ``glue`` between
    them where nothing separates them (two texts written into an empty field)."""
    if _holds(mine, theirs):
        return mine
    if _holds(theirs, mine):
        return theirs
    first, second = sorted((mine, theirs))
    apart = first[-1][-1:].isspace() or second[0][:1].isspace()
    return first + second if apart else (*first, glue, *second)


def _holds(outer: Tokens, inner: Tokens) -> bool:
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


# --- merging --------------------------------------------------------------------------


def merge_text(base: str, mine: str, theirs: str) -> TextMerge:
    """``mine`` and ``theirs``, two edits of ``base``, merged: by paragraph, then by
    sentence inside paragraphs both changed. The result is the same text whichever
    side is ``mine`` when there is no conflict; conflicts hold our wording."""
    if mine == theirs or theirs == base:
        return TextMerge(mine)
    if mine == base:
        return TextMerge(theirs)
    return _merge(base, mine, theirs, ((paragraphs, "\n\n"), (sentences, " ")))


def _merge(base: str, mine: str, theirs: str, levels: Sequence[Level]) -> TextMerge:
    (tokenize, glue), finer = levels[0], levels[1:]
    ancestor = tokenize(base)
    changes = edits(ancestor, tokenize(mine), 0) + edits(ancestor, tokenize(theirs), 1)
    pieces: list[str] = []
    conflicts: list[TextConflict] = []
    at = 0
    for group in _clusters(changes):
        start, end = min(e.start for e in group), max(e.end for e in group)
        pieces.extend(ancestor[at:start])
        at = end
        ours = _applied(ancestor, start, end, [e for e in group if e.side == 0])
        other = _applied(ancestor, start, end, [e for e in group if e.side == 1])
        sides = {e.side for e in group}
        if len(sides) == 1 or ours == other:
            pieces.extend(ours if 0 in sides else other)
        elif start == end:
            pieces.extend(_both_inserted(ours, other, glue))
        else:
            region = ("".join(ancestor[start:end]), "".join(ours), "".join(other))
            merged = (
                _merge(*region, finer) if finer else TextMerge(region[1], (TextConflict(*region),))
            )
            pieces.append(merged.text)
            conflicts.extend(merged.conflicts)
    pieces.extend(ancestor[at:])
    return TextMerge("".join(pieces), tuple(conflicts))

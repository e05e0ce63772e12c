"""A reviewer's edit of the text a reader saw, carried back onto the Markdown the
record keeps.

A reviewer edits what the document shows: words, without the asterisks of
emphasis, the brackets of a citation (a footnote number in the document) or
the straight quotation marks that became «ёлочки». Accepting their change must
change those words in the record and keep everything else: a citation beside
an edited word is still cited, an emphasised phrase keeps its emphasis.

So the shown text is aligned with the Markdown character by character (the
shown text is the Markdown with its markup taken out, quotation marks made
typographic), and each edit of the shown text becomes an edit of the
characters it was made from; markup inside a deleted stretch is kept. The
result is then rendered again: when it does not show exactly the edited text,
the edit is not carried (None) rather than guessed, and the reviewer's text is
left for the user to apply by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from workbench.export.anchors import WORDING_FIELD
from workbench.export.citations import CITATION_GROUP
from workbench.export.markdown import parse
from workbench.export.wordtext import holdable

PLAIN_FIELDS = frozenset({"title", WORDING_FIELD})
"""Fields the export writes as they are, without reading Markdown in them."""

_QUOTES = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‘": "'", "’": "'"})
"""Typographic quotation marks, as the straight ones typed in the Markdown."""
_MARKUP = re.compile(r"([\\`*_\[\]<>])")
_HIDDEN = re.compile(rf"{CITATION_GROUP.pattern}|\]\([^)]*\)")
"""Markup whose characters a reader never sees: a citation (a footnote number in
the document) and a link's address; no shown character is matched inside them."""
_WORD = re.compile(r"\w+|\s+|[^\w\s]")
_EMPTY_EMPHASIS = re.compile(r"(\*\*|__)\1")
"""Emphasis left around nothing (``****``) when a reviewer deleted every word of it."""
_LINE_START = re.compile(r"(^|\n)([#>+\-]|\d+[.)])", re.MULTILINE)


def shown_text(markdown: str, language: str, cited: Callable[[str], bool]) -> str:
    """What a document shows of ``markdown``: its paragraphs' words one a line,
    no footnote numbers (a citation of a source ``cited`` knows), what Word
    cannot hold left out, as :func:`workbench.export.anchors.plain_text` reads a
    written field."""
    lines = []
    for block in parse(markdown, language):
        pieces = []
        for inline in block.inlines:
            if inline.citation is not None:
                known = any(cited(item.key) for item in inline.citation.items)
                pieces.append("" if known else inline.citation.literal)
            else:
                pieces.append("\n" if inline.line_break else inline.text)
        lines.append("".join(pieces))
    return holdable("\n".join(lines))


def carried(
    markdown: str,
    edited: str,
    language: str,
    cited: Callable[[str], bool],
    field: str = "text",
) -> str | None:
    """The Markdown that shows ``edited``, made from ``markdown`` with only the
    words changed; None when the edit cannot be carried without guessing."""
    if field in PLAIN_FIELDS:
        return edited
    shown = shown_text(markdown, language, cited)
    if shown == edited:
        return markdown
    sources = _sources(shown, markdown)
    hidden = {at for found in _HIDDEN.finditer(markdown) for at in range(*found.span())}
    # Edits are made from the end, so places before the one being edited hold.
    result = markdown
    for i1, i2, j1, j2 in reversed(_word_edits(shown, edited)):
        place = _place(sources, i1, i2, len(result))
        if place is None:
            return None
        start, end = place
        made_from = {at for at in sources[i1:i2] if at is not None}
        markup = (at for at in range(start, end) if at not in made_from)
        kept = "".join(result[at] for at in markup if at in hidden or not result[at].isspace())
        result = result[:start] + _escaped(edited[j1:j2]) + kept + result[end:]
    for candidate in (result, _EMPTY_EMPHASIS.sub("", result)):
        if _same_words(shown_text(candidate, language, cited), edited):
            return candidate
    return None


def _word_edits(shown: str, edited: str) -> list[tuple[int, int, int, int]]:
    """Where ``edited`` differs from ``shown``, word by word (a reviewer replaces
    words, and a word changed whole keeps the emphasis it had): character spans
    ``shown[i1:i2]`` -> ``edited[j1:j2]``."""
    before, after = _WORD.findall(shown), _WORD.findall(edited)
    starts_before, starts_after = _starts(before), _starts(after)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    return [
        (starts_before[i1], starts_before[i2], starts_after[j1], starts_after[j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _starts(words: list[str]) -> list[int]:
    """Each word's offset in the text, and the text's length last."""
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    return starts


def _sources(shown: str, markdown: str) -> list[int | None]:
    """For each character of ``shown``, the place in ``markdown`` it was made from."""
    sources: list[int | None] = [None] * len(shown)
    masked = _HIDDEN.sub(lambda found: "\0" * len(found.group(0)), markdown)
    matcher = SequenceMatcher(None, shown.translate(_QUOTES), masked, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            sources[block.a + offset] = block.b + offset
    return sources


def _place(sources: list[int | None], i1: int, i2: int, length: int) -> tuple[int, int] | None:
    """The stretch of the Markdown an edit of ``shown[i1:i2]`` replaces (markup
    inside it is kept), or where an insertion at ``i1`` goes: after the character
    before it, so it takes that character's emphasis, as Word's typing does. None
    if a changed character was made from no single place (a quotation mark's
    neighbour, a line joined by the renderer)."""
    if i1 < i2:
        places = [at for at in sources[i1:i2] if at is not None]
        if len(places) < i2 - i1:
            return None
        return min(places), max(places) + 1
    before = sources[i1 - 1] if i1 > 0 else None
    if before is not None:
        return before + 1, before + 1
    after = sources[i1] if i1 < len(sources) else None
    if after is not None:
        return after, after
    return (length, length) if not sources else None


def _escaped(text: str) -> str:
    """Plain words made safe to put into Markdown: characters that would start
    markup escaped, a line break a new paragraph."""
    text = _MARKUP.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return text.replace("\n", "\n\n")


def _same_words(shown: str, edited: str) -> bool:
    """Whether ``shown`` is ``edited``, quotation marks typographic or straight and
    spaces at the ends of lines aside (Markdown keeps none there)."""

    def words(text: str) -> list[str]:
        return [line.strip() for line in text.translate(_QUOTES).split("\n")]

    return words(shown) == words(edited)

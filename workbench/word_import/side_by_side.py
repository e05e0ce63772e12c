"""Documents in two languages side by side, as our export writes them with a second
language: each language read as a document of its own.

Such a document names its languages in the header row of two-column tables
("English | Қазақша"), whose rows pair each paragraph with its translation;
headings and first-page lines join both ("Summary / Қысқаша мазмұны", "To /
Кімге: Mazhilis / Мәжіліс"); the title and subtitle stand once per language;
the comparative table gives each cell's two versions on two lines. Unfolding
the blocks for one side gives what a document in that language alone would
hold, so the plan reads it as it reads any document, and the other side's
plan gives the translations, paragraph for paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.export.labels import LANGUAGE_NAMES
from workbench.word_import.reading import Block, Heading, Paragraph, Table, unescaped

LANGUAGE_BY_NAME = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
JOINED = " / "
_LABELLED_PAIR = re.compile(r"^(?P<first>[^:]+?) / (?P<second>[^:]+?): (?P<value>.*)$")


def languages_side_by_side(blocks: Sequence[Block]) -> tuple[str, str] | None:
    """The two languages a side-by-side document is in (first column, second), or None."""
    for block in blocks:
        if isinstance(block, Table):
            languages = _header_languages(block)
            if languages is not None:
                return languages
    return None


def _header_languages(table: Table) -> tuple[str, str] | None:
    if not table.rows or len(table.rows[0]) != 2:
        return None
    found = [LANGUAGE_BY_NAME.get(unescaped(cell).strip().casefold()) for cell in table.rows[0]]
    first, second = found
    return (first, second) if first and second and first != second else None


def unfolded(blocks: Sequence[Block], side: int) -> list[Block]:
    """The blocks of one language (``side`` 0: the first column, 1: the second)."""
    found: list[Block] = []
    for block in _one_title(blocks, side):
        if isinstance(block, Heading):
            found.append(Heading(block.level, _half(block.text, side)))
        elif isinstance(block, Paragraph):
            found.append(Paragraph(_line(block.text, side), block.list_level, block.numbered))
        elif _header_languages(block) is not None:
            found.extend(_column(block, side))
        else:
            found.append(Table(tuple(tuple(_cell(c, side) for c in row) for row in block.rows)))
    return found


def _one_title(blocks: Sequence[Block], side: int) -> list[Block]:
    """The first page with this language's title and subtitle only: each language's
    title is a title-level heading of its own, its subtitle the line after it."""
    front_end = next(
        (n for n, b in enumerate(blocks) if isinstance(b, Heading) and b.level >= 1), len(blocks)
    )
    titles = [n for n in range(front_end) if isinstance(blocks[n], Heading)]
    if len(titles) != 2:
        return list(blocks)
    other = titles[1 - side]
    dropped = {other}
    after = other + 1
    subtitle = blocks[after] if after < front_end else None
    if isinstance(subtitle, Paragraph) and ":" not in subtitle.text:
        dropped.add(after)
    return [block for n, block in enumerate(blocks) if n not in dropped]


def _half(text: str, side: int) -> str:
    """One language's half of "Summary / Қысқаша мазмұны" (the whole when not two halves)."""
    parts = text.split(JOINED)
    return parts[side].strip() if len(parts) == 2 else text


def _line(text: str, side: int) -> str:
    """A first-page line for one language: "To / Кімге: A / B" as "Кімге: B"."""
    labelled = _LABELLED_PAIR.match(text)
    if labelled:
        label = labelled.group("first") if side == 0 else labelled.group("second")
        return f"{label}: {_half(labelled.group('value'), side)}"
    return _half(text, side)


def _column(table: Table, side: int) -> list[Block]:
    """A two-language table's column as paragraphs, after its header row."""
    found: list[Block] = []
    for row in table.rows[1:]:
        cell = row[side] if side < len(row) else ""
        found.extend(Paragraph(part) for part in cell.split("\n") if part.strip())
    return found


def _cell(cell: str, side: int) -> str:
    """A comparative table's cell for one language: its line of two, a header's half."""
    lines = cell.split("\n")
    if len(lines) == 2:
        return lines[side]
    return _half(cell, side)

"""Which page each heading falls on, estimated from the document as written.

The contents list must show page numbers to every reader: Word, LibreOffice
and a PDF made from either show a field's written result until someone
updates it, and neither updates a contents field on opening without asking
(Word's "update fields?" prompt, which the export avoids). Only a word
processor knows the real layout, so the export estimates it: each paragraph's
lines from its length, its style's font size, line spacing and indents and
the text width of its section; spacing before and after; page breaks and
sections; table rows (kept whole when they must be); and the footnotes each
page carries. A reader who edits the document updates the contents in Word
(F9) as always; ``benchmarks/contents_pages_benchmark.py`` measures how often
the estimate matches LibreOffice's own layout.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from docx.document import Document
from docx.oxml.ns import qn
from lxml.etree import _Element

CHARACTER_WIDTH = 0.45
"""Average advance of a character, spaces included, in ems: Times New Roman's
Cyrillic text (calibrated against LibreOffice's layout with Liberation Serif, whose
metrics are Times New Roman's)."""
LATIN_WIDTH = 0.40
"""The same for a character in the ASCII range (Latin letters are narrower)."""
WRAP_LOSS = 4
"""Characters a line loses on average by breaking between words (half a word): it
weighs more in a narrow column of a side-by-side export."""
LINE_HEIGHT = 1.15
"""A single-spaced line of Times New Roman is 1.15 of its size."""
CELL_MARGINS = 216
"""Left and right cell padding together, in twips (Word's default, 0.19 cm each)."""
ROW_PADDING = 40
FOOTNOTE_SEPARATOR = 280


@dataclass
class _Format:
    """What the estimate needs of a paragraph's resolved formatting (twips)."""

    size: float = 22.0
    """Font size in half-points."""
    before: int = 0
    after: int = 0
    line: int = 240
    line_rule: str = "auto"
    left: int = 0
    right: int = 0
    first_line: int = 0
    keep_next: bool = False
    page_break_before: bool = False

    def merge(self, properties: _Element | None, run_properties: _Element | None) -> _Format:
        merged = _Format(**self.__dict__)
        if properties is not None:
            _read_paragraph(merged, properties)
        if run_properties is not None:
            size = run_properties.find(qn("w:sz"))
            if size is not None and (value := _number(size, "w:val")) is not None:
                merged.size = value
        return merged

    def line_height(self) -> float:
        if self.line_rule == "auto":
            return self.size * 10 * LINE_HEIGHT * self.line / 240
        return float(self.line)

    def height(self, text: str, width: int) -> tuple[int, float]:
        """(lines, twips) of a paragraph holding ``text``."""
        usable = max(width - self.left - self.right - max(self.first_line, 0), 720)
        latin = len(text.encode("ascii", "ignore"))
        ems = latin * LATIN_WIDTH + (len(text) - latin) * CHARACTER_WIDTH
        wrapped = max(usable - WRAP_LOSS * self.size * 10 * CHARACTER_WIDTH, 360)
        lines = max(1, math.ceil(ems * self.size * 10 / wrapped))
        return lines, lines * self.line_height() + self.before + self.after


def _number(node: _Element, attribute: str) -> int | None:
    value = node.get(qn(attribute))
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _set(node: _Element, attributes: tuple[str, ...], current: int) -> int:
    """The first of ``attributes`` that ``node`` sets, else ``current``."""
    for attribute in attributes:
        if (value := _number(node, attribute)) is not None:
            return value
    return current


def _read_paragraph(target: _Format, properties: _Element) -> None:
    spacing = properties.find(qn("w:spacing"))
    if spacing is not None:
        target.before = _set(spacing, ("w:before",), target.before)
        target.after = _set(spacing, ("w:after",), target.after)
        if (line := _number(spacing, "w:line")) is not None:
            target.line, target.line_rule = line, spacing.get(qn("w:lineRule"), "auto")
    indent = properties.find(qn("w:ind"))
    if indent is not None:
        target.left = _set(indent, ("w:left", "w:start"), target.left)
        target.right = _set(indent, ("w:right", "w:end"), target.right)
        target.first_line = _set(indent, ("w:firstLine",), target.first_line)
        target.first_line = -_set(indent, ("w:hanging",), -target.first_line)
    for tag, name in (("w:keepNext", "keep_next"), ("w:pageBreakBefore", "page_break_before")):
        flag = properties.find(qn(tag))
        if flag is not None:
            setattr(target, name, flag.get(qn("w:val"), "true") not in ("0", "false"))


class _Styles:
    """Paragraph styles resolved through ``basedOn`` from the document defaults."""

    def __init__(self, document: Document) -> None:
        root = document.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        defaults = root.find(qn("w:docDefaults"))
        base = _Format()
        if defaults is not None:
            base = base.merge(
                defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"),
                defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"),
            )
        self.defaults = base
        self.default_id = next(
            (i for i, s in self.by_id.items() if s.get(qn("w:default")) in ("1", "true")), None
        )
        self.resolve = cache(self._resolve)

    def _resolve(self, style_id: str | None, depth: int = 0) -> _Format:
        style = self.by_id.get(style_id or self.default_id)
        if style is None or depth > 20:
            return self.defaults
        parent = style.find(qn("w:basedOn"))
        base = self.resolve(parent.get(qn("w:val")), depth + 1) if parent is not None else None
        return (base or self.defaults).merge(style.find(qn("w:pPr")), style.find(qn("w:rPr")))


@dataclass
class _Page:
    """The page being filled: its number, what is used of it, and its geometry."""

    height: int
    width: int
    number: int = 1
    used: float = 0.0
    notes: float = 0.0

    def room(self) -> float:
        return self.height - self.used - self.notes

    def turn(self) -> None:
        self.number += 1
        self.used = self.notes = 0.0


@dataclass
class _Estimate:
    styles: _Styles
    notes: dict[str, str]
    """Footnote id -> its text."""
    note_style: str
    page: _Page
    pages: dict[str, int] = field(default_factory=dict)
    chain: list[tuple[list[str], float]] = field(default_factory=list)
    """The paragraphs just placed that keep with the next: (bookmarks, height)."""

    def _measure(self, p: _Element, width: int) -> tuple[_Format, float]:
        """A paragraph's resolved formatting and its height at ``width`` (twips)."""
        properties = p.find(qn("w:pPr"))
        style = properties.find(qn("w:pStyle")) if properties is not None else None
        formatting = self.styles.resolve(style.get(qn("w:val")) if style is not None else None)
        formatting = formatting.merge(properties, None)
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        return formatting, formatting.height(text, width)[1]

    def paragraph(self, p: _Element, width: int) -> None:
        formatting, height = self._measure(p, width)
        if formatting.page_break_before and self.page.used:
            self.page.turn()
        # A paragraph moves to the next page when its first two lines (Word's widow
        # and orphan control), or its only line, do not fit.
        first_lines = min(height, formatting.line_height() * 2 + formatting.before)
        if self.page.used and first_lines > self.page.room():
            self._turn_with_chain()
        names = [s.get(qn("w:name"), "") for s in p.iter(qn("w:bookmarkStart"))]
        for name in names:
            self.pages.setdefault(name, self.page.number)
        if formatting.keep_next:
            self.chain.append((names, height))
        else:
            self.chain = []
        self._take(height)
        self._notes_of(p)
        if any(b.get(qn("w:type")) == "page" for b in p.iter(qn("w:br"))):
            self.page.turn()
            self.chain = []

    def _notes_of(self, block: _Element) -> None:
        """The footnotes referred to in ``block`` take their room at the page's foot."""
        for reference in block.iter(qn("w:footnoteReference")):
            note_text = self.notes.get(reference.get(qn("w:id"), ""), "")
            note = self.styles.resolve(self.note_style).height(note_text, self.page.width)[1]
            self.page.notes += note + (0 if self.page.notes else FOOTNOTE_SEPARATOR)
        while self.page.room() < 0:  # notes that do not fit continue on the next page
            overflow = -self.page.room()
            self.page.turn()
            self.page.notes = min(overflow, self.page.height / 2)

    def _turn_with_chain(self) -> None:
        """A new page, taking along the paragraphs kept with this one (headings)."""
        chain, self.chain = self.chain, []
        carried = sum(height for _, height in chain)
        if carried >= self.page.height / 2:
            chain, carried = [], 0.0
        self.page.turn()
        self.page.used = carried
        for names, _ in chain:
            for name in names:
                self.pages[name] = self.page.number

    def _take(self, height: float) -> None:
        """Fill the page with ``height`` twips, running over onto new pages."""
        while height > self.page.room() and self.page.room() > 0:
            height -= self.page.room()
            self.page.turn()
        self.page.used += height

    def table(self, table: _Element) -> None:
        for row in table.findall(qn("w:tr")):
            height = max((self._cell_height(c) for c in row.findall(qn("w:tc"))), default=0.0)
            keep = row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
            if keep and height > self.page.room() and height < self.page.height:
                self._turn_with_chain()
            elif self.chain and self.page.used and self.page.room() < ROW_PADDING * 8:
                self._turn_with_chain()  # a heading stays with the table's first lines
            self.chain = []
            self._take(height + ROW_PADDING)
            self._notes_of(row)

    def _cell_height(self, cell: _Element) -> float:
        width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        twips = (_number(width, "w:w") or 2000) if width is not None else 2000
        return sum(self._measure(p, twips - CELL_MARGINS)[1] for p in cell.findall(qn("w:p")))


def _geometry(section: _Element) -> tuple[int, int]:
    """(text height, text width) of a section, in twips."""
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    height = (_number(size, "w:h") or 16838) if size is not None else 16838
    width = (_number(size, "w:w") or 11906) if size is not None else 11906
    if margins is not None:
        height -= abs(_number(margins, "w:top") or 0) + abs(_number(margins, "w:bottom") or 0)
        width -= (_number(margins, "w:left") or 0) + (_number(margins, "w:right") or 0)
    return height, width


def _sections(body: _Element) -> Iterator[tuple[_Element, list[_Element]]]:
    """Each section's properties with the blocks it holds, in order."""
    blocks: list[_Element] = []
    for child in body:
        if child.tag == qn("w:sectPr"):
            yield child, blocks
            return
        blocks.append(child)
        inner = child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") if child.tag == qn("w:p") else None
        if inner is not None:
            yield inner, blocks
            blocks = []


@dataclass(frozen=True)
class Pagination:
    """The estimated page of every bookmark in the body, and the number of pages."""

    pages: dict[str, int]
    total: int


def estimate_pages(document: Document, footnotes: _Element | None, note_style: str) -> Pagination:
    """The document's estimated pagination (see the module)."""
    notes = {}
    if footnotes is not None:
        for note in footnotes.findall(qn("w:footnote")):
            text = "".join(t.text or "" for t in note.iter(qn("w:t")))
            notes[note.get(qn("w:id"), "")] = text
    estimate = _Estimate(_Styles(document), notes, note_style, _Page(0, 0))
    first = True
    for section, blocks in _sections(document.element.body):
        estimate.page.height, estimate.page.width = _geometry(section)
        if not first and estimate.page.used:
            estimate.page.turn()
        first = False
        for block in blocks:
            if block.tag == qn("w:p"):
                estimate.paragraph(block, estimate.page.width)
            elif block.tag == qn("w:tbl"):
                estimate.table(block)
    return Pagination(estimate.pages, estimate.page.number)

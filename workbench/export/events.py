"""What the document walk tells its renderers: a flat stream of events.

The walk (:mod:`workbench.export.walk`) decides everything both renderers
must agree on: the order of the parts, the words of every label, the number
of each recommendation and footnote, which citation is full and which short,
and where a locator goes. A renderer only decides how each event looks. Text
arrives raw: a renderer escapes it or drops what its format cannot hold.

Events are frozen dataclasses; a renderer dispatches on their type. Tables
and the evidence list come as start and end events, so the content in
between (paragraphs, footnote references) is the same stream as elsewhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from workbench.export.citations import Segment

BlockKind = Literal["paragraph", "quote", "bullet", "ordered", "heading", "evidence"]
"""A Markdown block's kind, or "evidence": one item of a recommendation's evidence list."""

TableKind = Literal["abbreviations", "columns", "comparative"]
"""The list of abbreviations, two languages side by side, or the table of amendments."""


# --- inline content -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """Text in one style. A link run is shown as a link only where it is safe."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    underline: bool = False
    link: str | None = None


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A hard line break inside a paragraph."""


@dataclass(frozen=True, slots=True)
class NoteReference:
    """A citation that became a footnote: its number (from 1, in document order)
    and its text, one list of segments per cited source (joined by "; ")."""

    number: int
    parts: tuple[tuple[Segment, ...], ...]


@dataclass(frozen=True, slots=True)
class UnknownCitation:
    """A citation group whose keys name no source: left as written, unstyled."""

    text: str


Inline = Run | LineBreak | NoteReference | UnknownCitation


# --- blocks -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cover:
    """The title block. ``on_page`` says whether the document has a cover page;
    the preview shows the title block either way. Second title and subtitle are
    set only where a second language differs."""

    title: str
    subtitle: str
    second_title: str
    second_subtitle: str
    organisation: str
    details: tuple[tuple[str, str, str], ...]
    """(label key, label in the document's language, value) for addressee and authors."""
    submitted_by: str
    """The label for the organisation, for a renderer that names it."""
    place: str
    date: str
    long_date: str
    """The date written out in the document's language ("1 September 2023")."""
    on_page: bool


@dataclass(frozen=True, slots=True)
class Contents:
    """Where the table of contents goes; ``title`` is its heading."""

    title: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the document: 1 for its parts, 2 for its sections."""

    text: str
    level: int
    where: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of runs. ``style`` is the template's paragraph style (None:
    body text); ``kind`` with ``level``, ``list_id`` and ``start`` say which list
    a list item belongs to (Markdown starts list ids afresh in each text)."""

    inlines: tuple[Inline, ...]
    where: str
    style: str | None = None
    kind: BlockKind = "paragraph"
    level: int = 0
    list_id: int = 0
    start: int = 1
    opens: tuple[str, ...] = ()
    """Anchors (workbench.export.anchors) whose text begins with this paragraph."""
    closes: tuple[str, ...] = ()
    """Anchors whose text ends with it."""


@dataclass(frozen=True, slots=True)
class RecommendationTitle:
    """A numbered recommendation. ``second`` marks the copy in the second
    language's column (Word numbers the two columns separately)."""

    number: int
    label: str
    title: str
    record_id: uuid.UUID
    where: str
    second: bool = False
    anchor: str = ""
    """The anchor around the title's own words."""


@dataclass(frozen=True, slots=True)
class EvidenceListStart:
    """A recommendation's evidence list begins (items are ``kind="evidence"``)."""


@dataclass(frozen=True, slots=True)
class EvidenceListEnd:
    pass


@dataclass(frozen=True, slots=True)
class PageOrientation:
    """A new page section in landscape or portrait (the comparative table is wide)."""

    landscape: bool


@dataclass(frozen=True, slots=True)
class TableStart:
    """A table taking ``shares`` of the text width; ``header`` (if any) is its
    first row, repeated on every page."""

    kind: TableKind
    shares: tuple[float, ...]
    header: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    """Per column, the language its text is in (side-by-side columns); () for all
    in the document's language."""


@dataclass(frozen=True, slots=True)
class RowStart:
    """A row with one cell per column; content goes nowhere until a cell is chosen."""


@dataclass(frozen=True, slots=True)
class CellStart:
    """What follows goes into this cell of the current row (cells may be revisited:
    the second language is written below the first in the same cells)."""

    column: int


@dataclass(frozen=True, slots=True)
class RowEnd:
    pass


@dataclass(frozen=True, slots=True)
class TableEnd:
    pass


@dataclass(frozen=True, slots=True)
class BibliographyEntry:
    key: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class DocumentEnd:
    """Nothing follows: a renderer fills what it kept open (contents, notes)."""


Event = (
    Cover
    | Contents
    | Heading
    | Paragraph
    | RecommendationTitle
    | EvidenceListStart
    | EvidenceListEnd
    | PageOrientation
    | TableStart
    | RowStart
    | CellStart
    | RowEnd
    | TableEnd
    | BibliographyEntry
    | DocumentEnd
)

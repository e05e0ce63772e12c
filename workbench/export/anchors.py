"""Where each record's text lies in an exported document, so that a copy someone
reviewed in Word can be read back into the records it came from.

Each anchored text (a recommendation's title, text and rationale, each proposed
wording, a section's introduction, the submission's summary and introduction)
is wrapped in a bookmark. Bookmarks are what Word and LibreOffice keep when the
text around and inside them is edited with tracked changes and saved (a
docx-to-docx conversion by LibreOffice keeps them: tests/workbench/
test_export_in_libreoffice.py); the reader never sees them, and a name that
starts with an underscore is hidden from Word's Insert ▸ Bookmark list, as
Word's own ``_Toc`` bookmarks are.

A name says what the text is, so a document can be read without the project's
log: ``_wb_<id>_<field>_<language>``, with the record's (or section's) id in
26 base32 characters, a short field code and the language of the column the
text is in (a side-by-side export has both). That is at most 40 characters of
letters, digits and underscores, as Word requires of a bookmark name. The
export's log keeps, per anchor, the text as it was exported: the common
ancestor of the reviewer's version and the record's current one.

An anchor covers whole paragraphs: its text runs from its start to the end of
the paragraph holding its end (LibreOffice moves a bookmark's end before the
last character when a footnote reference precedes it). A side-by-side export
puts each paragraph in a table row of its own, beside its translation, and
LibreOffice loses a bookmark that ends in another row: there a text of several
paragraphs has one anchor per row, its name followed by the row's place
(``…_tx_ru1``, ``…_tx_ru2``), read back in that order
(:mod:`workbench.review.reading` reads them).
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import MutableMapping
from dataclasses import dataclass, replace

from workbench.export import events as ev
from workbench.export.wordtext import holdable

PREFIX = "_wb_"
FIELD_CODES = {
    "title": "ti",
    "text": "tx",
    "rationale": "ra",
    "summary": "su",
    "introduction": "in",
    "section_introduction": "si",
    "proposed_wording": "pw",
}
"""Short codes of the anchored fields. A proposed wording's anchor is named by
the wording's own id (it stays the wording's whatever is reordered later)."""
WORDING_FIELD = "proposed_wording"
_FIELDS = {code: name for name, code in FIELD_CODES.items()}
_NAME = re.compile(
    r"^_wb_(?P<id>[a-z2-7]{26})_(?P<code>[a-z]{2})_(?P<language>[a-z]{2})(?P<piece>\d{0,3})$"
)


@dataclass(frozen=True)
class Anchor:
    """One anchored text as the export wrote it."""

    name: str
    record_id: uuid.UUID
    """The record's id; a section introduction's is the section's."""
    field: str
    language: str
    text: str
    """The field's text (its Markdown) as exported."""
    wording: int = 0
    """For a proposed wording: its place among the recommendation's, from 1."""
    part_id: uuid.UUID | None = None
    """For a proposed wording: its own id, which names the anchor."""
    pieces: int = 0
    """In how many rows' anchors (``name1``, ``name2``...) the text lies; 0: one."""
    shown: str = ""
    """What a reader sees of it: its paragraphs' text, footnote numbers left out."""

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": str(self.record_id),
            "field": self.field,
            "language": self.language,
            "text": self.text,
        }
        if self.wording:
            data["wording"] = self.wording
        if self.part_id is not None:
            data["part"] = str(self.part_id)
        if self.pieces:
            data["pieces"] = self.pieces
        data["shown"] = self.shown
        return data


@dataclass(frozen=True)
class AnchorName:
    """What one of our bookmark names says."""

    key_id: uuid.UUID
    """The record's id; a section's for its introduction, a wording's for it."""
    field: str
    language: str
    piece: int = 0
    """The row's place, from 1, for a text cut into rows; 0 for a whole one."""

    @property
    def whole(self) -> str:
        """The name of the text this piece belongs to."""
        return anchor_name(self.key_id, self.field, self.language)


def anchor_name(key_id: uuid.UUID, field: str, language: str) -> str:
    encoded = base64.b32encode(key_id.bytes).decode("ascii").rstrip("=").lower()
    return f"{PREFIX}{encoded}_{FIELD_CODES[field]}_{language}"


def parse_anchor(name: str) -> AnchorName | None:
    """What one of our anchors' names says; None for any other bookmark (a
    reviewer's own, Word's ``_Toc`` and ``_GoBack``)."""
    match = _NAME.match(name)
    field = _FIELDS.get(match["code"]) if match else None
    if match is None or field is None:
        return None
    key_id = uuid.UUID(bytes=base64.b32decode(match["id"].upper() + "======"))
    return AnchorName(key_id, field, match["language"], int(match["piece"] or 0))


def record_anchor(
    anchors: dict[str, Anchor],
    record_id: uuid.UUID,
    field: str,
    language: str,
    text: str,
    shown: str = "",
    wording: tuple[int, uuid.UUID] | None = None,
) -> str:
    """The anchor of a text about to be written, recorded in ``anchors``; "" when
    the same text was anchored before (a recommendation in two sections): names
    are unique. ``wording``: a proposed wording's place and id (the id names it)."""
    place, part = wording or (0, None)
    name = anchor_name(part or record_id, field, language)
    if name in anchors:
        return ""
    anchors[name] = Anchor(name, record_id, field, language, text, place, part, shown=shown or text)
    return name


def anchored(
    anchors: dict[str, Anchor],
    paragraphs: list[ev.Paragraph],
    record_id: uuid.UUID,
    field: str,
    language: str,
    text: str,
    wording: tuple[int, uuid.UUID] | None = None,
) -> list[ev.Paragraph]:
    """``paragraphs`` (a field's text), the first opening its anchor and the last
    closing it; an empty text has none."""
    if not paragraphs:
        return paragraphs
    shown = plain_text(paragraphs)
    name = record_anchor(anchors, record_id, field, language, text, shown, wording)
    if name:
        first = paragraphs[0]
        paragraphs = [replace(first, opens=(*first.opens, name)), *paragraphs[1:]]
        last = paragraphs[-1]
        paragraphs[-1] = replace(last, closes=(*last.closes, name))
    return paragraphs


def one_anchor_per_row(
    blocks: list[list[ev.Event]], anchors: MutableMapping[str, Anchor]
) -> list[list[ev.Event]]:
    """``blocks`` (a paragraph each, for the rows of a side-by-side table) with each
    anchor that spans several of them cut into one anchor per row, numbered;
    ``anchors`` learns into how many pieces each was cut."""
    crossing: dict[str, int] = {}
    cut: list[list[ev.Event]] = []
    for block in blocks:
        cut.append([_pieces_in(event, crossing, anchors) for event in block])
    return cut


def _pieces_in(
    event: ev.Event, crossing: dict[str, int], anchors: MutableMapping[str, Anchor]
) -> ev.Event:
    if not isinstance(event, ev.Paragraph):
        return event
    for name in event.opens:
        if name not in event.closes:
            crossing[name] = 0
    if not crossing:
        return event
    opens = [name for name in event.opens if name not in crossing]
    closes = [name for name in event.closes if name not in crossing]
    for name in list(crossing):
        crossing[name] += 1
        opens.append(f"{name}{crossing[name]}")
        closes.append(f"{name}{crossing[name]}")
        if name in event.closes:
            anchors[name] = replace(anchors[name], pieces=crossing.pop(name))
    return replace(event, opens=tuple(opens), closes=tuple(closes))


def plain_text(paragraphs: list[ev.Paragraph]) -> str:
    """What a reader sees of ``paragraphs``: their words and line breaks, one
    paragraph a line; a footnote's number is not part of the text."""
    text = "\n".join("".join(_plain(inline) for inline in p.inlines) for p in paragraphs)
    return holdable(text)  # as the writer writes it: without what Word cannot hold


def _plain(inline: ev.Inline) -> str:
    if isinstance(inline, ev.Run | ev.UnknownCitation):
        return inline.text
    return "\n" if isinstance(inline, ev.LineBreak) else ""

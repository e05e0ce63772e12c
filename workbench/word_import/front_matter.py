"""A document's first page and opening chapters: the submission's front matter.

Before the first chapter stand the title (the first heading), the
organisation (a line above it), a subtitle (the line below it), and labelled
lines: "To:", "Prepared by:", "Submitted by:" in any of the export's three
languages (:data:`workbench.export.labels.LABELS`, so what our export writes
reads back), and a line with a date ("Astana, 1 September 2023": the place
and the day). Chapters named like the export's Summary and Introduction are
the submission's summary and introduction; those the export makes itself
(contents, abbreviations, bibliography) are left for it to make again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from workbench.export.dates import parsed_date
from workbench.export.labels import LABELS
from workbench.word_import.notes import NoteCitation, cite_in_place
from workbench.word_import.reading import Block, Heading, Paragraph, unescaped, without_emphasis

TITLE_LIMIT = 200
DATE = re.compile(
    r"\b(\d{4}\s+жылғы\s+\d{1,2}\s+\w+|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\w+\s+\d{1,2},\s+\d{4})"
)
"""A date as written on a first page: «2023 жылғы 1 қыркүйек», «1 сентября 2023»,
"1 September 2023", "September 1, 2023", 2023-09-01, 01.09.2023."""
_OTHER_ADDRESSEE_LABELS = ("адресат",)
SUBMISSION_FIELDS = (
    "title", "subtitle", "organisation", "addressee", "authors", "place", "summary",
    "introduction",
)  # fmt: skip
"""The submission's fields the document gives as written."""


def labels(key: str) -> frozenset[str]:
    """The export's label ``key`` in every language, casefolded."""
    return frozenset(words[key].casefold() for words in LABELS.values())


_LINE_LABELS = {
    "addressee": labels("to") | set(_OTHER_ADDRESSEE_LABELS),
    "authors": labels("prepared_by"),
    "organisation": labels("submitted_by"),
}
_CHAPTERS = {"summary": labels("summary"), "introduction": labels("introduction")}


class FrontMatter:
    """What the first page and the opening chapters say, field by field."""

    def __init__(self) -> None:
        self.values: dict[str, str] = dict.fromkeys(
            (*SUBMISSION_FIELDS, "date", "submitted_on"), ""
        )

    def read(self, blocks: Sequence[Block], citations: Mapping[str, NoteCitation]) -> None:
        self._first_page(blocks)
        self._chapters(blocks, citations)

    def _first_page(self, blocks: Sequence[Block]) -> None:
        values = self.values
        for block in blocks:
            if isinstance(block, Heading):
                if block.level >= 1 and values["title"]:
                    return
                values["title"] = values["title"] or block.text
            elif isinstance(block, Paragraph) and len(block.text) < 2 * TITLE_LIMIT:
                self._first_page_line(unescaped(without_emphasis(block.text)).strip())

    def _first_page_line(self, text: str) -> None:
        values = self.values
        label, _, rest = text.partition(":")
        field = next((f for f, words in _LINE_LABELS.items() if label.casefold() in words), None)
        if rest and field is not None:
            values[field] = values[field] or rest.strip()
        elif (date := DATE.search(text)) and not values["date"]:
            values["date"] = date.group(1)
            values["submitted_on"] = parsed_date(date.group(1))
            place = text[: date.start()].strip(" ,")
            values["place"] = place if len(place) < 60 else ""
        elif not values["title"]:
            values["organisation"] = values["organisation"] or text
        elif not values["subtitle"]:
            values["subtitle"] = text

    def _chapters(self, blocks: Sequence[Block], citations: Mapping[str, NoteCitation]) -> None:
        chapter: str | None = None
        previous: Paragraph | None = None
        for block in blocks:
            if isinstance(block, Heading):
                name = block.text.strip().casefold()
                chapter = next((c for c, words in _CHAPTERS.items() if name in words), None)
                previous = None
            elif chapter is not None and isinstance(block, Paragraph):
                text = cite_in_place(block.text, citations)
                self.values[chapter] = joined(self.values[chapter], block, text, previous)
                previous = block


def list_item(paragraph: Paragraph, text: str) -> str:
    """A paragraph as Markdown: a list item with its marker and indent, else as it is."""
    if paragraph.list_level is None:
        return text
    marker = "1." if paragraph.numbered else "-"
    return f"{'   ' * paragraph.list_level}{marker} {text}"


def joined(before: str, paragraph: Paragraph, text: str, previous: Paragraph | None) -> str:
    """``before`` and one more paragraph, list items of one list on adjacent lines."""
    text = list_item(paragraph, text)
    if not before:
        return text
    tight = previous is not None and previous.list_level is not None
    tight = tight and paragraph.list_level is not None
    return f"{before}\n{text}" if tight else f"{before}\n\n{text}"

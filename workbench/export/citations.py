"""Pandoc-style citations (``[@key]``, ``[@key, p. 4]``, ``[@a; @b]``) and how sources read.

One bracketed group is one citation, and becomes one footnote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.export.dates import written_date

CITATION_GROUP = re.compile(r"\[\s*(@[^\[\]@\s;,]+[^\[\]]*)\]")
_CITED_KEY = re.compile(r"@([^\s;,\]]+)\s*,?\s*([^;]*)")


@dataclass(frozen=True)
class CitedItem:
    key: str
    locator: str = ""


@dataclass(frozen=True)
class Citation:
    items: tuple[CitedItem, ...]
    literal: str
    """The text as written, shown where a key points nowhere."""


def parse_group(inner: str, literal: str) -> Citation | None:
    """The citation in ``[...]``, or None if it is not one (e.g. ``[@ mention]``)."""
    items = []
    for part in inner.split(";"):
        match = _CITED_KEY.match(part.strip())
        if match is None:
            return None
        items.append(CitedItem(match.group(1).rstrip("."), match.group(2).strip()))
    return Citation(tuple(items), literal) if items else None


def find_citations(text: str) -> list[Citation]:
    found = []
    for match in CITATION_GROUP.finditer(text):
        citation = parse_group(match.group(1), match.group(0))
        if citation is not None:
            found.append(citation)
    return found


@dataclass(frozen=True)
class SourceEntry:
    """A source as the document cites it."""

    key: str
    author: str
    title: str
    publisher: str
    issued: str
    url: str
    accessed_on: str


@dataclass(frozen=True)
class Segment:
    text: str
    italic: bool = False
    link: str | None = None


def full_reference(source: SourceEntry, accessed_label: str, language: str = "en") -> list[Segment]:
    """Author, *Title*, Publisher, date. URL (accessed 1 August 2023): dates written
    as ``language`` writes them, to the precision they are known."""
    segments: list[Segment] = []
    lead = ", ".join(p for p in (source.author,) if p)
    if lead:
        segments.append(Segment(lead + ", "))
    segments.append(Segment(source.title or source.key, italic=True))
    # A year alone stays bare, as references write it ("RSF, 2023.").
    issued = source.issued.strip()
    if issued and not issued.isdigit():
        issued = written_date(issued, language)
    tail = ", ".join(p for p in (source.publisher, issued) if p)
    segments.append(Segment(f", {tail}" + ("" if tail.endswith(".") else ".") if tail else "."))
    if source.url:
        segments.append(Segment(" "))
        segments.append(Segment(source.url, link=source.url))
        if source.accessed_on:
            accessed = written_date(source.accessed_on, language)
            segments.append(Segment(f" ({accessed_label} {accessed})"))
        segments.append(Segment("."))
    return segments


def short_reference(source: SourceEntry) -> list[Segment]:
    """Author, *Title* — for a source already cited in full."""
    segments = [Segment(source.author + ", ")] if source.author else []
    segments.append(Segment(_shortened(source.title or source.key), italic=True))
    segments.append(Segment("."))
    return segments


def _shortened(title: str, words: int = 8) -> str:
    parts = title.split()
    return title if len(parts) <= words else " ".join(parts[:words]) + "…"

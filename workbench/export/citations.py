"""Pandoc-style citations (``[@key]``, ``[@key, p. 4]``, ``[@a; @b]``) and how sources read.

One bracketed group is one citation, and becomes one footnote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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


def rekeyed(text: str, keys: Mapping[str, str]) -> str:
    """``text`` with each citation of a key in ``keys`` citing its new key instead
    (inside citation groups only: an e-mail address is no citation)."""

    def group(match: re.Match[str]) -> str:
        return _KEY_IN_GROUP.sub(lambda k: keys.get(k.group(0), k.group(0)), match.group(0))

    return CITATION_GROUP.sub(group, text)


_KEY_IN_GROUP = re.compile(r"(?<=@)[^\s;,\]]+")
"""A key as :data:`_CITED_KEY` reads it, inside a citation group."""


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
    short_title: str = ""
    """How a later note names the source; empty: the title's first phrase."""


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
    """Author, *Short title*. - for a source already cited in full."""
    segments = [Segment(source.author + ", ")] if source.author else []
    segments.append(Segment(short_title(source), italic=True))
    segments.append(Segment("."))
    return segments


def ibid(label: str, locator: str, language: str) -> list[Segment]:
    """The same source as the note before: "Ibid." ("Ibid., p. 5."), «Там же.»
    («Там же. С. 5.»), «Сонда.» («Сонда. 5-б.»): English joins the new locator with
    a comma; Russian and Kazakh, as their style guides do, start it as a sentence.
    Not in italics (current Chicago and OSCOLA)."""
    if not locator:
        return [Segment(label)]
    end = "" if locator.endswith(".") else "."
    if language == "en":
        return [Segment(f"{label}, {locator}{end}")]
    return [Segment(f"{label} {locator[:1].upper()}{locator[1:]}{end}")]


def short_title(source: SourceEntry) -> str:
    """The source's short title, else its title's first phrase (see :func:`shortened`)."""
    return source.short_title.strip() or shortened(source.title or source.key)


BREAKS = re.compile(r"\s*(?::|;|\s[–—-]\s|\s\(|\s\[)")
"""Where a title's first phrase ends: a colon, a semicolon, a dash between spaces, an
opening bracket (not a comma: "dated November 28, 2008" is one phrase)."""
PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "„": "“", '"': '"'}
MAX_WORDS = 12


def shortened(title: str, words: int = 8) -> str:
    """A title as a later note may name it: the phrase before its first break
    ("General Comment No. 34: Article 19 (freedoms…)" is "General Comment No. 34");
    a title of up to ``MAX_WORDS`` words with no break stays whole; a longer one is
    cut after ``words`` words. Never mid-word, never with a bracket or quotation
    left open, never with an ellipsis."""
    whole = " ".join(title.split())
    first = BREAKS.split(whole, maxsplit=1)[0].strip()
    short = first if len(first.split()) >= 2 else whole
    parts = short.split(" ")
    if len(parts) > MAX_WORDS:
        parts = parts[:words]
        while len(parts) > 2 and _joining(parts[-1]):
            parts.pop()  # "… от", "… of": a title does not end on a preposition
    short = _balanced(" ".join(parts)).rstrip(" ,;:–—-")
    return short if len(short.split()) >= 2 or short == whole else whole


def _joining(word: str) -> bool:
    """A short lower-case word (a preposition, a conjunction) or a number sign."""
    return word in ("№", "No.", "&") or (len(word) <= 3 and word.isalpha() and word.islower())


def _balanced(text: str) -> str:
    """``text`` cut before its first bracket or quotation mark left open; empty when
    that is its first character (the caller then names the source by its whole title:
    a short form must be the title's start)."""
    stack: list[tuple[str, int]] = []
    for index, character in enumerate(text):
        if stack and character == PAIRS[stack[-1][0]]:
            stack.pop()
        elif character in PAIRS:
            stack.append((character, index))
    if not stack:
        return text
    return text[: stack[0][1]].rstrip()

"""Footnotes and endnotes understood as sources, and each note's place as a citation.

A review cites the same report in many notes, first in full and then briefly,
or as "Ibid." / «Там же» / «Сонда»; a note may add where in the source (p. 4,
art. 5, para. 47 / с. 4, ст. 5, п. 47 / 4-бет, 5-бап, 47-тармақ). Notes are
read in the order the text refers to them: a note that only repeats the one
before cites the same source, with its own locator; the others are one
source each, the same source when they share a URL or, without one, a title
(compared case- and punctuation-blind), or when a note without a link gives the
short form of a title cited before (its words among that title's, by the same
author). Each source gets a citation key made
from its author or title and year, in Latin letters, unique in the document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from workbench import word_forms
from workbench.export.dates import parsed_written_date
from workbench.word_import.reading import Note, unescaped

_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)|(https?://[^\s)\]]+)")
_ITALIC = re.compile(r"(?<![*\\])\*(?!\*)(.+?)(?<![\\*])\*(?!\*)")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_LOCATOR = re.compile(
    r"(?<!\w)(?P<before>(?:pp?|paras?|arts?|sec|с|стр|ст|п|пп|ч)\.\s*|§\s*)"
    r"(?P<number>\d+(?:\s*[-–,]\s*\d+)*)"
    r"|(?P<number_first>\d+(?:\s*[-–]\s*\d+)?)-(?P<after>бет|беттер|бап|баптар|тармақ|тармақтар)",
    re.IGNORECASE,
)
_IBID = re.compile(r"^\s*(ibid(?:em)?|там же|сонда|сол жерде)\b\.?,?\s*", re.IGNORECASE)
_MARKER = re.compile(r"\[\^((?:fn|en)[^\]\s]+)\]")
_UNKEYED = re.compile(r"[^a-z0-9]+")

_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "ә": "a",
    "ғ": "g",
    "қ": "q",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}
"""Russian and Kazakh letters in Latin ones, for keys (ъ and ь have none)."""


@dataclass
class SourceDraft:
    """A source a document's notes cite, as far as the notes say."""

    key: str
    title: str
    author: str = ""
    issued: str = ""
    url: str = ""
    note: str = ""
    """The first note's text, whole: what the source was made from."""
    publisher: str = ""
    short_title: str = ""
    markers: list[str] = field(default_factory=list)
    """The notes citing it (``fn3``...), in the order the text refers to them."""


@dataclass(frozen=True)
class NoteCitation:
    key: str
    locator: str = ""

    def markdown(self) -> str:
        return f"[@{self.key}, {self.locator}]" if self.locator else f"[@{self.key}]"


@dataclass
class NoteSources:
    sources: list[SourceDraft]
    citations: dict[str, NoteCitation]
    """By marker; a note that names no source (empty, or "Ibid." first) has none."""


def sources_from_notes(notes: Mapping[str, Note], order: Sequence[str]) -> NoteSources:
    """The sources ``notes`` cite and each note's citation, reading the notes in
    ``order`` (the markers as the text refers to them; notes not referred to last)."""
    ordered = list(dict.fromkeys([*(m for m in order if m in notes), *notes]))
    sources: list[SourceDraft] = []
    by_identity: dict[str, SourceDraft] = {}
    citations: dict[str, NoteCitation] = {}
    previous: SourceDraft | None = None
    for marker in ordered:
        text = notes[marker].text.strip()
        ibid = _IBID.match(text)
        if ibid and previous is not None:
            source = previous
        elif text and not ibid:
            draft = source = _source(text)
            identities = _identities(source)
            if identities[0] in by_identity:
                source = by_identity[identities[0]]
            elif (shortened := _shortened_from(source, sources)) is not None:
                source = shortened
            if source is not draft:
                if draft.title != source.title and not source.short_title:
                    source.short_title = draft.title  # how the notes after the first name it
            else:
                source.key = _unique_key(source, {s.key for s in sources})
                for identity in identities:
                    by_identity.setdefault(identity, source)
                sources.append(source)
        else:
            continue
        source.markers.append(marker)
        citations[marker] = NoteCitation(source.key, _locator(text))
        previous = source
    return NoteSources(sources, citations)


def cite_in_place(text: str, citations: Mapping[str, NoteCitation]) -> str:
    """``text`` with each note marker replaced by its citation (``[@key, p. 4]``);
    a marker of a note that cites nothing is left out."""

    def citation(match: re.Match[str]) -> str:
        found = citations.get(match.group(1))
        return found.markdown() if found else ""

    return _MARKER.sub(citation, text)


def markers_in(text: str) -> list[str]:
    """The note markers in ``text``, in order."""
    return _MARKER.findall(text)


def _source(text: str) -> SourceDraft:
    url = _first_url(text)
    without_links = _LINK.sub(
        lambda m: "" if m.group(3) or m.group(1) == m.group(2) else m.group(1), text
    )
    italic = _ITALIC.search(without_links)
    publisher, issued = "", ""
    if italic:
        title = italic.group(1)
        author = " ".join(unescaped(without_links[: italic.start()]).split()).strip(" ,;:")
        publisher, issued = _publisher_and_date(without_links[italic.end() :])
    else:  # not a reference as references are written: its year, if it gives one
        title = _LOCATOR.sub("", without_links)
        author = ""
        issued = year.group(1) if (year := _YEAR.search(without_links)) else ""
    return SourceDraft(
        key="",
        title=_tidy(title) or url,
        author=author,
        issued=issued,
        url=url,
        note=text,
        publisher=publisher,
    )


def _publisher_and_date(tail: str) -> tuple[str, str]:
    """What a full reference gives after the title: ", Publisher, date." (the
    link and an "(accessed ...)" after it already taken out)."""
    tail = re.sub(r"https?://\S+(\s*\([^()]*\))?", "", unescaped(tail)).strip(" ,.;:")
    parts = [p.strip() for p in tail.split(", ") if p.strip() and not _LOCATOR.fullmatch(p.strip())]
    issued = parsed_written_date(parts[-1]) if parts else ""
    if issued:
        parts = parts[:-1]
    return ", ".join(parts), issued


def _first_url(text: str) -> str:
    match = _LINK.search(text)
    if match is None:
        return ""
    return (match.group(2) or match.group(3)).rstrip(".,;")


def _tidy(text: str) -> str:
    return " ".join(unescaped(text).split()).strip(" ,.;:")


def _shortened_from(source: SourceDraft, earlier: Sequence[SourceDraft]) -> SourceDraft | None:
    """The source cited before (the latest) of which ``source`` is the short form: a
    note without a link whose title's words are all in that source's title, by the
    same author ("General Comment No. 34" after "General Comment No. 34: Article 19
    (freedoms of opinion and expression)")."""
    if source.url:
        return None
    words = _title_words(source.title)
    for candidate in reversed(earlier):
        same_author = not (source.author and candidate.author) or _title_words(
            source.author
        ) == _title_words(candidate.author)
        if words and same_author and words <= _title_words(candidate.title):
            return candidate
    return None


def _title_words(text: str) -> frozenset[str]:
    """A title's words by their stems (a short title may inflect them otherwise)."""
    return frozenset(next(iter(word_forms.stems(word)), word) for word in word_forms.words(text))


def _identities(source: SourceDraft) -> list[str]:
    """What makes two notes the same source: the URL, else the title (a short note
    repeating a title cites the source first given with its URL); the first is
    what the note is looked up by."""
    title = "title:" + " ".join(re.sub(r"[^\w\s]", " ", source.title.casefold()).split())
    if source.url:
        return ["url:" + source.url.lower().split("#")[0].rstrip("/"), title]
    return [title]


def _locator(text: str) -> str:
    match = _LOCATOR.search(text)
    if match is None:
        return ""
    if match.group("before"):
        number = re.sub(r"\s+", "", match.group("number"))
        return f"{match.group('before').strip()} {number}"
    return f"{match.group('number_first')}-{match.group('after')}"


def _unique_key(source: SourceDraft, taken: set[str]) -> str:
    words = _latin(source.author or source.title).split()
    stem = "-".join(words[:2]) if words else "source"
    base = f"{stem}-{source.issued}" if source.issued else stem
    key, suffix = base, ord("b")
    while key in taken:
        key = f"{base}{chr(suffix)}" if suffix <= ord("z") else f"{base}-{suffix - ord('a')}"
        suffix += 1
    return key


def _latin(text: str) -> str:
    """Lower-case Latin letters and digits, words apart: a key anyone can type."""
    spelled = "".join(_LATIN.get(char, char) for char in text.casefold())
    return _UNKEYED.sub(" ", spelled)

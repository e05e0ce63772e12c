"""Mentions of articles of laws in a document's text, matched to the library.

Reviews name provisions the way lawyers write them: "Article 73-3 of the CoAO",
"art. 19 ICCPR", «статья 174 УК РК», «ст. 130 КоАП», «ҚР ҚК 174-бабы». English
and Russian name the instrument right after the article (or just before it:
«КоАП РК статьей 456-2»), Kazakh just before it. An instrument is recognised by
its title or short name in any of the three languages (as the library holds
them, quotation marks and "of the Republic of Kazakhstan" aside, each word by
its stem, so «Уголовного кодекса» and «Қылмыстық кодекстің» are the codes' names
too), or by a common abbreviation that points at words of its title
(:data:`ABBREVIATIONS`: "CoAO" is the code whose title speaks of administrative
offences). An article of a known instrument is its provision, or a provision to
create; a name no instrument answers to is offered as an instrument to create,
never linked on a guess.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from workbench import word_forms

ARTICLE_NUMBER = r"\d+(?:-\d+)*"
_ARTICLE_AFTER_WORD = re.compile(
    rf"\b(?:articles?|arts?\.|стать(?:я|и|е|ю|ей|ёй)|ст\.)\s*(?P<number>{ARTICLE_NUMBER})"
    r"(?P<sub>(?:\s*\(\d+\))*)(?!\s*-)",
    re.IGNORECASE,
)
_KAZAKH_ARTICLE = re.compile(
    rf"(?P<number>{ARTICLE_NUMBER})\s*-\s*(?:бап|баб)\w*(?P<sub>)", re.IGNORECASE
)
WINDOW = 90
"""How far from the article number its instrument's name may stand (characters)."""

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "coao": ("administrative offen",),
    "crkao": ("administrative offen",),
    "коап": ("административных правонарушени",),
    "әқбтк": ("әкімшілік құқық бұзушылық",),
    "cc": ("criminal code",),
    "crcrk": ("criminal code",),
    "ук": ("уголовный кодекс",),
    "қк": ("қылмыстық кодекс",),
    "гк": ("гражданский кодекс",),
    "ак": ("азаматтық кодекс",),
    "гпк": ("гражданский процессуальный",),
    "апк": ("азаматтық процестік",),
    "iccpr": ("civil and political rights",),
    "мпгпп": ("гражданских и политических правах",),
    "асқхп": ("азаматтық және саяси құқықтар",),
    "udhr": ("universal declaration of human rights",),
    "tax code": ("taxes and other obligatory payments",),
    "entrepreneurial code": ("entrepreneurial code",),
}
"""Abbreviations lawyers use, each pointing at words of the instrument's title (in
any language the library holds it in); :func:`_abbreviated` gives each to the
instrument with the shortest title holding those words."""

_NOISE = re.compile(
    r"[«»“”„\"'’]|\b(?:of the republic of kazakhstan|республики казахстан|рк|"
    r"қазақстан республикасының|қр)\b",
    re.IGNORECASE,
)
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_ABBREVIATION = rf"[{_CAPITAL}][\w]{{0,6}}[{_CAPITAL}](?:\s+(?:РК|RK|ҚР))?"
"""An abbreviation: capitals first and last (КоАП, CoAO, ГПК РК)."""
_UNKNOWN_AFTER = re.compile(
    rf"^\s*(?:of\s+)?(?:the\s+)?(?P<name>{_ABBREVIATION}\b"
    r"|(?:Code|Law|Constitution|Covenant|Кодекс|Закон|Конституци)\w*"
    r"(?:\s+(?:of the Republic of Kazakhstan|Республики Казахстан|РК))?"
    r"(?:\s+(?:«[^»]{3,80}»|“[^”]{3,80}”|(?:on|of|об?)(?:\s+(?!(?:и|and|және)\b)\w+){1,4}))?)"
)
"""A name the library does not know, after the article: quoted, an abbreviation, or a
code or law with what follows it (at most a few words: it is offered, not linked)."""
_UNKNOWN_BEFORE = re.compile(
    rf"(?<!\w)(?P<name>(?:ҚР\s+)?{_ABBREVIATION}|«[^»]{{3,80}}»\s*\w*)\s*$"
)
"""An unknown name just before the article («КоАП РК статьей 456-2», «ҚР ҚК 174-бабы»)."""


@dataclass(frozen=True)
class KnownInstrument:
    id: uuid.UUID
    names: tuple[str, ...]
    """Titles and short names in every language the library holds."""


@dataclass(frozen=True)
class KnownProvision:
    id: uuid.UUID
    instrument: uuid.UUID
    unit: str
    """As the library names it: "Article 19(3)", «Статья 73-3», «174-бап»."""


@dataclass(frozen=True)
class Mention:
    """One article named in the text."""

    number: str
    """The article's number ("73-3") with any sub-parts ("19(3)")."""
    instrument: uuid.UUID | None
    """The instrument the library knows it by, or None."""
    unknown_name: str = ""
    """The instrument's name as written, when the library knows none by it."""


@dataclass
class InstrumentIndex:
    """The library's instruments by every name, and their provisions by article."""

    names: dict[str, uuid.UUID] = field(default_factory=dict)
    provisions: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    units: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    """Provisions by instrument and unit as written (normalized), in every language."""
    _pattern: re.Pattern[str] | None = None

    @classmethod
    def of(
        cls, instruments: Iterable[KnownInstrument], provisions: Iterable[KnownProvision]
    ) -> InstrumentIndex:
        index = cls()
        instruments = list(instruments)
        for instrument in instruments:
            for name in {normalized(n) for n in instrument.names} - {""}:
                index.names.setdefault(name, instrument.id)
        for abbreviation, instrument_id in _abbreviated(instruments).items():
            index.names.setdefault(abbreviation, instrument_id)
        for provision in provisions:
            index.units.setdefault((provision.instrument, normalized(provision.unit)), provision.id)
            number = article_of(provision.unit, whole=True)
            if number:
                index.provisions.setdefault((provision.instrument, number), provision.id)
        return index

    def pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.names:
            alternatives = sorted(self.names, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n) for n in alternatives) + r")(?!\w)"
            )
        return self._pattern

    def provision(self, mention: Mention) -> uuid.UUID | None:
        """The library's provision for the article, its sub-parts first."""
        if mention.instrument is None:
            return None
        exact = self.provisions.get((mention.instrument, mention.number))
        bare = self.provisions.get((mention.instrument, mention.number.split("(")[0]))
        return exact or bare


def _abbreviated(instruments: list[KnownInstrument]) -> dict[str, uuid.UUID]:
    """Each abbreviation (and the words it stands for) with the instrument it
    names: of those whose titles hold its words, the one with the shortest title
    (the Covenant, not the Optional Protocol to it)."""
    found: dict[str, uuid.UUID] = {}
    titles = [(i, [normalized(n) for n in i.names]) for i in instruments]
    for abbreviation, words in ABBREVIATIONS.items():
        stemmed = [normalized(w) for w in words]
        holding = [
            (min(len(n) for n in names if any(w in n for w in stemmed)), instrument.id)
            for instrument, names in titles
            if any(w in n for n in names for w in stemmed)
        ]
        if holding:
            chosen = min(holding)[1]
            for name in (normalized(abbreviation), *stemmed):
                found[name] = chosen
    return found


def canonical_name(name: str) -> str:
    """An instrument's name as one key whichever way it is written: the common
    abbreviation it is, or whose words it holds («КоАП РК», «Кодекса ... об
    административных правонарушениях» and "CoAO" are one), else the name."""
    plain = normalized(name)
    for abbreviation, words in ABBREVIATIONS.items():
        if plain == normalized(abbreviation) or any(normalized(w) in plain for w in words):
            return normalized(words[0])
    return plain


def normalized(text: str) -> str:
    """Each word by its stem, without quotation marks and the country's name."""
    plain = _NOISE.sub(" ", text.casefold())
    return " ".join(_stem(word) for word in word_forms.words(plain))


def _stem(word: str) -> str:
    stems = word_forms.stems(word)
    return stems[0] if stems else word


def article_of(unit: str, whole: bool = False) -> str:
    """The article number a provision's unit names ("Article 19(3)" -> "19(3)",
    «Статья 73-3 (часть 1)» -> "73-3", «174-бап» -> "174"). ``whole``: only when
    the number says all the unit does («Статья 19 (пункт 3)» is not article 19)."""
    match = re.search(rf"({ARTICLE_NUMBER})((?:\(\d+\))*)", unit)
    if match is None or (whole and re.search(r"\w", unit[match.end() :].replace("бап", ""))):
        return ""
    return match.group(1) + match.group(2)


def mentions_in(text: str, index: InstrumentIndex) -> list[Mention]:
    """Every article ``text`` names, in order, repeats left out."""
    found: dict[tuple[str, uuid.UUID | None, str], Mention] = {}
    for mention in _mentions(text, index):
        found.setdefault((mention.number, mention.instrument, mention.unknown_name), mention)
    return list(found.values())


def _mentions(text: str, index: InstrumentIndex) -> Iterator[Mention]:
    for match in _ARTICLE_AFTER_WORD.finditer(text):
        after = _CONNECTORS.sub("", text[match.end() : match.end() + WINDOW])
        before = _clause_before(text, match.start())
        instrument = _named_at_start(after, index) or _named_at_end(before, index)
        unknown = None
        if instrument is None:
            unknown = _UNKNOWN_AFTER.match(after) or _UNKNOWN_BEFORE.search(before)
        yield from _each_article(match, instrument, unknown)
    for match in _KAZAKH_ARTICLE.finditer(text):
        before = _clause_before(text, match.start())
        instrument = _named_at_end(before, index)
        unknown = _UNKNOWN_BEFORE.search(before) if instrument is None else None
        yield from _each_article(match, instrument, unknown)


def _each_article(
    match: re.Match[str], instrument: uuid.UUID | None, unknown: re.Match[str] | None
) -> Iterator[Mention]:
    """The articles ``match`` names (two for a range), of the instrument found, else
    of the name no instrument answers to; none when neither was found."""
    sub = re.sub(r"\s+", "", match.group("sub"))
    for number in _numbers(match.group("number")):
        if instrument is not None:
            yield Mention(number + sub, instrument)
        elif unknown is not None:
            yield Mention(number + sub, None, unknown.group("name").strip())


_CONNECTORS = re.compile(
    r"^(?:[\s,(]|\b(?:of|the|part|paragraph|sub-?paragraph|часть|части|пункт\w*|подпункт\w*)\b"
    r"|\d+\)?|«[^»]{1,80}»|“[^”]{1,80}”)*",
    re.IGNORECASE,
)
"""What may stand between an article's number and its instrument's name: "of the",
"part 2", «пункта 4», brackets, the article's own heading in quotation marks
(«статья 73-3 «Клевета» Кодекса...»)."""


def _clause_before(text: str, end: int) -> str:
    """The words before ``end`` in its clause: the instrument named just before an
    article («КоАП РК статьей 456-2», "Tax Code, Article 29", «ҚР ҚК 174-бабы»)."""
    clause = re.split(r"[.;:!?()\n]", text[max(0, end - WINDOW) : end])[-1]
    return clause.rstrip(" ,")


def _numbers(number: str) -> list[str]:
    """An article number, or the two ends of a range ("787-788": articles 787 and
    788, where "73-3" and "460-2" are articles of their own)."""
    first, _, second = number.partition("-")
    if second.isdigit() and int(second) > int(first):
        return [first, second]
    return [number]


def _named_at_start(text: str, index: InstrumentIndex) -> uuid.UUID | None:
    """The instrument whose name ``text`` begins with."""
    pattern = index.pattern()
    found = pattern.match(normalized(text)) if pattern else None
    return index.names[found.group(1)] if found else None


def _named_at_end(text: str, index: InstrumentIndex) -> uuid.UUID | None:
    """The instrument whose name ``text`` ends with."""
    pattern, plain = index.pattern(), normalized(text)
    ending = [m for m in pattern.finditer(plain) if m.end() == len(plain)] if pattern else []
    return index.names[ending[0].group(1)] if ending else None

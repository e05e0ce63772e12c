"""What importing a Word document would create, decided before anything is written.

A review or a submission ends in recommendations: the items of a numbered list
(or the numbered paragraphs) under a heading such as "Recommendations",
«Рекомендации» or «Ұсыныстар», or paragraphs and headings that begin
"Recommendation 3" / «Рекомендация 3» / «Ұсыныс 3» / «3-ұсыныс» wherever
they stand (then the lists under them are parts of them, not recommendations). Each becomes a
recommendation: its first sentence the title, the rest its text, its notes
citations of the sources they name (:mod:`.notes`). The headings among the
recommendations become the sections of one submission, with the text before
each section's first recommendation as its introduction; the title, addressee
and date on the document's first page become the submission's front matter.

The plan is data only: the import (and its dry run) shows it, lets the user
change it, and writes it in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.word_import.notes import (
    NoteCitation,
    SourceDraft,
    cite_in_place,
    markers_in,
    sources_from_notes,
)
from workbench.word_import.reading import (
    Heading,
    Paragraph,
    ReadReport,
    Table,
    WordDocument,
    unescaped,
    without_emphasis,
)
from workbench.word_import.tables import (
    PlannedWording,
    comparative_rows,
    names_exactly,
    names_loosely,
)

RECOMMENDATIONS_HEADING = re.compile(
    r"^\W*(\d+[.)]?\s*)?(recommendations?|рекомендаци[ия]|ұсыныстар|ұсыныс)\b", re.IGNORECASE
)
RECOMMENDATION_START = re.compile(
    r"^\W*(?:(?:recommendation|рекомендация|ұсыныс|ұсыным)\s+\d+"
    r"|\d+\s*-\s*(?:ұсыныс|ұсыным))\s*[.:)\-–—]?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(\w*)[.!?](?=\s|$)")
ABBREVIATIONS = frozenset(
    ("ст", "пп", "см", "гг", "стр", "им", "др", "пр", "no", "art", "arts", "pp", "para", "etc")
)
"""Words a full stop follows without ending the sentence (a single letter never does:
initials)."""
_ADDRESSEE = re.compile(r"^\W*(to|кому|кімге|адресат)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
_DATE = re.compile(
    r"\b(\d{4}\s+жылғы\s+\d{1,2}\s+\w+|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\w+\s+\d{1,2},\s+\d{4})"
)
"""A date as written on a first page: «2023 жылғы 1 қыркүйек», «1 сентября 2023»,
"1 September 2023", "September 1, 2023", 2023-09-01, 01.09.2023."""
TITLE_LIMIT = 200


@dataclass
class PlannedRecommendation:
    title: str
    text: str = ""
    """Markdown, notes as citations (``[@key, p. 4]``)."""
    wordings: list[int] = field(default_factory=list)
    """Indexes into :attr:`ImportPlan.wordings`: the rows of a comparative table whose
    provision this recommendation names."""


@dataclass
class PlannedSection:
    title: str
    introduction: str = ""
    recommendations: list[int] = field(default_factory=list)
    """Indexes into :attr:`ImportPlan.recommendations`, in order."""


@dataclass
class ImportPlan:
    title: str = ""
    addressee: str = ""
    date: str = ""
    sources: list[SourceDraft] = field(default_factory=list)
    recommendations: list[PlannedRecommendation] = field(default_factory=list)
    sections: list[PlannedSection] = field(default_factory=list)
    wordings: list[PlannedWording] = field(default_factory=list)
    """Every row of the document's comparative tables, in order."""
    report: ReadReport = field(default_factory=ReadReport)


def plan_import(document: WordDocument) -> ImportPlan:
    """The records ``document`` would become (nothing is written)."""
    order = [m for block in document.blocks for m in _markers(block)]
    cited = sources_from_notes(document.notes, order)
    plan = ImportPlan(sources=cited.sources, report=document.report)
    _front_matter(plan, document.blocks)
    _Gatherer(plan, cited.citations).gather(document.blocks)
    plan.sections = [s for s in plan.sections if s.recommendations or s.introduction]
    _attach_wordings(plan)
    return plan


def _attach_wordings(plan: ImportPlan) -> None:
    """Each row of a comparative table to the first recommendation naming its
    provision as the table does, else by instrument and article; a row no
    recommendation names stays unattached, for the user to place."""
    texts = [f"{r.title}\n{r.text}" for r in plan.recommendations]
    for index, wording in enumerate(plan.wordings):
        for names in (names_exactly, names_loosely):
            found = next(
                (n for n, text in enumerate(texts) if names(text, wording.provision)), None
            )
            if found is not None:
                plan.recommendations[found].wordings.append(index)
                break


def _markers(block: Heading | Paragraph | Table) -> list[str]:
    if isinstance(block, Table):
        return [m for row in block.rows for cell in row for m in markers_in(cell)]
    return markers_in(block.text)


def _front_matter(plan: ImportPlan, blocks: list[Heading | Paragraph | Table]) -> None:
    """Title, addressee and date from what comes before the first section heading."""
    for block in blocks:
        if isinstance(block, Heading) and block.level >= 1 and plan.title:
            return
        if isinstance(block, Heading) and not plan.title:
            plan.title = block.text
        elif isinstance(block, Paragraph) and len(block.text) < TITLE_LIMIT:
            text = without_emphasis(block.text)
            if (match := _ADDRESSEE.match(text)) and not plan.addressee:
                plan.addressee = match.group("who").strip()
            elif (date := _DATE.search(text)) and not plan.date:
                plan.date = date.group(1)


class _Gatherer:
    """Walks the blocks once, collecting recommendations and the sections they are in."""

    def __init__(self, plan: ImportPlan, citations: dict[str, NoteCitation]) -> None:
        self.plan = plan
        self.citations = citations
        self.inside: int | None = None
        """The level of the recommendations heading being read (None: outside one)."""
        self.current: PlannedRecommendation | None = None
        self.item_level: int | None = None
        """The list level whose items are recommendations (the first met in a section)."""
        self.explicit = False
        """Whether this section's recommendations say so ("Recommendation 3"): then its
        lists are parts of them (evidence, sub-points), not recommendations."""

    def gather(self, blocks: list[Heading | Paragraph | Table]) -> None:
        for block in blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Paragraph):
                self._paragraph(block)
            elif (rows := comparative_rows(block)) is not None:
                self.plan.wordings.extend(rows)
            elif self.current is not None:  # a table inside a recommendation: its text
                lines = [" | ".join(cell.replace("\n", " ") for cell in row) for row in block.rows]
                self._append("\n".join(f"| {line} |" for line in lines))

    def _heading(self, heading: Heading) -> None:
        if started := RECOMMENDATION_START.match(heading.text):
            self.explicit = True
            self._start(heading.text[started.end() :])
            return
        self.current, self.item_level, self.explicit = None, None, False
        if self.inside is not None and heading.level <= self.inside:
            self.inside = None
        if RECOMMENDATIONS_HEADING.match(heading.text):
            self.inside = heading.level
            self.plan.sections.append(PlannedSection(heading.text))
        elif self.inside is not None:
            self.plan.sections.append(PlannedSection(heading.text))

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = cite_in_place(paragraph.text, self.citations)
        started = RECOMMENDATION_START.match(without_emphasis(text))
        if started:  # its words after "Recommendation 3." (emphasis there is dropped)
            self.explicit = True
            self._start(without_emphasis(text)[started.end() :])
        elif self.inside is not None and paragraph.list_level is not None and not self.explicit:
            if self.item_level is None or paragraph.list_level <= self.item_level:
                self.item_level = paragraph.list_level
                self._start(text)
            else:
                self._append(text)
        elif self.current is not None:
            self._append(text)
        elif self.inside is not None and self.plan.sections:
            section = self.plan.sections[-1]
            section.introduction = _joined(section.introduction, text)

    def _start(self, text: str) -> None:
        title, rest = _first_sentence(text)
        self.current = PlannedRecommendation(title, rest)
        self.plan.recommendations.append(self.current)
        if not self.plan.sections:
            self.plan.sections.append(PlannedSection("Recommendations"))
        self.plan.sections[-1].recommendations.append(len(self.plan.recommendations) - 1)

    def _append(self, text: str) -> None:
        assert self.current is not None
        self.current.text = _joined(self.current.text, text)


def _first_sentence(text: str) -> tuple[str, str]:
    """A recommendation's title (plain text, no citations) and its text: the rest
    of the paragraph, or all of it when the title had to leave something out (a
    citation, a sentence too long for a title)."""
    end = _sentence_end(text)
    if end is None or end > TITLE_LIMIT:
        plain = _plain_title(text)
        if len(plain) <= TITLE_LIMIT and plain == text.strip():
            return plain, ""
        cut = plain.rfind(" ", 0, TITLE_LIMIT)
        return plain[: cut if cut > 0 else TITLE_LIMIT].strip() + "…", text.strip()
    title, rest = _plain_title(text[:end]), text[end:].strip()
    return title, (text.strip() if title != text[:end].strip() else rest)


def _sentence_end(text: str) -> int | None:
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1)
        if not word or word.isdigit() or (len(word) > 1 and word.casefold() not in ABBREVIATIONS):
            return match.end()
    return None


def _plain_title(text: str) -> str:
    """A title as a line of plain text: no emphasis marks, no citations."""
    return unescaped(re.sub(r"\s*\[@[^\]]*\]", "", without_emphasis(text))).strip()


def _joined(before: str, text: str) -> str:
    return f"{before}\n\n{text}" if before else text

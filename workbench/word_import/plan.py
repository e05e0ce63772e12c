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
from dataclasses import dataclass, field, replace

from workbench.word_import.front_matter import TITLE_LIMIT, FrontMatter, joined, labels
from workbench.word_import.notes import (
    NoteCitation,
    NoteSources,
    SourceDraft,
    cite_in_place,
    markers_in,
    sources_from_notes,
)
from workbench.word_import.reading import (
    Block,
    Heading,
    Paragraph,
    ReadReport,
    Table,
    WordDocument,
    unescaped,
    without_emphasis,
)
from workbench.word_import.side_by_side import languages_side_by_side, unfolded
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
_PARTS = {"rationale": labels("rationale"), "evidence": labels("evidence")}
"""Labels that open a part of a recommendation, as our export writes them."""
_TARGETS = labels("targets")
_TYPED_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+(?=\S)")
"""A paragraph numbered by hand ("1. ", "2) ") rather than by a numbered list."""
_BOLD_LINE = re.compile(r"^\*\*([^*].*?)\*\*$")


@dataclass
class PlannedCritique:
    title: str
    argument: str = ""


@dataclass
class PlannedRecommendation:
    title: str
    text: str = ""
    """Markdown, notes as citations (``[@key, p. 4]``)."""
    wordings: list[int] = field(default_factory=list)
    """Indexes into :attr:`ImportPlan.wordings`: the rows of a comparative table whose
    provision this recommendation names."""
    rationale: str = ""
    """What follows a "Rationale" label, but for the critiques in it."""
    critiques: list[PlannedCritique] = field(default_factory=list)
    """Under the rationale, each a paragraph in bold (its title) and those after it."""
    evidence: list[str] = field(default_factory=list)
    """The items under an "Evidence" label, each as written."""
    targets: list[str] = field(default_factory=list)
    """The provisions a "Provisions concerned:" line names, as it names them."""


@dataclass
class PlannedSection:
    title: str
    """As the document heads it; "" for recommendations under no heading (the import
    names that section in the document's language)."""
    introduction: str = ""
    recommendations: list[int] = field(default_factory=list)
    """Indexes into :attr:`ImportPlan.recommendations`, in order."""


@dataclass
class ImportPlan:
    title: str = ""
    addressee: str = ""
    date: str = ""
    subtitle: str = ""
    organisation: str = ""
    authors: str = ""
    place: str = ""
    summary: str = ""
    introduction: str = ""
    submitted_on: str = ""
    """The first page's date as ISO, when it names a day."""
    sources: list[SourceDraft] = field(default_factory=list)
    recommendations: list[PlannedRecommendation] = field(default_factory=list)
    sections: list[PlannedSection] = field(default_factory=list)
    wordings: list[PlannedWording] = field(default_factory=list)
    """Every row of the document's comparative tables, in order."""
    report: ReadReport = field(default_factory=ReadReport)
    languages: tuple[str, ...] = ()
    """A side-by-side document's two languages (first column, then second), else ()."""
    translation: ImportPlan | None = None
    """A side-by-side document's second language read as a document of its own:
    the same recommendations, sections and rows, in that language."""


def plan_import(document: WordDocument) -> ImportPlan:
    """The records ``document`` would become (nothing is written). A document in two
    languages side by side is read once per language (:mod:`.side_by_side`), both
    citing the same sources (a note and its translation name one source)."""
    languages = languages_side_by_side(document.blocks)
    sides = [unfolded(document.blocks, side) for side in (0, 1)] if languages else []
    every = sides or [document.blocks]
    order = [m for blocks in every for block in blocks for m in _markers(block)]
    cited = sources_from_notes(document.notes, order)
    plan = _planned(every[0], cited, document.report)
    if languages:
        plan.languages = languages
        plan.translation = _planned(sides[1], cited, document.report)
    return plan


def _planned(blocks: list[Block], cited: NoteSources, report: ReadReport) -> ImportPlan:
    plan = ImportPlan(sources=cited.sources, report=report)
    front = FrontMatter()
    front.read(blocks, cited.citations)
    for name, value in front.values.items():
        setattr(plan, name, value)
    _Gatherer(plan, cited.citations).gather(blocks)
    plan.sections = [s for s in plan.sections if s.recommendations or s.introduction]
    _attach_wordings(plan)
    return plan


def _attach_wordings(plan: ImportPlan) -> None:
    """Each row of a comparative table to the first recommendation naming its
    provision as the table does, else by instrument and article; a row no
    recommendation names stays unattached, for the user to place."""
    texts = [f"{r.title}\n{'; '.join(r.targets)}\n{r.text}" for r in plan.recommendations]
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
        self.part = "text"
        """Where the current recommendation's paragraphs go: its text, its rationale
        (and the critiques in it) or its evidence."""
        self.previous: Paragraph | None = None

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
                self.current.text = _joined(self.current.text, "\n".join(f"| {x} |" for x in lines))

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
            return
        typed = _TYPED_NUMBER.match(text) if paragraph.list_level is None else None
        if self.inside is not None and typed and not self.explicit:  # "1." typed by hand
            paragraph, text = replace(paragraph, list_level=0, numbered=True), text[typed.end() :]
        if self.inside is not None and paragraph.list_level is not None and not self.explicit:
            if self.item_level is None or paragraph.list_level <= self.item_level:
                self.item_level = paragraph.list_level
                self._start(text)
                return
            # a point under the recommendation's item: a list of its own in its text
            paragraph = replace(paragraph, list_level=paragraph.list_level - self.item_level - 1)
            self._append(paragraph, text)
        elif self.current is not None:
            self._part(paragraph, text)
        elif self.inside is not None and self.plan.sections:
            section = self.plan.sections[-1]
            section.introduction = joined(section.introduction, paragraph, text, self.previous)
        self.previous = paragraph

    def _part(self, paragraph: Paragraph, text: str) -> None:
        """A paragraph of the current recommendation: a label opening one of its
        parts, the provisions it concerns, or text of the part it is in."""
        assert self.current is not None
        plain = unescaped(without_emphasis(text)).strip()
        label, _, rest = plain.partition(":")
        part = next((p for p, words in _PARTS.items() if plain.rstrip(":").casefold() in words), "")
        if part:
            self.part = part
        elif self.part == "text" and rest and label.casefold() in _TARGETS:
            self.current.targets.extend(t.strip() for t in rest.split(";") if t.strip())
        elif self.part == "evidence":
            self.current.evidence.append(text)
        elif self.part == "rationale":
            self._rationale(paragraph, text)
        else:
            self._append(paragraph, text)

    def _rationale(self, paragraph: Paragraph, text: str) -> None:
        """Under the rationale, a paragraph wholly in bold opens a critique."""
        assert self.current is not None
        critiques = self.current.critiques
        bold = _BOLD_LINE.match(text.strip())
        if bold and len(bold.group(1)) <= TITLE_LIMIT:
            critiques.append(PlannedCritique(unescaped(bold.group(1)).strip()))
        elif critiques:
            critiques[-1].argument = joined(critiques[-1].argument, paragraph, text, self.previous)
        else:
            self.current.rationale = joined(self.current.rationale, paragraph, text, self.previous)

    def _start(self, text: str) -> None:
        title, rest = _first_sentence(text)
        self.current = PlannedRecommendation(title, rest)
        self.part = "text"
        self.previous = None
        self.plan.recommendations.append(self.current)
        if not self.plan.sections:
            self.plan.sections.append(PlannedSection(""))  # named in the document's language
        self.plan.sections[-1].recommendations.append(len(self.plan.recommendations) - 1)

    def _append(self, paragraph: Paragraph, text: str) -> None:
        assert self.current is not None
        self.current.text = joined(self.current.text, paragraph, text, self.previous)


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

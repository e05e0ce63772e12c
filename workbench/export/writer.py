"""Renders a DocumentPlan into a Word document.

Order of the document: cover, contents, summary, introduction, abbreviations,
recommendations by section, the comparative table of amendments (landscape
pages), bibliography. Citations become native footnotes as they are met; a
source cited again gets its short form. All text passes through
:class:`DroppedCharacters`, so nothing Word cannot hold reaches the XML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Emu
from lxml.etree import _Element

from workbench.collation import sort_key
from workbench.export import ooxml
from workbench.export.citations import (
    Citation,
    CitedItem,
    Segment,
    SourceEntry,
    full_reference,
    short_reference,
)
from workbench.export.dates import long_date
from workbench.export.diff import Piece, word_diff
from workbench.export.labels import LANGUAGE_NAMES, WORD_LANGUAGE_TAGS, labels_for
from workbench.export.markdown import Block, Inline, parse
from workbench.export.ooxml import element, text_run
from workbench.export.plan import (
    DocumentPlan,
    PlannedEvidence,
    PlannedRecommendation,
    PlannedWording,
)
from workbench.export.wordtext import DroppedCharacters

TOC_LEVELS = 2
TABLE_COLUMN_SHARES = (0.06, 0.16, 0.28, 0.28, 0.22)


@dataclass
class WriteResult:
    footnotes: int = 0
    citations: int = 0
    unknown_keys: dict[str, int] = field(default_factory=dict)
    cited_sources: list[str] = field(default_factory=list)
    dropped: DroppedCharacters = field(default_factory=DroppedCharacters)


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    anchor: str


class DocxWriter:
    def __init__(
        self,
        plan: DocumentPlan,
        document: Document,
        now: datetime,
        author: str,
        second: DocumentPlan | None = None,
    ) -> None:
        """``second``, the same submission planned in another language, makes the
        document bilingual: texts side by side in two columns, labels in both."""
        self.plan = plan
        self.second = second
        self._into: _Element | None = None
        """Where new paragraphs go when not told: the body, or a table cell."""
        self.document = document
        self.now = now
        self.author = author
        self.labels = labels_for(plan.language)
        self.result = WriteResult()
        self.headings: list[_Heading] = []
        self.style_ids = {s.name: s.style_id for s in document.styles if s.name}
        self.footnotes = ooxml.Footnotes(
            document, self._style_id("footnote text"), self._style_id("footnote reference")
        )
        self.numbering = ooxml.Numbering(document)
        self._bullets = self.numbering.define(
            [("bullet", "\uf0b7", 720 + 360 * level) for level in range(4)]
        )
        self._ordered = self.numbering.define(
            [("decimal", f"%{level + 1}.", 720 + 360 * level) for level in range(4)]
        )
        self._list_instances: dict[tuple[int, int], int] = {}
        label = self.labels["recommendation"]
        recommendation_list = self.numbering.define([("decimal", f"{label} %1.", 0)], hanging=0)
        self._recommendation_num = self.numbering.instance(recommendation_list)
        self.second_labels = labels_for(second.language) if second else self.labels
        self._second_num = 0
        if second is not None:
            second_label = self.second_labels["recommendation"]
            second_list = self.numbering.define([("decimal", f"{second_label} %1.", 0)], hanging=0)
            self._second_num = self.numbering.instance(second_list)
        self._cited: dict[str, None] = {}

    # --- driver ---------------------------------------------------------------

    def write(self) -> WriteResult:
        plan = self.plan
        if plan.include_cover:
            self._cover()
        toc_anchor = self._contents() if plan.include_toc else None
        if self.second is None:
            self._markdown_chapter("summary", plan.summary, "submission.summary")
            self._markdown_chapter("introduction", plan.introduction, "submission.introduction")
        else:
            self._bilingual_chapter("summary", "summary")
            self._bilingual_chapter("introduction", "introduction")
        if plan.include_abbreviations and plan.abbreviations:
            self._abbreviations()
        if self.second is None:
            self._recommendations()
        else:
            self._bilingual_recommendations(self.second)
        if plan.include_comparative_table and plan.wordings:
            self._comparative_table()
        if plan.include_bibliography and self._cited:
            self._bibliography()
        if toc_anchor is not None:
            self._fill_contents(toc_anchor)
        self._properties()
        ooxml.set_document_language(self.document, WORD_LANGUAGE_TAGS.get(plan.language, "en-GB"))
        ooxml.ask_word_to_update_fields(self.document)
        self.result.footnotes = self.footnotes.count
        self.result.cited_sources = list(self._cited)
        return self.result

    # --- text primitives --------------------------------------------------------

    def _style_id(self, name: str) -> str:
        return self.style_ids.get(name, name.replace(" ", ""))

    def _clean(self, text: str, where: str) -> str:
        return self.result.dropped.clean(text, where)

    def _place(self, block: _Element) -> None:
        """Add a paragraph or table at the end of the body (before its section properties)."""
        self.document.element.body.sectPr.addprevious(block)

    def _new_p(self, style: str | None = None, into: _Element | None = None) -> _Element:
        """A new paragraph at the end of the body, or of ``into`` (a table cell)."""
        p = element("w:p")
        if style is not None:
            p.append(element("w:pPr", None, element("w:pStyle", {"w:val": self._style_id(style)})))
        into = self._into if into is None else into
        if into is None:
            self._place(p)
        else:
            into.append(p)
        return p

    def _text(
        self,
        p: _Element,
        text: str,
        where: str,
        *,
        bold: bool = False,
        italic: bool = False,
        strike: bool = False,
        underline: bool = False,
    ) -> None:
        marks = _run_properties(bold=bold, italic=italic, strike=strike, underline=underline)
        p.append(text_run(self._clean(text, where), marks))

    def _heading(self, text: str, level: int, where: str) -> _Element:
        p = self._new_p(f"Heading {level}")
        clean = self._clean(text, where)
        p.append(text_run(clean))
        if level <= TOC_LEVELS:
            anchor = f"_Toc{len(self.headings) + 1:06d}"
            ooxml.bookmark(p, anchor, len(self.headings) + 1)
            self.headings.append(_Heading(level, clean, anchor))
        return p

    def _page_break(self) -> None:
        self._new_p().append(element("w:r", None, element("w:br", {"w:type": "page"})))

    # --- markdown ---------------------------------------------------------------

    def _markdown(
        self, markdown: str, where: str, style: str | None = None, into: _Element | None = None
    ) -> None:
        for block in parse(markdown):
            self._block(block, where, style, into)

    def _block(
        self, block: Block, where: str, style: str | None, into: _Element | None = None
    ) -> _Element:
        if block.kind == "quote":
            p = self._new_p("Quote", into)
        elif block.kind in ("bullet", "ordered"):
            p = self._new_p("List Paragraph", into)
            ooxml.set_numbering(p, self._list_num(block), block.level)
        else:
            p = self._new_p(style, into)
        self._inlines(p, block.inlines, where, bold=block.kind == "heading")
        return p

    def _list_num(self, block: Block) -> int:
        key = (block.list_id, block.level)
        if key not in self._list_instances:
            if block.kind == "bullet":
                self._list_instances[key] = self.numbering.instance(self._bullets)
            else:
                self._list_instances[key] = self.numbering.instance(self._ordered, block.start)
        return self._list_instances[key]

    def _inlines(
        self, p: _Element, inlines: Sequence[Inline], where: str, bold: bool = False
    ) -> None:
        for inline in inlines:
            if inline.citation is not None:
                p.extend(self._cite(inline.citation, where))
            elif inline.line_break:
                p.append(element("w:r", None, element("w:br")))
            elif inline.link and ooxml.is_safe_link(inline.link):
                run = text_run(
                    self._clean(inline.text, where),
                    _run_properties(
                        style=self._style_id("Hyperlink"),
                        bold=inline.bold or bold,
                        italic=inline.italic,
                    ),
                )
                p.append(
                    ooxml.hyperlink(self.document.part, self._clean(inline.link, where), [run])
                )
            else:
                marks = _run_properties(
                    bold=inline.bold or bold, italic=inline.italic, code=inline.code
                )
                p.append(text_run(self._clean(inline.text, where), marks))

    # --- citations ----------------------------------------------------------------

    def _cite(self, citation: Citation, where: str) -> list[_Element]:
        """The footnote reference for one citation, or its literal text if no key resolves."""
        parts: list[list[Segment]] = []
        for item in citation.items:
            source = self.plan.sources.get(item.key)
            if source is None:
                self.result.unknown_keys[item.key] = self.result.unknown_keys.get(item.key, 0) + 1
                continue
            parts.append(_with_locator(self._reference(source), item.locator))
        if not parts:
            return [text_run(self._clean(citation.literal, where))]
        runs: list[_Element] = []
        for number, segments in enumerate(parts):
            if number:
                runs.append(text_run("; "))
            runs.extend(self._segment_runs(segments, where, self.footnotes.part))
        self.result.citations += 1
        return [self.footnotes.reference_run(self.footnotes.add(runs))]

    def _reference(self, source: SourceEntry) -> list[Segment]:
        if source.key in self._cited:
            return short_reference(source)
        self._cited[source.key] = None
        return full_reference(source, self.labels["accessed"])

    def _segment_runs(self, segments: Iterable[Segment], where: str, part: Part) -> list[_Element]:
        runs: list[_Element] = []
        for segment in segments:
            text = self._clean(segment.text, where)
            if segment.link and ooxml.is_safe_link(segment.link):
                run = text_run(text, _run_properties(style=self._style_id("Hyperlink")))
                runs.append(ooxml.hyperlink(part, self._clean(segment.link, where), [run]))
            else:
                runs.append(text_run(text, _run_properties(italic=segment.italic)))
        return runs

    def _cite_evidence(self, evidence: PlannedEvidence) -> list[_Element]:
        if evidence.source_key is None:
            return []
        citation = Citation((CitedItem(evidence.source_key),), "")
        return self._cite(citation, f"evidence {evidence.id}")

    # --- parts of the document ---------------------------------------------------

    def _cover(self) -> None:
        plan = self.plan
        for _ in range(4):
            self._new_p("Cover Detail")
        if plan.organisation:
            self._text(
                self._new_p("Cover Detail"), plan.organisation, "submission.organisation", bold=True
            )
        self._text(self._new_p("Title"), plan.title, "submission.title")
        if plan.subtitle:
            self._text(self._new_p("Subtitle"), plan.subtitle, "submission.subtitle")
        if self.second is not None and self.second.title != plan.title:
            self._text(self._new_p("Title"), self.second.title, "submission.title")
            if self.second.subtitle and self.second.subtitle != plan.subtitle:
                self._text(self._new_p("Subtitle"), self.second.subtitle, "submission.subtitle")
        for _ in range(2):
            self._new_p("Cover Detail")
        details = (
            ("to", plan.addressee, "submission.addressee"),
            ("prepared_by", plan.authors, "submission.authors"),
        )
        for label, value, where in details:
            if value:
                self._text(self._new_p("Cover Detail"), f"{self.labels[label]}: {value}", where)
        place_date = ", ".join(p for p in (plan.place, long_date(plan.date, plan.language)) if p)
        if place_date:
            self._text(self._new_p("Cover Detail"), place_date, "submission.place")
        self._page_break()

    def _contents(self) -> _Element:
        self._text(self._new_p("TOC Heading"), self._label("contents"), "labels")
        anchor = self._new_p("toc 1")
        self._page_break()
        return anchor

    def _fill_contents(self, anchor: _Element) -> None:
        """A TOC field whose cached result already lists the headings (linked)."""
        opening, closing = ooxml.field_runs(f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u')
        entries = self.headings or [_Heading(1, self.labels["contents"], "")]
        paragraphs: list[_Element] = []
        for number, heading in enumerate(entries):
            style = self._style_id(f"toc {heading.level}")
            if number == 0:
                p = anchor
                p.pPr.find(qn("w:pStyle")).set(qn("w:val"), style)
                p.extend(opening)
            else:
                p = element(
                    "w:p", None, element("w:pPr", None, element("w:pStyle", {"w:val": style}))
                )
            entry = text_run(heading.text)
            p.append(ooxml.internal_link(heading.anchor, [entry]) if heading.anchor else entry)
            paragraphs.append(p)
        paragraphs[-1].append(closing)
        previous = anchor
        for p in paragraphs[1:]:
            previous.addnext(p)
            previous = p

    def _label(self, key: str) -> str:
        """A label in the document's language, or in both when it is bilingual."""
        first, second = self.labels[key], self.second_labels[key]
        return first if self.second is None or first == second else f"{first} / {second}"

    def _markdown_chapter(self, label: str, markdown: str, where: str) -> None:
        if not markdown.strip():
            return
        self._heading(self.labels[label], 1, "labels")
        self._markdown(markdown, where)

    def _table(self, shares: Sequence[float]) -> tuple[_Element, list[int]]:
        section = self.document.sections[-1]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        total = Emu((page or 0) - (left or 0) - (right or 0)).twips
        widths = [int(total * share) for share in shares]
        style = self._style_id("Table Grid") if "Table Grid" in self.style_ids else None
        tbl = ooxml.table(style, widths)
        self._place(tbl)
        return tbl, widths

    def _abbreviations(self) -> None:
        self._heading(self._label("abbreviations"), 1, "labels")
        tbl, widths = self._table((0.25, 0.75))
        for short, title in self.plan.abbreviations:
            row = ooxml.table_row(tbl)
            self._text(
                self._new_p("Table Text", ooxml.table_cell(row, widths[0])),
                short,
                "instrument.short_name",
                bold=True,
            )
            self._text(
                self._new_p("Table Text", ooxml.table_cell(row, widths[1])),
                title,
                "instrument.title",
            )

    def _recommendations(self) -> None:
        if not self.plan.recommendations:
            return
        self._heading(self.labels["recommendations"], 1, "labels")
        for section in self.plan.sections:
            if section.title:
                self._heading(section.title, 2, f"section {section.id}")
            self._markdown(section.introduction, f"section {section.id}")
            for recommendation in section.recommendations:
                self._recommendation(recommendation)

    def _recommendation(self, rec: PlannedRecommendation) -> None:
        where = f"recommendation {rec.id}"
        title = self._new_p("Recommendation")
        ooxml.set_numbering(title, self._recommendation_num)
        self._text(title, rec.title, where)
        if rec.targets:
            targets = self._new_p()
            self._text(targets, f"{self.labels['targets']}: ", where, italic=True)
            self._text(targets, "; ".join(rec.targets), where)
        self._markdown(rec.text, where)
        if rec.rationale.strip() or rec.critiques:
            self._text(self._new_p("Recommendation Label"), self.labels["rationale"], "labels")
            self._markdown(rec.rationale, where)
            for critique in rec.critiques:
                self._text(self._new_p(), critique.title, f"critique {critique.id}", bold=True)
                self._markdown(critique.argument, f"critique {critique.id}")
        if rec.evidence:
            self._text(self._new_p("Recommendation Label"), self.labels["evidence"], "labels")
            bullets = self.numbering.instance(self._bullets)
            for evidence in rec.evidence:
                self._evidence(evidence, bullets)

    # --- two languages side by side ---------------------------------------------

    def _columns(self) -> tuple[_Element, list[int]]:
        """A two-column table: the first language left, the second right."""
        tbl, widths = self._table((0.5, 0.5))
        header = ooxml.table_row(tbl, repeat_as_header=True)
        assert self.second is not None
        for width, language in zip(widths, (self.plan.language, self.second.language), strict=True):
            cell = ooxml.table_cell(header, width)
            self._text(self._new_p("Table Heading", cell), _language_name(language), "labels")
        return tbl, widths

    def _side_by_side(
        self, widths: list[int], tbl: _Element, left: Callable[[], None], right: Callable[[], None]
    ) -> None:
        """One row: ``left`` writes into the first cell, ``right`` (in the second
        language's labels and numbering) into the second."""
        row = ooxml.table_row(tbl)
        cells = [ooxml.table_cell(row, width) for width in widths]
        labels, number = self.labels, self._recommendation_num
        try:
            self._into = cells[0]
            left()
            self._into = cells[1]
            self.labels, self._recommendation_num = self.second_labels, self._second_num
            right()
        finally:
            self._into = None
            self.labels, self._recommendation_num = labels, number
        for cell in cells:
            if cell.find(qn("w:p")) is None:  # a cell must hold a paragraph
                self._new_p("Table Text", cell)

    def _bilingual_chapter(self, label: str, name: str) -> None:
        assert self.second is not None
        first, second = getattr(self.plan, name), getattr(self.second, name)
        if not first.strip() and not second.strip():
            return
        self._heading(self._label(label), 1, "labels")
        tbl, widths = self._columns()
        where = f"submission.{name}"
        self._side_by_side(
            widths,
            tbl,
            partial(self._markdown, first, where),
            partial(self._markdown, second, where),
        )

    def _bilingual_recommendations(self, second: DocumentPlan) -> None:
        if not self.plan.recommendations:
            return
        self._heading(self._label("recommendations"), 1, "labels")
        for section, other in zip(self.plan.sections, second.sections, strict=True):
            title = section.title
            if other.title and other.title != title:
                title = f"{title} / {other.title}" if title else other.title
            if title:
                self._heading(title, 2, f"section {section.id}")
            tbl, widths = self._columns()
            where = f"section {section.id}"
            if section.introduction.strip() or other.introduction.strip():
                self._side_by_side(
                    widths,
                    tbl,
                    partial(self._markdown, section.introduction, where),
                    partial(self._markdown, other.introduction, where),
                )
            for rec, translated in zip(section.recommendations, other.recommendations, strict=True):
                self._side_by_side(
                    widths,
                    tbl,
                    partial(self._recommendation, rec),
                    partial(self._recommendation, translated),
                )

    def _evidence(self, evidence: PlannedEvidence, bullets: int) -> None:
        where = f"evidence {evidence.id}"
        p = self._new_p("List Paragraph")
        ooxml.set_numbering(p, bullets)
        self._text(p, evidence.title, where, bold=True)
        detail = ", ".join(part for part in (evidence.value, evidence.observed_on) if part)
        if detail:
            self._text(p, f" ({detail})", where)
        blocks = parse(evidence.summary)
        if blocks and blocks[0].kind == "paragraph":
            self._text(p, ": ", where)
            self._inlines(p, blocks[0].inlines, where)
            blocks = blocks[1:]
        p.extend(self._cite_evidence(evidence))
        for block in blocks:
            self._block(block, where, None)

    def _comparative_table(self) -> None:
        self._new_section(landscape=True)
        self._heading(self._label("comparative_table"), 1, "labels")
        labels = self.labels
        headers = ("col_number", "col_unit", "col_current", "col_proposed", "col_justification")
        tbl, widths = self._table(TABLE_COLUMN_SHARES)
        header = ooxml.table_row(tbl, repeat_as_header=True)
        for width, key in zip(widths, headers, strict=True):
            self._text(
                self._new_p("Table Heading", ooxml.table_cell(header, width)),
                self._label(key),
                "labels",
            )
        empty = [Piece(labels["no_wording"], "same")]
        seconds = self.second.wordings if self.second else [None] * len(self.plan.wordings)
        for number, (wording, other) in enumerate(
            zip(self.plan.wordings, seconds, strict=True), start=1
        ):
            where = f"recommendation {wording.recommendation_id}"
            row = ooxml.table_row(tbl)
            cells = [ooxml.table_cell(row, width) for width in widths]
            self._text(self._new_p("Table Text", cells[0]), str(number), where)
            self._wording_texts(cells, wording, where, empty)
            if other is not None and other != wording:
                # The second language below the first, in the same cells.
                other_empty = [Piece(self.second_labels["no_wording"], "same")]
                self._wording_texts(cells, other, where, other_empty, wording)
            if len(cells[4]) == 1:  # a cell must hold a paragraph
                self._new_p("Table Text", cells[4])
        self._new_section(landscape=False)

    def _wording_texts(
        self,
        cells: list[_Element],
        wording: PlannedWording,
        where: str,
        empty: list[Piece],
        first: PlannedWording | None = None,
    ) -> None:
        """Unit, current and proposed wording (changes marked), justification; for
        the second language (``first`` given), only what differs from the first."""
        if first is None or wording.unit != first.unit:
            self._text(self._new_p("Table Text", cells[1]), wording.unit, where)
        if first is None or (wording.current, wording.proposed) != (first.current, first.proposed):
            before, after = word_diff(wording.current, wording.proposed)
            self._diff(self._new_p("Table Text", cells[2]), before or empty, where)
            self._diff(self._new_p("Table Text", cells[3]), after or empty, where)
        if first is None or wording.justification != first.justification:
            self._markdown(wording.justification, where, "Table Text", cells[4])

    def _diff(self, p: _Element, pieces: list[Piece], where: str) -> None:
        for piece in pieces:
            self._text(p, piece.text, where, **_DIFF_MARKS[piece.change])

    def _new_section(self, *, landscape: bool) -> None:
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        width, height = section.page_width, section.page_height
        if landscape != (width > height):
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT

    def _bibliography(self) -> None:
        self._heading(self._label("bibliography"), 1, "labels")
        sources = [self.plan.sources[key] for key in self._cited]
        language = self.plan.language
        for source in sorted(
            sources, key=lambda s: (sort_key(s.author or s.title, language), s.key)
        ):
            segments = full_reference(source, self.labels["accessed"])
            runs = self._segment_runs(segments, f"source {source.key}", self.document.part)
            self._new_p("Bibliography").extend(runs)

    def _properties(self) -> None:
        plan = self.plan
        properties = self.document.core_properties
        where = "document properties"
        properties.title = _fit(self._clean(plan.title, where))
        properties.subject = _fit(self._clean(plan.addressee, where))
        properties.author = _fit(
            self._clean(plan.organisation or plan.authors or self.author, where)
        )
        properties.keywords = _fit(self._clean(", ".join(plan.keywords), where), separator=", ")
        properties.language = WORD_LANGUAGE_TAGS.get(plan.language, "en-GB")
        properties.last_modified_by = _fit(self._clean(self.author, where))
        properties.created = self.now.replace(tzinfo=None)
        properties.modified = self.now.replace(tzinfo=None)
        properties.revision = 1
        properties.comments = "Exported by Workbench"


def _language_name(language: str) -> str:
    """A language named in itself, as the column heading of a bilingual document."""
    return LANGUAGE_NAMES.get(language, language)


def _fit(text: str, limit: int = 255, separator: str = " ") -> str:
    """Core properties hold at most 255 characters: cut at a separator."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(separator, 1)[0]
    return cut if cut else text[:limit]


_DIFF_MARKS: dict[str, dict[str, bool]] = {
    "same": {},
    "deleted": {"strike": True},
    "inserted": {"bold": True, "underline": True},
}


def _with_locator(segments: list[Segment], locator: str) -> list[Segment]:
    """ "…, 2023." with locator "p. 4" reads "…, 2023, p. 4."."""
    if not locator:
        return segments
    if segments and segments[-1].text == ".":
        return [*segments[:-1], Segment(f", {locator}.")]
    return [*segments, Segment(f" {locator}.")]


def _run_properties(
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    code: bool = False,
    strike: bool = False,
    underline: bool = False,
) -> list[_Element]:
    """Run properties in the order the schema requires."""
    props: list[_Element] = []
    if style:
        props.append(element("w:rStyle", {"w:val": style}))
    if code:
        props.append(
            element(
                "w:rFonts",
                {"w:ascii": "Courier New", "w:hAnsi": "Courier New", "w:cs": "Courier New"},
            )
        )
    if bold:
        props.append(element("w:b"))
    if italic:
        props.append(element("w:i"))
    if strike:
        props.append(element("w:strike"))
    if underline:
        props.append(element("w:u", {"w:val": "single"}))
    return props

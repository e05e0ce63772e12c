"""Renders a document plan as a Word document: the Word renderer of the walk.

:class:`~workbench.export.walk.DocumentWalk` decides the order, the labels,
the numbers and the citations; this module turns each of its events into
WordprocessingML on the template. Citations become native footnotes,
recommendations and lists use Word numbering, the contents is a TOC field
whose cached result already lists the headings, and the comparative table
gets landscape pages. All text passes through :class:`DroppedCharacters`, so
nothing Word cannot hold reaches the XML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from docx.document import Document
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml.etree import _Element

from workbench.export import events as ev
from workbench.export import ooxml
from workbench.export.anchors import Anchor
from workbench.export.citations import Segment
from workbench.export.docx_style import run_properties
from workbench.export.labels import WORD_LANGUAGE_TAGS, labels_for
from workbench.export.ooxml import element, text_run
from workbench.export.pagination import estimate_pages
from workbench.export.plan import DocumentPlan
from workbench.export.properties import Described, ExportIdentity, describe
from workbench.export.sections import Sections
from workbench.export.template_styles import StyleIndex
from workbench.export.walk import DocumentWalk
from workbench.export.wordtext import DroppedCharacters

TOC_LEVELS = 2
RECOMMENDATION_SEQUENCES = ("Recommendation", "RecommendationSecond")
"""Word's SEQ counters numbering the recommendations of the first and second column:
the label and number are text every reader sees ("Recommendation 3."), while Word
renumbers them when fields are updated after a recommendation is added by hand."""
ANCHOR_IDS_FROM = 100_000
"""Anchors' bookmark ids start here, clear of the headings' (1, 2, ...)."""
_COVER_DETAIL_PLACES = {"to": "submission.addressee", "prepared_by": "submission.authors"}


@dataclass
class WriteResult:
    footnotes: int = 0
    citations: int = 0
    unknown_keys: dict[str, int] = field(default_factory=dict)
    cited_sources: list[str] = field(default_factory=list)
    dropped: DroppedCharacters = field(default_factory=DroppedCharacters)
    template_left_out: list[str] = field(default_factory=list)
    """What the template held that an export never carries (macros, external targets)."""
    anchors: dict[str, Anchor] = field(default_factory=dict)
    """Each anchored text written, by its bookmark's name (workbench.export.anchors)."""


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
        export: ExportIdentity | None = None,
    ) -> None:
        """``second``, the same submission planned in another language, makes the
        document bilingual: texts side by side in two columns, labels in both;
        ``export`` names the project and the export in the document's properties."""
        self.plan = plan
        self.export = export
        self.second = second
        self.document = document
        self.now = now
        self.author = author
        self.result = WriteResult()
        self.headings: list[_Heading] = []
        self.styles = StyleIndex(document)
        self.footnotes = ooxml.Footnotes(
            document, self._style_id("footnote text"), self._style_id("footnote reference")
        )
        self.numbering = ooxml.Numbering(document)
        self.sections = Sections(document)
        self._portrait_pending = False
        self._bullets = self.numbering.define(
            [("bullet", "\uf0b7", 720 + 360 * level) for level in range(4)]
        )
        self._ordered = self.numbering.define(
            [("decimal", f"%{level + 1}.", 720 + 360 * level) for level in range(4)]
        )
        self._list_instances: dict[tuple[int, int], int] = {}
        self._anchor_ids: dict[str, int] = {}
        self._evidence_num = 0
        self._contents_anchor: _Element | None = None
        self._table: _Element | None = None
        self._widths: list[int] = []
        self._table_kind = ""
        self._column_languages: list[str] = []
        self._cells: list[_Element] = []
        self._into: _Element | None = None
        """Where new paragraphs go: the body (None), or a table cell."""
        self._handlers: dict[type[Any], Callable[[Any], None]] = {
            ev.Cover: self._cover,
            ev.Contents: self._contents,
            ev.Heading: self._on_heading,
            ev.Paragraph: self._paragraph,
            ev.RecommendationTitle: self._recommendation_title,
            ev.EvidenceListStart: self._evidence_list,
            ev.EvidenceListEnd: _ignore,
            ev.PageOrientation: self._new_section,
            ev.TableStart: self._table_start,
            ev.RowStart: self._row_start,
            ev.CellStart: self._cell_start,
            ev.RowEnd: self._row_end,
            ev.TableEnd: _ignore,
            ev.BibliographyEntry: self._bibliography_entry,
            ev.DocumentEnd: self._end,
        }

    # --- driver ---------------------------------------------------------------

    def write(self) -> WriteResult:
        walk = DocumentWalk(self.plan, self.second)
        handlers = self._handlers
        for event in walk.events():
            if self._portrait_pending and not isinstance(event, ev.DocumentEnd):
                self.sections.add(landscape=False)
                self._portrait_pending = False
            handlers[type(event)](event)
        self.result.footnotes = self.footnotes.count
        self.result.citations = walk.citations
        self.result.unknown_keys = walk.unknown_keys
        self.result.cited_sources = list(walk.cited)
        self.result.anchors = walk.anchors
        return self.result

    # --- text primitives --------------------------------------------------------

    def _style_id(self, name: str) -> str:
        """The id of a style the template holds or was given (every one the export
        uses: :func:`~workbench.export.template_styles.add_missing_styles`)."""
        style_id = self.styles.id_of(name)
        if style_id is None:
            raise KeyError(f"the export's template has no style named {name!r}")
        return style_id

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

    def _text(self, p: _Element, text: str, where: str, *, bold: bool = False) -> None:
        p.append(text_run(self._clean(text, where), run_properties(bold=bold)))

    def _page_break(self) -> None:
        self._new_p().append(element("w:r", None, element("w:br", {"w:type": "page"})))

    def _inlines(
        self, p: _Element, inlines: Sequence[ev.Inline], where: str, bold: bool = False
    ) -> None:
        for inline in inlines:
            if isinstance(inline, ev.Run):
                p.append(self._run(inline, where, bold))
            elif isinstance(inline, ev.NoteReference):
                p.append(self._footnote(inline, where))
            elif isinstance(inline, ev.UnknownCitation):
                p.append(text_run(self._clean(inline.text, where)))
            else:
                p.append(element("w:r", None, element("w:br")))

    def _run(self, run: ev.Run, where: str, bold: bool) -> _Element:
        if run.link and ooxml.is_safe_link(run.link):
            props = run_properties(
                style=self._style_id("Hyperlink"), bold=run.bold or bold, italic=run.italic
            )
            link = self._clean(run.link, where)
            inner = text_run(self._clean(run.text, where), props)
            return ooxml.hyperlink(self.document.part, link, [inner])
        props = run_properties(
            bold=run.bold or bold,
            italic=run.italic,
            code=run.code,
            strike=run.strike,
            underline=run.underline,
        )
        return text_run(self._clean(run.text, where), props)

    def _footnote(self, note: ev.NoteReference, where: str) -> _Element:
        runs: list[_Element] = []
        for number, segments in enumerate(note.parts):
            if number:
                runs.append(text_run("; "))
            runs.extend(self._segment_runs(segments, where, self.footnotes.part))
        return self.footnotes.reference_run(self.footnotes.add(runs))

    def _segment_runs(self, segments: Iterable[Segment], where: str, part: Part) -> list[_Element]:
        runs: list[_Element] = []
        for segment in segments:
            text = self._clean(segment.text, where)
            if segment.link and ooxml.is_safe_link(segment.link):
                run = text_run(text, run_properties(style=self._style_id("Hyperlink")))
                runs.append(ooxml.hyperlink(part, self._clean(segment.link, where), [run]))
            else:
                runs.append(text_run(text, run_properties(italic=segment.italic)))
        return runs

    # --- events -------------------------------------------------------------------

    def _cover(self, cover: ev.Cover) -> None:
        if not cover.on_page:
            return
        self.sections.unnumbered_cover()
        for _ in range(4):
            self._new_p("Cover Detail")
        if cover.organisation:
            where = "submission.organisation"
            self._text(self._new_p("Cover Detail"), cover.organisation, where, bold=True)
        self._text(self._new_p("Title"), cover.title, "submission.title")
        if cover.subtitle:
            self._text(self._new_p("Subtitle"), cover.subtitle, "submission.subtitle")
        if cover.second_title:
            self._text(self._new_p("Title"), cover.second_title, "submission.title")
            if cover.second_subtitle:
                where = "submission.subtitle"
                self._text(self._new_p("Subtitle"), cover.second_subtitle, where)
        for _ in range(2):
            self._new_p("Cover Detail")
        for key, label, value in cover.details:
            if value:
                where = _COVER_DETAIL_PLACES[key]
                self._text(self._new_p("Cover Detail"), f"{label}: {value}", where)
        place_date = ", ".join(p for p in (cover.place, cover.long_date) if p)
        if place_date:
            self._text(self._new_p("Cover Detail"), place_date, "submission.place")
        self._page_break()

    def _contents(self, contents: ev.Contents) -> None:
        self._text(self._new_p("TOC Heading"), contents.title, "labels")
        self._contents_anchor = self._new_p("toc 1")
        self._page_break()

    def _on_heading(self, heading: ev.Heading) -> None:
        p = self._new_p(f"Heading {heading.level}")
        clean = self._clean(heading.text, heading.where)
        p.append(text_run(clean))
        if heading.level <= TOC_LEVELS:
            anchor = f"_Toc{len(self.headings) + 1:06d}"
            ooxml.bookmark(p, anchor, len(self.headings) + 1)
            self.headings.append(_Heading(heading.level, clean, anchor))

    def _paragraph(self, paragraph: ev.Paragraph) -> None:
        p = self._new_p(paragraph.style)
        kind = paragraph.kind
        if kind == "bullet" or kind == "ordered":
            ooxml.set_numbering(p, self._list_num(paragraph), paragraph.level)
        elif kind == "evidence":
            ooxml.set_numbering(p, self._evidence_num)
        for name in paragraph.opens:
            ooxml.open_bookmark(p, name, self._anchor_id(name))
        self._inlines(p, paragraph.inlines, paragraph.where, bold=kind == "heading")
        for name in paragraph.closes:
            ooxml.close_bookmark(p, self._anchor_id(name))

    def _anchor_id(self, name: str) -> int:
        """An anchor's bookmark id: after any heading's (those count from 1)."""
        return self._anchor_ids.setdefault(name, ANCHOR_IDS_FROM + len(self._anchor_ids))

    def _list_num(self, item: ev.Paragraph) -> int:
        """One Word list per Markdown list id and level (ids repeat across texts,
        so lists with the same id share their numbering, as they always have)."""
        key = (item.list_id, item.level)
        if key not in self._list_instances:
            if item.kind == "bullet":
                self._list_instances[key] = self.numbering.instance(self._bullets)
            else:
                self._list_instances[key] = self.numbering.instance(self._ordered, item.start)
        return self._list_instances[key]

    def _recommendation_title(self, title: ev.RecommendationTitle) -> None:
        p = self._new_p("Recommendation")
        sequence = RECOMMENDATION_SEQUENCES[title.second]
        p.append(text_run(f"{self._clean(title.label, 'labels')} "))
        p.extend(ooxml.field(f"SEQ {sequence} \\* ARABIC", str(title.number)))
        p.append(text_run(". "))
        if title.anchor:
            p.append(ooxml.bookmark_start(title.anchor, self._anchor_id(title.anchor)))
        self._text(p, title.title, title.where)
        if title.anchor:
            ooxml.close_bookmark(p, self._anchor_id(title.anchor))

    def _evidence_list(self, _start: ev.EvidenceListStart) -> None:
        self._evidence_num = self.numbering.instance(self._bullets)

    def _new_section(self, orientation: ev.PageOrientation) -> None:
        """Landscape pages start at once; the return to portrait waits for the text
        that follows (with none, the document would end on a blank page)."""
        if orientation.landscape:
            self.sections.add(landscape=True)
        self._portrait_pending = not orientation.landscape

    def _table_start(self, start: ev.TableStart) -> None:
        total = self.sections.text_width(-1)
        self._widths = [int(total * share) for share in start.shares]
        self._table_kind = start.kind
        self._column_languages = [WORD_LANGUAGE_TAGS.get(code, "") for code in start.languages]
        self._table = ooxml.table(self._style_id("Table Grid"), self._widths)
        self._place(self._table)
        if start.header:
            header = ooxml.table_row(self._table, repeat_as_header=True)
            for width, text in zip(self._widths, start.header, strict=True):
                cell = ooxml.table_cell(header, width)
                self._text(self._new_p("Table Heading", cell), text, "labels")

    def _row_start(self, _start: ev.RowStart) -> None:
        assert self._table is not None
        row = ooxml.table_row(self._table, keep_on_one_page=self._table_kind != "columns")
        self._cells = [ooxml.table_cell(row, width) for width in self._widths]

    def _cell_start(self, cell: ev.CellStart) -> None:
        self._into = self._cells[cell.column]

    def _row_end(self, _end: ev.RowEnd) -> None:
        self._into = None
        for cell, tag in zip(self._cells, self._column_languages, strict=False):
            if tag:
                ooxml.set_run_languages(cell, tag)
        for cell in self._cells:
            if cell.find(qn("w:p")) is None:  # a cell must hold a paragraph
                self._new_p("Table Text", cell)

    def _bibliography_entry(self, entry: ev.BibliographyEntry) -> None:
        runs = self._segment_runs(entry.segments, f"source {entry.key}", self.document.part)
        self._new_p("Bibliography").extend(runs)

    def _end(self, _end: ev.DocumentEnd) -> None:
        numbers: dict[str, _Element] = {}
        if self._contents_anchor is not None:
            numbers = self._fill_contents(self._contents_anchor)
        pagination = estimate_pages(
            self.document, self.footnotes.part.element, self._style_id("footnote text")
        )
        for anchor, run in numbers.items():
            run.find(qn("w:t")).text = str(pagination.pages.get(anchor, 1))
        self._properties(pagination.total)
        language = WORD_LANGUAGE_TAGS.get(self.plan.language, "en-GB")
        ooxml.set_document_language(self.document, language, self.styles.element_of("Normal"))
        ooxml.settle_settings(self.document)

    def _fill_contents(self, anchor: _Element) -> dict[str, _Element]:
        """A TOC field whose written result already lists the headings, linked to
        them; returns the run of each entry that will show the heading's page (as
        export/pagination.py estimates it once the contents is in place)."""
        opening, closing = ooxml.field_runs(f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u')
        fallback = labels_for(self.plan.language)["contents"]
        entries = self.headings or [_Heading(1, fallback, "")]
        width = str(self.sections.text_width(0))
        paragraphs: list[_Element] = []
        page_numbers: dict[str, _Element] = {}
        for number, heading in enumerate(entries):
            style = self._style_id(f"toc {heading.level}")
            tabs = element("w:tabs", None, ooxml.right_tab(width, leader="dot"))
            properties = element("w:pPr", None, element("w:pStyle", {"w:val": style}), tabs)
            if number == 0:
                p = anchor
                p.replace(p.pPr, properties)
                p.extend(opening)
            else:
                p = element("w:p", None, properties)
            if heading.anchor:
                page = text_run("1")
                page_numbers[heading.anchor] = page
                runs = [text_run(heading.text), element("w:r", None, element("w:tab"))]
                runs += ooxml.field(f"PAGEREF {heading.anchor} \\h", page)
                p.append(ooxml.internal_link(heading.anchor, runs))
            else:
                p.append(text_run(heading.text))
            paragraphs.append(p)
        paragraphs[-1].append(closing)
        previous = anchor
        for p in paragraphs[1:]:
            previous.addnext(p)
            previous = p
        return page_numbers

    def _properties(self, pages: int) -> None:
        plan, where = self.plan, "document properties"
        describe(
            self.document,
            Described(
                title=self._clean(plan.title, where),
                subject=self._clean(plan.addressee, where),
                # Who wrote it: the name set in Settings (never the login, which would
                # tell every reader of the file who made it on which account).
                author=self._clean(self.author or plan.organisation or plan.authors, where),
                last_modified_by=self._clean(self.author, where),
                keywords=self._clean(", ".join(plan.keywords), where),
                language=WORD_LANGUAGE_TAGS.get(plan.language, "en-GB"),
                when=self.now,
                identifier=f"urn:uuid:{plan.submission_id}",
                export=self.export,
            ),
            pages,
        )


def _ignore(_event: object) -> None:
    """For events Word needs nothing for (the end of a table, of the evidence list)."""

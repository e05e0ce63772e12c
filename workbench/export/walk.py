"""The one walk of a document plan that every renderer follows.

Order of the document: cover, contents, summary, introduction, abbreviations,
recommendations by section, the comparative table of amendments (landscape
pages), bibliography. With a second plan (the same submission in another
language) the texts stand side by side in two columns and labels are given
in both languages.

The walk owns what renderers must agree on, so the preview and the Word
document cannot drift apart: recommendation numbers, footnote numbers (one
per citation group that names a known source), a source's first citation in
full and later ones short, where a locator goes, unknown keys left as their
literal text, and which sources the bibliography lists. Renderers
(:mod:`~workbench.export.writer`, :mod:`~workbench.export.html`) consume the
:mod:`~workbench.export.events` it yields.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import zip_longest

from workbench.collation import sort_key
from workbench.export import events as ev
from workbench.export.anchors import (
    WORDING_FIELD,
    Anchor,
    anchored,
    one_anchor_per_row,
    record_anchor,
)
from workbench.export.citations import (
    Citation,
    CitedItem,
    Segment,
    SourceEntry,
    full_reference,
    ibid,
    short_reference,
)
from workbench.export.dates import long_date, written_date
from workbench.export.diff import Piece, word_diff
from workbench.export.labels import LANGUAGE_NAMES, labels_for
from workbench.export.markdown import Block, Inline, parse
from workbench.export.plan import (
    DocumentPlan,
    PlannedEvidence,
    PlannedRecommendation,
    PlannedWording,
)

TABLE_COLUMN_SHARES = (0.06, 0.16, 0.28, 0.28, 0.22)
COMPARATIVE_HEADERS = ("col_number", "col_unit", "col_current", "col_proposed", "col_justification")


class DocumentWalk:
    """Walks ``plan`` (and ``second`` beside it) once; after :meth:`events` is
    exhausted, :attr:`citations`, :attr:`unknown_keys` and :attr:`cited` say
    what the citations met."""

    def __init__(self, plan: DocumentPlan, second: DocumentPlan | None = None) -> None:
        self.plan = plan
        self.second = second
        self.sources = {**second.sources, **plan.sources} if second else plan.sources
        """Each plan holds the sources its own texts cite: both columns' together."""
        self.first_labels = labels_for(plan.language)
        self.second_labels = labels_for(second.language) if second else self.first_labels
        self.labels = self.first_labels
        """The labels of the column being written (the second language's in its column)."""
        self.in_second_column = False
        self.notes = 0
        self.citations = 0
        self.unknown_keys: dict[str, int] = {}
        self.cited: dict[str, None] = {}
        """Sources in the order of their first citation."""
        self._cited_in_column: dict[bool, set[str]] = {False: set(), True: set()}
        self._previous_note: tuple[str, str] | None = None
        """The key and locator of the note before, when it cited one source."""
        self._always_full = plan.citation_style == "always_full"
        self.anchors: dict[str, Anchor] = {}
        """Each anchored text written, by its bookmark's name (workbench.export.anchors)."""

    def events(self) -> Iterator[ev.Event]:
        plan = self.plan
        yield self._cover()
        if plan.include_toc:
            yield ev.Contents(self._label("contents"))
        if self.second is None:
            yield from self._chapter("summary", plan.summary, "submission.summary")
            yield from self._chapter("introduction", plan.introduction, "submission.introduction")
        else:
            yield from self._bilingual_chapter("summary", "summary")
            yield from self._bilingual_chapter("introduction", "introduction")
        if plan.include_abbreviations and plan.abbreviations:
            yield from self._abbreviations()
        if self.second is None:
            yield from self._recommendations()
        else:
            yield from self._bilingual_recommendations(self.second)
        if plan.include_comparative_table and plan.wordings:
            yield from self._comparative_table()
        if plan.include_bibliography and self.cited:
            yield from self._bibliography()
        yield ev.DocumentEnd()

    # --- labels -----------------------------------------------------------------

    @staticmethod
    def _both(first: str, second: str) -> str:
        """One value, or both languages' when a translation differs ("A / Ә")."""
        return f"{first} / {second}" if second and second != first else first

    def _language(self) -> str:
        """The language of the text being written: the second's in its column."""
        if self.in_second_column and self.second is not None:
            return self.second.language
        return self.plan.language

    def _label(self, key: str) -> str:
        """A label in the document's language, or in both when it is bilingual."""
        first, second = self.first_labels[key], self.second_labels[key]
        return first if self.second is None or first == second else f"{first} / {second}"

    # --- markdown and citations ---------------------------------------------------

    def _markdown(
        self, markdown: str, where: str, style: str | None = None
    ) -> Iterator[ev.Paragraph]:
        for block in parsed(markdown, self._language()):
            yield self._block(block, where, style)

    def _block(self, block: Block, where: str, style: str | None) -> ev.Paragraph:
        if block.kind == "quote":
            style = "Quote"
        elif block.kind in ("bullet", "ordered"):
            style = "List Paragraph"
        return ev.Paragraph(
            self._inlines(block.inlines),
            where,
            style,
            block.kind,  # type: ignore[arg-type]
            block.level,
            block.list_id,
            block.start,
        )

    # --- anchors ------------------------------------------------------------------

    def _anchor(self, record_id: uuid.UUID, field: str, text: str) -> str:
        return record_anchor(self.anchors, record_id, field, self._language(), text)

    def _anchored(
        self,
        paragraphs: Iterable[ev.Paragraph],
        record_id: uuid.UUID,
        field: str,
        text: str,
        wording: tuple[int, uuid.UUID] | None = None,
    ) -> Iterator[ev.Paragraph]:
        """``paragraphs`` (a field's text) anchored, in the column's language."""
        written, language = list(paragraphs), self._language()
        yield from anchored(self.anchors, written, record_id, field, language, text, wording)

    def _section_introduction(self, section_id: uuid.UUID, text: str) -> Iterator[ev.Paragraph]:
        paragraphs = self._markdown(text, f"section {section_id}")
        yield from self._anchored(paragraphs, section_id, "section_introduction", text)

    def _inlines(self, inlines: Sequence[Inline]) -> tuple[ev.Inline, ...]:
        out: list[ev.Inline] = []
        for inline in inlines:
            if inline.citation is not None:
                out.append(self._cite(inline.citation))
            elif inline.line_break:
                out.append(ev.LineBreak())
            else:
                out.append(
                    ev.Run(
                        inline.text,
                        bold=inline.bold,
                        italic=inline.italic,
                        code=inline.code,
                        link=inline.link,
                    )
                )
        return tuple(out)

    def _cite(self, citation: Citation) -> ev.Inline:
        """A footnote for one citation group, or its literal text if no key resolves."""
        known: list[tuple[SourceEntry, str]] = []
        for item in citation.items:
            source = self.sources.get(item.key)
            if source is None:
                self.unknown_keys[item.key] = self.unknown_keys.get(item.key, 0) + 1
            else:
                known.append((source, item.locator))
        if not known:
            return ev.UnknownCitation(citation.literal)
        if len(known) == 1 and self._is_ibid(*known[0]):
            source, locator = known[0]
            assert self._previous_note is not None
            new_place = "" if locator == self._previous_note[1] else locator
            parts = [tuple(ibid(self.labels["ibid"], new_place, self._language()))]
        else:
            parts = [tuple(with_locator(self._reference(s), locator)) for s, locator in known]
        self._previous_note = (known[0][0].key, known[0][1]) if len(known) == 1 else None
        self.citations += 1
        self.notes += 1
        return ev.NoteReference(self.notes, tuple(parts))

    def _is_ibid(self, source: SourceEntry, locator: str) -> bool:
        """The same single source as the note just before, in a one-language document
        citing short after full: "Ibid.", or "Ibid., p. 5." for a new place in it (a
        whole work after a page of it is named again). Side by side, the notes of
        the two columns interleave, so no note there is "Ibid."."""
        previous = self._previous_note
        if previous is None or self.second is not None or self._always_full:
            return False
        return previous[0] == source.key and (bool(locator) or not previous[1])

    def _reference(self, source: SourceEntry) -> list[Segment]:
        """The first citation of a source (in its column) in full, later ones short;
        every one in full when the submission asks for that."""
        self.cited.setdefault(source.key, None)
        cited_here = self._cited_in_column[self.in_second_column]
        if source.key in cited_here and not self._always_full:
            return short_reference(source)
        cited_here.add(source.key)
        return full_reference(source, self.labels["accessed"], self._language())

    # --- parts of the document ---------------------------------------------------

    def _cover(self) -> ev.Cover:
        """The cover, in both languages of a side-by-side export: titles, the labels
        of its details ("Кому / Кімге"), translated details and the date."""
        plan, second = self.plan, self.second
        second_title = second_subtitle = ""
        if second is not None and second.title != plan.title:
            second_title = second.title
            if second.subtitle and second.subtitle != plan.subtitle:
                second_subtitle = second.subtitle
        details = tuple(
            (key, self._label(key), self._both(getattr(plan, name), getattr(second, name, "")))
            for key, name in (("to", "addressee"), ("prepared_by", "authors"))
        )
        date = long_date(plan.date, plan.language)
        if second is not None:
            date = self._both(date, long_date(plan.date, second.language))
        return ev.Cover(
            title=plan.title,
            subtitle=plan.subtitle,
            second_title=second_title,
            second_subtitle=second_subtitle,
            organisation=plan.organisation,
            details=details,
            submitted_by=self._label("submitted_by"),
            place=plan.place,
            date=plan.date,
            long_date=date,
            on_page=plan.include_cover,
        )

    def _chapter(self, label: str, markdown: str, where: str) -> Iterator[ev.Event]:
        if not markdown.strip():
            return
        yield ev.Heading(self.labels[label], 1, "labels")
        yield from self._anchored(
            self._markdown(markdown, where), self.plan.submission_id, label, markdown
        )

    def _abbreviations(self) -> Iterator[ev.Event]:
        yield ev.Heading(self._label("abbreviations"), 1, "labels")
        yield ev.TableStart("abbreviations", (0.25, 0.75))
        for short, title in self.plan.abbreviations:
            yield ev.RowStart()
            yield ev.CellStart(0)
            yield ev.Paragraph((ev.Run(short, bold=True),), "instrument.short_name", "Table Text")
            yield ev.CellStart(1)
            yield ev.Paragraph((ev.Run(title),), "instrument.title", "Table Text")
            yield ev.RowEnd()
        yield ev.TableEnd()

    def _recommendations(self) -> Iterator[ev.Event]:
        if not self.plan.recommendations:
            return
        yield ev.Heading(self.labels["recommendations"], 1, "labels")
        number = 0
        for section in self.plan.sections:
            if section.title:
                yield ev.Heading(section.title, 2, f"section {section.id}")
            yield from self._section_introduction(section.id, section.introduction)
            for recommendation in section.recommendations:
                number += 1
                yield from self._recommendation(recommendation, number)

    def _recommendation(self, rec: PlannedRecommendation, number: int) -> Iterator[ev.Event]:
        where, labels = f"recommendation {rec.id}", self.labels
        title_anchor = self._anchor(rec.id, "title", rec.title)
        yield ev.RecommendationTitle(
            number,
            labels["recommendation"],
            rec.title,
            rec.id,
            where,
            self.in_second_column,
            title_anchor,
        )
        if rec.targets:
            targets = (
                ev.Run(f"{labels['targets']}: ", italic=True),
                ev.Run("; ".join(rec.targets)),
            )
            yield ev.Paragraph(targets, where)
        yield from self._anchored(self._markdown(rec.text, where), rec.id, "text", rec.text)
        if rec.rationale.strip() or rec.critiques:
            yield ev.Paragraph((ev.Run(labels["rationale"]),), "labels", "Recommendation Label")
            rationale = self._markdown(rec.rationale, where)
            yield from self._anchored(rationale, rec.id, "rationale", rec.rationale)
            for critique in rec.critiques:
                title = (ev.Run(critique.title, bold=True),)
                yield ev.Paragraph(title, f"critique {critique.id}")
                yield from self._markdown(critique.argument, f"critique {critique.id}")
        if rec.evidence:
            yield ev.Paragraph((ev.Run(labels["evidence"]),), "labels", "Recommendation Label")
            yield ev.EvidenceListStart()
            for evidence in rec.evidence:
                yield from self._evidence(evidence)
            yield ev.EvidenceListEnd()

    def _evidence(self, evidence: PlannedEvidence) -> Iterator[ev.Paragraph]:
        """One item: title, detail, the summary's first paragraph and the source's
        footnote; the summary's further blocks follow as paragraphs of their own."""
        where = f"evidence {evidence.id}"
        runs: list[ev.Inline] = [ev.Run(evidence.title, bold=True)]
        observed = written_date(evidence.observed_on, self._language())
        detail = ", ".join(part for part in (evidence.value, observed) if part)
        if detail:
            runs.append(ev.Run(f" ({detail})"))
        blocks = parsed(evidence.summary, self._language())
        if blocks and blocks[0].kind == "paragraph":
            runs.append(ev.Run(": "))
            runs.extend(self._inlines(blocks[0].inlines))
            blocks = blocks[1:]
        if evidence.source_key is not None:
            runs.append(self._cite(Citation((CitedItem(evidence.source_key),), "")))
        yield ev.Paragraph(tuple(runs), where, "List Paragraph", "evidence")
        for block in blocks:
            yield self._block(block, where, None)

    # --- two languages side by side ---------------------------------------------

    def _columns(self) -> ev.TableStart:
        """A two-column table: the first language left, the second right."""
        assert self.second is not None
        names = tuple(
            LANGUAGE_NAMES.get(language, language)
            for language in (self.plan.language, self.second.language)
        )
        languages = (self.plan.language, self.second.language)
        return ev.TableStart("columns", (0.5, 0.5), names, languages)

    def _side_by_side(
        self, left: Iterator[ev.Event], right: Iterator[ev.Event]
    ) -> Iterator[ev.Event]:
        """``left`` in the first column, ``right`` (in the second language's labels
        and numbering) in the second, a row per paragraph: each paragraph stands
        beside its translation, and a footnote stays on the page of its reference
        (one row holding a whole recommendation ran over pages, and put its notes
        out of order). Both are lazy, so the labels switch before ``right`` runs;
        footnotes are numbered again in the order the rows give them."""
        first_note = self.notes + 1
        left_blocks = one_anchor_per_row(_blocks(left), self.anchors)
        self.labels, self.in_second_column = self.second_labels, True
        try:
            right_blocks = one_anchor_per_row(_blocks(right), self.anchors)
        finally:
            self.labels, self.in_second_column = self.first_labels, False
        rows: list[ev.Event] = []
        empty: list[ev.Event] = []
        for left_block, right_block in zip_longest(left_blocks, right_blocks, fillvalue=empty):
            rows += [ev.RowStart(), ev.CellStart(0), *left_block]
            rows += [ev.CellStart(1), *right_block, ev.RowEnd()]
        yield from _renumbered_notes(rows, first_note)

    def _bilingual_chapter(self, label: str, name: str) -> Iterator[ev.Event]:
        assert self.second is not None
        first, second = getattr(self.plan, name), getattr(self.second, name)
        if not first.strip() and not second.strip():
            return
        yield ev.Heading(self._label(label), 1, "labels")
        yield self._columns()
        where, submission = f"submission.{name}", self.plan.submission_id
        yield from self._side_by_side(
            self._anchored(self._markdown(first, where), submission, name, first),
            self._anchored(self._markdown(second, where), submission, name, second),
        )
        yield ev.TableEnd()

    def _bilingual_recommendations(self, second: DocumentPlan) -> Iterator[ev.Event]:
        if not self.plan.recommendations:
            return
        yield ev.Heading(self._label("recommendations"), 1, "labels")
        number = 0
        for section, other in zip(self.plan.sections, second.sections, strict=True):
            title = section.title
            if other.title and other.title != title:
                title = f"{title} / {other.title}" if title else other.title
            if title:
                yield ev.Heading(title, 2, f"section {section.id}")
            yield self._columns()
            if section.introduction.strip() or other.introduction.strip():
                yield from self._side_by_side(
                    self._section_introduction(section.id, section.introduction),
                    self._section_introduction(section.id, other.introduction),
                )
            for rec, translated in zip(section.recommendations, other.recommendations, strict=True):
                number += 1
                yield from self._side_by_side(
                    self._recommendation(rec, number), self._recommendation(translated, number)
                )
            yield ev.TableEnd()

    # --- the comparative table ----------------------------------------------------

    def _comparative_table(self) -> Iterator[ev.Event]:
        yield ev.PageOrientation(landscape=True)
        yield ev.Heading(self._label("comparative_table"), 1, "labels")
        header = tuple(self._label(key) for key in COMPARATIVE_HEADERS)
        yield ev.TableStart("comparative", TABLE_COLUMN_SHARES, header)
        wordings = self.plan.wordings
        seconds = self.second.wordings if self.second else [None] * len(wordings)
        places: dict[uuid.UUID, int] = {}
        for number, (wording, other) in enumerate(zip(wordings, seconds, strict=True), start=1):
            where = f"recommendation {wording.recommendation_id}"
            place = places[wording.recommendation_id] = places.get(wording.recommendation_id, 0) + 1
            yield ev.RowStart()
            yield ev.CellStart(0)
            yield ev.Paragraph((ev.Run(str(number)),), where, "Table Text")
            yield from self._wording_texts(wording, where, self.first_labels["no_wording"], place)
            if other is not None and other != wording:
                # The second language below the first, in the same cells.
                no_wording = self.second_labels["no_wording"]
                self.in_second_column = True  # the second language's anchors
                try:
                    yield from self._wording_texts(other, where, no_wording, place, wording)
                finally:
                    self.in_second_column = False
            yield ev.RowEnd()
        yield ev.TableEnd()
        yield from self._unofficial_notes(wordings, seconds)
        yield ev.PageOrientation(landscape=False)

    def _unofficial_notes(
        self, wordings: Sequence[PlannedWording], seconds: Sequence[PlannedWording | None]
    ) -> Iterator[ev.Event]:
        """Under the table, in each language that shows one, that the wordings
        marked * are unofficial translations of the statute."""
        notes = (
            [self.first_labels["unofficial_translation"]]
            if any(w.unofficial for w in wordings)
            else []
        )
        if any(w is not None and w.unofficial for w in seconds):
            second = self.second_labels["unofficial_translation"]
            if second not in notes:
                notes.append(second)
        for note in notes:
            yield ev.Paragraph((ev.Run(note),), "labels", "Table Text")

    def _wording_texts(
        self,
        wording: PlannedWording,
        where: str,
        no_wording: str,
        place: int,
        first: PlannedWording | None = None,
    ) -> Iterator[ev.Event]:
        """Unit, current and proposed wording (changes marked), justification; for
        the second language (``first`` given), only what differs from the first."""
        if first is None or wording.unit != first.unit:
            yield ev.CellStart(1)
            yield ev.Paragraph((ev.Run(wording.unit),), where, "Table Text")
        if first is None or (wording.current, wording.proposed) != (first.current, first.proposed):
            empty = [Piece(no_wording, "same")]
            before, after = word_diff(wording.current, wording.proposed)
            yield ev.CellStart(2)
            mark = (ev.Run(" *"),) if wording.unofficial else ()
            yield ev.Paragraph((*_marked(before or empty), *mark), where, "Table Text")
            yield ev.CellStart(3)
            proposed = ev.Paragraph(_marked(after or empty), where, "Table Text")
            record = wording.recommendation_id
            which = (place, wording.wording_id or record)
            yield from self._anchored([proposed], record, WORDING_FIELD, wording.proposed, which)
        if first is None or wording.justification != first.justification:
            yield ev.CellStart(4)
            yield from self._markdown(wording.justification, where, "Table Text")

    # --- bibliography ---------------------------------------------------------------

    def _bibliography(self) -> Iterator[ev.Event]:
        yield ev.Heading(self._label("bibliography"), 1, "labels")
        sources = [self.sources[key] for key in self.cited]
        language = self.plan.language
        for source in sorted(
            sources, key=lambda s: (sort_key(s.author or s.title, language), s.key)
        ):
            segments = full_reference(source, self.first_labels["accessed"], language)
            yield ev.BibliographyEntry(source.key, tuple(segments))


def _blocks(events: Iterator[ev.Event]) -> list[list[ev.Event]]:
    """``events`` cut into paragraphs, each with the list markers around it (a list's
    start goes with its first item, its end with its last)."""
    blocks: list[list[ev.Event]] = []
    waiting: list[ev.Event] = []
    for event in events:
        if isinstance(event, ev.EvidenceListEnd) and blocks:
            blocks[-1].append(event)
        elif isinstance(event, ev.Paragraph | ev.RecommendationTitle):
            blocks.append([*waiting, event])
            waiting = []
        else:
            waiting.append(event)
    if waiting:
        blocks.append(waiting)
    return blocks


def _renumbered_notes(events: list[ev.Event], first: int) -> Iterator[ev.Event]:
    """``events`` with their footnotes numbered from ``first`` in the order given."""
    number = first
    for event in events:
        if isinstance(event, ev.Paragraph) and any(
            isinstance(i, ev.NoteReference) for i in event.inlines
        ):
            inlines: list[ev.Inline] = []
            for inline in event.inlines:
                if isinstance(inline, ev.NoteReference):
                    inline = replace(inline, number=number)
                    number += 1
                inlines.append(inline)
            event = replace(event, inlines=tuple(inlines))
        yield event


@lru_cache(maxsize=4096)
def parsed(markdown: str, language: str = "en") -> tuple[Block, ...]:
    """Markdown parsed once per text and language: the preview walks the whole
    document again after every pause in typing, and nearly all of its texts are
    unchanged. Blocks are frozen, so sharing them is safe."""
    return tuple(parse(markdown, language))


def with_locator(segments: list[Segment], locator: str) -> list[Segment]:
    """ "…, 2023." with locator "p. 4" reads "…, 2023, p. 4."."""
    if not locator:
        return segments
    end = "" if locator.endswith(".") else "."  # "5-б." ends its own sentence
    if segments and segments[-1].text == ".":
        return [*segments[:-1], Segment(f", {locator}{end}")]
    return [*segments, Segment(f" {locator}{end}")]


def _marked(pieces: list[Piece]) -> tuple[ev.Run, ...]:
    """Wording with its changes: deleted words struck, inserted ones bold and underlined,
    an instruction in italics."""
    return tuple(
        ev.Run(
            piece.text,
            bold=piece.change == "inserted",
            italic=piece.change == "instruction",
            underline=piece.change == "inserted",
            strike=piece.change == "deleted",
        )
        for piece in pieces
    )

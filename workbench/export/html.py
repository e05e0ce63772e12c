"""Renders a document plan as HTML: the preview's renderer of the walk.

It follows the same :class:`~workbench.export.walk.DocumentWalk` as the Word
renderer, so the preview shows what the export writes: the same parts in the
same order, recommendation and footnote numbers that match, the bibliography,
and, given a second plan, the two languages side by side. Footnotes are
gathered at the end of the page. The HTML is the subset Qt's rich text
shows; no Qt here, the preview widget just shows the string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from workbench.export import events as ev
from workbench.export.citations import Segment
from workbench.export.plan import DocumentPlan
from workbench.export.walk import DocumentWalk

_LIST_TAGS = {"bullet": "ul", "ordered": "ol"}
_BARE_IN_CELLS = {"Table Text"}
"""Paragraph styles shown as lines of their cell rather than as paragraphs."""
_TABLE_OPENINGS = {
    "abbreviations": "<table>",
    "columns": '<table border="1" cellpadding="3" cellspacing="0" width="100%">',
    "comparative": '<table border="1" cellpadding="3" cellspacing="0">',
}


class PreviewRenderer:
    def __init__(self, plan: DocumentPlan, second: DocumentPlan | None = None) -> None:
        self.plan = plan
        self.second = second
        self.footnotes: list[str] = []
        """Each footnote's HTML, in order (footnote n is ``footnotes[n - 1]``)."""
        self.parts: list[str] = []
        self._open_list: str | None = None
        """The Markdown list (``ul`` or ``ol``) open in the current place, if any."""
        self._item: list[str] | None = None
        """The evidence item being written, if any (its further paragraphs join it)."""
        self._columns = 0
        self._languages: tuple[str, ...] = ()
        self._cells: list[list[str]] | None = None
        self._column = 0
        self._bare_last = False
        self._handlers: dict[type[Any], Callable[[Any], None]] = {
            ev.Cover: self._cover,
            ev.Contents: _ignore,
            ev.Heading: self._heading,
            ev.Paragraph: self._paragraph,
            ev.RecommendationTitle: self._recommendation_title,
            ev.EvidenceListStart: self._evidence_start,
            ev.EvidenceListEnd: self._evidence_end,
            ev.PageOrientation: _ignore,
            ev.TableStart: self._table_start,
            ev.RowStart: self._row_start,
            ev.CellStart: self._cell_start,
            ev.RowEnd: self._row_end,
            ev.TableEnd: self._table_end,
            ev.BibliographyEntry: self._bibliography_entry,
            ev.DocumentEnd: self._end,
        }

    def render(self) -> str:
        handlers = self._handlers
        for event in DocumentWalk(self.plan, self.second).events():
            handlers[type(event)](event)
        return "\n".join(self.parts)

    # --- where output goes ---------------------------------------------------------

    def _out(self) -> list[str]:
        """The open evidence item, else the current table cell, else the page."""
        if self._item is not None:
            return self._item
        if self._cells is not None:
            return self._cells[self._column]
        return self.parts

    def _close_list(self) -> None:
        if self._open_list:
            self._out().append(f"</{self._open_list}>")
            self._open_list = None
        self._bare_last = False

    def _block(self, html: str) -> None:
        self._close_list()
        self._out().append(html)

    # --- events -------------------------------------------------------------------

    def _cover(self, cover: ev.Cover) -> None:
        parts = self.parts
        parts.append(f"<h1>{escape(cover.title)}</h1>")
        if cover.subtitle:
            parts.append(f"<p><i>{escape(cover.subtitle)}</i></p>")
        if cover.second_title:
            parts.append(f"<h1>{escape(cover.second_title)}</h1>")
            if cover.second_subtitle:
                parts.append(f"<p><i>{escape(cover.second_subtitle)}</i></p>")
        details = {key: (label, value) for key, label, value in cover.details}
        front = [details["to"], (cover.submitted_by, cover.organisation), details["prepared_by"]]
        for label, value in front:
            if value:
                parts.append(f"<p><b>{escape(label)}:</b> {escape(value)}</p>")
        if cover.place or cover.date:
            parts.append(f"<p>{escape(', '.join(p for p in (cover.place, cover.date) if p))}</p>")

    def _heading(self, heading: ev.Heading) -> None:
        tag = f"h{heading.level + 1}"
        self._block(f"<{tag}>{escape(heading.text)}</{tag}>")

    def _paragraph(self, paragraph: ev.Paragraph) -> None:
        kind = paragraph.kind
        inner = self._inlines(paragraph.inlines)
        tag = _LIST_TAGS.get(kind)
        if tag is not None:
            if tag != self._open_list:
                self._close_list()
                self._out().append(f"<{tag}>")
                self._open_list = tag
            self._out().append(f"<li>{inner}</li>")
        elif kind == "evidence":
            self._evidence_item(inner)
        elif kind == "quote":
            self._block(f"<blockquote>{inner}</blockquote>")
        elif kind == "heading":
            self._block(f"<h4>{inner}</h4>")
        elif paragraph.style == "Recommendation Label":
            self._block(f"<p><b><i>{inner}</i></b></p>")
        elif self._cells is not None and paragraph.style in _BARE_IN_CELLS:
            self._bare(inner)
        else:
            self._block(f"<p>{inner}</p>")

    def _bare(self, inner: str) -> None:
        """A line of a cell: lines are separated, not spaced like paragraphs."""
        bare_before = self._bare_last
        self._close_list()
        self._out().append(f"<br>{inner}" if bare_before else inner)
        self._bare_last = True

    def _recommendation_title(self, title: ev.RecommendationTitle) -> None:
        # The anchor the editor scrolls to, once: the second column repeats the record.
        anchor = "" if title.second else f'<a name="rec-{title.record_id}"></a>'
        heading = escape(f"{title.label} {title.number}. {title.title}")
        self._block(f"<p>{anchor}<b>{heading}</b></p>")

    def _evidence_start(self, _start: ev.EvidenceListStart) -> None:
        self._block("<ul>")

    def _evidence_item(self, inner: str) -> None:
        self._finish_item()
        self._item = [inner]

    def _finish_item(self) -> None:
        if self._item is not None:
            self._close_list()
            item, self._item = self._item, None
            self._out().append(f"<li>{''.join(item)}</li>")

    def _evidence_end(self, _end: ev.EvidenceListEnd) -> None:
        self._finish_item()
        self._block("</ul>")

    def _table_start(self, start: ev.TableStart) -> None:
        self._close_list()
        self._columns = len(start.shares)
        self._languages = start.languages
        opening = _TABLE_OPENINGS[start.kind]
        if start.header:
            heads = "".join(f"<th>{escape(text)}</th>" for text in start.header)
            opening += f"<tr>{heads}</tr>"
        self.parts.append(opening)

    def _row_start(self, _start: ev.RowStart) -> None:
        self._cells = [[] for _ in range(self._columns)]
        self._column = 0

    def _cell_start(self, cell: ev.CellStart) -> None:
        self._close_list()
        self._column = cell.column
        self._bare_last = bool(self._cells and self._cells[cell.column])

    def _row_end(self, _end: ev.RowEnd) -> None:
        self._close_list()
        cells, self._cells = self._cells or [], None
        languages = [*self._languages, *[""] * len(cells)]
        self.parts.append(
            "<tr>"
            + "".join(
                f'<td lang="{language}">{"".join(c)}</td>' if language else f"<td>{''.join(c)}</td>"
                for c, language in zip(cells, languages, strict=False)
            )
            + "</tr>"
        )

    def _table_end(self, _end: ev.TableEnd) -> None:
        self.parts.append("</table>")

    def _bibliography_entry(self, entry: ev.BibliographyEntry) -> None:
        self._block(f"<p>{_segments(entry.segments)}</p>")

    def _end(self, _end: ev.DocumentEnd) -> None:
        self._close_list()
        if not self.footnotes:
            return
        # Paragraphs numbered as Word numbers them, not a list: Qt lays out a list of
        # 1,500 items in twice the time (86 ms against 42 ms), on the window's thread.
        self.parts.append("<hr>")
        for number, note in enumerate(self.footnotes, start=1):
            self.parts.append(f'<p><a name="fn-{number}"></a><sup>{number}</sup> {note}</p>')

    # --- text ---------------------------------------------------------------------

    def _inlines(self, inlines: Iterable[ev.Inline]) -> str:
        html = []
        for inline in inlines:
            if isinstance(inline, ev.Run):
                html.append(_styled(inline))
            elif isinstance(inline, ev.NoteReference):
                self.footnotes.append("; ".join(_segments(part) for part in inline.parts))
                number = inline.number
                html.append(f'<sup><a href="#fn-{number}">{number}</a></sup>')
            elif isinstance(inline, ev.UnknownCitation):
                html.append(escape(inline.text))
            else:
                html.append("<br>")
        return "".join(html)


def _styled(run: ev.Run) -> str:
    text = escape(run.text)
    if run.code:
        text = f"<code>{text}</code>"
    if run.underline:
        text = f"<u>{text}</u>"
    if run.strike:
        text = f"<s>{text}</s>"
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.link:
        text = f'<a href="{escape(run.link)}">{text}</a>'
    return text


def _segments(segments: Iterable[Segment]) -> str:
    html = []
    for segment in segments:
        text = escape(segment.text)
        if segment.italic:
            text = f"<i>{text}</i>"
        if segment.link:
            text = f'<a href="{escape(segment.link)}">{text}</a>'
        html.append(text)
    return "".join(html)


def _ignore(_event: object) -> None:
    """For events a screen has no use for (contents, page orientation)."""


def plan_html(plan: DocumentPlan, second: DocumentPlan | None = None) -> str:
    """The document as HTML; with ``second``, in both languages side by side."""
    return PreviewRenderer(plan, second).render()

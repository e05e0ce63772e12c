"""The document plan as HTML, for the live preview.

It walks the same :class:`~workbench.export.plan.DocumentPlan` the DOCX
writer renders, in the same order, with the same Markdown parsing and the
same rules for citations: one footnote per citation group, a source's first
citation in full and later ones short, evidence citing its source, unknown
keys left as text. So the numbers of recommendations and footnotes match the
exported file. No Qt here: the preview widget just shows the string.
"""

from __future__ import annotations

from html import escape

from workbench.export.citations import (
    Citation,
    CitedItem,
    Segment,
    SourceEntry,
    full_reference,
    short_reference,
)
from workbench.export.diff import Piece, word_diff
from workbench.export.labels import labels_for
from workbench.export.markdown import Block, Inline, parse
from workbench.export.plan import DocumentPlan, PlannedEvidence, PlannedRecommendation

_LIST_TAGS = {"bullet": "ul", "ordered": "ol"}
_DIFF = {"same": ("", ""), "deleted": ("<s>", "</s>"), "inserted": ("<b><u>", "</u></b>")}


class PreviewRenderer:
    def __init__(self, plan: DocumentPlan) -> None:
        self.plan = plan
        self.labels = labels_for(plan.language)
        self.footnotes: list[str] = []
        self.cited: dict[str, None] = {}
        self.parts: list[str] = []

    def render(self) -> str:
        plan, labels = self.plan, self.labels
        self.parts.append(f"<h1>{escape(plan.title)}</h1>")
        if plan.subtitle:
            self.parts.append(f"<p><i>{escape(plan.subtitle)}</i></p>")
        front = [(labels["to"], plan.addressee), (labels["submitted_by"], plan.organisation)]
        front += [(labels["prepared_by"], plan.authors)]
        for label, value in front:
            if value:
                self.parts.append(f"<p><b>{escape(label)}:</b> {escape(value)}</p>")
        if plan.place or plan.date:
            self.parts.append(
                f"<p>{escape(', '.join(p for p in (plan.place, plan.date) if p))}</p>"
            )
        for key, text in (("summary", plan.summary), ("introduction", plan.introduction)):
            if text.strip():
                self.parts.append(f"<h2>{escape(labels[key])}</h2>")
                self.markdown(text)
        if plan.include_abbreviations and plan.abbreviations:
            self.abbreviations()
        self.recommendations()
        if plan.include_comparative_table and plan.wordings:
            self.comparative_table()
        self.notes()
        return "\n".join(self.parts)

    # --- parts ----------------------------------------------------------------

    def abbreviations(self) -> None:
        self.parts.append(f"<h2>{escape(self.labels['abbreviations'])}</h2><table>")
        for short, title in self.plan.abbreviations:
            self.parts.append(f"<tr><td><b>{escape(short)}</b></td><td>{escape(title)}</td></tr>")
        self.parts.append("</table>")

    def recommendations(self) -> None:
        if not self.plan.recommendations:
            return
        self.parts.append(f"<h2>{escape(self.labels['recommendations'])}</h2>")
        number = 0
        for section in self.plan.sections:
            if section.title:
                self.parts.append(f"<h3>{escape(section.title)}</h3>")
            self.markdown(section.introduction)
            for rec in section.recommendations:
                number += 1
                self.recommendation(number, rec)

    def recommendation(self, number: int, rec: PlannedRecommendation) -> None:
        label = escape(self.labels["recommendation"])
        self.parts.append(
            f'<p><a name="rec-{rec.id}"></a><b>{label} {number}. {escape(rec.title)}</b></p>'
        )
        if rec.targets:
            targets = escape("; ".join(rec.targets))
            self.parts.append(f"<p><i>{escape(self.labels['targets'])}:</i> {targets}</p>")
        self.markdown(rec.text)
        if rec.rationale.strip() or rec.critiques:
            self.parts.append(f"<p><b><i>{escape(self.labels['rationale'])}</i></b></p>")
            self.markdown(rec.rationale)
            for critique in rec.critiques:
                self.parts.append(f"<p><b>{escape(critique.title)}</b></p>")
                self.markdown(critique.argument)
        if rec.evidence:
            self.parts.append(f"<p><b><i>{escape(self.labels['evidence'])}</i></b></p><ul>")
            for evidence in rec.evidence:
                self.parts.append(f"<li>{self.evidence(evidence)}</li>")
            self.parts.append("</ul>")

    def evidence(self, evidence: PlannedEvidence) -> str:
        html = f"<b>{escape(evidence.title)}</b>"
        detail = ", ".join(p for p in (evidence.value, evidence.observed_on) if p)
        if detail:
            html += f" ({escape(detail)})"
        blocks = parse(evidence.summary)
        if blocks and blocks[0].kind == "paragraph":
            html += ": " + self.inlines(blocks[0].inlines)
        if evidence.source_key is not None:
            html += self.cite(Citation((CitedItem(evidence.source_key),), ""))
        return html

    def comparative_table(self) -> None:
        labels = self.labels
        heads = ("col_number", "col_unit", "col_current", "col_proposed", "col_justification")
        self.parts.append(f"<h2>{escape(labels['comparative_table'])}</h2>")
        self.parts.append('<table border="1" cellpadding="3" cellspacing="0"><tr>')
        self.parts.extend(f"<th>{escape(labels[h])}</th>" for h in heads)
        self.parts.append("</tr>")
        for number, wording in enumerate(self.plan.wordings, start=1):
            before, after = word_diff(wording.current, wording.proposed)
            cells = [
                str(number),
                escape(wording.unit),
                "".join(
                    f"{_DIFF[p.change][0]}{escape(p.text)}{_DIFF[p.change][1]}" for p in before
                ),
                "".join(f"{_DIFF[p.change][0]}{escape(p.text)}{_DIFF[p.change][1]}" for p in after),
                escape(wording.justification),
            ]
            self.parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        self.parts.append("</table>")

    def notes(self) -> None:
        if not self.footnotes:
            return
        self.parts.append('<hr><ol class="footnotes">')
        for number, note in enumerate(self.footnotes, start=1):
            self.parts.append(f'<li><a name="fn-{number}"></a>{note}</li>')
        self.parts.append("</ol>")

    # --- text -----------------------------------------------------------------

    def markdown(self, text: str) -> None:
        open_list: str | None = None
        for block in parse(text):
            tag = _LIST_TAGS.get(block.kind)
            if tag != open_list:
                if open_list:
                    self.parts.append(f"</{open_list}>")
                if tag:
                    self.parts.append(f"<{tag}>")
                open_list = tag
            self.parts.append(self.block(block))
        if open_list:
            self.parts.append(f"</{open_list}>")

    def block(self, block: Block) -> str:
        inner = self.inlines(block.inlines)
        if block.kind in _LIST_TAGS:
            return f"<li>{inner}</li>"
        if block.kind == "quote":
            return f"<blockquote>{inner}</blockquote>"
        if block.kind == "heading":
            return f"<h4>{inner}</h4>"
        return f"<p>{inner}</p>"

    def inlines(self, inlines: tuple[Inline, ...]) -> str:
        html = []
        for inline in inlines:
            if inline.citation is not None:
                html.append(self.cite(inline.citation))
            elif inline.line_break:
                html.append("<br>")
            else:
                html.append(_styled(inline))
        return "".join(html)

    def cite(self, citation: Citation) -> str:
        parts = []
        for item in citation.items:
            source = self.plan.sources.get(item.key)
            if source is not None:
                parts.append(self.reference(source, item.locator))
        if not parts:
            return escape(citation.literal)
        self.footnotes.append("; ".join(parts))
        number = len(self.footnotes)
        return f'<sup><a href="#fn-{number}">{number}</a></sup>'

    def reference(self, source: SourceEntry, locator: str) -> str:
        if source.key in self.cited:
            segments = short_reference(source)
        else:
            self.cited[source.key] = None
            segments = full_reference(source, self.labels["accessed"])
        if locator and segments and segments[-1].text == ".":
            segments = [*segments[:-1], Segment(f", {locator}.")]
        elif locator:
            segments = [*segments, Segment(f" {locator}.")]
        return "".join(_segment(s) for s in segments)


def _marked(pieces: list[Piece]) -> str:
    return "".join(f"{_DIFF[p.change][0]}{escape(p.text)}{_DIFF[p.change][1]}" for p in pieces)


def _styled(inline: Inline) -> str:
    text = escape(inline.text)
    if inline.code:
        text = f"<code>{text}</code>"
    if inline.bold:
        text = f"<b>{text}</b>"
    if inline.italic:
        text = f"<i>{text}</i>"
    if inline.link:
        text = f'<a href="{escape(inline.link)}">{text}</a>'
    return text


def _segment(segment: Segment) -> str:
    text = escape(segment.text)
    if segment.italic:
        text = f"<i>{text}</i>"
    if segment.link:
        text = f'<a href="{escape(segment.link)}">{text}</a>'
    return text


def plan_html(plan: DocumentPlan) -> str:
    return PreviewRenderer(plan).render()

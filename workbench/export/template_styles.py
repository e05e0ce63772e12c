"""The styles of the document being exported, found by name the same way everywhere.

Word stores a style under an id and a name. The id differs between Word's
languages and between applications (English Word writes ``Heading1``, Russian
Word ``1``, LibreOffice sometimes ``Heading1`` with the name "Heading 1" where
Word writes "heading 1"), so the export never guesses an id: it looks each
style up by its name, ignoring case, in one index, both when it copies the
styles a template lacks and when it writes a paragraph.

A copied style's references to other styles (``basedOn``, ``next``,
``link``) are rewritten to the ids those styles have in the template, so a
style copied into a Russian Word template builds on its "Normal" (id ``a``),
not on an id ``Normal`` that does not exist there.
"""

from __future__ import annotations

import copy

from docx.document import Document
from docx.oxml.ns import qn
from lxml.etree import _Element

from workbench.export.ooxml import element, find_or_insert, set_paragraph_property

REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Quote",
    "List Paragraph",
    "Caption",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "footnote text",
    "footnote reference",
    "Hyperlink",
    "Table Grid",
    "Recommendation",
    "Recommendation Label",
    "Cover Detail",
    "Bibliography",
    "Table Text",
    "Table Heading",
)
"""Every style the export uses, by name."""

UNINDENTED_STYLES = (
    "Title",
    "Subtitle",
    "TOC Heading",
    "toc 1",
    "toc 2",
    "footnote text",
    "Caption",
    "Recommendation",
    "Recommendation Label",
    "Cover Detail",
    "Table Text",
    "Table Heading",
)
"""Styles that must not inherit a first-line indent from the template's body text:
centred titles would sit off-centre, and table cells, the contents and footnotes
are too narrow for a 1.25 cm indent."""

REFERENCES = ("w:basedOn", "w:next", "w:link")
_PPR_SUCCESSORS = ("w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


class StyleIndex:
    """A document's styles by name (case ignored), read from the XML itself, so the
    names are the ones stored (python-docx renames some built-in styles)."""

    def __init__(self, document: Document) -> None:
        self.root: _Element = document.styles.element
        self.ids: dict[str, str] = {}
        self.elements: dict[str, _Element] = {}
        for style in self.root.findall(qn("w:style")):
            self._remember(style)

    def _remember(self, style: _Element) -> None:
        style_id = style.get(qn("w:styleId"))
        name = style.find(qn("w:name"))
        if style_id is None:
            return
        self.elements[style_id] = style
        if name is not None and name.get(qn("w:val")):
            self.ids.setdefault(name.get(qn("w:val")).casefold(), style_id)

    def id_of(self, name: str) -> str | None:
        """The id of the style named ``name``, or None if there is none."""
        return self.ids.get(name.casefold())

    def element_of(self, name: str) -> _Element | None:
        style_id = self.id_of(name)
        return None if style_id is None else self.elements[style_id]

    def add(self, style: _Element) -> str:
        """Add ``style`` (a copy from another document) under an id not yet taken here."""
        wanted = style.get(qn("w:styleId")) or "Style"
        style_id, number = wanted, 1
        while style_id in self.elements:
            number += 1
            style_id = f"{wanted}{number}"
        style.set(qn("w:styleId"), style_id)
        self.root.append(style)
        self._remember(style)
        return style_id


def add_missing_styles(document: Document, reference: Document) -> list[str]:
    """Copy the required styles the document lacks from ``reference`` (with the styles
    they build on); returns the names added."""
    ours, theirs = StyleIndex(document), StyleIndex(reference)
    added: list[str] = []
    for name in REQUIRED_STYLES:
        _copy_style(ours, theirs, name, added)
    return added


def _copy_style(ours: StyleIndex, theirs: StyleIndex, name: str, added: list[str]) -> str | None:
    """The id of style ``name`` in ``ours``, copied from ``theirs`` if it is missing."""
    existing = ours.id_of(name)
    if existing is not None:
        return existing
    source = theirs.element_of(name)
    if source is None:
        return None
    copied = copy.deepcopy(source)
    new_id = ours.add(copied)
    added.append(name)
    for tag in REFERENCES:
        reference = copied.find(qn(tag))
        if reference is None:
            continue
        target = _name_of(theirs.elements.get(reference.get(qn("w:val"), "")))
        target_id = _copy_style(ours, theirs, target, added) if target else None
        if target_id is None:
            copied.remove(reference)
        else:
            reference.set(qn("w:val"), target_id)
    return new_id


def _name_of(style: _Element | None) -> str | None:
    name = None if style is None else style.find(qn("w:name"))
    return None if name is None else name.get(qn("w:val"))


def settle_export_styles(document: Document) -> None:
    """Keep the template's body-text indent out of titles, tables, the contents and
    footnotes, and set footnotes flush left (justified notes full of long URLs
    leave gaps a reader notices)."""
    index = StyleIndex(document)
    for name in UNINDENTED_STYLES:
        style = index.element_of(name)
        if style is not None:
            _without_first_line_indent(style)
    notes = index.element_of("footnote text")
    if notes is not None:
        _align_left(notes)


def _paragraph_properties(style: _Element) -> _Element:
    return find_or_insert(style, "w:pPr", _PPR_SUCCESSORS)


def _without_first_line_indent(style: _Element) -> None:
    """A first-line indent of zero, unless the style sets its own (a hanging indent)."""
    indent = set_paragraph_property(_paragraph_properties(style), element("w:ind"))
    own = {qn(a) for a in ("w:firstLine", "w:hanging", "w:firstLineChars", "w:hangingChars")}
    if not own & set(indent.attrib):
        indent.set(qn("w:firstLine"), "0")


def _align_left(style: _Element) -> None:
    alignment = set_paragraph_property(_paragraph_properties(style), element("w:jc"))
    alignment.set(qn("w:val"), "left")

"""The export's sections: the cover's page, landscape pages, page numbers.

A template's page setup belongs to the whole document, but some of it only
means something once: a letterhead on the first page (``w:titlePg`` and a
first-page header), numbering that starts at a given page (``w:pgNumType
w:start``). python-docx clones the last section into each new one, so
without care the letterhead comes back on the first landscape page and the
page numbers restart at 1 after every section break. A section added here
keeps the template's headers, footers and page size, and drops those two.

The cover is the first page of the first section and carries no page number:
when the template has no first-page setting of its own, the first page gets
the template's header (a letterhead on every page stays) and an empty footer.

Landscape pages are the portrait page turned a quarter anticlockwise, as a
bound document's landscape pages are read: the binding edge (the portrait
left margin) becomes the top margin.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import cast

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from docx.parts.hdrftr import HeaderPart
from docx.section import Section, _Header
from docx.shared import Length, Twips
from lxml.etree import _Element

from workbench.export.ooxml import element

R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DRAWING_PROPERTIES = qn("wp:docPr")
MARGIN_DEFAULTS = {
    "w:top": "1440",
    "w:right": "1440",
    "w:bottom": "1440",
    "w:left": "1440",
    "w:header": "708",
    "w:footer": "708",
    "w:gutter": "0",
}
"""Word's own page margins, in twips."""


@dataclass(frozen=True)
class Margins:
    top: Length
    right: Length
    bottom: Length
    left: Length

    @classmethod
    def of(cls, section: Section) -> Margins:
        return cls(
            Length(section.top_margin or 0),
            Length(section.right_margin or 0),
            Length(section.bottom_margin or 0),
            Length(section.left_margin or 0),
        )

    def turned(self) -> Margins:
        """The margins of the page turned a quarter anticlockwise."""
        return Margins(top=self.left, right=self.top, bottom=self.right, left=self.bottom)

    def apply(self, section: Section) -> None:
        section.top_margin, section.right_margin = self.top, self.right
        section.bottom_margin, section.left_margin = self.bottom, self.left


class Sections:
    """Adds the export's sections to a document opened on its template."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # A body with no section properties at all (a hand-made or converted
        # template) is one section of Word's defaults: give it its element.
        document.element.body.get_or_add_sectPr()
        first = document.sections[-1]
        _complete_page(first)
        _complete_margins(first._sectPr)
        self.portrait = first.page_width is None or first.page_width <= (first.page_height or 0)
        self.margins = Margins.of(first)
        """The template's margins, for its own orientation."""

    def text_width(self, index: int) -> int:
        """The width between the margins of section ``index``, in twips."""
        section = self.document.sections[index]
        width = (section.page_width or 0) - (section.left_margin or 0)
        return Length(width - (section.right_margin or 0)).twips

    def unnumbered_cover(self) -> None:
        """The first page without a page number (see the module)."""
        section = self.document.sections[0]
        if section.different_first_page_header_footer:
            return  # the template's own first page: its letterhead, its footer
        section.different_first_page_header_footer = True
        if not section.header.is_linked_to_previous:
            _copy_story(cast(HeaderPart, section.header.part), section.first_page_header)
        footer = section.first_page_footer
        footer.is_linked_to_previous = False
        root = footer.part.element  # python-docx's new footer names a "Footer" style
        for child in list(root):  # the template may not have
            root.remove(child)
        root.append(element("w:p"))

    def add(self, landscape: bool) -> Section:
        """A new section on a new page, in ``landscape`` or portrait orientation."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        _only_once_settings_removed(section._sectPr)
        width, height = section.page_width or 0, section.page_height or 0
        if landscape != (width > height):
            section.page_width, section.page_height = Length(height), Length(width)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        turned = landscape == self.portrait
        (self.margins.turned() if turned else self.margins).apply(section)
        return section


OUR_PAGE = (Twips(11906), Twips(16838))
"""A4, as the bundled template (resources/templates/reference.docx) has it."""
OUR_MARGINS = {
    "top_margin": 1134,
    "right_margin": 1134,
    "bottom_margin": 1134,
    "left_margin": 1417,
    "header_distance": 720,
    "footer_distance": 720,
    "gutter": 0,
}
"""The bundled template's margins, in twips."""


def _complete_page(section: Section) -> None:
    """A page size and margins where the template gives none (pandoc's own
    reference.docx holds an empty ``<w:sectPr/>``): the bundled template's. Left
    out, the landscape section turned from it would be a page of 0 x 0."""
    if not section.page_width or not section.page_height:
        section.page_width, section.page_height = OUR_PAGE
    if section._sectPr.find(qn("w:pgMar")) is None:
        for name, twips in OUR_MARGINS.items():
            setattr(section, name, Twips(twips))


def _complete_margins(properties: _Element) -> None:
    """Page margins with every attribute the schema requires (Google Docs leaves out
    the gutter); a missing one gets Word's default."""
    margins = properties.find(qn("w:pgMar"))
    if margins is None:
        return
    for name, default in MARGIN_DEFAULTS.items():
        if margins.get(qn(name)) is None:
            margins.set(qn(name), default)


def _only_once_settings_removed(properties: _Element) -> None:
    """No first-page setting and no restart of the page numbers in a later section."""
    for title_page in properties.findall(qn("w:titlePg")):
        properties.remove(title_page)
    for numbering in properties.findall(qn("w:pgNumType")):
        numbering.attrib.pop(qn("w:start"), None)


def _copy_story(source: HeaderPart, target: _Header) -> None:
    """``target`` (a first-page header) given the content of ``source`` (the default
    header): its pictures and links related anew from the target's part, its
    drawings given ids no other drawing in the package has."""
    target_part = target.part
    renamed: dict[str, str] = {}
    for rel_id, relationship in source.rels.items():
        if relationship.is_external:
            renamed[rel_id] = target_part.relate_to(
                relationship.target_ref, relationship.reltype, is_external=True
            )
        else:
            renamed[rel_id] = target_part.relate_to(relationship.target_part, relationship.reltype)
    next_drawing = _largest_drawing_id(source) + 1
    root = target_part.element
    for child in list(root):
        root.remove(child)
    for child in source.element:
        copied = copy.deepcopy(child)
        for node in copied.iter():
            for attribute, value in node.attrib.items():
                if attribute.startswith(f"{{{R_NAMESPACE}}}") and value in renamed:
                    node.set(attribute, renamed[value])
            if node.tag == DRAWING_PROPERTIES:
                node.set("id", str(next_drawing))
                next_drawing += 1
        root.append(copied)


def _largest_drawing_id(part: HeaderPart) -> int:
    """The largest drawing id in the package (``wp:docPr`` ids must be unique in it)."""
    largest = 0
    for each in part.package.iter_parts():
        if isinstance(each, XmlPart):
            for node in each.element.iter(DRAWING_PROPERTIES):
                value = node.get("id", "")
                largest = max(largest, int(value) if value.isdigit() else 0)
    return largest

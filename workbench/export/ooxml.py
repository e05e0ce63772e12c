"""WordprocessingML that python-docx has no API for: footnotes, numbering
definitions, fields, bookmarks, hyperlinks, settings and language.

Everything is built on python-docx's own package and part classes, so the
result is saved by python-docx like any other part. Element order follows the
OOXML schema: Word refuses files that LibreOffice would forgive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import cast
from urllib.parse import quote, urlsplit, urlunsplit

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, nsmap, qn
from docx.oxml.parser import oxml_parser
from docx.parts.numbering import NumberingPart
from lxml.etree import _Element

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
URI_CHARACTERS = "!#$&'()*+,/:;=?@[]~%"
"""Reserved characters and ``%``, which stay as they are in a URI (letters, digits
and ``-._~`` always do); anything else is percent-encoded."""
BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


@cache
def _clark(tag: str) -> tuple[str, dict[str, str]]:
    prefix = tag.split(":")[0]
    return qn(tag), {prefix: nsmap[prefix]}


@cache
def _attribute(name: str) -> str:
    return qn(name)


def element(tag: str, attributes: dict[str, str] | None = None, *children: _Element) -> _Element:
    """``element("w:b")``, ``element("w:lang", {"w:val": "ru-RU"})``.

    Same result as python-docx's OxmlElement (its element classes included),
    with the name parsing cached: exports create tens of thousands of elements.
    """
    clark, namespaces = _clark(tag)
    node = oxml_parser.makeelement(clark, nsmap=namespaces)
    for name, value in (attributes or {}).items():
        node.set(_attribute(name), value)
    for child in children:
        node.append(child)
    return node


def insert_in_order(parent: _Element, child: _Element, successors: Sequence[str]) -> None:
    """Insert before the first existing element that the schema puts after ``child``."""
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def find_or_insert(parent: _Element, tag: str, successors: Sequence[str]) -> _Element:
    """``parent``'s child ``tag``, made empty at its place in the schema's order if absent."""
    found = parent.find(qn(tag))
    if found is None:
        found = element(tag)
        insert_in_order(parent, found, successors)
    return found


def text_run(text: str, properties: Iterable[_Element] = ()) -> _Element:
    """A ``w:r`` holding ``text`` (tabs and line breaks become their own elements)."""
    run = element("w:r")
    props = list(properties)
    if props:
        run.append(element("w:rPr", None, *props))
    for index, line in enumerate(text.split("\n")):
        if index:
            run.append(element("w:br"))
        for number, chunk in enumerate(line.split("\t")):
            if number:
                run.append(element("w:tab"))
            if chunk:
                t = element("w:t", {"xml:space": "preserve"})
                t.text = chunk
                run.append(t)
    return run


# --- footnotes --------------------------------------------------------------------

SEPARATOR_IDS = (-1, 0)
"""The ids of the footnote separator and continuation separator, as Word writes them."""
_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)


class Footnotes:
    """The document's footnotes part, created fresh for each export.

    A footnotes part a custom template brings along is replaced: its notes
    belong to the template's sample text, not to this document.
    """

    def __init__(self, document: Document, text_style: str, reference_style: str) -> None:
        self.document = document
        self.text_style = text_style
        self.reference_style = reference_style
        for rel_id, rel in list(document.part.rels.items()):
            if rel.reltype == RT.FOOTNOTES:
                del document.part.rels[rel_id]
        self.part = XmlPart(
            PackURI("/word/footnotes.xml"),
            CT.WML_FOOTNOTES,
            parse_xml(_FOOTNOTES_XML),
            document.part.package,
        )
        document.part.relate_to(self.part, RT.FOOTNOTES)
        self.count = 0

    def reference_run(self, note_id: int) -> _Element:
        run = element("w:r")
        run.append(element("w:rPr", None, element("w:rStyle", {"w:val": self.reference_style})))
        run.append(element("w:footnoteReference", {"w:id": str(note_id)}))
        return run

    def add(self, runs: Sequence[_Element]) -> int:
        """A new footnote holding ``runs``; returns its id for the reference."""
        self.count += 1
        note = element("w:footnote", {"w:id": str(self.count)})
        paragraph = element("w:p")
        paragraph.append(element("w:pPr", None, element("w:pStyle", {"w:val": self.text_style})))
        mark = element("w:r")
        mark.append(element("w:rPr", None, element("w:rStyle", {"w:val": self.reference_style})))
        mark.append(element("w:footnoteRef"))
        paragraph.append(mark)
        paragraph.append(text_run(" "))
        for run in runs:
            paragraph.append(run)
        note.append(paragraph)
        self.part.element.append(note)
        return self.count

    def hyperlink(self, url: str, runs: Sequence[_Element]) -> _Element:
        return hyperlink(self.part, url, runs)


def hyperlink(part: Part, url: str, runs: Sequence[_Element]) -> _Element:
    """An external hyperlink around ``runs``, related from ``part`` (document or footnotes)."""
    rel_id = part.relate_to(uri_reference(url), RT.HYPERLINK, is_external=True)
    link = element("w:hyperlink", {"r:id": rel_id, "w:history": "1"})
    for run in runs:
        link.append(run)
    return link


def uri_reference(url: str) -> str:
    """``url`` as a relationship target may hold it: a URI (RFC 3986), as the package
    format requires. People paste addresses as browsers show them, with spaces,
    Cyrillic paths and host names, or a bare ``%``; each is encoded the way a
    browser encodes it before sending, so the link leads to the same page."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        if host and not host.isascii():
            netloc = parts.netloc.replace(host, host.encode("idna").decode("ascii"))
            parts = parts._replace(netloc=netloc)
        url = urlunsplit(parts)
    except (ValueError, UnicodeError):
        pass  # not a URL we can take apart: encode it as it is
    encoded = quote(url, safe=URI_CHARACTERS)
    return BARE_PERCENT.sub("%25", encoded)


def is_safe_link(url: str) -> bool:
    return url.lower().startswith(SAFE_LINK_SCHEMES)


# --- numbering --------------------------------------------------------------------

LIST_HANGING = 360
"""How far a list's number or bullet hangs left of its text, in twips (a quarter inch)."""
_ABSTRACT_SUCCESSORS = ("w:num", "w:numIdMacAtCleanup")


class Numbering:
    """Adds the numbering definitions an export needs to the document's numbering part."""

    def __init__(self, document: Document) -> None:
        self.root = numbering_part(document).element
        abstract = [
            int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))
        ]
        nums = [int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))]
        self.next_abstract = max(abstract, default=-1) + 1
        self.next_num = max(nums, default=0) + 1

    def define(self, levels: Sequence[tuple[str, str, int]]) -> int:
        """A new list definition; ``levels`` are (format, text, indent in twips), each
        number hanging ``LIST_HANGING`` twips left of its text.

        Returns the abstract id to instantiate with :meth:`instance`.
        """
        abstract_id = self.next_abstract
        self.next_abstract += 1
        abstract = element("w:abstractNum", {"w:abstractNumId": str(abstract_id)})
        abstract.append(element("w:multiLevelType", {"w:val": "hybridMultilevel"}))
        for level, (number_format, text, indent) in enumerate(levels):
            lvl = element("w:lvl", {"w:ilvl": str(level)})
            lvl.append(element("w:start", {"w:val": "1"}))
            lvl.append(element("w:numFmt", {"w:val": number_format}))
            lvl.append(element("w:lvlText", {"w:val": text}))
            lvl.append(element("w:lvlJc", {"w:val": "left"}))
            lvl.append(
                element(
                    "w:pPr",
                    None,
                    element("w:ind", {"w:left": str(indent), "w:hanging": str(LIST_HANGING)}),
                )
            )
            if number_format == "bullet":
                lvl.append(
                    element(
                        "w:rPr",
                        None,
                        element(
                            "w:rFonts",
                            {"w:ascii": "Symbol", "w:hAnsi": "Symbol", "w:hint": "default"},
                        ),
                    )
                )
            abstract.append(lvl)
        insert_in_order(self.root, abstract, _ABSTRACT_SUCCESSORS)
        return abstract_id

    def instance(self, abstract_id: int, restart_at: int | None = None) -> int:
        """A numbering instance (``w:num``); a restart begins counting anew."""
        num_id = self.next_num
        self.next_num += 1
        num = element("w:num", {"w:numId": str(num_id)})
        num.append(element("w:abstractNumId", {"w:val": str(abstract_id)}))
        if restart_at is not None:
            override = element("w:lvlOverride", {"w:ilvl": "0"})
            override.append(element("w:startOverride", {"w:val": str(restart_at)}))
            num.append(override)
        insert_in_order(self.root, num, ("w:numIdMacAtCleanup",))
        return num_id


def numbering_part(document: Document) -> XmlPart:
    """The document's numbering part, created empty when the template has none (a
    blank document saved by Word has no lists, and python-docx cannot make one)."""
    try:
        return cast(XmlPart, document.part.part_related_by(RT.NUMBERING))
    except KeyError:
        part = NumberingPart(
            PackURI("/word/numbering.xml"),
            CT.WML_NUMBERING,
            parse_xml(f"<w:numbering {nsdecls('w')}/>"),
            document.part.package,
        )
        document.part.relate_to(part, RT.NUMBERING)
        return part


PARAGRAPH_PROPERTIES = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
"""The children of ``w:pPr`` in the order the schema requires."""


def set_paragraph_property(properties: _Element, child: _Element) -> _Element:
    """``child`` (``w:ind``, ``w:jc``, ``w:numPr``…) in ``properties`` at its place in
    the schema's order; an existing one of the same name is returned instead."""
    existing = properties.find(child.tag)
    if existing is not None:
        return existing
    name = child.prefix + ":" + child.tag.split("}")[1]
    after = PARAGRAPH_PROPERTIES[PARAGRAPH_PROPERTIES.index(name) + 1 :]
    insert_in_order(properties, child, after)
    return child


def set_numbering(paragraph: _Element, num_id: int, level: int = 0) -> None:
    num_pr = element(
        "w:numPr",
        None,
        element("w:ilvl", {"w:val": str(level)}),
        element("w:numId", {"w:val": str(num_id)}),
    )
    set_paragraph_property(paragraph.get_or_add_pPr(), num_pr)


# --- fields and bookmarks ---------------------------------------------------------


def field_runs(instruction: str) -> tuple[list[_Element], _Element]:
    """(runs that open a complex field up to its result, the run that closes it)."""
    instr = element("w:instrText", {"xml:space": "preserve"})
    instr.text = f" {instruction} "
    opening = [
        element("w:r", None, element("w:fldChar", {"w:fldCharType": "begin"})),
        element("w:r", None, instr),
        element("w:r", None, element("w:fldChar", {"w:fldCharType": "separate"})),
    ]
    closing = element("w:r", None, element("w:fldChar", {"w:fldCharType": "end"}))
    return opening, closing


def field(instruction: str, result: str | _Element) -> list[_Element]:
    """The runs of a complex field with its ``result`` (a text, or the run holding
    it) already written: what every reader shows until Word updates the field."""
    opening, closing = field_runs(instruction)
    return [*opening, text_run(result) if isinstance(result, str) else result, closing]


def right_tab(position: str, leader: str = "none") -> _Element:
    """A right-aligned tab stop at ``position`` twips (a contents entry's page number)."""
    return element("w:tab", {"w:val": "right", "w:leader": leader, "w:pos": position})


def bookmark(p: _Element, name: str, bookmark_id: int) -> None:
    """Wrap the paragraph's content in a bookmark (a TOC entry's link target)."""
    open_bookmark(p, name, bookmark_id)
    close_bookmark(p, bookmark_id)


def bookmark_start(name: str, bookmark_id: int) -> _Element:
    return element("w:bookmarkStart", {"w:id": str(bookmark_id), "w:name": name})


def open_bookmark(p: _Element, name: str, bookmark_id: int) -> None:
    """A bookmark begins where the paragraph's content does."""
    start = bookmark_start(name, bookmark_id)
    properties = p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        p.insert(0, start)


def close_bookmark(p: _Element, bookmark_id: int) -> None:
    """A bookmark ends where the paragraph's content does (so far)."""
    p.append(element("w:bookmarkEnd", {"w:id": str(bookmark_id)}))


def internal_link(anchor: str, runs: Sequence[_Element]) -> _Element:
    link = element("w:hyperlink", {"w:anchor": anchor, "w:history": "1"})
    for run in runs:
        link.append(run)
    return link


# --- settings and language --------------------------------------------------------

_FOOTNOTE_PR_SUCCESSORS = (
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def settle_settings(document: Document) -> None:
    """Settings that make Word open the file without a question and read it right.

    No ``w:updateFields`` (a template's own included): Word would open with "This
    document contains fields that may refer to other files. Update?", and a reader
    who says No, Protected View and every other reader would see the fields as
    written anyway, so the export writes their results itself. The footnote
    separators are declared with the ids the export's footnotes part gives them
    (a template saved by LibreOffice declares 0 and 1, which would make the first
    real note a separator). A zoom without the percent the schema requires (as
    python-docx's default settings have it) gets 100.
    """
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    for zoom in settings.findall(qn("w:zoom")):
        if zoom.get(qn("w:percent")) is None:
            zoom.set(qn("w:percent"), "100")
    _declare_footnote_separators(settings)


def _declare_footnote_separators(settings: _Element) -> None:
    footnote_pr = find_or_insert(settings, "w:footnotePr", _FOOTNOTE_PR_SUCCESSORS)
    for old in footnote_pr.findall(qn("w:footnote")):
        footnote_pr.remove(old)
    for separator_id in SEPARATOR_IDS:
        footnote_pr.append(element("w:footnote", {"w:id": str(separator_id)}))


def set_document_language(document: Document, tag: str, normal: _Element | None) -> None:
    """The language of all text (spelling, hyphenation): on the defaults and on the
    ``normal`` style (found by name by the caller: its id depends on the template)."""
    styles = document.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = element("w:docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = element("w:rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = element("w:rPr")
        rpr_default.append(rpr)
    _set_lang(rpr, tag)
    if normal is not None:
        _set_lang(normal.get_or_add_rPr(), tag)


def set_run_languages(container: _Element, tag: str) -> None:
    """Every run inside ``container`` (a table cell) in language ``tag``: a side-by-side
    column is checked for spelling in its own language, not the document's."""
    for run in container.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = element("w:rPr")
            run.insert(0, rpr)
        _set_lang(rpr, tag)


def _set_lang(rpr: _Element, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = element("w:lang")
        insert_in_order(rpr, lang, ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    lang.set(qn("w:val"), tag)


# --- tables -------------------------------------------------------------------------


def table(style_id: str | None, widths: Sequence[int]) -> _Element:
    """A fixed-layout table with columns of ``widths`` (twips)."""
    properties = element("w:tblPr")
    if style_id:
        properties.append(element("w:tblStyle", {"w:val": style_id}))
    properties.append(element("w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"}))
    properties.append(element("w:tblLayout", {"w:type": "fixed"}))
    properties.append(
        element(
            "w:tblLook",
            {
                "w:val": "04A0",
                "w:firstRow": "1",
                "w:lastRow": "0",
                "w:firstColumn": "1",
                "w:lastColumn": "0",
                "w:noHBand": "0",
                "w:noVBand": "1",
            },
        )
    )
    grid = element("w:tblGrid", None, *(element("w:gridCol", {"w:w": str(w)}) for w in widths))
    return element("w:tbl", None, properties, grid)


def table_row(
    tbl: _Element, *, repeat_as_header: bool = False, keep_on_one_page: bool = False
) -> _Element:
    """A row; ``keep_on_one_page`` moves it to the next page rather than split it
    (Word and LibreOffice still split a row taller than a page)."""
    row = element("w:tr")
    if repeat_as_header or keep_on_one_page:
        properties = element("w:trPr", None, element("w:cantSplit"))
        if repeat_as_header:
            properties.append(element("w:tblHeader"))
        row.append(properties)
    tbl.append(row)
    return row


def table_cell(row: _Element, width: int) -> _Element:
    cell = element(
        "w:tc",
        None,
        element("w:tcPr", None, element("w:tcW", {"w:w": str(width), "w:type": "dxa"})),
    )
    row.append(cell)
    return cell

"""Writes tests/data/templates/: Word templates as organisations really have them.

An export onto an organisation's template must work whatever wrote the template:
Word in English or Russian, LibreOffice, Google Docs; with or without lists,
footnotes, a first-page letterhead or a restart of page numbers. Each file here
reproduces one such trait (CORPUS.md says which); tests/template_corpus.py holds
the facts a test can assert after an export.

python-docx builds what it has an API for (page setup, headers, footers, pictures,
body text); the rest is raw XML written into the package, and the LibreOffice
variants are what ``soffice --headless --convert-to docx`` really writes. The
generated files are committed, so tests never need LibreOffice.

Run: python tests/data/templates/make_templates.py
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from lxml import etree

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCUMENT_MAIN = WML + "document.main+xml"
TEMPLATE_MAIN = WML + "template.main+xml"
ZIP_TIME = (2026, 1, 15, 9, 0, 0)
"""Every zip member gets this timestamp so a re-run writes the same bytes."""
CREATED = datetime(2026, 1, 15, 9, 0, 0)
MODIFIED = datetime(2026, 1, 20, 14, 30, 0)
ORGANISATION = "Общественное объединение «Правовая инициатива»"
ORGANISATION_SHORT = "ОО «Правовая инициатива»"
ADDRESS = "г. Алматы, ул. Абая, 10, тел. +7 727 000 00 00"
NS_DECL = f'xmlns:w="{W}" xmlns:r="{R}"'


# --- the package, part by part --------------------------------------------------------


class Package:
    """A .docx as its parts: what python-docx has no API for is edited here."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts

    @classmethod
    def of(cls, document: Document) -> Package:
        buffer = io.BytesIO()
        document.save(buffer)
        return cls.read(buffer.getvalue())

    @classmethod
    def read(cls, data: bytes) -> Package:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return cls({name: archive.read(name) for name in archive.namelist()})

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def put_xml(self, name: str, root: etree._Element) -> None:
        self.parts[name] = etree.tostring(
            root, xml_declaration=True, encoding="UTF-8", standalone=True
        )

    def put_text(self, name: str, text: str) -> None:
        self.parts[name] = text.encode("utf-8")

    def edit(self, name: str, change: Callable[[etree._Element], None]) -> None:
        root = self.xml(name)
        change(root)
        self.put_xml(name, root)

    def remove(self, name: str) -> None:
        """The part, every relationship to it and its content type go together."""
        self.parts.pop(name, None)
        self.parts.pop(_rels_name(name), None)
        for rels in [n for n in self.parts if n.endswith(".rels")]:
            source_dir = _source_dir(rels)

            def drop(root: etree._Element, source_dir: str = source_dir) -> None:
                for rel in root.findall(f"{{{PR}}}Relationship"):
                    if _resolve(source_dir, rel.get("Target", "")) == name:
                        root.remove(rel)

            self.edit(rels, drop)
        self.edit("[Content_Types].xml", lambda root: _drop_override(root, name))

    def add(self, name: str, data: bytes, content_type: str, rel_type: str) -> str:
        """A new part related from the main document; its relationship id."""
        self.parts[name] = data
        self.edit("[Content_Types].xml", lambda root: _set_override(root, name, content_type))
        rels = self.xml("word/_rels/document.xml.rels")
        used = {rel.get("Id") for rel in rels}
        rid = next(f"rId{n}" for n in range(1, 1000) if f"rId{n}" not in used)
        target = name.removeprefix("word/")
        etree.SubElement(rels, f"{{{PR}}}Relationship", Id=rid, Type=rel_type, Target=target)
        self.put_xml("word/_rels/document.xml.rels", rels)
        return rid

    def content_type(self, name: str, content_type: str) -> None:
        self.edit("[Content_Types].xml", lambda root: _set_override(root, name, content_type))

    def save(self, path: Path, content_types_last: bool = False) -> None:
        """Fixed timestamps and order: the same parts always give the same bytes."""
        names = [n for n in self.parts if n != "[Content_Types].xml"]
        names = (
            [*names, "[Content_Types].xml"]
            if content_types_last
            else ["[Content_Types].xml", *names]
        )
        with zipfile.ZipFile(path, "w") as archive:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, self.parts[name])


def _rels_name(name: str) -> str:
    folder, _, leaf = name.rpartition("/")
    return f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"


def _source_dir(rels: str) -> str:
    folder = rels.rpartition("_rels/")[0]
    return folder.rstrip("/")


def _resolve(source_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    parts = [p for p in source_dir.split("/") if p]
    for piece in target.split("/"):
        if piece == "..":
            parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _drop_override(root: etree._Element, name: str) -> None:
    for override in root.findall(f"{{{CT}}}Override"):
        if override.get("PartName") == "/" + name:
            root.remove(override)


def _set_override(root: etree._Element, name: str, content_type: str) -> None:
    _drop_override(root, name)
    etree.SubElement(root, f"{{{CT}}}Override", PartName="/" + name, ContentType=content_type)


# --- pieces Word writes ---------------------------------------------------------------


def tiny_png(width: int = 24, height: int = 24) -> bytes:
    """A small logo (a dark blue square with a light band) without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00" + (b"\xe0\xe8\xf0" if 9 <= y < 15 else b"\x1f\x38\x64") * width
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


WORD_IDS = {
    "Normal": "Normal",
    "heading 1": "Heading1",
    "heading 2": "Heading2",
    "Default Paragraph Font": "DefaultParagraphFont",
    "Normal Table": "TableNormal",
    "No List": "NoList",
    "footnote text": "FootnoteText",
    "footnote reference": "FootnoteReference",
    "Title": "Title",
    "Hyperlink": "Hyperlink",
    "Footnote Text Char": "FootnoteTextChar",
    "header": "Header",
    "Header Char": "HeaderChar",
    "footer": "Footer",
    "Footer Char": "FooterChar",
    "Title Char": "TitleChar",
    "List Paragraph": "ListParagraph",
    "Heading 1 Char": "Heading1Char",
    "Heading 2 Char": "Heading2Char",
}
"""Style name -> id as English-language Word writes them."""

RUSSIAN_IDS = {
    "Normal": "a",
    "heading 1": "1",
    "heading 2": "2",
    "Default Paragraph Font": "a0",
    "Normal Table": "a1",
    "No List": "a2",
    "footnote text": "a3",
    "footnote reference": "a4",
    "Title": "a5",
    "Hyperlink": "a6",
    "Footnote Text Char": "a7",
    "header": "a8",
    "Header Char": "a9",
    "footer": "aa",
    "Footer Char": "ab",
    "Title Char": "ac",
    "List Paragraph": "ad",
    "Heading 1 Char": "10",
    "Heading 2 Char": "20",
}
"""Style name -> id as Russian-language Word writes them: ids are handed out in
order (a, a0, a1 ... a9, aa, ab ...), heading n gets "n" and its linked character
style "n0"."""

RUSSIAN_CHAR_NAMES = {
    "Footnote Text Char": "Текст сноски Знак",
    "Header Char": "Верхний колонтитул Знак",
    "Footer Char": "Нижний колонтитул Знак",
    "Title Char": "Заголовок Знак",
    "Heading 1 Char": "Заголовок 1 Знак",
    "Heading 2 Char": "Заголовок 2 Знак",
}
"""Built-in style names stay English in the file; the linked character styles Word
creates on the fly get names in the user's language."""

TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
NGO_NORMAL_PPR = (
    '<w:spacing w:after="0" w:line="360" w:lineRule="auto"/>'
    '<w:ind w:firstLine="709"/><w:jc w:val="both"/>'
)
LETTER_NORMAL_PPR = (
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="709"/>'
    '<w:jc w:val="both"/>'
)
NO_INDENT = '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>'


def word_styles(
    ids: dict[str, str],
    normal_ppr: str = NGO_NORMAL_PPR,
    normal_rpr: str = TNR + '<w:sz w:val="28"/><w:szCs w:val="28"/>',
    full: bool = True,
    char_names: dict[str, str] | None = None,
    defaults_rpr: str = (
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi"'
        ' w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="ru-RU" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    ),
) -> str:
    """styles.xml as Word 2016 writes it; ``full=False`` is a blank document's four styles."""
    names = char_names or {}

    def sid(name: str) -> str:
        return ids[name]

    def style(kind: str, name: str, body: str, default: bool = False) -> str:
        flag = ' w:default="1"' if default else ""
        shown = names.get(name, name)
        return (
            f'<w:style w:type="{kind}"{flag} w:styleId="{sid(name)}">'
            f'<w:name w:val="{shown}"/>{body}</w:style>'
        )

    hidden = '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    styles = [
        style(
            "paragraph",
            "Normal",
            f"<w:qFormat/><w:pPr>{normal_ppr}</w:pPr><w:rPr>{normal_rpr}</w:rPr>",
            default=True,
        ),
        style(
            "character",
            "Default Paragraph Font",
            '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>',
            default=True,
        ),
        style(
            "table",
            "Normal Table",
            '<w:uiPriority w:val="99"/><w:semiHidden/>'
            '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
            default=True,
        ),
        style("numbering", "No List", hidden, default=True),
    ]
    if full:
        styles += _full_styles(sid, style, hidden)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS_DECL}>'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{defaults_rpr}</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0"'
        ' w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>'
        + "".join(styles)
        + "</w:styles>"
    )


def _full_styles(sid: Callable[[str], str], style: Callable[..., str], hidden: str) -> list[str]:
    normal = f'<w:basedOn w:val="{sid("Normal")}"/>'
    heading = (
        f'{normal}<w:next w:val="{sid("Normal")}"/><w:link w:val="{{link}}"/>'
        '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:spacing w:before="240"/><w:ind w:firstLine="0"/><w:jc w:val="{jc}"/>'
        '<w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:bCs/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'
    )
    return [
        style(
            "paragraph",
            "heading 1",
            heading.format(link=sid("Heading 1 Char"), jc="center", level=0),
        ),
        style(
            "paragraph", "heading 2", heading.format(link=sid("Heading 2 Char"), jc="left", level=1)
        ),
        style(
            "paragraph",
            "Title",
            f'{normal}<w:next w:val="{sid("Normal")}"/>'
            f'<w:link w:val="{sid("Title Char")}"/><w:uiPriority w:val="10"/><w:qFormat/>'
            '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            '<w:rPr><w:b/><w:caps/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>',
        ),
        style(
            "paragraph",
            "footnote text",
            f'{normal}<w:link w:val="{sid("Footnote Text Char")}"/>'
            f"{hidden}<w:pPr>{NO_INDENT}</w:pPr>"
            '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
        ),
        style(
            "character",
            "footnote reference",
            f'{hidden}<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
        ),
        style(
            "character",
            "Hyperlink",
            f'{hidden}<w:rPr><w:color w:val="0563C1"'
            ' w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>',
        ),
        style(
            "paragraph",
            "header",
            f'{normal}<w:link w:val="{sid("Header Char")}"/>{hidden}'
            f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right"'
            f' w:pos="9355"/></w:tabs>{NO_INDENT}</w:pPr>',
        ),
        style(
            "paragraph",
            "footer",
            f'{normal}<w:link w:val="{sid("Footer Char")}"/>{hidden}'
            f'<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right"'
            f' w:pos="9355"/></w:tabs>{NO_INDENT}</w:pPr>',
        ),
        style(
            "paragraph",
            "List Paragraph",
            f'{normal}<w:uiPriority w:val="34"/><w:qFormat/>'
            '<w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>',
        ),
        *(
            style(
                "character",
                char,
                f'<w:basedOn w:val="{sid("Default Paragraph Font")}"/>'
                f'<w:link w:val="{sid(linked)}"/><w:uiPriority w:val="99"/>'
                f"<w:rPr>{TNR}{size}</w:rPr>",
            )
            for char, linked, size in (
                ("Heading 1 Char", "heading 1", '<w:b/><w:sz w:val="28"/>'),
                ("Heading 2 Char", "heading 2", '<w:b/><w:sz w:val="28"/>'),
                ("Title Char", "Title", '<w:b/><w:caps/><w:sz w:val="32"/>'),
                ("Footnote Text Char", "footnote text", '<w:sz w:val="20"/>'),
                ("Header Char", "header", '<w:sz w:val="28"/>'),
                ("Footer Char", "footer", '<w:sz w:val="28"/>'),
            )
        ),
    ]


def word_settings(notes: bool) -> str:
    """settings.xml as Russian-locale Word writes it; with notes, the separators named."""
    note_pr = (
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        if notes
        else ""
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS_DECL}>'
        '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
        f'<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
        f"{note_pr}<w:compat>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
        ' w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A1B2C3"/>'
        '<w:rsid w:val="00A1B2C3"/></w:rsids>'
        '<w:themeFontLang w:val="ru-RU"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1"'
        ' w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3"'
        ' w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink"'
        ' w:followedHyperlink="followedHyperlink"/>'
        '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
    )


def word_numbering() -> str:
    """One list definition: numbered paragraphs "1.", "1.1." as an NGO's list uses."""
    levels = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{".".join(f"%{k + 1}" for k in range(n + 1))}."/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{709 + 567 * n}" w:hanging="425"/>'
        "</w:pPr></w:lvl>"
        for n in range(3)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS_DECL}>'
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3E2F"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0419000F"/>'
        f'{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>"
    )


def word_notes(kind: str, ids: dict[str, str], sample: str | None) -> str:
    """footnotes.xml / endnotes.xml as Word writes them: separators -1 and 0 first."""
    spacing = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    notes = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p>{spacing}<w:r><w:separator/></w:r>'
        f'</w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p>{spacing}'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    if sample is not None:
        notes += (
            f'<w:{kind} w:id="1"><w:p><w:pPr><w:pStyle w:val="{ids["footnote text"]}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{ids["footnote reference"]}"/></w:rPr>'
            f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {sample}</w:t></w:r></w:p>'
            f"</w:{kind}>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {NS_DECL}>'
        f"{notes}</w:{kind}s>"
    )


def word_app(company: str, manager: str, template: str = "Normal.dotm") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt='
        '"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>{template}</Template><TotalTime>14</TotalTime><Pages>1</Pages>"
        "<Words>38</Words><Characters>221</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<Lines>1</Lines><Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop>"
        f"<Manager>{manager}</Manager><Company>{company}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>258</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


# --- documents ------------------------------------------------------------------------


def ngo_page(document: Document) -> None:
    """A4 portrait, margins top 2, right 1.5, bottom 2, left 3 cm (Kazakh office practice)."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    section.header_distance, section.footer_distance = Cm(1.25), Cm(1.25)


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    """A complex field (begin, instruction, separate, cached result, end) as Word writes it."""

    def run_with(child: etree._Element) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    def fld_char(kind: str) -> etree._Element:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    run_with(fld_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    run_with(fld_char("separate"))
    paragraph.add_run(cached)
    run_with(fld_char("end"))


def page_x_of_y(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run("Страница ")
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" из ")
    add_field(paragraph, "NUMPAGES", "1")


def letterhead(paragraph: Paragraph, logo: bool) -> None:
    """Organisation name (with the logo before it) and address, centred."""
    if logo:
        paragraph.add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(1.2))
        paragraph.add_run(" ")
    paragraph.add_run(ORGANISATION).bold = True
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def sample_body(document: Document) -> None:
    """Sample text a template ships with; an export must not carry it."""
    document.add_heading("Образец заголовка шаблона", level=1)
    paragraph = document.add_paragraph("Образец текста шаблона, который экспорт должен удалить.")
    run = OxmlElement("w:r")
    run.append(_wrap('<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'))
    run.append(_wrap('<w:footnoteReference w:id="1"/>'))
    paragraph._p.append(run)
    item = document.add_paragraph("Образец пункта списка шаблона.")
    item._p.get_or_add_pPr().insert(
        0, _wrap('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    )
    item._p.get_or_add_pPr().insert(0, _wrap('<w:pStyle w:val="ListParagraph"/>'))


def _wrap(fragment: str) -> etree._Element:
    """One WordprocessingML element from its text."""
    holder = etree.fromstring(f'<holder xmlns:w="{W}">{fragment}</holder>')
    return holder[0]


def core(document: Document, title: str, category: str = "") -> None:
    properties = document.core_properties
    properties.author = "Ахметова Айгуль"
    properties.last_modified_by = "Ахметова Айгуль"
    properties.title = title
    properties.subject = ""
    properties.comments = ""
    properties.keywords = ""
    properties.category = category
    properties.revision = 3
    properties.created = CREATED
    properties.modified = MODIFIED
    properties.last_printed = CREATED


def word_package(document: Document, ids: dict[str, str], **styles: object) -> Package:
    """python-docx's output made to look like Word's: its Mac-Word leftovers dropped
    (Word 2010 styles copy, bibliography custom XML, thumbnail) and Word's parts written."""
    package = Package.of(document)
    for leftover in (
        "word/stylesWithEffects.xml",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "docProps/thumbnail.jpeg",
    ):
        package.remove(leftover)
    package.put_text("word/styles.xml", word_styles(ids, **styles))  # type: ignore[arg-type]
    package.put_text("word/numbering.xml", word_numbering())
    package.put_text("docProps/app.xml", word_app(ORGANISATION_SHORT, "Ахметова А."))
    package.put_text("word/settings.xml", word_settings(notes=False))
    return package


def add_notes(package: Package, ids: dict[str, str]) -> None:
    package.add(
        "word/footnotes.xml",
        word_notes("footnote", ids, "Образец сноски шаблона.").encode(),
        WML + "footnotes+xml",
        RT + "footnotes",
    )
    package.add(
        "word/endnotes.xml",
        word_notes("endnote", ids, None).encode(),
        WML + "endnotes+xml",
        RT + "endnotes",
    )
    package.put_text("word/settings.xml", word_settings(notes=True))


def rename_styles(package: Package, ids: dict[str, str]) -> None:
    """Style references in every story part, English ids -> ``ids``."""
    mapping = {WORD_IDS[name]: ids[name] for name in WORD_IDS}
    for name in list(package.parts):
        if re.fullmatch(r"word/(document|header\d+|footer\d+|footnotes|endnotes)\.xml", name):
            text = package.parts[name].decode("utf-8")
            text = re.sub(
                r'(<w:(?:pStyle|rStyle) w:val=")([^"]+)(")',
                lambda m: m.group(1) + mapping.get(m.group(2), m.group(2)) + m.group(3),
                text,
            )
            package.parts[name] = text.encode("utf-8")


def ngo_document(title: str) -> Document:
    """File 1's content before packaging: first-page letterhead, footer, sample body."""
    document = docx.Document()
    ngo_page(document)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    letterhead(section.first_page_header.paragraphs[0], logo=True)
    address = section.first_page_header.add_paragraph(ADDRESS)
    address.alignment = WD_ALIGN_PARAGRAPH.CENTER
    default = section.header.paragraphs[0]
    default.add_run(ORGANISATION_SHORT)
    default.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(section.footer.paragraphs[0])
    page_x_of_y(section.first_page_footer.paragraphs[0])
    sample_body(document)
    core(document, title, category="Шаблон")
    return document


def ngo_word_package() -> Package:
    package = word_package(ngo_document("Шаблон письма"), WORD_IDS)
    add_notes(package, WORD_IDS)
    return package


def make_ngo_word(target: Path) -> None:
    ngo_word_package().save(target)


def make_ngo_dotx(target: Path) -> None:
    """The same package saved as a template: only the main part's content type differs
    (Word's "Save as Word Template" writes nothing else that an export reads)."""
    package = ngo_word_package()
    package.content_type("word/document.xml", TEMPLATE_MAIN)
    package.save(target)


def make_blank_no_lists(target: Path) -> None:
    """A blank Word document: four styles, no numbering part, no notes, no headers."""
    document = docx.Document()
    ngo_page(document)
    core(document, "")
    package = word_package(document, WORD_IDS, full=False)
    package.remove("word/numbering.xml")
    package.save(target)


def make_russian_ids(target: Path) -> None:
    document = ngo_document("Шаблон (русский Word)")
    package = word_package(document, RUSSIAN_IDS, char_names=RUSSIAN_CHAR_NAMES)
    add_notes(package, WORD_IDS)
    rename_styles(package, RUSSIAN_IDS)
    package.save(target)


def make_restart_numbering(target: Path) -> None:
    """One section whose page numbers start again at 1 (decimal)."""
    document = docx.Document()
    ngo_page(document)
    page_x_of_y(document.sections[0].footer.paragraphs[0])
    document.add_paragraph("Образец текста шаблона.")
    core(document, "Шаблон с нумерацией страниц с 1")
    sect_pr = document.sections[0]._sectPr
    sect_pr.find(qn("w:cols")).addprevious(_wrap('<w:pgNumType w:fmt="decimal" w:start="1"/>'))
    word_package(document, WORD_IDS).save(target)


def make_letterhead_every_page(target: Path) -> None:
    """The letterhead in the default header (every page); no first-page setting."""
    document = docx.Document()
    ngo_page(document)
    section = document.sections[0]
    letterhead(section.header.paragraphs[0], logo=True)
    section.header.add_paragraph(ADDRESS).alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(section.footer.paragraphs[0])
    document.add_paragraph("Образец текста бланка.")
    core(document, "Бланк организации", category="Шаблон")
    word_package(document, WORD_IDS, normal_ppr=LETTER_NORMAL_PPR).save(target)


def make_docgrid_ru(target: Path) -> None:
    """East-Asian-style line grid (as Word with a Kazakh/Chinese input layout sets it)
    and ru-RU / kk-KZ language defaults."""
    document = docx.Document()
    ngo_page(document)
    document.add_paragraph("Образец текста шаблона.")
    core(document, "Шаблон с сеткой строк")
    sect_pr = document.sections[0]._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "326")
    defaults = (
        TNR + '<w:sz w:val="28"/><w:szCs w:val="28"/>'
        '<w:lang w:val="ru-RU" w:eastAsia="kk-KZ" w:bidi="ar-SA"/>'
    )
    word_package(document, WORD_IDS, defaults_rpr=defaults).save(target)


def make_theme_fonts(target: Path) -> None:
    """Normal names no font: the body font comes from the theme, changed to Times New
    Roman (Design > Fonts), as organisations that restyle by theme have it."""
    document = docx.Document()
    ngo_page(document)
    document.add_paragraph("Образец текста шаблона.")
    core(document, "Шаблон со шрифтами темы")
    package = word_package(document, WORD_IDS, normal_rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>')
    theme = package.parts["word/theme/theme1.xml"].decode("utf-8")
    theme = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*(")', r"\1Times New Roman\2", theme)
    package.put_text("word/theme/theme1.xml", theme)
    package.save(target)


# --- Google Docs ----------------------------------------------------------------------

GOOGLE_NS = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:w14="http://schemas.microsoft.com/office/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
GOOGLE_RSIDS = (
    'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000"'
    ' w:rsidRPr="00000000"'
)


def google_styles() -> str:
    """Google's style sheet: the document's fonts in docDefaults, an empty Normal named
    "normal", headings and Title/Subtitle only: no character styles, no footnote styles."""

    def heading(level: int, size: int, before: int) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}">'
            f'<w:name w:val="heading {level}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
            '<w:keepLines w:val="1"/><w:pageBreakBefore w:val="0"/>'
            f'<w:spacing w:after="120" w:before="{before}" w:lineRule="auto"/></w:pPr>'
            f'<w:rPr><w:b w:val="1"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            "</w:style>"
        )

    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {GOOGLE_NS}>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"'
        ' w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en_GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults><w:style w:type="paragraph" w:styleId="Normal" w:default="1">'
        '<w:name w:val="normal"/></w:style><w:style w:type="table" w:styleId="TableNormal"'
        ' w:default="1"><w:name w:val="Table Normal"/></w:style>'
        + "".join(heading(n, s, b) for n, s, b in ((1, 32, 400), (2, 28, 360), (3, 28, 320)))
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
        '<w:keepLines w:val="1"/><w:pageBreakBefore w:val="0"/>'
        '<w:spacing w:after="60" w:before="0" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
        '<w:keepLines w:val="1"/><w:pageBreakBefore w:val="0"/>'
        '<w:spacing w:after="320" w:before="0" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:i w:val="0"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>'
        "</w:rPr></w:style></w:styles>"
    )


def google_numbering(lists: int = 4) -> str:
    """One abstractNum per list in the document, each with nine levels written out."""

    def level(n: int, bullet: bool) -> str:
        fmt, text = ("bullet", "●○■"[n % 3]) if bullet else ("decimal", f"%{n + 1}.")
        return (
            f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{720 * (n + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/>'
            "</w:rPr></w:lvl>"
        )

    abstract = "".join(
        f'<w:abstractNum w:abstractNumId="{k + 1}">'
        + "".join(level(n, bullet=k % 2 == 1) for n in range(9))
        + "</w:abstractNum>"
        for k in range(lists)
    )
    nums = "".join(
        f'<w:num w:numId="{k + 1}"><w:abstractNumId w:val="{k + 1}"/></w:num>' for k in range(lists)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {GOOGLE_NS}>'
        f"{abstract}{nums}</w:numbering>"
    )


def google_document() -> str:
    def paragraph(number: int, text: str, ppr: str = "") -> str:
        return (
            f'<w:p {GOOGLE_RSIDS} w14:paraId="{number:08X}"><w:pPr>{ppr}<w:rPr/></w:pPr>'
            '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>'
            f'<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        )

    body = (
        paragraph(1, "Образец заголовка шаблона", '<w:pStyle w:val="Title"/>')
        + paragraph(2, "Образец раздела", '<w:pStyle w:val="Heading1"/>')
        + paragraph(
            3,
            "Образец текста шаблона, который экспорт должен удалить.",
            '<w:ind w:firstLine="708.6614173228347"/><w:jc w:val="both"/>',
        )
        + paragraph(
            4,
            "Образец пункта списка шаблона.",
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            '<w:ind w:left="720" w:hanging="360"/>',
        )
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {GOOGLE_NS}'
        f' mc:Ignorable="w14"><w:body>{body}<w:sectPr><w:pgSz w:h="16834" w:w="11909"'
        ' w:orient="portrait"/><w:pgMar w:bottom="1133.8582677165355" w:top="1133.8582677165355"'
        ' w:left="1700.7874015748032" w:right="850.3937007874016" w:header="720" w:footer="720"/>'
        '<w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>'
    )


def make_google_docs(target: Path) -> None:
    """Hand-built after the traits of a real Google Docs export (see CORPUS.md):
    no docProps at all, [Content_Types].xml stored last, rsids all zero, fractional
    twips in page setup, and a page number restart on the only section."""
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{RT}{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(
            (
                ("theme", "theme/theme1.xml"),
                ("settings", "settings.xml"),
                ("fontTable", "fontTable.xml"),
                ("numbering", "numbering.xml"),
                ("styles", "styles.xml"),
            ),
            1,
        )
    )
    theme = Package.of(docx.Document()).parts["word/theme/theme1.xml"]
    overrides = "".join(
        f'<Override ContentType="{kind}" PartName="/word/{name}"/>'
        for name, kind in (
            ("settings.xml", WML + "settings+xml"),
            ("styles.xml", WML + "styles+xml"),
            ("fontTable.xml", WML + "fontTable+xml"),
            ("numbering.xml", WML + "numbering+xml"),
            ("document.xml", DOCUMENT_MAIN),
            ("theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        )
    )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    parts = {
        "word/numbering.xml": google_numbering(),
        "word/settings.xml": f"{head}<w:settings {GOOGLE_NS}>"
        '<w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat>'
        '<w:compatSetting w:val="15" w:name="compatibilityMode"'
        ' w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>',
        "word/fontTable.xml": f"{head}<w:fonts {GOOGLE_NS}>"
        '<w:font w:name="Times New Roman"/></w:fonts>',
        "word/styles.xml": google_styles(),
        "word/document.xml": google_document(),
        "word/_rels/document.xml.rels": f'{head}<Relationships xmlns="{PR}">{rels}</Relationships>',
        "_rels/.rels": f'{head}<Relationships xmlns="{PR}"><Relationship Id="rId1"'
        f' Type="{RT}officeDocument" Target="word/document.xml"/></Relationships>',
        "[Content_Types].xml": f'{head}<Types xmlns="{CT}"><Default ContentType="application/xml"'
        ' Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.'
        f'relationships+xml" Extension="rels"/>{overrides}</Types>',
    }
    package = Package({name: text.encode("utf-8") for name, text in parts.items()})
    package.parts["word/theme/theme1.xml"] = theme
    package.save(target, content_types_last=True)


# --- LibreOffice ----------------------------------------------------------------------

BLANK_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
   style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"
    fo:language="ru" fo:country="RU"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm"
    fo:margin-left="3cm" fo:margin-right="1.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
 <office:body><office:text><text:p/></office:text></office:body>
</office:document>
"""
"""A new, empty Writer document with only the page and the default font set: everything
else (styles, settings) is what LibreOffice fills in itself when it saves."""


def libreoffice_convert(sources: list[Path], out: Path) -> None:
    """One soffice run, in a throwaway profile so a user's LibreOffice is not touched."""
    profile = out / "profile"
    subprocess.run(
        [
            shutil.which("soffice") or "/usr/bin/soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out / "converted"),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def settle_libreoffice(converted: Path, target: Path) -> None:
    """What LibreOffice writes as it was, but the save time fixed so re-runs match."""
    package = Package.read(converted.read_bytes())
    core_xml = package.parts["docProps/core.xml"].decode("utf-8")
    core_xml = re.sub(
        r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
        lambda m: m.group(1) + "2026-01-20T14:30:00Z" + m.group(2),
        core_xml,
    )
    package.put_text("docProps/core.xml", core_xml)
    app = package.parts["docProps/app.xml"].decode("utf-8")
    package.put_text("docProps/app.xml", re.sub(r"<TotalTime>[^<]*<", "<TotalTime>0<", app))
    package.save(target)


def make_libreoffice(ngo_word: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        blank = work / "blank_libreoffice.fodt"
        blank.write_text(BLANK_FODT, encoding="utf-8")
        libreoffice_convert([ngo_word, blank], work)
        settle_libreoffice(work / "converted" / "ngo_word.docx", HERE / "ngo_libreoffice.docx")
        settle_libreoffice(
            work / "converted" / "blank_libreoffice.docx", HERE / "blank_libreoffice.docx"
        )


def main() -> None:
    make_ngo_word(HERE / "ngo_word.docx")
    make_blank_no_lists(HERE / "blank_no_lists.docx")
    make_russian_ids(HERE / "russian_word_ids.docx")
    make_google_docs(HERE / "google_docs.docx")
    make_restart_numbering(HERE / "restart_numbering.docx")
    make_ngo_dotx(HERE / "ngo_template.dotx")
    make_letterhead_every_page(HERE / "letterhead_every_page.docx")
    make_docgrid_ru(HERE / "docgrid_ru_lang.docx")
    make_theme_fonts(HERE / "theme_fonts_only.docx")
    make_libreoffice(HERE / "ngo_word.docx")


if __name__ == "__main__":
    main()

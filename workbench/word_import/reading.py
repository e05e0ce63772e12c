"""A Word document read into neutral blocks: headings, paragraphs as Markdown,
tables, and the footnotes and endnotes they refer to.

The document is someone else's file, so its package is rebuilt first as a
template's is (:func:`workbench.export.template_package.clean_package`: size
and expansion limits, no DTD or entities, nothing Word would run or fetch).
Then python-docx opens it and the WordprocessingML is walked directly, because
python-docx has no API for footnotes, tracked changes or fields.

What a reviewer sees is what is read: tracked insertions are taken and
deletions dropped (both counted, so the import can say so), fields give their
results, not their codes; comments, text boxes, headers and footers are not
part of the text and are counted, not read. A note's place in the text is kept
as a marker, ``[^fn3]`` for footnote 3 or ``[^en2]`` for endnote 2, for the
understanding step to turn into a citation.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from workbench.errors import WorkbenchError
from workbench.export.ooxml import is_safe_link
from workbench.export.template_package import (
    MAX_TEMPLATE_BYTES,
    TemplateRefused,
    clean_package,
    safe_parser,
)
from workbench.inputs import require_regular_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HEADING_NAME = re.compile(r"heading\s*([1-9])$")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
_EMPHASIS_MARK = re.compile(r"(?<!\\)[*_]")
_ESCAPE = re.compile(r"\\(.)")
_TRANSPARENT = {
    f"{W}{name}" for name in ("fldSimple", "smartTag", "sdt", "sdtContent", "customXml")
}
"""Inline wrappers whose content is read as if they were not there."""
_SKIPPED_IN_RUNS = {
    f"{W}{name}" for name in ("rPr", "instrText", "delText", "footnoteRef", "endnoteRef")
}


class WordImportError(WorkbenchError):
    """The file cannot be read as a Word document; the message says why in one line."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Heading:
    level: int
    """1 for a top-level heading; 0 for the document's title."""
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    """Markdown: bold, italic, links, and note markers (``[^fn3]``)."""
    list_level: int | None = None
    """The list level (0 outermost) of a list item; None for body text."""
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    """Each cell's paragraphs as Markdown, one per line."""


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Note:
    kind: str
    """``footnote`` or ``endnote``."""
    id: str
    text: str
    """Markdown, the note's paragraphs joined by blank lines."""


@dataclass
class ReadReport:
    """What the text shown is made of, beyond the text itself."""

    insertions_taken: int = 0
    deletions_dropped: int = 0
    comments_ignored: int = 0
    text_boxes_ignored: int = 0
    headers_and_footers_ignored: int = 0
    left_out: list[str] = field(default_factory=list)
    """What the package held that Word would run or fetch (macros, embedded objects)."""


@dataclass
class WordDocument:
    blocks: list[Block]
    notes: dict[str, Note]
    """By marker name: ``fn3`` is footnote 3, ``en2`` endnote 2."""
    report: ReadReport
    identity: str = ""
    """What the document is known by across its versions (see :func:`_identity`), if anything."""


def read_word(path: Path) -> WordDocument:
    """Read ``path``; raises :class:`WordImportError` naming what is wrong with it."""
    path = require_regular_file(path, "Word document")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise WordImportError(path, "is too large to be a Word document")
    raw = path.read_bytes()
    if raw.startswith(COMPOUND_FILE):
        raise WordImportError(path, _compound_file_problem(raw))
    try:
        package = clean_package(raw)
        if "macros" in package.left_out:
            raise TemplateRefused(
                "is a macro-enabled document (.docm): save it as a Word Document (.docx) "
                "without macros and import that"
            )
        document = docx.Document(io.BytesIO(package.data))
    except zipfile.BadZipFile as error:
        raise WordImportError(path, "is not a Word document (not a .docx package)") from error
    except TemplateRefused as error:
        raise WordImportError(path, str(error)) from error
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise WordImportError(path, f"is not a readable Word document ({error})") from error
    report = ReadReport(left_out=list(package.left_out))
    main = document.part
    reader = _BlockReader(main, report, _Styles(document), _Numbering(main))
    blocks = reader.blocks(document.element.body)
    notes = _notes(main, report)
    report.headers_and_footers_ignored = sum(
        1 for rel in main.rels.values() if rel.reltype in (RT.HEADER, RT.FOOTER)
    )
    return WordDocument(blocks, notes, report, _identity(document))


COMPOUND_FILE = bytes.fromhex("d0cf11e0a1b11ae1")
"""The start of an OLE compound file: a password-protected document, or Word 97-2003."""


def _compound_file_problem(raw: bytes) -> str:
    """What a compound file is, in words that say what to do."""
    if "EncryptedPackage".encode("utf-16-le") in raw[: 16 * 1024**2]:
        return (
            "is protected by a password: open it in Word, remove the password, "
            "save it and import it again"
        )
    return "is an old Word 97-2003 document (.doc): save it as a .docx and import that"


def _identity(document: Any) -> str:
    """What tells this document from others and its later versions from other
    documents: the identifier a program set (our export: the submission's id),
    else Word's document id with the time the document was created (documents
    made from one template may share the id), else "" (then its file name)."""
    properties = document.core_properties
    if (identifier := (properties.identifier or "").strip()) != "":
        return f"identifier:{identifier}"
    word_id = _document_id(document)
    created = properties.created.isoformat() if properties.created else ""
    return f"word:{word_id}|{created}" if word_id else ""


def _document_id(document: Any) -> str:
    """The newest of the ids Word writes in the settings (w15, then w14), or ""."""
    try:
        settings = document.settings.element
    except (KeyError, ValueError):
        return ""
    found = {
        etree.QName(element).namespace or "": next(iter(element.attrib.values()), "")
        for element in settings
        if etree.QName(element).localname == "docId"
    }
    return next((value for _, value in sorted(found.items(), reverse=True) if value), "")


# --- blocks ------------------------------------------------------------------------


class _BlockReader:
    def __init__(
        self, part: Any, report: ReadReport, styles: _Styles, numbering: _Numbering
    ) -> None:
        self.part = part
        self.report = report
        self.styles = styles
        self.numbering = numbering

    def blocks(self, container: Any) -> list[Block]:
        found: list[Block] = []
        for child in container:
            if child.tag == f"{W}p":
                block = self.paragraph(child)
                if block is not None:
                    found.append(block)
            elif child.tag == f"{W}tbl":
                found.append(Table(tuple(self._rows(child))))
            elif child.tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent"):
                found.extend(self.blocks(child))
        return found

    def paragraph(self, element: Any) -> Block | None:
        text = _Inlines(self.part, self.report).markdown(element)
        if not text.strip():
            return None
        style = _property(element, "pStyle")
        if style is not None and self.styles.is_contents(style):
            return None  # a table of contents: the editor makes it again
        level = _outline_level(element)
        if level is None and style is not None:
            level = self.styles.heading_level(style)
        if level is not None:
            return Heading(level, without_emphasis(text).strip())
        numbering = self.numbering.of(element, self.styles, style)
        if numbering is not None:
            return Paragraph(text, numbering[0], numbering[1])
        return Paragraph(text)

    def _rows(self, table: Any) -> list[tuple[str, ...]]:
        rows = []
        # The table's own rows (a content control may wrap some), not a nested table's.
        own = table.findall(f"{W}tr") + table.findall(f"{W}sdt/{W}sdtContent/{W}tr")
        for row in own:
            if row.find(f"{W}trPr/{W}del") is not None:
                self.report.deletions_dropped += 1
                continue
            cells = row.findall(f"{W}tc")
            if not cells:  # a row inside a content control
                cells = row.findall(f".//{W}tc")
            rows.append(tuple(self._cell(cell) for cell in cells))
        return rows

    def _cell(self, cell: Any) -> str:
        if cell.find(f"{W}tcPr/{W}vMerge") is not None and _vertical_continuation(cell):
            return ""
        lines = [_Inlines(self.part, self.report).markdown(p) for p in cell.iter(f"{W}p")]
        return "\n".join(line for line in lines if line.strip())


def _vertical_continuation(cell: Any) -> bool:
    """A cell merged into the one above (its text is the first cell's)."""
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge.get(f"{W}val") in (None, "continue")


def _property(paragraph: Any, name: str) -> str | None:
    found = paragraph.find(f"{W}pPr/{W}{name}")
    return None if found is None else found.get(f"{W}val")


def _outline_level(paragraph: Any) -> int | None:
    value = _property(paragraph, "outlineLvl")
    return _level_from_outline(value)


def _level_from_outline(value: str | None) -> int | None:
    """An outline level (0-8 heading levels, 9 body text) as a heading level from 1."""
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value) + 1


def without_emphasis(markdown: str) -> str:
    """The reader's Markdown without its emphasis marks (escaped ones stay): a
    heading's text (bold already), a title, words to match against."""
    return _EMPHASIS_MARK.sub("", markdown)


def unescaped(markdown: str) -> str:
    """The reader's Markdown with its escapes undone (``a\\*b`` reads ``a*b``)."""
    return _ESCAPE.sub(r"\1", markdown)


# --- styles and numbering ---------------------------------------------------------


_CONTENTS_NAME = re.compile(r"^toc (\d|heading)$")


class _Styles:
    """Which paragraph styles are headings: by outline level (what Word's navigation
    pane goes by), else by the built-in names every editor writes in English."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, Any] = {}
        for style in document.styles.element.findall(f"{W}style"):
            identifier = style.get(f"{W}styleId")
            if identifier:
                self._styles[identifier] = style

    def heading_level(self, style_id: str) -> int | None:
        for style in self._chain(style_id):
            level = _level_from_outline(_value(style.find(f"{W}pPr/{W}outlineLvl")))
            if level is not None:
                return level
            name = (_value(style.find(f"{W}name")) or "").strip().lower()
            if name == "title":
                return 0
            if match := _HEADING_NAME.match(name):
                return int(match.group(1))
        return None

    def is_contents(self, style_id: str) -> bool:
        """Whether the style is one of a table of contents' ("toc 1", "TOC Heading")."""
        style = self._styles.get(style_id)
        name = (_value(style.find(f"{W}name")) if style is not None else None) or ""
        return _CONTENTS_NAME.match(name.strip().lower()) is not None

    def numbering(self, style_id: str) -> Any:
        for style in self._chain(style_id):
            found = style.find(f"{W}pPr/{W}numPr")
            if found is not None:
                return found
        return None

    def _chain(self, style_id: str) -> list[Any]:
        """The style and those it is based on (at most ten: a loop is not followed)."""
        chain: list[Any] = []
        current: str | None = style_id
        while current in self._styles and len(chain) < 10:
            style = self._styles[current]
            chain.append(style)
            current = _value(style.find(f"{W}basedOn"))
        return chain


def _value(element: Any) -> str | None:
    return None if element is None else element.get(f"{W}val")


class _Numbering:
    """Whether a numbered paragraph's level counts (1., a)) or bullets."""

    def __init__(self, part: Any) -> None:
        self._formats: dict[tuple[str, str], str] = {}
        try:
            numbering = part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            a.get(f"{W}abstractNumId"): {
                lvl.get(f"{W}ilvl"): _value(lvl.find(f"{W}numFmt")) or "decimal"
                for lvl in a.findall(f"{W}lvl")
            }
            for a in numbering.findall(f"{W}abstractNum")
        }
        for num in numbering.findall(f"{W}num"):
            levels = abstract.get(_value(num.find(f"{W}abstractNumId")), {})
            for level, number_format in levels.items():
                self._formats[(num.get(f"{W}numId"), level)] = number_format

    def of(self, paragraph: Any, styles: _Styles, style: str | None) -> tuple[int, bool] | None:
        """(list level, numbered) of a list item; None for a paragraph in no list."""
        found = paragraph.find(f"{W}pPr/{W}numPr")
        if found is None and style is not None:
            found = styles.numbering(style)
        if found is None:
            return None
        number = _value(found.find(f"{W}numId"))
        level = _value(found.find(f"{W}ilvl")) or "0"
        if number in (None, "0"):  # numbering switched off for this paragraph
            return None
        number_format = self._formats.get((number, level), "decimal")
        return int(level) if level.isdigit() else 0, number_format not in ("bullet", "none")


# --- text within a paragraph -------------------------------------------------------


@dataclass
class _Piece:
    text: str
    bold: bool = False
    italic: bool = False
    raw: bool = False
    """Markdown already (a link, a note marker): not escaped, not emphasised."""


class _Inlines:
    """One paragraph's runs as Markdown, as a reader of the document sees them."""

    def __init__(self, part: Any, report: ReadReport) -> None:
        self.part = part
        self.report = report
        self.pieces: list[_Piece] = []
        self.fields: list[str] = []
        """Open fields, innermost last: ``code`` until their result begins, then ``result``."""

    def markdown(self, paragraph: Any) -> str:
        self.pieces = []
        self._walk(paragraph)
        return _render(self.pieces).strip()

    def _walk(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child)
            elif tag == f"{W}hyperlink":
                self._link(child)
            elif tag in (f"{W}ins", f"{W}moveTo"):
                self.report.insertions_taken += 1
                self._walk(child)
            elif tag in (f"{W}del", f"{W}moveFrom"):
                self.report.deletions_dropped += 1
            elif tag in _TRANSPARENT:
                self._walk(child)

    def _link(self, element: Any) -> None:
        inner = _Inlines(self.part, self.report)
        inner.fields = self.fields
        inner._walk(element)
        text = _render(inner.pieces).strip()
        target = self._target(element.get(R_ID))
        if target and text:
            self.pieces.append(_Piece(f"[{text}]({_link_target(target)})", raw=True))
        else:
            self.pieces.extend(inner.pieces)

    def _target(self, relationship: str | None) -> str | None:
        if not relationship or relationship not in self.part.rels:
            return None
        rel = self.part.rels[relationship]
        target = rel.target_ref if rel.is_external else None
        # Only links a reader may follow stay links (not a local file, not a script).
        return target if target and is_safe_link(target) else None

    def _run(self, run: Any) -> None:
        bold, italic = _emphasis(run)
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field(child.get(f"{W}fldCharType"))
            elif tag in _SKIPPED_IN_RUNS or "code" in self.fields:
                continue
            elif tag == f"{W}t":
                self.pieces.append(_Piece(child.text or "", bold, italic))
            elif tag in (f"{W}tab", f"{W}noBreakHyphen"):
                self.pieces.append(_Piece(" " if tag == f"{W}tab" else "-", bold, italic))
            elif tag in (f"{W}br", f"{W}cr"):
                if child.get(f"{W}type") not in ("page", "column"):
                    self.pieces.append(_Piece("\n"))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                prefix = "fn" if tag == f"{W}footnoteReference" else "en"
                self.pieces.append(_Piece(f"[^{prefix}{child.get(f'{W}id')}]", raw=True))
            elif tag == f"{W}commentReference":
                self.report.comments_ignored += 1
            elif _holds_text_box(child):
                self.report.text_boxes_ignored += 1

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append("code")
        elif kind == "separate" and self.fields:
            self.fields[-1] = "result"
        elif kind == "end" and self.fields:
            self.fields.pop()


def _emphasis(run: Any) -> tuple[bool, bool]:
    properties = run.find(f"{W}rPr")
    if properties is None:
        return False, False
    style = (_value(properties.find(f"{W}rStyle")) or "").lower()
    return (
        _switched_on(properties.find(f"{W}b")) or "strong" in style,
        _switched_on(properties.find(f"{W}i")) or "emphasis" in style,
    )


def _switched_on(toggle: Any) -> bool:
    return toggle is not None and toggle.get(f"{W}val") not in ("0", "false", "off")


def _holds_text_box(element: Any) -> bool:
    return any(True for _ in element.iter(f"{W}txbxContent"))


def _link_target(url: str) -> str:
    """A URL as a Markdown link target: spaces and parentheses would end it."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _render(pieces: list[_Piece]) -> str:
    """Pieces as Markdown: neighbours of the same emphasis share one pair of marks,
    and marks never open or close on a space (CommonMark would not see them)."""
    out: list[str] = []
    group: list[_Piece] = []
    for piece in [*pieces, _Piece("", raw=True)]:
        if group and (piece.raw or (piece.bold, piece.italic) != (group[0].bold, group[0].italic)):
            out.append(_emphasised(group))
            group = []
        if piece.raw:
            out.append(piece.text)
        else:
            group.append(piece)
    return "".join(out)


def _emphasised(group: list[_Piece]) -> str:
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", "".join(p.text for p in group))
    marks = ("**" if group[0].bold else "") + ("*" if group[0].italic else "")
    core = text.strip()
    if not marks or not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks[::-1]}{trail}"


# --- notes ---------------------------------------------------------------------------


def _notes(main: Any, report: ReadReport) -> dict[str, Note]:
    notes: dict[str, Note] = {}
    for reltype, kind, prefix in ((RT.FOOTNOTES, "footnote", "fn"), (RT.ENDNOTES, "endnote", "en")):
        for rel in main.rels.values():
            if rel.reltype != reltype or rel.is_external:
                continue
            part = rel.target_part
            root = etree.fromstring(part.blob, safe_parser())
            for note in root.findall(f"{W}{kind}"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                identifier = note.get(f"{W}id") or ""
                paragraphs = [_Inlines(part, report).markdown(p) for p in note.iter(f"{W}p")]
                text = "\n\n".join(p for p in paragraphs if p)
                notes[f"{prefix}{identifier}"] = Note(kind, identifier, text)
    return notes

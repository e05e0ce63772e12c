"""Real-world Word templates (tests/data/templates/) and what each one is.

An export onto an organisation's template has to keep the template's page, styles,
headers and footers whatever wrote it. ``CORPUS`` names the files; ``FACTS`` holds
for each what a test can assert about the template and, with :func:`read_facts`,
about a document exported onto it (same margins, same footer, same Normal font...).
tests/data/templates/CORPUS.md says how each file was made and why it is here.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from lxml import etree

TEMPLATES = Path(__file__).resolve().parent / "data" / "templates"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
STYLE_NAMES = ("Normal", "heading 1", "footnote text", "footnote reference", "Title")
"""The built-in styles an export leans on, by the name Word gives them. Word matches
built-in names without regard to case; LibreOffice writes "Footnote Text", Google
Docs "normal"."""
TWIPS_PER_CM = 1440 / 2.54
SAMPLE_MARKER = "Образец"
"""Every paragraph of sample text a template ships with says this ("Sample"): an
export onto the template must contain none of it."""


@dataclass(frozen=True)
class TemplateFacts:
    """What a template is, in terms an export can be checked against.

    ``style_ids`` and ``style_names`` map the canonical built-in name (STYLE_NAMES) to
    the id and to the name as the file spells it; a style the file lacks is absent.
    Lengths are in cm rounded to 2 places; ``footnote_separator_ids`` is None when
    there is no footnotes part.
    """

    name: str
    path: Path
    application: str | None
    has_numbering_part: bool
    first_page_letterhead: bool
    default_header_image: bool
    """An image in the header every (other) page shows: a letterhead on all pages."""
    restarts_page_numbers: bool
    body_font: str
    body_size_pt: float
    first_line_indent_cm: float | None
    style_ids: dict[str, str] = field(hash=False)
    style_names: dict[str, str] = field(hash=False)
    page_size_cm: tuple[float, float]
    margins_cm: tuple[float, float, float, float]
    """Top, right, bottom, left."""
    is_dotx: bool
    footer_text: str
    footnote_separator_ids: tuple[int, ...] | None
    fractional_twips: bool
    """Some page or indent length is written with a fraction ("1133.858..."), as Google
    Docs does; python-docx 1.2 raises ValueError reading such a margin."""


# --- reading the facts off a file -----------------------------------------------------


class _Parts:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.data = {name: archive.read(name) for name in archive.namelist()}

    def xml(self, name: str) -> etree._Element | None:
        data = self.data.get(name)
        return None if data is None else etree.fromstring(data)

    def related(self, source: str, rel_type: str) -> dict[str, str]:
        """Relationship id -> part name, for relationships of ``rel_type`` from ``source``."""
        folder, _, leaf = source.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels")
        if rels is None:
            return {}
        found = {}
        for rel in rels.iter(f"{{{PR}}}Relationship"):
            if rel.get("Type") == RT + rel_type and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                path = PurePosixPath(target[1:] if target.startswith("/") else f"{folder}/{target}")
                found[rel.get("Id", "")] = _normal_path(path)
        return found

    def main_part(self) -> str:
        return next(iter(self.related("", "officeDocument").values()))

    def content_type(self, name: str) -> str | None:
        types = self.xml("[Content_Types].xml")
        assert types is not None, "no [Content_Types].xml"
        for override in types.iter(f"{{{CT}}}Override"):
            if override.get("PartName") == "/" + name:
                return override.get("ContentType")
        return None


def _normal_path(path: PurePosixPath) -> str:
    parts: list[str] = []
    for piece in path.parts:
        if piece == "..":
            parts.pop()
        elif piece not in (".", "", "/"):
            parts.append(piece)
    return "/".join(parts)


def _w(element: etree._Element | None, attribute: str) -> str | None:
    return None if element is None else element.get(f"{{{W}}}{attribute}")


def _cm(twips: str | None) -> float:
    return round(float(twips or 0) / TWIPS_PER_CM, 2)


class StyleEntry(NamedTuple):
    name: str
    """As the file writes it."""
    style_id: str
    element: etree._Element


def read_facts(path: Path, name: str | None = None) -> TemplateFacts:
    """The facts of any .docx/.dotx: a corpus template or a document exported onto one."""
    parts = _Parts(path)
    main = parts.main_part()
    document = parts.xml(main)
    assert document is not None, f"{path}: no main document part"
    sect = document.findall(f".//{{{W}}}sectPr")[-1]
    styles = parts.xml(next(iter(parts.related(main, "styles").values()), ""))
    by_name = styles_by_name(styles)
    normal = by_name["normal"].element if "normal" in by_name else None
    font, size = _body_font(parts, main, styles, normal)
    ind = normal.find(f"{{{W}}}pPr/{{{W}}}ind") if normal is not None else None
    indent = _w(ind, "firstLine")
    page = sect.find(f"{{{W}}}pgSz")
    margins = sect.find(f"{{{W}}}pgMar")
    top, right, bottom, left = (
        _cm(_w(margins, side)) for side in ("top", "right", "bottom", "left")
    )
    return TemplateFacts(
        name=name or path.name,
        path=path,
        application=_application(parts),
        has_numbering_part=any(p in parts.data for p in parts.related(main, "numbering").values()),
        first_page_letterhead=_first_page_letterhead(parts, main, sect),
        default_header_image=_has_image(_story(parts, main, sect, "header", "default")),
        restarts_page_numbers=any(
            _w(n, "start") is not None for n in document.iter(f"{{{W}}}pgNumType")
        ),
        body_font=font,
        body_size_pt=size,
        first_line_indent_cm=None if indent is None else _cm(indent),
        style_ids={n: by_name[n.lower()].style_id for n in STYLE_NAMES if n.lower() in by_name},
        style_names={n: by_name[n.lower()].name for n in STYLE_NAMES if n.lower() in by_name},
        page_size_cm=(_cm(_w(page, "w")), _cm(_w(page, "h"))),
        margins_cm=(top, right, bottom, left),
        is_dotx=parts.content_type(main) == TEMPLATE_MAIN,
        footer_text=_story_text(parts, main, sect, "footer", "default"),
        footnote_separator_ids=_separator_ids(parts, main),
        fractional_twips=bool(
            re.search(rb'w:(?:top|left|right|bottom|firstLine|w|h)="\d+\.\d', parts.data[main])
        ),
    )


def styles_by_name(styles: etree._Element | None) -> dict[str, StyleEntry]:
    """Lower-cased name -> style. "normal" is the default paragraph style when the file
    marks one (Word does), else the style named Normal (LibreOffice marks none)."""
    found: dict[str, StyleEntry] = {}
    if styles is None:
        return found
    for style in styles.iter(f"{{{W}}}style"):
        entry = StyleEntry(
            _w(style.find(f"{{{W}}}name"), "val") or "", _w(style, "styleId") or "", style
        )
        found.setdefault(entry.name.lower(), entry)
        if _w(style, "type") == "paragraph" and _w(style, "default") in ("1", "true", "on"):
            found["normal"] = entry
    return found


def _application(parts: _Parts) -> str | None:
    app = parts.xml("docProps/app.xml")
    if app is None:
        return None
    return app.findtext(
        "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Application"
    )


def _body_font(
    parts: _Parts, main: str, styles: etree._Element | None, normal: etree._Element | None
) -> tuple[str, float]:
    """Normal's Latin font and size as Word resolves them: Normal, then the document
    defaults; a theme font reference wins over a named font at the same level."""
    levels = [normal] if normal is not None else []
    if styles is not None:
        levels += styles.findall(f"{{{W}}}docDefaults/{{{W}}}rPrDefault")
    font, size = None, None
    for level in levels:
        fonts = level.find(f"{{{W}}}rPr/{{{W}}}rFonts")
        theme = _w(fonts, "asciiTheme")
        font = font or (_theme_font(parts, main, theme) if theme else _w(fonts, "ascii"))
        size = size or _w(level.find(f"{{{W}}}rPr/{{{W}}}sz"), "val")
    return font or "Times New Roman", float(size or 20) / 2


def _theme_font(parts: _Parts, main: str, theme_font: str) -> str | None:
    theme = parts.xml(next(iter(parts.related(main, "theme").values()), ""))
    if theme is None:
        return None
    which = "majorFont" if theme_font.startswith("major") else "minorFont"
    latin = theme.find(f".//{{{A}}}{which}/{{{A}}}latin")
    return None if latin is None else latin.get("typeface")


def _story(
    parts: _Parts, main: str, sect: etree._Element, kind: str, which: str
) -> etree._Element | None:
    """The header or footer part a section names for ``which`` (default, first, even)."""
    related = parts.related(main, kind)
    for reference in sect.iter(f"{{{W}}}{kind}Reference"):
        if _w(reference, "type") == which:
            return parts.xml(related.get(reference.get(f"{{{R}}}id", ""), ""))
    return None


def _story_text(parts: _Parts, main: str, sect: etree._Element, kind: str, which: str) -> str:
    story = _story(parts, main, sect, kind, which)
    if story is None:
        return ""
    return "\n".join(paragraph_text(p) for p in story.iter(f"{{{W}}}p"))


def paragraph_text(paragraph: etree._Element) -> str:
    """The text with each field as "{NAME}": a field's cached result is whatever the
    last program to lay out the page saw (LibreOffice writes PAGE as 0), not the text."""
    text: list[str] = []
    in_result = named = False
    fields = (f"{{{W}}}t", f"{{{W}}}instrText", f"{{{W}}}fldChar", f"{{{W}}}fldSimple")
    for node in paragraph.iter(*fields):
        tag = etree.QName(node).localname
        if tag == "fldChar":
            kind = _w(node, "fldCharType")
            in_result = kind == "separate"
            named = named and kind != "begin"
        elif tag == "instrText" and not named:
            text.append(_field_name(node.text))
            named = True
        elif tag == "fldSimple":
            text.append(_field_name(_w(node, "instr")))
        elif (
            tag == "t" and not in_result and node.getparent().getparent().tag != f"{{{W}}}fldSimple"
        ):
            text.append(node.text or "")
    return "".join(text)


def _field_name(instruction: str | None) -> str:
    words = (instruction or "").split()
    return "{" + (words[0] if words else "") + "}"


def _has_image(story: etree._Element | None) -> bool:
    return story is not None and next(story.iter(f"{{{A}}}blip"), None) is not None


def _first_page_letterhead(parts: _Parts, main: str, sect: etree._Element) -> bool:
    """A first-page header with an image, switched on by w:titlePg."""
    title_pg = sect.find(f"{{{W}}}titlePg")
    on = title_pg is not None and _w(title_pg, "val") not in ("0", "false", "off")
    return on and _has_image(_story(parts, main, sect, "header", "first"))


def _separator_ids(parts: _Parts, main: str) -> tuple[int, ...] | None:
    names = list(parts.related(main, "footnotes").values())
    notes = parts.xml(names[0]) if names else None
    if notes is None:
        return None
    return tuple(
        sorted(
            int(_w(note, "id") or 0)
            for note in notes.iter(f"{{{W}}}footnote")
            if _w(note, "type") in ("separator", "continuationSeparator")
        )
    )


# --- the corpus -----------------------------------------------------------------------

WORD = "Microsoft Office Word"
LIBREOFFICE = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2"
PAGE_X_OF_Y = "Страница {PAGE} из {NUMPAGES}"
WORD_STYLE_IDS = {
    "Normal": "Normal",
    "heading 1": "Heading1",
    "footnote text": "FootnoteText",
    "footnote reference": "FootnoteReference",
    "Title": "Title",
}
WORD_STYLE_NAMES = {name: name for name in STYLE_NAMES}


def _facts(name: str, **differences: object) -> TemplateFacts:
    """The NGO template's facts (A4, TNR 14, indent 1.25 cm, margins 2/1.5/2/3 cm, as
    Word writes it) with what this file changes."""
    common: dict[str, object] = {
        "name": name,
        "path": TEMPLATES / name,
        "application": WORD,
        "has_numbering_part": True,
        "first_page_letterhead": False,
        "default_header_image": False,
        "restarts_page_numbers": False,
        "body_font": "Times New Roman",
        "body_size_pt": 14.0,
        "first_line_indent_cm": 1.25,
        "style_ids": WORD_STYLE_IDS,
        "style_names": WORD_STYLE_NAMES,
        "page_size_cm": (21.0, 29.7),
        "margins_cm": (2.0, 1.5, 2.0, 3.0),
        "is_dotx": False,
        "footer_text": "",
        "footnote_separator_ids": None,
        "fractional_twips": False,
    }
    return TemplateFacts(**{**common, **differences})  # type: ignore[arg-type]


_NGO = {
    "first_page_letterhead": True,
    "footer_text": PAGE_X_OF_Y,
    "footnote_separator_ids": (-1, 0),
}

FACTS: dict[str, TemplateFacts] = {
    facts.name: facts
    for facts in (
        _facts("ngo_word.docx", **_NGO),
        _facts(
            "blank_no_lists.docx",
            has_numbering_part=False,
            style_ids={"Normal": "Normal"},
            style_names={"Normal": "Normal"},
        ),
        _facts(
            "russian_word_ids.docx",
            **_NGO,
            style_ids={
                "Normal": "a",
                "heading 1": "1",
                "footnote text": "a3",
                "footnote reference": "a4",
                "Title": "a5",
            },
        ),
        _facts(
            "ngo_libreoffice.docx",
            **{**_NGO, "footnote_separator_ids": (0, 1)},
            application=LIBREOFFICE,
            style_ids={
                "Normal": "Normal",
                "heading 1": "Heading1",
                "footnote text": "Footnote",
                "footnote reference": "FootnoteAnchor",
                "Title": "Title",
            },
            style_names={
                "Normal": "Normal",
                "heading 1": "Heading 1",
                "footnote text": "Footnote Text",
                "footnote reference": "Footnote Reference",
                "Title": "Title",
            },
        ),
        _facts(
            "blank_libreoffice.docx",
            application=LIBREOFFICE,
            has_numbering_part=False,
            first_line_indent_cm=None,
            style_ids={"Normal": "Normal"},
            style_names={"Normal": "Normal"},
        ),
        _facts(
            "google_docs.docx",
            application=None,
            restarts_page_numbers=True,
            first_line_indent_cm=None,
            style_ids={"Normal": "Normal", "heading 1": "Heading1", "Title": "Title"},
            style_names={"Normal": "normal", "heading 1": "heading 1", "Title": "Title"},
            page_size_cm=(21.01, 29.69),
            fractional_twips=True,
        ),
        _facts("restart_numbering.docx", restarts_page_numbers=True, footer_text=PAGE_X_OF_Y),
        _facts("ngo_template.dotx", **_NGO, is_dotx=True),
        _facts("letterhead_every_page.docx", default_header_image=True, footer_text=PAGE_X_OF_Y),
        _facts("docgrid_ru_lang.docx"),
        _facts("theme_fonts_only.docx"),
    )
}
"""What each template is; tests/test_template_corpus.py checks every fact on the file."""

CORPUS: dict[str, Path] = {name: facts.path for name, facts in FACTS.items()}

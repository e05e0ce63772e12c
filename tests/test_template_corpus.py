"""The template corpus is what tests/data/templates/CORPUS.md says it is.

Each file is opened as a package (zipfile + lxml) and its trait checked where it
lives; the facts in tests/template_corpus.py are read back off every file; and the
fact reader is shown to notice a planted change, so an export test that relies on it
can fail.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import docx
import pytest
from lxml import etree

from tests.template_corpus import (
    CORPUS,
    FACTS,
    SAMPLE_MARKER,
    TEMPLATE_MAIN,
    TEMPLATES,
    read_facts,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "a": A}
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def parts(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(CORPUS[name]) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def xml(name: str, part: str) -> etree._Element:
    return etree.fromstring(parts(name)[part])


def attr(element: etree._Element, name: str) -> str | None:
    return element.get(f"{{{W}}}{name}")


def style(name: str, style_id: str) -> etree._Element:
    found = xml(name, "word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, f"{name}: no style {style_id!r}"
    return found


# --- the corpus as a whole ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FACTS))
def test_every_fact_holds_on_the_file(name: str) -> None:
    assert read_facts(CORPUS[name]) == FACTS[name]


def test_the_folder_the_module_and_corpus_md_list_the_same_files() -> None:
    on_disk = {p.name for p in TEMPLATES.iterdir() if p.suffix in (".docx", ".dotx")}
    described = set(
        re.findall(
            r"^\| `([^`]+\.do[ct]x)`", (TEMPLATES / "CORPUS.md").read_text(encoding="utf-8"), re.M
        )
    )
    assert on_disk == set(CORPUS) == described
    assert len(on_disk) >= 9


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_file_is_small(name: str) -> None:
    assert CORPUS[name].stat().st_size < 60_000


@pytest.mark.parametrize("name", sorted(n for n in CORPUS if not n.startswith("blank")))
def test_every_template_but_the_blank_ones_carries_sample_text(name: str) -> None:
    """The text an export must not carry over: every paragraph of it says SAMPLE_MARKER."""
    body = xml(name, "word/document.xml").find("w:body", NS)
    text = "".join(t.text or "" for t in body.iter(f"{{{W}}}t"))
    assert SAMPLE_MARKER in text


@pytest.mark.parametrize("name", sorted(n for n in CORPUS if n.endswith(".docx")))
def test_python_docx_opens_every_docx(name: str) -> None:
    """The export opens templates with python-docx: each .docx must at least open."""
    assert docx.Document(str(CORPUS[name])).sections


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_templates", TEMPLATES / "make_templates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "builder"),
    [
        ("ngo_word.docx", "make_ngo_word"),
        ("blank_no_lists.docx", "make_blank_no_lists"),
        ("russian_word_ids.docx", "make_russian_ids"),
        ("google_docs.docx", "make_google_docs"),
        ("restart_numbering.docx", "make_restart_numbering"),
        ("ngo_template.dotx", "make_ngo_dotx"),
        ("letterhead_every_page.docx", "make_letterhead_every_page"),
        ("docgrid_ru_lang.docx", "make_docgrid_ru"),
        ("theme_fonts_only.docx", "make_theme_fonts"),
    ],
)
def test_the_script_makes_the_committed_file_byte_for_byte(
    name: str, builder: str, tmp_path: Path
) -> None:
    """Deterministic generation: the committed file is what the script writes (the
    LibreOffice ones need soffice and are checked by their facts only)."""
    getattr(_generator(), builder)(tmp_path / name)
    assert (tmp_path / name).read_bytes() == CORPUS[name].read_bytes()


# --- one trait per file ---------------------------------------------------------------


def test_ngo_word_is_the_full_word_template() -> None:
    package = parts("ngo_word.docx")
    numbering = xml("ngo_word.docx", "word/numbering.xml")
    assert len(numbering.findall("w:abstractNum", NS)) == 1
    assert len(numbering.findall("w:num", NS)) == 1
    core = package["docProps/core.xml"].decode()
    assert "<cp:category>Шаблон</cp:category>" in core
    assert "2026-01-20T14:30:00Z" in core
    app = package["docProps/app.xml"].decode()
    assert "<Company>ОО «Правовая инициатива»</Company>" in app
    assert "<Manager>Ахметова А.</Manager>" in app
    body = xml("ngo_word.docx", "word/document.xml").find("w:body", NS)
    assert body.find(".//w:footnoteReference[@w:id='1']", NS) is not None
    assert body.find(".//w:numPr/w:numId[@w:val='1']", NS) is not None
    assert body.find(".//w:pStyle[@w:val='Heading1']", NS) is not None


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("ngo_word.docx", ["-1", "0"]),
        ("russian_word_ids.docx", ["-1", "0"]),
        ("ngo_libreoffice.docx", ["0", "1"]),
    ],
)
def test_footnote_separators_are_declared_and_named_in_settings(name: str, ids: list[str]) -> None:
    """Word numbers its separators -1 and 0, LibreOffice 0 and 1; settings.xml's
    footnotePr names the same ids, and the first real footnote follows them."""
    notes = xml(name, "word/footnotes.xml")
    kinds = {attr(n, "id"): attr(n, "type") for n in notes.findall("w:footnote", NS)}
    assert kinds[ids[0]] == "separator"
    assert kinds[ids[1]] == "continuationSeparator"
    settings = xml(name, "word/settings.xml")
    named = [attr(n, "id") for n in settings.findall("w:footnotePr/w:footnote", NS)]
    assert named == ids
    body_refs = {
        attr(r, "id") for r in xml(name, "word/document.xml").iter(f"{{{W}}}footnoteReference")
    }
    assert body_refs == {str(int(ids[1]) + 1)}


def test_blank_no_lists_has_no_numbering_part_at_all() -> None:
    package = parts("blank_no_lists.docx")
    assert not [n for n in package if "numbering" in n]
    assert b"numbering" not in package["word/_rels/document.xml.rels"]
    assert b"numbering" not in package["[Content_Types].xml"]
    assert "word/footnotes.xml" not in package
    ids = [
        attr(s, "styleId")
        for s in xml("blank_no_lists.docx", "word/styles.xml").findall("w:style", NS)
    ]
    assert ids == ["Normal", "DefaultParagraphFont", "TableNormal", "NoList"]


def test_russian_word_ids() -> None:
    expected = {
        "a": "Normal",
        "1": "heading 1",
        "2": "heading 2",
        "a0": "Default Paragraph Font",
        "a1": "Normal Table",
        "a2": "No List",
        "a3": "footnote text",
        "a4": "footnote reference",
        "a5": "Title",
        "a6": "Hyperlink",
    }
    for style_id, name in expected.items():
        assert attr(style("russian_word_ids.docx", style_id).find("w:name", NS), "val") == name
    for based in ("1", "2", "a3", "a5"):
        assert attr(style("russian_word_ids.docx", based).find("w:basedOn", NS), "val") == "a"
    assert (
        attr(style("russian_word_ids.docx", "10").find("w:name", NS), "val") == "Заголовок 1 Знак"
    )
    ids = {
        attr(s, "styleId")
        for s in xml("russian_word_ids.docx", "word/styles.xml").iter(f"{{{W}}}style")
    }
    assert not ids & {"Normal", "Heading1", "FootnoteText", "FootnoteReference", "Title", "Header"}
    used = set()
    for part in ("word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"):
        used |= {
            attr(e, "val")
            for e in xml("russian_word_ids.docx", part).iter(f"{{{W}}}pStyle", f"{{{W}}}rStyle")
        }
    assert used <= ids, f"references to styles the file lacks: {used - ids}"
    assert {"1", "a3", "a4", "ad"} <= used


def test_ngo_libreoffice_is_what_libreoffice_writes() -> None:
    package = parts("ngo_libreoffice.docx")
    assert b"<Application>LibreOffice/" in package["docProps/app.xml"]
    assert "word/endnotes.xml" not in package, "LibreOffice drops an endnotes part with no endnotes"
    assert "docProps/custom.xml" in package
    assert (
        attr(style("ngo_libreoffice.docx", "Footnote").find("w:name", NS), "val") == "Footnote Text"
    )
    assert (
        attr(style("ngo_libreoffice.docx", "InternetLink").find("w:name", NS), "val") == "Hyperlink"
    )
    numbering = xml("ngo_libreoffice.docx", "word/numbering.xml")
    assert len(numbering.findall("w:abstractNum", NS)) == 2
    sect = xml("ngo_libreoffice.docx", "word/document.xml").find(".//w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    assert attr(sect.find("w:pgNumType", NS), "fmt") == "decimal"
    assert attr(sect.find("w:pgNumType", NS), "start") is None


def test_blank_libreoffice_lacks_what_word_always_writes() -> None:
    package = parts("blank_libreoffice.docx")
    assert sorted(n for n in package if n.startswith("word/") and n.endswith(".xml")) == [
        "word/document.xml",
        "word/fontTable.xml",
        "word/settings.xml",
        "word/styles.xml",
    ]
    normal = style("blank_libreoffice.docx", "Normal")
    assert attr(normal, "default") is None, "LibreOffice marks no default paragraph style"
    ids = {
        attr(s, "styleId")
        for s in xml("blank_libreoffice.docx", "word/styles.xml").iter(f"{{{W}}}style")
    }
    assert ids == {"Normal", "Heading", "TextBody", "List", "Caption", "Index"}


def test_google_docs_traits() -> None:
    with zipfile.ZipFile(CORPUS["google_docs.docx"]) as archive:
        names = archive.namelist()
    assert names[-1] == "[Content_Types].xml"
    assert not [n for n in names if n.startswith("docProps/")]
    styles = xml("google_docs.docx", "word/styles.xml")
    assert attr(style("google_docs.docx", "Normal").find("w:name", NS), "val") == "normal"
    assert len(style("google_docs.docx", "Normal")) == 1, "Normal holds nothing but its name"
    assert styles.find("w:style[@w:type='character']", NS) is None
    assert attr(styles.find(".//w:rPrDefault//w:lang", NS), "val") == "en_GB"
    document = xml("google_docs.docx", "word/document.xml")
    assert {attr(p, "rsidR") for p in document.iter(f"{{{W}}}p")} == {"00000000"}
    assert attr(document.find(".//w:sectPr/w:pgNumType", NS), "start") == "1"
    assert attr(document.find(".//w:sectPr/w:pgMar", NS), "top") == "1133.8582677165355"
    assert len(xml("google_docs.docx", "word/numbering.xml").findall("w:abstractNum", NS)) == 4


def test_restart_numbering_restarts_at_one_in_decimal() -> None:
    number = xml("restart_numbering.docx", "word/document.xml").find(".//w:sectPr/w:pgNumType", NS)
    assert (attr(number, "start"), attr(number, "fmt")) == ("1", "decimal")


def test_the_dotx_is_a_word_template() -> None:
    types = xml("ngo_template.dotx", "[Content_Types].xml")
    main = types.find("{*}Override[@PartName='/word/document.xml']")
    assert main.get("ContentType") == TEMPLATE_MAIN
    docx_parts, dotx_parts = parts("ngo_word.docx"), parts("ngo_template.dotx")
    assert set(docx_parts) == set(dotx_parts)
    assert [n for n in docx_parts if docx_parts[n] != dotx_parts[n]] == ["[Content_Types].xml"]


def _header(name: str, which: str) -> etree._Element | None:
    document = xml(name, "word/document.xml")
    rels = xml(name, "word/_rels/document.xml.rels")
    for reference in document.iter(f"{{{W}}}headerReference"):
        if attr(reference, "type") == which:
            rid = reference.get(
                "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
            )
            target = rels.find(f"{{*}}Relationship[@Id='{rid}']").get("Target")
            return xml(name, "word/" + target)
    return None


def test_the_first_page_letterhead_is_on_the_first_page_only() -> None:
    sect = xml("ngo_word.docx", "word/document.xml").find(".//w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    first, default = _header("ngo_word.docx", "first"), _header("ngo_word.docx", "default")
    assert first is not None and first.find(".//a:blip", NS) is not None
    assert default is not None and default.find(".//a:blip", NS) is None
    assert "Общественное объединение «Правовая инициатива»" in "".join(first.itertext())
    images = [n for n in parts("ngo_word.docx") if n.startswith("word/media/")]
    assert len(images) == 1 and parts("ngo_word.docx")[images[0]].startswith(b"\x89PNG")


def test_the_every_page_letterhead_has_no_first_page_setting() -> None:
    sect = xml("letterhead_every_page.docx", "word/document.xml").find(".//w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is None
    assert _header("letterhead_every_page.docx", "first") is None
    default = _header("letterhead_every_page.docx", "default")
    assert default is not None and default.find(".//a:blip", NS) is not None
    spacing = style("letterhead_every_page.docx", "Normal").find("w:pPr/w:spacing", NS)
    assert (attr(spacing, "after"), attr(spacing, "line"), attr(spacing, "lineRule")) == (
        "0",
        "240",
        "auto",
    )


def test_docgrid_and_language_defaults() -> None:
    grid = xml("docgrid_ru_lang.docx", "word/document.xml").find(".//w:sectPr/w:docGrid", NS)
    assert (attr(grid, "type"), attr(grid, "linePitch")) == ("lines", "326")
    lang = xml("docgrid_ru_lang.docx", "word/styles.xml").find(".//w:rPrDefault//w:lang", NS)
    assert (attr(lang, "val"), attr(lang, "eastAsia")) == ("ru-RU", "kk-KZ")


def test_theme_fonts_only_names_no_font_in_normal() -> None:
    assert style("theme_fonts_only.docx", "Normal").find(".//w:rFonts", NS) is None
    fonts = xml("theme_fonts_only.docx", "word/styles.xml").find(".//w:rPrDefault//w:rFonts", NS)
    assert attr(fonts, "asciiTheme") == "minorHAnsi" and attr(fonts, "ascii") is None
    theme = xml("theme_fonts_only.docx", "word/theme/theme1.xml")
    assert theme.find(".//a:minorFont/a:latin", NS).get("typeface") == "Times New Roman"


# --- the fact reader notices a change -------------------------------------------------

Edit = Callable[[dict[str, bytes]], None]


def _sub(part: str, pattern: bytes, replacement: bytes) -> Edit:
    def edit(package: dict[str, bytes]) -> None:
        changed = re.sub(pattern, replacement, package[part], count=1)
        assert changed != package[part], f"the plant missed: {pattern!r} not in {part}"
        package[part] = changed

    return edit


PLANTS: dict[str, tuple[Edit, str]] = {
    "titlePg dropped": (_sub("word/document.xml", rb"<w:titlePg/>", b""), "first_page_letterhead"),
    "numbering unrelated": (
        _sub("word/_rels/document.xml.rels", rb'<Relationship [^>]*numbering"[^>]*/>', b""),
        "has_numbering_part",
    ),
    "page restarts": (
        _sub("word/document.xml", rb"<w:cols ", b'<w:pgNumType w:start="1"/><w:cols '),
        "restarts_page_numbers",
    ),
    "Normal in Arial": (
        _sub("word/styles.xml", rb'w:ascii="Times New Roman"', b'w:ascii="Arial"'),
        "body_font",
    ),
    "Normal at 12 pt": (
        _sub("word/styles.xml", rb'<w:sz w:val="28"/>', b'<w:sz w:val="24"/>'),
        "body_size_pt",
    ),
    "no indent": (
        _sub("word/styles.xml", rb'<w:ind w:firstLine="709"/>', b""),
        "first_line_indent_cm",
    ),
    "heading renamed": (
        _sub("word/styles.xml", rb'w:styleId="Heading1"', b'w:styleId="H1"'),
        "style_ids",
    ),
    "left margin 2 cm": (
        _sub("word/document.xml", rb'w:left="1701"', b'w:left="1134"'),
        "margins_cm",
    ),
    "saved as template": (
        _sub("[Content_Types].xml", rb"document\.main\+xml", b"template.main+xml"),
        "is_dotx",
    ),
    "footer changed": (
        _sub("word/footer1.xml", "Страница ".encode(), "Стр. ".encode()),
        "footer_text",
    ),
    "separators renumbered": (
        _sub("word/footnotes.xml", rb'w:id="-1"', b'w:id="2"'),
        "footnote_separator_ids",
    ),
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_the_fact_reader_notices_a_planted_change(plant: str, tmp_path: Path) -> None:
    edit, fact = PLANTS[plant]
    package = parts("ngo_word.docx")
    edit(package)
    copy = tmp_path / "ngo_word.docx"
    with zipfile.ZipFile(copy, "w") as archive:
        for name, data in package.items():
            archive.writestr(name, data)
    expected, found = FACTS["ngo_word.docx"], read_facts(copy, name="ngo_word.docx")
    changed = {
        f
        for f in expected.__dataclass_fields__
        if f != "path" and getattr(found, f) != getattr(expected, f)
    }
    assert changed == {fact}

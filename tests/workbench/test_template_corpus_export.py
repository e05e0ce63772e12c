"""The starter submission exported onto every template of the corpus (tests/data/templates:
Word, Russian Word, LibreOffice, Google Docs, .dotx, letterheads, restarts, no lists), in
one language and side by side: each export keeps the template's page, styles, headers and
footers, carries none of its sample text or properties, and puts the letterhead on the
cover only with page numbers that run on."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.ooxml_check import docx_problems
from tests.template_corpus import CORPUS, FACTS, SAMPLE_MARKER, paragraph_text, read_facts
from workbench.export import export_submission
from workbench.starter import create_project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LANGUAGES = {"en": ("en", "none"), "ru-kk": ("ru", "kk")}
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every template x (one language, two side by side), exported once for the module."""
    folder = tmp_path_factory.mktemp("corpus")
    made: dict[tuple[str, str], Path] = {}
    with create_project(folder / "starter.wbproj") as project:
        for name, template in CORPUS.items():
            for key, (language, second) in LANGUAGES.items():
                target = folder / f"{Path(name).stem}-{key}.docx"
                export_submission(
                    project, target, template=template, language=language, second_language=second
                )
                made[name, key] = target
    return made


CASES = [(name, key) for name in CORPUS for key in LANGUAGES]


def _xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize(("name", "key"), CASES)
def test_the_export_keeps_the_templates_page_and_body_text(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    template, exported = FACTS[name], read_facts(exports[name, key])
    assert exported.page_size_cm == template.page_size_cm
    assert exported.margins_cm == template.margins_cm
    assert (exported.body_font, exported.body_size_pt) == (
        template.body_font,
        template.body_size_pt,
    )
    first = docx.Document(str(exports[name, key])).sections[0]  # later ones inherit
    assert _has_image(first.header._element) == template.default_header_image
    footer = first.footer._element
    assert "".join(paragraph_text(p) for p in footer.iter(f"{W}p")) == template.footer_text
    for style, style_id in template.style_ids.items():
        assert exported.style_ids[style] == style_id  # the template's own, never a twin
    assert not exported.is_dotx
    assert _parts(exports[name, key])["[Content_Types].xml"].count(DOCUMENT_MAIN.encode()) == 1


@pytest.mark.parametrize(("name", "key"), CASES)
def test_nothing_of_the_templates_sample_text_or_properties_comes_along(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    parts = _parts(exports[name, key])
    for part, data in parts.items():
        assert SAMPLE_MARKER.encode() not in data, part
    assert b"category" not in parts["docProps/core.xml"]
    app = parts["docProps/app.xml"].decode()
    assert "<Application>Workbench</Application>" in app
    assert "Company" not in app and "Manager" not in app
    pages = int(app.split("<Pages>")[1].split("<")[0])  # estimated; Word recounts on save
    assert pages >= 3 and int(app.split("<Words>")[1].split("<")[0]) > 1000


@pytest.mark.parametrize(("name", "key"), CASES)
def test_letterhead_on_the_cover_only_and_page_numbers_run_on(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    document = docx.Document(str(exports[name, key]))
    first, *later = document.sections
    assert first.different_first_page_header_footer  # the cover: letterhead, or no number
    template = FACTS[name]
    letterhead = template.first_page_letterhead or template.default_header_image
    assert _has_image(first.first_page_header._element) == letterhead
    for section in later:
        assert not section.different_first_page_header_footer
        numbering = section._sectPr.find(f"{W}pgNumType")
        assert numbering is None or numbering.get(f"{W}start") is None
    restart = first._sectPr.find(f"{W}pgNumType")
    restarts = restart is not None and restart.get(f"{W}start") is not None
    assert restarts == template.restarts_page_numbers


@pytest.mark.parametrize(("name", "key"), CASES)
def test_landscape_pages_turn_the_templates_margins(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    document = docx.Document(str(exports[name, key]))
    portrait, landscape = document.sections[0], document.sections[1]
    assert landscape.page_width > landscape.page_height
    assert landscape.top_margin == portrait.left_margin
    assert landscape.bottom_margin == portrait.right_margin


@pytest.mark.parametrize(("name", "key"), CASES)
def test_footnotes_use_the_templates_footnote_styles(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    path = exports[name, key]
    styles = {
        s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val").casefold()
        for s in _xml(path, "word/styles.xml").iter(f"{W}style")
    }
    notes = _xml(path, "word/footnotes.xml")
    used = {p.get(f"{W}val") for p in notes.iter(f"{W}pStyle")}
    marks = {r.get(f"{W}val") for r in notes.iter(f"{W}rStyle")}
    assert {styles[i] for i in used} == {"footnote text"}
    assert "footnote reference" in {styles[i] for i in marks}
    template_ids = FACTS[name].style_ids
    if "footnote text" in template_ids:
        assert used == {template_ids["footnote text"]}


def _has_image(story: etree._Element) -> bool:
    return any(True for _ in story.iter("{*}blip"))


@pytest.mark.parametrize(("name", "key"), CASES)
def test_every_export_is_valid_and_whole(
    exports: dict[tuple[str, str], Path], name: str, key: str
) -> None:
    """ISO/IEC 29500 schemas, and what they cannot say (tests/ooxml_check.py)."""
    assert docx_problems(exports[name, key]) == []

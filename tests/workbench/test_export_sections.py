"""The export's sections on the bundled template: an unnumbered cover, landscape pages
with turned margins, page numbers that run on, and no blank page at the end."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Length, Twips

from tests.conftest import TickingClock
from tests.ooxml_check import docx_problems
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.export import export_submission
from workbench.export.sections import OUR_MARGINS, OUR_PAGE
from workbench.library import Library
from workbench.project import Project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _export(project: Project, target: Path) -> docx.document.Document:
    export_submission(project, target)
    return docx.Document(str(target))


def test_cover_has_no_page_number_and_the_rest_are_numbered(small: Project, tmp_path: Path):
    document = _export(small, tmp_path / "out.docx")
    first = document.sections[0]
    assert first.different_first_page_header_footer
    cover_footer = first.first_page_footer
    assert not cover_footer.is_linked_to_previous
    assert not list(cover_footer._element.iter(f"{W}instrText"))  # no PAGE field
    assert "PAGE" in "".join(t.text for t in first.footer._element.iter(f"{W}instrText"))


def test_only_the_first_section_has_a_first_page_and_numbering_runs_on(
    small: Project, tmp_path: Path
) -> None:
    document = _export(small, tmp_path / "out.docx")
    assert len(document.sections) == 3  # portrait, landscape table, portrait bibliography
    for section in document.sections[1:]:
        assert not section.different_first_page_header_footer
        numbering = section._sectPr.find(f"{W}pgNumType")
        assert numbering is None or numbering.get(f"{W}start") is None


def test_landscape_pages_have_the_portrait_margins_turned(small: Project, tmp_path: Path):
    document = _export(small, tmp_path / "out.docx")
    portrait, landscape, back = document.sections
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert landscape.page_width == portrait.page_height
    # The binding edge (portrait left) is the top of a turned page.
    assert (landscape.top_margin, landscape.right_margin) == (
        portrait.left_margin,
        portrait.top_margin,
    )
    assert (landscape.bottom_margin, landscape.left_margin) == (
        portrait.right_margin,
        portrait.bottom_margin,
    )
    assert back.orientation == WD_ORIENT.PORTRAIT
    margins = ("top_margin", "right_margin", "bottom_margin", "left_margin")
    assert [getattr(back, m) for m in margins] == [getattr(portrait, m) for m in margins]
    table = next(t for t in document.tables if len(t.columns) == 5)
    widths = sum(int(c.get(f"{W}w")) for c in table._tbl.iter(f"{W}gridCol"))
    text = Length(landscape.page_width - landscape.left_margin - landscape.right_margin)
    assert abs(widths - text.twips) <= 5  # the table fills the landscape text width


def test_without_a_bibliography_the_document_ends_on_the_table(small: Project, tmp_path: Path):
    Library(small).update(fixed(60), {"include_bibliography": False})
    document = _export(small, tmp_path / "out.docx")
    assert [s.orientation for s in document.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    body = document.element.body
    last_table = body.findall(f"{W}tbl")[-1]
    after = [e for e in last_table.itersiblings() if e.tag == f"{W}p"]
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in after]
    assert all(t.startswith("*") or "unofficial" in t.lower() for t in texts if t)


def test_comparative_rows_stay_on_one_page(small: Project, tmp_path: Path) -> None:
    document = _export(small, tmp_path / "out.docx")
    table = next(t for t in document.tables if len(t.columns) == 5)
    for row in table.rows:
        assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None


def _template_lacking(tmp_path: Path, lacks: str) -> Path:
    """python-docx's blank document with its section properties emptied or gone,
    and with no styles or numbering part for ``everything``."""
    made = tmp_path / "made.docx"
    docx.Document().save(str(made))
    target = tmp_path / f"lacking-{lacks}.docx"
    parts = ("word/styles.xml", "word/numbering.xml") if lacks == "everything" else ()
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name in parts:
                continue
            if name == "word/document.xml":
                empty = b"<w:sectPr/>" if lacks == "page" else b""
                data = re.sub(rb"<w:sectPr\b.*?</w:sectPr>", empty, data, flags=re.S)
            if name in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                for part in parts:
                    leaf = re.escape(part.split("/")[-1].encode())
                    data = re.sub(
                        rb"<(Relationship|Override)[^>]*" + leaf + rb'"[^>]*/>', b"", data
                    )
            out.writestr(name, data)
    return target


@pytest.mark.parametrize("lacks", ["page", "section", "everything"])
def test_a_template_lacking_page_settings_styles_or_lists_exports_with_ours(
    small: Project, tmp_path: Path, lacks: str
) -> None:
    """pandoc's reference.docx holds an empty section; a converted file may hold
    none, nor styles or lists: the export is whole and valid, on an A4 page with
    the bundled template's margins, its landscape pages turned from them."""
    template = _template_lacking(tmp_path, lacks)
    with zipfile.ZipFile(template) as made:
        assert b"w:pgSz" not in made.read("word/document.xml")
    target = tmp_path / "вывод.docx"
    export_submission(small, target, template=template)
    document = docx.Document(str(target))
    binding_edge = Twips(OUR_MARGINS["left_margin"])
    for section in document.sections:
        assert sorted((section.page_width, section.page_height)) == list(OUR_PAGE)
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        assert (section.page_width > section.page_height) is landscape
        assert (section.top_margin if landscape else section.left_margin) == binding_edge
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in document.sections)
    assert docx_problems(target) == []

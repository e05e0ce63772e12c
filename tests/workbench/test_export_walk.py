"""One walk, two renderers: the Word document and the preview's HTML agree, in one
language and in two side by side; golden files show any change to either.

After an intended change: UPDATE_GOLDEN=1 pytest tests/workbench/test_export_walk.py -k golden
"""

from __future__ import annotations

import html
import io
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.conftest import TickingClock
from tests.template_corpus import CORPUS
from tests.workbench.export_fixtures import build_translated_project, fixed
from workbench.export import events as ev
from workbench.export import render
from workbench.export.html import PreviewRenderer, plan_html
from workbench.export.labels import LABELS
from workbench.export.plan import DocumentPlan, build_plan
from workbench.export.walk import DocumentWalk
from workbench.project import Project

GOLDEN = Path(__file__).parents[1] / "data" / "golden" / "walk"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LAYOUTS = {"en": ("en", None), "ru": ("ru", None), "ru-kk": ("ru", "kk"), "en-kk": ("en", "kk")}
"""Layout name: the document's language and the second language beside it (if any)."""


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("walk") / "small.wbproj"
    with build_translated_project(path, TickingClock()) as project:
        yield project


def _plans(project: Project, layout: str) -> tuple[DocumentPlan, DocumentPlan | None]:
    first, second = LAYOUTS[layout]
    plan = build_plan(project, fixed(60), language=first)
    return plan, build_plan(project, fixed(60), language=second) if second else None


def _docx(project: Project, layout: str) -> bytes:
    plan, second = _plans(project, layout)
    data, _result = render(plan, project, None, second)
    return data


def _check_golden(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == actual, name


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _word_footnotes(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
    return [
        "".join(n.itertext()).strip()
        for n in notes.iter(f"{W}footnote")
        if int(n.get(f"{W}id")) > 0
    ]


# --- golden files: each renderer, one language and two -------------------------


@pytest.mark.parametrize("layout", ["en", "ru", "ru-kk"])
def test_golden_html(translated: Project, layout: str) -> None:
    plan, second = _plans(translated, layout)
    _check_golden(f"preview-{layout}.html", plan_html(plan, second) + "\n")


@pytest.mark.parametrize("layout", ["ru", "ru-kk"])
def test_golden_word(translated: Project, layout: str) -> None:
    """The English single-language document has its golden files one folder up."""
    with zipfile.ZipFile(io.BytesIO(_docx(translated, layout))) as archive:
        for part in ("word/document.xml", "word/footnotes.xml"):
            root = etree.fromstring(archive.read(part))
            actual = etree.tostring(root, pretty_print=True, encoding="unicode")
            _check_golden(f"word-{layout}__{part.replace('/', '__')}", actual)


def test_golden_word_on_an_organisations_template(translated: Project) -> None:
    """Russian Word's style ids, a first-page letterhead and a page-number footer: the
    parts an organisation's template shapes (styles, sections, settings, headers)."""
    plan, second = _plans(translated, "ru")
    data, _result = render(plan, translated, CORPUS["russian_word_ids.docx"], second)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in ("word/document.xml", "word/styles.xml", "word/settings.xml"):
            root = etree.fromstring(archive.read(part))
            actual = etree.tostring(root, pretty_print=True, encoding="unicode")
            _check_golden(f"template-ru__{part.replace('/', '__')}", actual)


# --- the two renderers agree ---------------------------------------------------


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_preview_and_document_have_the_same_footnotes(translated: Project, layout: str) -> None:
    plan, second = _plans(translated, layout)
    preview = PreviewRenderer(plan, second)
    preview.render()
    assert [_plain(note) for note in preview.footnotes] == _word_footnotes(
        _docx(translated, layout)
    )


@pytest.mark.parametrize("layout", ["en", "ru-kk"])
def test_preview_shows_the_bibliography_of_the_document(translated: Project, layout: str) -> None:
    plan, second = _plans(translated, layout)
    document = docx.Document(io.BytesIO(_docx(translated, layout)))
    entries = [p.text for p in document.paragraphs if p.style.name == "Bibliography"]
    assert len(entries) == 2
    page = _plain(plan_html(plan, second))
    heading = LABELS[plan.language]["bibliography"]
    assert heading in page
    positions = [page.index(entry) for entry in entries]
    assert positions == sorted(positions) and positions[0] > page.index(heading)


def test_two_languages_stand_side_by_side_in_the_preview(translated: Project) -> None:
    plan, second = _plans(translated, "ru-kk")
    page = plan_html(plan, second)
    assert "<th>Русский</th><th>Қазақша</th>" in page
    row = next(r for r in page.split("<tr>") if "Декриминализировать оскорбление" in r)
    assert "Қорлауды қылмыстық санаттан шығару" in row  # the same row, the next cell
    assert "Рекомендация 1." in row and "Ұсыныс 1." in row
    assert "<h1>Сөз бостандығына он қадам</h1>" in page  # the second title, as on the cover


def test_both_columns_share_the_numbers_and_the_citations(translated: Project) -> None:
    plan, second = _plans(translated, "ru-kk")
    walk = DocumentWalk(plan, second)
    events = list(walk.events())
    titles = [e for e in events if isinstance(e, ev.RecommendationTitle)]
    assert [(t.number, t.second) for t in titles] == [
        (1, False),
        (1, True),
        (2, False),
        (2, True),
        (3, False),
        (3, True),
    ]
    notes = [
        inline.number
        for e in events
        if isinstance(e, ev.Paragraph)
        for inline in e.inlines
        if isinstance(inline, ev.NoteReference)
    ]
    assert notes == list(range(1, len(notes) + 1))
    assert walk.unknown_keys == {"unknown-key": 1}  # the untranslated Kazakh rationale
    assert list(walk.cited) == ["gc34", "rsf-2023"]  # the Russian summary cites nothing


def test_one_source_is_cited_in_full_once(translated: Project) -> None:
    plan, _ = _plans(translated, "en")
    preview = PreviewRenderer(plan)
    preview.render()
    full = [n for n in preview.footnotes if "rsf.org" in n]
    assert len(full) == 1 and preview.footnotes.index(full[0]) == 0
    assert any(_plain(n).endswith("p. 9.") for n in preview.footnotes)  # the locator


def test_the_preview_leaves_out_what_the_document_leaves_out(translated: Project) -> None:
    plan, _ = _plans(translated, "en")
    bare = replace(plan, include_bibliography=False, include_comparative_table=False)
    page = plan_html(bare)
    assert "Bibliography" not in page and "Comparative table" not in page
    assert "Bibliography" in plan_html(plan)

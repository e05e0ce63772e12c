"""Exports as LibreOffice lays them out: every template of the corpus converts to PDF
within a minute, the side-by-side layout keeps footnotes in order, and the contents'
page numbers are where LibreOffice puts the headings. LibreOffice runs once per file,
in one module fixture (slow: about a minute and a half)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.template_corpus import CORPUS
from workbench.composition import Composition
from workbench.export import export_submission
from workbench.library import Library
from workbench.project import Project
from workbench.starter import create_project

pytestmark = pytest.mark.slow
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONVERSION_LIMIT = 60
LANGUAGES = {"en": ("en", "none"), "ru-kk": ("ru", "kk")}


def _notes_project(path: Path) -> Project:
    """Three recommendations in Russian and Kazakh, each paragraph citing sources of
    its own ("Source 101" ... in Russian, "Source 201" ... in Kazakh), so every note
    can be told apart in the PDF."""
    project = Project.create(path, author="Test")
    library, composition = Library(project), Composition(project)
    submission = library.create("submission", {"title": "Сноски по порядку"})
    section = composition.add_section(submission.id, "Раздел").id
    items = []
    for number in range(3):
        cited = [101 + 4 * number + i for i in range(4)]
        for key in (*cited, *(c + 100 for c in cited)):
            library.create("source", {"key": f"s{key}", "title": f"Source {key}"})
        ru = [
            f"Абзац {number}{i} со ссылкой [@s{c}] и ещё одной [@s{c + 1}]."
            for i, c in enumerate(cited[::2])
        ]
        kk = [
            f"Сілтемесі бар {number}{i} азат жол [@s{c + 100}] және [@s{c + 101}]."
            for i, c in enumerate(cited[::2])
        ]
        record = library.create(
            "recommendation",
            {
                "title": f"Рекомендация {number}",
                "text": "\n\n".join(ru),
                "translations": {"kk": {"title": f"Ұсыныс {number}", "text": "\n\n".join(kk)}},
            },
        )
        items.append(record.id)
    composition.set_section_items(section, items)
    return project


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, float]]:
    """Name -> (the PDF LibreOffice made, seconds it took)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or shutil.which("pdftotext") is None:
        pytest.fail("LibreOffice and pdftotext are needed (.ci/run installs them)")
    folder = tmp_path_factory.mktemp("office")
    documents: dict[str, Path] = {}
    with create_project(folder / "starter.wbproj") as project:
        for name, template in {"bundled": None, **CORPUS}.items():
            for key, (language, second) in LANGUAGES.items():
                target = folder / f"{Path(name).stem}-{key}.docx"
                export_submission(
                    project, target, template=template, language=language, second_language=second
                )
                documents[target.stem] = target
    with _notes_project(folder / "notes.wbproj") as project:
        target = folder / "notes-ru-kk.docx"
        export_submission(project, target, language="ru", second_language="kk")
        documents[target.stem] = target
    profile = (folder / "profile").as_uri()
    result = {}
    for name, document in documents.items():
        started = time.monotonic()
        subprocess.run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(document),
            ],
            capture_output=True,
            check=True,
            timeout=CONVERSION_LIMIT * 2,
        )
        result[name] = (document.with_suffix(".pdf"), time.monotonic() - started)
    return result


def _text(pdf: Path, layout: bool = False) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_every_template_export_converts_to_pdf_within_a_minute(
    converted: dict[str, tuple[Path, float]],
) -> None:
    for name, (pdf, seconds) in converted.items():
        assert pdf.exists(), name
        assert seconds < CONVERSION_LIMIT, (name, seconds)
        if name != "notes-ru-kk":
            text = _text(pdf)
            assert "Kazakhstan" in text or "Казахстан" in text, name


def test_side_by_side_footnotes_come_in_order_at_the_foot_of_their_pages(
    converted: dict[str, tuple[Path, float]],
) -> None:
    """Row by row, the Russian paragraph's notes, then the Kazakh one's: in the PDF
    the notes are numbered 1, 2, 3... in that order (one row per recommendation put
    the right column's notes in reverse order)."""
    pages = _text(converted["notes-ru-kk"][0], layout=True).split("\f")
    found = [
        (int(number), int(source))
        for page in pages
        for number, source in re.findall(r"^\s*(\d+)\s+Source (\d{3})\.", page, re.MULTILINE)
    ]
    expected = []
    for number in range(3):
        cited = [101 + 4 * number + i for i in range(4)]
        for first in cited[::2]:
            expected += [first, first + 1, first + 100, first + 101]
    assert [source for _, source in found] == expected
    assert [number for number, _ in found] == list(range(1, len(expected) + 1))


def test_contents_page_numbers_are_where_libreoffice_puts_the_headings(
    converted: dict[str, tuple[Path, float]],
) -> None:
    """The estimate (export/pagination.py) within a page of LibreOffice's layout on
    the bundled and the NGO template, in one language."""
    for name in ("bundled-en", "ngo_word-en"):
        pdf = converted[name][0]
        pages = [re.sub(r"\s+", " ", page) for page in _text(pdf).split("\f")]
        entries = _contents(pdf.with_suffix(".docx"))
        found = next(i for i, page in enumerate(pages, 1) if entries[0][0] in page)
        with zipfile.ZipFile(pdf.with_suffix(".docx")) as archive:
            app = archive.read("docProps/app.xml").decode()
        assert abs(int(app.split("<Pages>")[1].split("<")[0]) - (len(pages) - 1)) <= 1
        for heading, estimate in entries:
            actual = next(i for i, p in enumerate(pages, 1) if i > found and heading in p)
            assert abs(actual - estimate) <= 1, (name, heading, estimate, actual)
            found = actual - 1


def _contents(docx: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(docx) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    entries = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or not style.get(f"{W}val", "").lower().startswith("toc"):
            continue
        texts = [t.text or "" for t in p.iter(f"{W}t")]
        if texts and texts[-1].isdigit():
            entries.append((re.sub(r"\s+", " ", "".join(texts[:-1]).strip())[:40], int(texts[-1])))
    return entries

"""Anchors in an exported document (workbench.export.anchors): each record's text
is wrapped in a hidden bookmark naming the record, the field and the language;
the export's log keeps what it wrote there; readers see the document as before."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_translated_project, fixed
from workbench.composition import Composition
from workbench.export import export_submission
from workbench.export.anchors import (
    FIELD_CODES,
    WORDING_FIELD,
    AnchorName,
    anchor_name,
    parse_anchor,
)
from workbench.project import Project
from workbench.review.reading import read_reviewed

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SUBMISSION = fixed(60)


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("anchors") / "small.wbproj"
    with build_translated_project(path, TickingClock()) as project:
        introduction = "Почему это важно для журналистов."
        Composition(project).add_section(SUBMISSION, "Медиа", introduction=introduction)
        yield project


def _export(project: Project, target: Path, **options: str) -> dict[str, dict]:
    """Export; the anchors the log recorded for it."""
    export_submission(project, target, **options)
    return Composition(project).export_log(SUBMISSION)[-1].snapshot["anchors"]


def document_anchors(path: Path, logged: dict[str, dict]) -> dict[str, str]:
    """Each logged anchor's text as the document holds it, read as a reviewed copy
    is (workbench.review.reading: a text cut into rows joined again)."""
    anchors = read_reviewed(path).anchors
    return {name: anchors[name].after for name in logged if name in anchors}


def our_bookmarks(path: Path) -> list[str]:
    """The names of our bookmarks in the document's body, in order, repeats kept."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return re.findall(r'w:name="(_wb_[^"]+)"', xml)


def pieces_of(logged: dict[str, dict]) -> set[str]:
    """The bookmark names the log says the document holds."""
    return {
        piece
        for name, entry in logged.items()
        for piece in [f"{name}{n}" for n in range(1, entry.get("pieces", 0) + 1)] or [name]
    }


@pytest.mark.parametrize(
    ("options", "languages"),
    [({"language": "ru"}, {"ru"}), ({"language": "ru", "second_language": "kk"}, {"ru", "kk"})],
    ids=["ru", "ru beside kk"],
)
def test_each_record_text_is_anchored_and_logged_as_exported(
    translated: Project, tmp_path: Path, options: dict[str, str], languages: set[str]
) -> None:
    target = tmp_path / "предложения.docx"
    logged = _export(translated, target, **options)
    ours = document_anchors(target, logged)
    assert set(ours) == set(logged)
    assert {name: entry["shown"] for name, entry in logged.items()} == ours  # as read back
    names = our_bookmarks(target)
    assert sorted(names) == sorted(pieces_of(logged))  # each once, every piece there
    for name in names:
        read = parse_anchor(name)
        assert len(name) <= 40 and re.fullmatch(r"[A-Za-z0-9_]+", name) and read is not None
        entry = logged[read.whole]
        assert (read.key_id, read.field, read.language) == (
            uuid.UUID(entry.get("part", entry["id"])),
            entry["field"],
            entry["language"],
        )
    assert {entry["language"] for entry in logged.values()} == languages
    title = anchor_name(fixed(50), "title", "ru")
    assert logged[title]["text"] == "Декриминализировать оскорбление" == ours[title]
    text = anchor_name(fixed(50), "text", "ru")
    assert logged[text]["text"].startswith("Исключить **статью 131**")
    assert ours[text].startswith("Исключить статью 131") and ours[text].endswith("прокуроры")
    summary = anchor_name(SUBMISSION, "summary", "ru")
    assert ours[summary] == logged[summary]["text"] == "Три рекомендации."
    if "kk" in languages:
        kazakh = anchor_name(fixed(50), "title", "kk")
        assert ours[kazakh] == "Қорлауды қылмыстық санаттан шығару"


def test_a_proposed_wording_and_a_section_introduction_are_anchored(
    translated: Project, tmp_path: Path
) -> None:
    logged = _export(translated, tmp_path / "out.docx", language="en")
    fields = {(entry["field"], entry.get("wording", 0)) for entry in logged.values()}
    assert (WORDING_FIELD, 1) in fields
    [section] = [e for e in logged.values() if e["field"] == "section_introduction"]
    assert section["text"] == "Почему это важно для журналистов."
    assert {"title", "text", "rationale", "summary", "introduction"} <= {f for f, _ in fields}


def test_readers_see_the_document_as_before(translated: Project, tmp_path: Path) -> None:
    """python-docx reads the same paragraphs, and pandoc the same text, with the
    anchors as without them."""
    target = tmp_path / "out.docx"
    _export(translated, target, language="ru", second_language="kk")
    bare = tmp_path / "bare.docx"
    _without_our_bookmarks(target, bare)
    assert _has_anchor(target)
    assert not _has_anchor(bare)
    assert _paragraphs(target) == _paragraphs(bare)
    if shutil.which("pandoc") is None:
        pytest.fail("pandoc is needed (.ci/run installs it)")
    assert _pandoc_text(target) == _pandoc_text(bare)


def test_the_document_names_its_project_and_its_export(translated: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    export_submission(translated, target, language="ru")
    last = Composition(translated).export_log(SUBMISSION)[-1]
    assert custom_properties(target.read_bytes()) == {
        "WorkbenchProject": str(translated.identity().id),
        "WorkbenchExport": str(last.id),
    }
    assert Composition(translated).logged_export(last.id) == (SUBMISSION, last)
    assert Composition(translated).logged_export(uuid.uuid4()) is None
    title = last.snapshot["anchors"][anchor_name(fixed(50), "title", "ru")]
    assert title["shown"] == title["text"] == "Декриминализировать оскорбление"
    text = last.snapshot["anchors"][anchor_name(fixed(50), "text", "ru")]
    assert text["shown"].startswith("Исключить статью 131") and "**" in text["text"]


def custom_properties(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    return {node.get("name"): node[0].text for node in root}


@given(
    key_id=st.uuids(),
    field=st.sampled_from(sorted(FIELD_CODES)),
    language=st.sampled_from(["en", "ru", "kk"]),
    piece=st.integers(1, 999),
)
def test_names_read_back_as_written(
    key_id: uuid.UUID, field: str, language: str, piece: int
) -> None:
    name = anchor_name(key_id, field, language)
    assert len(name) <= 37 and re.fullmatch(r"_[a-z0-9_]+", name)  # 3 left for a row's place
    assert parse_anchor(name) == AnchorName(key_id, field, language)
    assert parse_anchor(f"{name}{piece}") == AnchorName(key_id, field, language, piece)


@pytest.mark.parametrize("name", ["_Toc000001", "_GoBack", "мой_закладка", "_wb_x_tx_ru", ""])
def test_other_bookmarks_are_not_taken_for_anchors(name: str) -> None:
    assert parse_anchor(name) is None


def _has_anchor(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return b'w:name="_wb_' in archive.read("word/document.xml")


def _without_our_bookmarks(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(data)
                ids = set()
                for start in root.iter(f"{W}bookmarkStart"):
                    if start.get(f"{W}name", "").startswith("_wb_"):
                        ids.add(start.get(f"{W}id"))
                        start.getparent().remove(start)
                for end in root.iter(f"{W}bookmarkEnd"):
                    if end.get(f"{W}id") in ids:
                        end.getparent().remove(end)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(name, data)


def _paragraphs(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return [p.text for p in document.paragraphs] + cells


def _pandoc_text(path: Path) -> str:
    command = ["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", str(path)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_libreoffice_keeps_every_anchor_when_it_saves_the_document(
    translated: Project, tmp_path: Path
) -> None:
    """A reviewer who opens the export in LibreOffice and saves it as .docx sends
    back every anchor around the same text. (Measured on LibreOffice 7.4: a
    bookmark keeps its name; a content control keeps its place but loses the tag
    that would name it, which is why anchors are bookmarks.)"""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is needed (.ci/run installs it)")
    exported = tmp_path / "проект.docx"
    logged = _export(translated, exported, language="ru", second_language="kk")
    saved = tmp_path / "saved"
    command = [office, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless"]
    command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(exported)]
    subprocess.run(command, capture_output=True, check=True, timeout=180)
    before = document_anchors(exported, logged)
    after = document_anchors(saved / exported.name, logged)
    assert set(before) == set(logged)
    assert after == before
    kept = custom_properties((saved / exported.name).read_bytes())
    assert kept == custom_properties(exported.read_bytes())


def test_a_recommendation_in_two_sections_has_each_wording_anchored_once(
    tmp_path: Path,
) -> None:
    """Anchors name a wording by its own id: listed twice in the table, it is
    anchored once (names are unique), and reordering wordings later cannot make
    an anchor point at another one."""
    with build_translated_project(tmp_path / "p.wbproj", TickingClock()) as project:
        first = _export(project, tmp_path / "one.docx", language="ru")
        [(name, wording)] = [(n, e) for n, e in first.items() if e["field"] == WORDING_FIELD]
        record = uuid.UUID(wording["id"])
        composition = Composition(project)
        again = composition.add_section(SUBMISSION, "Ещё раз").id
        composition.set_section_items(again, [record])
        twice = _export(project, tmp_path / "two.docx", language="ru")
    assert [n for n, e in twice.items() if e["field"] == WORDING_FIELD] == [name]
    assert parse_anchor(name).key_id == uuid.UUID(wording["part"]) != record
    names = our_bookmarks(tmp_path / "two.docx")
    assert len(names) == len(set(names)) > 0

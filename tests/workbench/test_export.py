"""Word export: read back with python-docx, pandoc and LibreOffice; golden XML; safety."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.cli import main
from workbench.composition import Composition
from workbench.export import ExportTargetError, export_submission
from workbench.export.labels import LABELS
from workbench.export.plan import SubmissionNotFound
from workbench.export.template import TemplateError
from workbench.export.template_styles import REQUIRED_STYLES
from workbench.export.wordtext import holdable
from workbench.library import Library
from workbench.project import Project

GOLDEN = Path(__file__).parents[1] / "data" / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXPECTED_FOOTNOTES = 7
"""summary, text, rationale, critique, table justification, two evidence sources."""


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


@pytest.fixture
def exported(small: Project, tmp_path: Path):
    target = tmp_path / "out.docx"
    report = export_submission(small, target)
    return target, report


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def _paragraph_texts(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def test_headings_and_structure(exported) -> None:
    target, report = exported
    document = docx.Document(str(target))
    assert _paragraph_texts(document, "Title") == ["Ten steps to free speech"]
    assert _paragraph_texts(document, "Heading 1") == [
        "Summary",
        "Introduction",
        "List of abbreviations",
        "Recommendations",
        "Comparative table of amendments",
        "Bibliography",
    ]
    assert _paragraph_texts(document, "Heading 2") == ["Criminal law", "Other"]
    assert report.recommendations == 3


def test_recommendations_are_numbered_by_word_fields_with_their_label_as_text(
    exported, tmp_path: Path
) -> None:
    """Every reader sees "Recommendation 1." as text (pandoc included); Word numbers it
    with a SEQ field, so a recommendation added by hand renumbers the rest."""
    target, _ = exported
    document = docx.Document(str(target))
    numbered = [p for p in document.paragraphs if p.style.name == "Recommendation"]
    assert [p.text for p in numbered] == [
        "Recommendation 1. Decriminalise insult",
        "Recommendation 2. Repeal administrative slander",
        "Recommendation 3. Publish court statistics",
    ]
    for paragraph in numbered:
        instructions = [t.text for t in paragraph._p.iter(f"{W}instrText")]
        assert instructions == [" SEQ Recommendation \\* ARABIC "]
        assert paragraph._p.pPr.numPr is None
    markdown = subprocess.run(
        ["pandoc", str(target), "-t", "plain", "--wrap=none"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Recommendation 2. Repeal administrative slander" in markdown


def test_footnotes_one_per_citation(exported) -> None:
    target, report = exported
    body = _part(target, "word/document.xml")
    notes = _part(target, "word/footnotes.xml")
    references = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    real_notes = [n for n in notes.iter(f"{W}footnote") if int(n.get(f"{W}id")) > 0]
    assert len(references) == len(real_notes) == report.footnotes == EXPECTED_FOOTNOTES
    assert sorted(references, key=int) == [n.get(f"{W}id") for n in real_notes]
    texts = ["".join(n.itertext()) for n in real_notes]
    assert "World Press Freedom Index 2023" in texts[0] and "https://rsf.org/en/index" in texts[0]
    assert any("para. 47" in t for t in texts)
    later_rsf = [t for t in texts[1:] if "World Press Freedom" in t]
    assert later_rsf and all("rsf.org" not in t for t in later_rsf)  # short form when repeated
    assert report.unknown_citation_keys == {"unknown-key": 1}
    assert "[@unknown-key]" in "".join(body.itertext())


def test_an_instruction_is_exported_in_italics_with_nothing_struck(
    small: Project, tmp_path: Path
) -> None:
    instruction = "[Исключить статью; перенести в Гражданский кодекс]"
    Composition(small).update_proposed_wording(fixed(51), proposed_wording=instruction)
    target = tmp_path / "instruction.docx"
    export_submission(small, target)
    row = docx.Document(str(target)).tables[-1].rows[1]
    current, proposed = row.cells[2].paragraphs[0].runs, row.cells[3].paragraphs[0].runs
    assert not [r for r in current if r.font.strike]
    assert "".join(r.text for r in proposed) == instruction
    assert all(r.italic and not r.bold and not r.underline for r in proposed)


def test_comparative_table(exported) -> None:
    target, _ = exported
    document = docx.Document(str(target))
    table = document.tables[-1]
    assert len(table.columns) == 5 and len(table.rows) == 2
    assert [c.text for c in table.rows[0].cells] == [
        "No.",
        "Structural unit",
        "Current or draft wording",
        "Proposed wording",
        "Justification",
    ]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.rows[1].cells[1].text == "CrCRK, Article 131"
    current, proposed = table.rows[1].cells[2], table.rows[1].cells[3]
    struck = "".join(r.text for r in current.paragraphs[0].runs if r.font.strike)
    inserted = "".join(r.text for r in proposed.paragraphs[0].runs if r.bold and r.underline)
    assert "punishable" in struck and "arrest" in struck and "Insult" not in struck
    assert "civil wrong" in inserted
    assert "Insult is " in "".join(r.text for r in proposed.paragraphs[0].runs if not r.bold)
    sections = document.sections
    landscape = [s for s in sections if s.page_width > s.page_height]
    assert len(landscape) == 1 and sections[-1].page_width < sections[-1].page_height


def test_abbreviations_and_bibliography(exported) -> None:
    target, _ = exported
    document = docx.Document(str(target))
    abbreviations = document.tables[0]
    assert [row.cells[0].text for row in abbreviations.rows] == ["CoAO", "CrCRK"]
    entries = _paragraph_texts(document, "Bibliography")
    assert len(entries) == 2
    assert entries[0].startswith("Reporters Without Borders")
    assert all("witness" not in e.lower() for e in entries)


def test_core_properties_language_and_no_question_on_open(exported) -> None:
    target, _ = exported
    properties = docx.Document(str(target)).core_properties
    assert properties.title == "Ten steps to free speech"
    assert properties.author == "Ana Editor"  # the author from Settings, never the login
    assert properties.last_modified_by == "Ana Editor"
    assert properties.subject == "Mazhilis of the Parliament"
    assert properties.keywords == "criminal defamation"
    assert properties.language == "en-GB"
    settings_xml = _part(target, "word/settings.xml")
    assert settings_xml.find(f"{W}updateFields") is None  # Word would ask to update fields
    body = _part(target, "word/document.xml")
    assert not [f for f in body.iter(f"{W}fldChar") if f.get(f"{W}dirty")]
    styles = _part(target, "word/styles.xml")
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "en-GB"


def test_contents_field_is_prefilled(exported) -> None:
    target, _ = exported
    body = _part(target, "word/document.xml")
    instructions = "".join(t.text for t in body.iter(f"{W}instrText"))
    assert " TOC " in instructions
    document = docx.Document(str(target))
    entries = [
        p.text.split("\t") for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")
    ]
    toc = [heading for heading, _page in entries]
    assert toc[:4] == ["Summary", "Introduction", "List of abbreviations", "Recommendations"]
    assert "Criminal law" in toc
    # Each entry shows a page number (estimated), in the order of the document.
    pages = [int(page) for _heading, page in entries]
    assert pages == sorted(pages) and pages[0] >= 2 and pages[-1] > pages[0]
    anchors = {link.get(f"{W}anchor") for link in body.iter(f"{W}hyperlink")} - {None}
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    assert anchors and anchors <= bookmarks
    references = {i.split()[0] for i in instructions.split(" PAGEREF ")[1:]}
    assert references == anchors


def test_markdown_becomes_word_formatting(exported) -> None:
    target, _ = exported
    document = docx.Document(str(target))
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.text == "Article 131" and r.bold for r in runs)
    assert any(r.text == "Criminal Code" and r.italic for r in runs)
    quotes = _paragraph_texts(document, "Quote")
    assert quotes == ["Reputation is a civil matter."]
    bullets = [
        p.text
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.numPr is not None and p.style.name == "List Paragraph"
    ]
    assert "keep civil remedies" in bullets and "train judges" in bullets
    with zipfile.ZipFile(target) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert 'Target="https://www.ohchr.org"' in rels and 'TargetMode="External"' in rels


def test_confidential_left_out_and_reported(small: Project, tmp_path: Path) -> None:
    report = export_submission(small, tmp_path / "public.docx")
    # Its source (confidential too) is cited only by the evidence left out: nothing
    # shown cites it, so it is not reported as missing from the document.
    assert {(e.kind, e.title) for e in report.excluded} == {("evidence", "Witness account")}
    assert "Witness account" not in _all_text(tmp_path / "public.docx")
    full = export_submission(small, tmp_path / "full.docx", include_confidential=True)
    assert full.excluded == () and full.footnotes == EXPECTED_FOOTNOTES + 1
    assert "Witness account" in _all_text(tmp_path / "full.docx")


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            "".join(etree.fromstring(archive.read(n)).itertext())
            for n in ("word/document.xml", "word/footnotes.xml")
        )


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_labels_follow_the_submission_language(tmp_path: Path, language: str) -> None:
    with build_small_project(tmp_path / "p.wbproj", TickingClock(), language=language) as project:
        export_submission(project, tmp_path / "out.docx")
    document = docx.Document(str(tmp_path / "out.docx"))
    labels = LABELS[language]
    headings = _paragraph_texts(document, "Heading 1")
    assert labels["recommendations"] in headings and labels["bibliography"] in headings
    assert _paragraph_texts(document, "TOC Heading") == [labels["contents"]]
    assert [c.text for c in document.tables[-1].rows[0].cells][3] == labels["col_proposed"]
    tag = {"ru": "ru-RU", "kk": "kk-KZ"}[language]
    assert document.core_properties.language == tag


def test_labels_exist_in_every_language() -> None:
    keys = {language: set(labels) for language, labels in LABELS.items()}
    assert keys["ru"] == keys["en"] == keys["kk"]


def test_export_is_logged_on_this_machine_only(exported, small: Project) -> None:
    """In the local log, by the file's path relative to the project's folder; the
    submission itself (content, revision) is untouched by exporting."""
    target, report = exported
    [record] = Composition(small).export_log(fixed(60))
    assert record.path == target.resolve().relative_to(small.path.resolve().parent).as_posix()
    assert record.sha256 == report.sha256
    assert "exports" not in Library(small).get(fixed(60)).children
    import hashlib

    assert hashlib.sha256(target.read_bytes()).hexdigest() == report.sha256
    titles = [r["title"] for s in record.snapshot["sections"] for r in s["recommendations"]]
    assert titles[0] == "Decriminalise insult"


def test_custom_template_keeps_its_look(small: Project, tmp_path: Path) -> None:
    template = docx.Document()
    template.styles["Normal"].font.name = "Arial"
    template.styles["Normal"].font.size = Pt(11)
    template.add_paragraph("Template sample text that must not survive")
    template.sections[0].header.paragraphs[0].text = "ACME Human Rights NGO"
    template.sections[0].left_margin = Pt(100)
    template_path = tmp_path / "org.docx"
    template.save(str(template_path))

    export_submission(small, tmp_path / "out.docx", template=template_path)
    result = docx.Document(str(tmp_path / "out.docx"))
    assert result.styles["Normal"].font.name == "Arial"
    assert result.sections[0].header.paragraphs[0].text == "ACME Human Rights NGO"
    assert result.sections[0].left_margin == Pt(100)
    names = {s.name for s in result.styles}
    assert set(REQUIRED_STYLES) <= names
    assert "Template sample text" not in "".join(p.text for p in result.paragraphs)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"not a zip", "not a Word document")],
)
def test_bad_template_is_refused(small: Project, tmp_path: Path, content, problem) -> None:
    template = tmp_path / "bad.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(TemplateError, match=problem):
        export_submission(small, tmp_path / "out.docx", template=template)
    assert not (tmp_path / "out.docx").exists()


def test_read_only_target_is_refused_and_kept(small: Project, tmp_path: Path) -> None:
    target = tmp_path / "sent.docx"
    target.write_bytes(b"the version sent last week")
    target.chmod(0o444)
    try:
        if os.access(target, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        with pytest.raises(ExportTargetError, match="read-only"):
            export_submission(small, target)
        assert target.read_bytes() == b"the version sent last week"
    finally:
        target.chmod(0o644)


def test_target_the_system_reports_unwritable_is_refused(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same check as above, for CI, which runs as root (root may write read-only files)."""
    target = tmp_path / "sent.docx"
    target.write_bytes(b"the version sent last week")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != target and real_access(p, mode))
    with pytest.raises(ExportTargetError, match="read-only"):
        export_submission(small, target)
    assert target.read_bytes() == b"the version sent last week"


def test_failed_write_leaves_the_old_file_and_no_partial(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sent.docx"
    target.write_bytes(b"the version sent last week")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportTargetError, match="disk is full"):
        export_submission(small, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the version sent last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "sent" in p.name) == ["sent.docx"]
    assert Composition(small).export_count(fixed(60)) == 0


def test_exported_file_has_ordinary_permissions(exported) -> None:
    target, _ = exported
    assert target.stat().st_mode & 0o044  # readable by others, not owner-only like a temp file


def test_cli_export(small: Project, tmp_path: Path, capsys) -> None:
    small.close()
    out = tmp_path / "cli.docx"
    code = main(
        [
            "export",
            str(small.path),
            "-o",
            str(out),
            "--submission",
            "Ten steps to free speech",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    report = json.loads(captured.out)
    assert report["footnotes"] == EXPECTED_FOOTNOTES and report["recommendations"] == 3
    assert "Witness account" in captured.err and "unknown-key" in captured.err
    assert main(["export", str(small.path), "-o", str(out), "--submission", "Nope"]) == 2
    assert "no submission matches 'Nope'" in capsys.readouterr().err
    assert main(["export", str(small.path), "-o", str(tmp_path / "missing" / "x.docx")]) == 2


def test_unknown_submission(small: Project, tmp_path: Path) -> None:
    with pytest.raises(SubmissionNotFound):
        export_submission(small, tmp_path / "x.docx", submission=str(fixed(999)))


def _normalised(xml: bytes) -> str:
    root = etree.fromstring(xml)
    for node in root.iter():
        if node.tag.endswith(("}created", "}modified")):
            node.text = "TIMESTAMP"
    return etree.tostring(root, pretty_print=True, encoding="unicode")


GOLDEN_PARTS = (
    "word/document.xml",
    "word/footnotes.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/_rels/document.xml.rels",
    "word/_rels/footnotes.xml.rels",
    "docProps/core.xml",
    "[Content_Types].xml",
)


def test_golden_xml(exported) -> None:
    """Any change to the generated XML shows up here as a diff.

    After an intended change: UPDATE_GOLDEN=1 pytest tests/workbench/test_export.py -k golden
    """
    target, _ = exported
    with zipfile.ZipFile(target) as archive:
        for name in GOLDEN_PARTS:
            actual = _normalised(archive.read(name))
            golden = GOLDEN / (name.replace("/", "__") + ".golden")
            if os.environ.get("UPDATE_GOLDEN"):
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_text(actual, encoding="utf-8")
            assert golden.read_text(encoding="utf-8") == actual, name


def test_pandoc_reads_every_footnote(exported, tmp_path: Path) -> None:
    if shutil.which("pandoc") is None:
        pytest.fail("pandoc is not installed (.ci/run installs it)")
    target, report = exported
    markdown = subprocess.run(
        ["pandoc", str(target), "-t", "markdown", "--wrap=none"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    definitions = re.findall(r"^\[\^(\d+)\]: (.*)$", markdown, flags=re.MULTILINE)
    assert len(definitions) == report.footnotes
    bodies = " ".join(text for _, text in definitions)
    assert "World Press Freedom Index 2023" in bodies and "para. 47" in bodies
    assert "Decriminalise insult" in markdown


@pytest.mark.slow
def test_libreoffice_converts_to_pdf_with_text(exported, tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is not installed (.ci/run installs it)")
    target, _ = exported
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = tmp_path / "out.pdf"
    assert pdf.exists()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for title in (
        "Decriminalise insult",
        "Repeal administrative slander",
        "Publish court statistics",
    ):
        assert title in text
    assert "World Press Freedom Index 2023" in text  # a footnote
    assert "Comparative table of amendments" in text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=80))
def test_any_text_exports(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("any")
    with Project.create(folder / "p.wbproj") as project:
        library = Library(project)
        composition = Composition(project)
        rec = library.create("recommendation", {"title": text, "text": text})
        submission = library.create("submission", {"title": text, "addressee": text})
        section = composition.add_section(submission.id, text).id
        composition.set_section_items(section, [rec.id])
        report = export_submission(project, folder / "out.docx")
    document = docx.Document(str(folder / "out.docx"))
    kept = holdable(text)
    [title] = [p.text for p in document.paragraphs if p.style.name == "Recommendation"]
    assert title == f"Recommendation 1. {kept}"
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [kept]
    if kept == text:
        assert report.dropped_characters == {}
    else:
        assert f"recommendation {rec.id}" in report.dropped_characters
        assert report.dropped_characters["submission.title"] == len(text) - len(kept)


def test_changes_since_last_export(small: Project, tmp_path: Path) -> None:
    from workbench.export.changes import changes_since_last_export

    never = changes_since_last_export(small, fixed(60))
    assert never.last_exported_at is None and len(never.added) == 3
    export_submission(small, tmp_path / "sent.docx")
    assert not changes_since_last_export(small, fixed(60)).any
    library, composition = Library(small), Composition(small)
    library.update(fixed(52), {"text": "Remove Article 73-3 entirely."})
    composition.set_section_items(fixed(61), [fixed(52), fixed(50)])
    new = library.create("recommendation", {"title": "Train judges"})
    composition.set_section_items(fixed(62), [fixed(53), new.id])
    changes = changes_since_last_export(small, fixed(60))
    assert changes.added == ("Train judges",)
    assert changes.edited == ("Repeal administrative slander",)
    assert set(changes.moved) == {"Repeal administrative slander", "Decriminalise insult"}
    assert changes.removed == ()


def test_source_addresses_become_valid_link_targets(small: Project, tmp_path: Path) -> None:
    """An address pasted with a space, a bare % or Cyrillic is a URI in the package
    (Word refuses a file whose relationship target is not), and reads as typed."""
    pasted = "https://example.org/отчёт 2023/100% free.pdf"
    Library(small).update(fixed(2), {"url": pasted})
    target = tmp_path / "links.docx"
    export_submission(small, target)
    rels = _part(target, "word/_rels/footnotes.xml.rels")
    targets = {r.get("Target") for r in rels}
    encoded = "https://example.org/%D0%BE%D1%82%D1%87%D1%91%D1%82%202023/100%25%20free.pdf"
    assert encoded in targets
    notes = _part(target, "word/footnotes.xml")
    assert pasted in "".join(t.text or "" for t in notes.iter(f"{W}t"))

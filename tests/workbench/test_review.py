"""`workbench review`: a copy of an export that a reviewer changed (tracked and
untracked, in Russian and Kazakh) and commented on is read back against the
export and the project as it is now. Documents are edited here as Word writes
tracked changes and comments (w:ins, w:del, comments.xml, commentsExtended.xml
for replies)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.conftest import TickingClock
from tests.ooxml_check import docx_problems
from tests.workbench.export_fixtures import build_translated_project, fixed
from tests.workbench.reviewed_copies import (
    REVIEWER,
    W15_URI,
    W,
    comment_on,
    comments_part,
    edited,
    paragraph_of,
    run,
    tracked,
)
from workbench.cli import main
from workbench.export import export_submission
from workbench.export.anchors import anchor_name
from workbench.library import Library

SUBMISSION = fixed(60)


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """A project and its Russian export."""
    project = tmp_path / "проект.wbproj"
    build_translated_project(project, TickingClock()).close()
    from workbench.project import Project

    with Project.open(project) as opened:
        export_submission(opened, tmp_path / "экспорт.docx", language="ru")
    return project, tmp_path / "экспорт.docx"


def _review(project: Path, document: Path, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["review", str(project), str(document), "--json"])
    out = capsys.readouterr()
    if code == 0:
        _proposals_make_the_reviewed_text(project, document)
    return code, json.loads(out.out) if code == 0 else {"error": out.err}


def _proposals_make_the_reviewed_text(project: Path, document: Path) -> None:
    """Whatever the copy (tracked changes, paragraphs split, LibreOffice's saving),
    its proposals made on what the export showed give what the reviewer left: a
    change accepted alone is put where Word had it."""
    from workbench.project import Project
    from workbench.review import review_document
    from workbench.review.proposals import applied

    with Project.open(project, read_only=True) as opened:
        review = review_document(opened, document)
    for field in review.fields:
        assert applied(field.exported, field.proposals) == field.reviewed, field.anchor


def _fields(report: dict) -> dict[str, dict]:
    return {field["anchor"]: field for field in report["fields"]}


TITLE = anchor_name(fixed(50), "title", "ru")
TEXT = anchor_name(fixed(50), "text", "ru")
SUMMARY = anchor_name(SUBMISSION, "summary", "ru")


def _review_edits(root: etree._Element) -> None:
    """The title replaced and a phrase added with tracking on; the summary retyped
    with it off."""
    heading = paragraph_of(root, TITLE)
    old = heading.findall(f"{W}r")[-1]  # the title's own words, after the number
    old.addprevious(tracked("del", 901, run(old.findtext(f"{W}t"), deleted=True)))
    old.addprevious(tracked("ins", 902, run("Отменить наказание за оскорбление")))
    heading.remove(old)
    paragraph_of(root, TEXT).append(tracked("ins", 903, run(" и штрафы")))
    for piece in paragraph_of(root, SUMMARY).iter(f"{W}t"):
        piece.text = piece.text.replace("Три", "Четыре")


def test_tracked_changes_untracked_edits_and_conflicts_are_listed_per_field(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    reviewed = edited(export, tmp_path / "reviewed.docx", _review_edits)
    assert docx_problems(reviewed) == []  # tracked changes as ECMA-376 has them
    with _open(project) as library:
        library.update(fixed(50), {"translations": _with_russian_title(library, "Новое название")})
    before = hashlib.sha256(project.read_bytes()).hexdigest()

    code, report = _review(project, reviewed, capsys)
    assert code == 0, report
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before  # review writes nothing
    fields = _fields(report)
    assert set(fields) == {TITLE, TEXT, SUMMARY}
    renamed = fields[TITLE]
    assert [(c["kind"], c["author"], c["text"]) for c in renamed["tracked"]] == [
        ("deletion", REVIEWER, "Декриминализировать оскорбление"),
        ("insertion", REVIEWER, "Отменить наказание за оскорбление"),
    ]
    assert renamed["reviewed"] == "Отменить наказание за оскорбление"
    assert renamed["changed_since_export"] and renamed["conflict"]
    assert renamed["untracked"] is None
    extended = fields[TEXT]
    assert extended["tracked"][0]["text"] == " и штрафы" and not extended["conflict"]
    assert extended["reviewed"].startswith("Исключить статью 131. и штрафы\nсуды")
    retyped = fields[SUMMARY]
    assert retyped["tracked"] == [] and retyped["untracked"] is not None
    assert ["Четыре ", "inserted"] in retyped["untracked"]["edited"]
    assert ["Три ", "deleted"] in retyped["untracked"]["exported"]
    assert report["lost"] == []


@pytest.mark.slow
def test_a_copy_libreoffice_saved_reads_back_the_same(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    """The reviewer's copy opened and saved again by LibreOffice (docx to docx):
    the anchors, the tracked changes and their authors come through."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is needed (.ci/run installs it)")
    project, export = exported
    reviewed = edited(export, tmp_path / "рецензия.docx", _review_edits)
    saved = tmp_path / "saved"
    command = [office, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless"]
    command += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(reviewed)]
    subprocess.run(command, capture_output=True, check=True, timeout=180)
    code, direct = _review(project, reviewed, capsys)
    code_saved, through_office = _review(project, saved / reviewed.name, capsys)
    assert code == code_saved == 0, through_office

    def essentials(report: dict) -> dict:
        return {
            f["anchor"]: (
                f["reviewed"],
                [(c["kind"], c["author"], c["text"]) for c in f["tracked"]],
            )
            for f in report["fields"]
        }

    assert essentials(through_office) == essentials(direct)
    # Accepting every change of either copy leaves the records the same.
    for name, copy in (("direct", reviewed), ("office", saved / reviewed.name)):
        shutil.copy(project, tmp_path / f"{name}.wbproj")
        code = main(["review", str(tmp_path / f"{name}.wbproj"), str(copy), "--accept", "all"])
        assert code == 0
    assert _record_texts(tmp_path / "direct.wbproj") == _record_texts(tmp_path / "office.wbproj")
    assert _record_texts(tmp_path / "office.wbproj") != _record_texts(project)


def _record_texts(project: Path) -> list[dict]:
    from workbench.project import Project

    with Project.open(project, read_only=True) as opened:
        library = Library(opened)
        return [library.get(record).fields for record in (fixed(50), SUBMISSION)]


def test_comments_and_their_replies_come_with_the_text_they_are_on(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    rationale = anchor_name(fixed(50), "rationale", "ru")

    def edit(root: etree._Element) -> None:
        paragraph = paragraph_of(root, rationale)
        for comment_id in ("0", "1"):
            comment_on(paragraph, comment_id)

    comments = comments_part(
        [
            ("0", REVIEWER, "Нужна ссылка на решение суда", "0A000001"),
            ("1", "Бек", "Добавлю в понедельник", "0A000002"),
        ]
    )
    extended = (
        f'<w15:commentsEx xmlns:w15="{W15_URI}">'
        '<w15:commentEx w15:paraId="0A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>'
        "</w15:commentsEx>"
    ).encode()
    parts = {"word/comments.xml": comments, "word/commentsExtended.xml": extended}
    reviewed = edited(export, tmp_path / "с комментариями.docx", edit, parts)
    assert len(docx.Document(str(reviewed)).paragraphs) > 0  # still a document Word reads
    assert docx_problems(reviewed) == []  # comments as ECMA-376 has them

    code, report = _review(project, reviewed, capsys)
    assert code == 0, report
    [field] = report["fields"]
    assert field["anchor"] == rationale and field["tracked"] == [] and field["untracked"] is None
    [comment] = field["comments"]
    assert (comment["author"], comment["text"]) == (REVIEWER, "Нужна ссылка на решение суда")
    assert [(r["author"], r["text"]) for r in comment["replies"]] == [
        ("Бек", "Добавлю в понедельник")
    ]


def test_an_untouched_copy_proposes_nothing(exported: tuple[Path, Path], capsys) -> None:
    project, export = exported
    code, report = _review(project, export, capsys)
    assert code == 0 and report["fields"] == [] and report["lost"] == []


def test_a_deleted_paragraph_takes_its_anchor_and_is_listed_as_lost(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    summary = anchor_name(SUBMISSION, "summary", "ru")

    def edit(root: etree._Element) -> None:
        paragraph = paragraph_of(root, summary)
        paragraph.getparent().remove(paragraph)

    code, report = _review(project, edited(export, tmp_path / "r.docx", edit), capsys)
    assert code == 0 and report["lost"] == [summary]


def test_an_anchor_whose_end_was_lost_is_listed_not_guessed(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported

    def edit(root: etree._Element) -> None:
        [start] = [b for b in root.iter(f"{W}bookmarkStart") if b.get(f"{W}name") == SUMMARY]
        for end in root.iter(f"{W}bookmarkEnd"):
            if end.get(f"{W}id") == start.get(f"{W}id"):
                end.getparent().remove(end)
        for piece in paragraph_of(root, SUMMARY).iter(f"{W}t"):
            piece.text = "Совсем другой текст"

    code, report = _review(project, edited(export, tmp_path / "r.docx", edit), capsys)
    assert code == 0 and report["lost"] == [SUMMARY] and report["fields"] == []


def test_documents_it_cannot_read_back_are_refused_naming_why(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    plain = tmp_path / "письмо.docx"
    docx.Document().save(str(plain))
    other = tmp_path / "другой.wbproj"
    build_translated_project(other, TickingClock()).close()
    copy = tmp_path / "копия.wbproj"
    shutil.copyfile(project, copy)
    from workbench.project import Project

    with Project.open(copy) as opened:  # same project, an export the original never made
        export_submission(opened, tmp_path / "из копии.docx", language="ru")
    cases = {
        plain: "is not a document Workbench exported",
        export: "was exported from another project",
        tmp_path / "из копии.docx": "comes from an export this project has no record of",
    }
    for document, problem in cases.items():
        target = other if document == export else project
        code, report = _review(target, document, capsys)
        assert code == 2 and problem in report["error"], report


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "is not a Word document"),
        (b"not a zip at all", "is not a Word document"),
        ("entity", "DTD"),
    ],
    ids=["old .doc or password", "not a zip", "entity expansion"],
)
def test_a_hostile_or_broken_file_is_refused_and_nothing_read(
    exported: tuple[Path, Path], tmp_path: Path, capsys, content: bytes | str, problem: str
) -> None:
    project, export = exported
    target = tmp_path / "рецензия.docx"
    if content == "entity":
        bomb = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        with zipfile.ZipFile(export) as source, zipfile.ZipFile(target, "w") as out:
            for name in source.namelist():
                data = source.read(name)
                if name == "word/document.xml":
                    data = data.replace(b"?>", b"?>" + bomb, 1)
                out.writestr(name, data)
    else:
        target.write_bytes(content)
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    code, report = _review(project, target, capsys)
    assert code == 2 and "рецензия.docx" in report["error"], report
    assert problem.lower() in report["error"].lower(), report
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


# --- helpers --------------------------------------------------------------------------


def _open(project: Path):
    from contextlib import contextmanager

    from workbench.project import Project

    @contextmanager
    def opened():
        with Project.open(project) as open_project:
            yield Library(open_project)

    return opened()


def _with_russian_title(library: Library, title: str) -> dict:
    translations = dict(library.get(fixed(50)).fields["translations"])
    translations["ru"] = {**translations["ru"], "title": title}
    return translations


def test_a_paragraph_split_with_tracking_on_is_a_tracked_change_not_an_edit(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    """Enter pressed inside a text with Track Changes on: Word marks the first
    half's paragraph mark as inserted."""
    project, export = exported

    def edit(root: etree._Element) -> None:
        first = paragraph_of(root, TEXT)
        runs = first.findall(f"{W}r")
        second = etree.Element(f"{W}p")
        first.addnext(second)
        for moved in runs[1:]:
            second.append(moved)
        for end in first.findall(f"{W}bookmarkEnd"):
            second.append(end)
        properties = first.find(f"{W}pPr")
        if properties is None:
            properties = etree.Element(f"{W}pPr")
            first.insert(0, properties)
        mark = etree.SubElement(etree.SubElement(properties, f"{W}rPr"), f"{W}ins")
        for name, value in (("id", "950"), ("author", REVIEWER), ("date", "2026-12-01T10:00:00Z")):
            mark.set(f"{W}{name}", value)

    code, report = _review(project, edited(export, tmp_path / "r.docx", edit), capsys)
    assert code == 0, report
    [field] = report["fields"]
    assert field["anchor"] == TEXT and field["untracked"] is None
    assert [(c["kind"], c["text"]) for c in field["tracked"]] == [("insertion", "\n")]
    assert field["reviewed"].startswith("Исключить \nстатью 131")


def test_a_document_with_endless_overlapping_bookmarks_is_refused_quickly(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported

    def edit(root: etree._Element) -> None:
        body = root.find(f"{W}body")
        paragraph = etree.SubElement(body, f"{W}p")
        for n in range(200):
            start = etree.SubElement(paragraph, f"{W}bookmarkStart")
            start.set(f"{W}id", str(900_000 + n))
            start.set(f"{W}name", anchor_name(fixed(1000 + n), "text", "ru"))
        for _ in range(50_000):
            paragraph.append(run("ж"))

    code, report = _review(project, edited(export, tmp_path / "r.docx", edit), capsys)
    assert code == 2 and "overlapping bookmarks" in report["error"]


def test_a_reply_to_a_reply_stays_in_its_thread(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    rationale = anchor_name(fixed(50), "rationale", "ru")

    def edit(root: etree._Element) -> None:
        comment_on(paragraph_of(root, rationale), "0")

    thread = [
        ("0", REVIEWER, "Где решение?", "0C000001"),
        ("1", "Бек", "Найду.", "0C000002"),
        ("2", REVIEWER, "Спасибо.", "0C000003"),
    ]
    extended = (
        f'<w15:commentsEx xmlns:w15="{W15_URI}">'
        '<w15:commentEx w15:paraId="0C000001"/>'
        '<w15:commentEx w15:paraId="0C000002" w15:paraIdParent="0C000001"/>'
        '<w15:commentEx w15:paraId="0C000003" w15:paraIdParent="0C000002"/>'
        "</w15:commentsEx>"
    ).encode()
    parts = {"word/comments.xml": comments_part(thread), "word/commentsExtended.xml": extended}
    code, report = _review(project, edited(export, tmp_path / "r.docx", edit, parts), capsys)
    assert code == 0, report
    [comment] = report["fields"][0]["comments"]
    assert [r["text"] for r in comment["replies"]] == ["Найду.", "Спасибо."]

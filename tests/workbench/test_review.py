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
from tests.workbench.export_fixtures import build_translated_project, fixed
from workbench.cli import main
from workbench.export import export_submission
from workbench.export.anchors import anchor_name
from workbench.library import Library

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_URI}}}"
W15_URI = "http://schemas.microsoft.com/office/word/2012/wordml"
SUBMISSION = fixed(60)
REVIEWER, WHEN = "Айгерим", "2026-12-01T10:00:00Z"


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """A project and its Russian export."""
    project = tmp_path / "проект.wbproj"
    build_translated_project(project, TickingClock()).close()
    from workbench.project import Project

    with Project.open(project) as opened:
        export_submission(opened, tmp_path / "экспорт.docx", language="ru")
    return project, tmp_path / "экспорт.docx"


def _edited(source: Path, target: Path, edit, parts: dict[str, bytes] | None = None) -> Path:
    """A copy of ``source`` whose document.xml ``edit`` changed, with ``parts`` added."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(data)
                edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif name == "[Content_Types].xml" and parts:
                data = data.replace(b"</Types>", _overrides(parts) + b"</Types>")
            elif name == "word/_rels/document.xml.rels" and parts:
                data = data.replace(
                    b"</Relationships>", _relationships(parts) + b"</Relationships>"
                )
            out.writestr(name, data)
        for name, data in (parts or {}).items():
            out.writestr(name, data)
    return target


def _paragraph_of(root: etree._Element, anchor: str) -> etree._Element:
    [start] = [b for b in root.iter(f"{W}bookmarkStart") if b.get(f"{W}name") == anchor]
    return start.getparent()


def _run(text: str, deleted: bool = False) -> etree._Element:
    run = etree.Element(f"{W}r")
    piece = etree.SubElement(run, f"{W}delText" if deleted else f"{W}t")
    piece.text = text
    piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _tracked(kind: str, change_id: int, *runs: etree._Element) -> etree._Element:
    change = etree.Element(f"{W}{kind}")
    change.set(f"{W}id", str(change_id))
    change.set(f"{W}author", REVIEWER)
    change.set(f"{W}date", WHEN)
    change.extend(runs)
    return change


def _review(project: Path, document: Path, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["review", str(project), str(document), "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out) if code == 0 else {"error": out.err}


def _fields(report: dict) -> dict[str, dict]:
    return {field["anchor"]: field for field in report["fields"]}


TITLE = anchor_name(fixed(50), "title", "ru")
TEXT = anchor_name(fixed(50), "text", "ru")
SUMMARY = anchor_name(SUBMISSION, "summary", "ru")


def _review_edits(root: etree._Element) -> None:
    """The title replaced and a phrase added with tracking on; the summary retyped
    with it off."""
    heading = _paragraph_of(root, TITLE)
    old = heading.findall(f"{W}r")[-1]  # the title's own words, after the number
    old.addprevious(_tracked("del", 901, _run(old.findtext(f"{W}t"), deleted=True)))
    old.addprevious(_tracked("ins", 902, _run("Отменить наказание за оскорбление")))
    heading.remove(old)
    _paragraph_of(root, TEXT).append(_tracked("ins", 903, _run(" и штрафы")))
    for piece in _paragraph_of(root, SUMMARY).iter(f"{W}t"):
        piece.text = piece.text.replace("Три", "Четыре")


def test_tracked_changes_untracked_edits_and_conflicts_are_listed_per_field(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    reviewed = _edited(export, tmp_path / "reviewed.docx", _review_edits)
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
    edited = fields[SUMMARY]
    assert edited["tracked"] == [] and edited["untracked"] is not None
    assert ["Четыре ", "inserted"] in edited["untracked"]["edited"]
    assert ["Три ", "deleted"] in edited["untracked"]["exported"]
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
    reviewed = _edited(export, tmp_path / "рецензия.docx", _review_edits)
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


def test_comments_and_their_replies_come_with_the_text_they_are_on(
    exported: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    project, export = exported
    rationale = anchor_name(fixed(50), "rationale", "ru")

    def edit(root: etree._Element) -> None:
        paragraph = _paragraph_of(root, rationale)
        for comment_id in ("0", "1"):
            start = etree.Element(f"{W}commentRangeStart")
            start.set(f"{W}id", comment_id)
            paragraph.insert(1, start)
            end = etree.SubElement(paragraph, f"{W}commentRangeEnd")
            end.set(f"{W}id", comment_id)
            reference = etree.SubElement(
                etree.SubElement(paragraph, f"{W}r"), f"{W}commentReference"
            )
            reference.set(f"{W}id", comment_id)

    comments = _comments_part(
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
    reviewed = _edited(export, tmp_path / "с комментариями.docx", edit, parts)
    assert len(docx.Document(str(reviewed)).paragraphs) > 0  # still a document Word reads

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
        paragraph = _paragraph_of(root, summary)
        paragraph.getparent().remove(paragraph)

    code, report = _review(project, _edited(export, tmp_path / "r.docx", edit), capsys)
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
        for piece in _paragraph_of(root, SUMMARY).iter(f"{W}t"):
            piece.text = "Совсем другой текст"

    code, report = _review(project, _edited(export, tmp_path / "r.docx", edit), capsys)
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


def _comments_part(comments: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(
        f'<w:comment w:id="{cid}" w:author="{author}" w:date="{WHEN}">'
        f'<w:p w14:paraId="{para}"><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'
        for cid, author, text, para in comments
    )
    return (
        f'<w:comments xmlns:w="{W_URI}" '
        f'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">{body}</w:comments>'
    ).encode()


_TYPES = {
    "word/comments.xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
    ),
    "word/commentsExtended.xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    ),
}


def _overrides(parts: dict[str, bytes]) -> bytes:
    return "".join(
        f'<Override PartName="/{name}" ContentType="{_TYPES[name][0]}"/>' for name in parts
    ).encode()


def _relationships(parts: dict[str, bytes]) -> bytes:
    return "".join(
        f'<Relationship Id="rIdReview{n}" Type="{_TYPES[name][1]}" '
        f'Target="{name.removeprefix("word/")}"/>'
        for n, name in enumerate(parts)
    ).encode()

"""The export log is this machine's: exporting changes no record, merges have nothing
to reconcile, and no file that leaves the machine names its folders or the login.

Projects, dumps and bundles from before the log left the submission (a part
``exports`` whose revision hashed it) are brought up to date, the same way on
every machine, so they still load, merge and check clean.
"""

from __future__ import annotations

import getpass
import json
import re
import sqlite3
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest

from workbench.cli import main
from workbench.composition import Composition
from workbench.errors import RecordNotFound
from workbench.export import export_submission
from workbench.file_names import safe_file_name
from workbench.interchange.format import META_KEYS
from workbench.library import Library
from workbench.project import Project
from workbench.revisions import next_revision
from workbench.services import Exports, ProjectServices
from workbench.starter import create_project, starter_document


def _submission(project: Project) -> Any:
    [summary] = Library(project).page("submission")
    return Library(project).get(summary.id)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_two_colleagues_exporting_the_same_submission_merge_without_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aigerim, daniyar = tmp_path / "aigerim" / "Жоба.wbproj", tmp_path / "daniyar" / "Жоба.wbproj"
    aigerim.parent.mkdir()
    daniyar.parent.mkdir()
    create_project(aigerim).close()
    daniyar.write_bytes(aigerim.read_bytes())
    for path, name in ((aigerim, "Ұсыныстар.docx"), (daniyar, "Рекомендации.docx")):
        with Project.open(path) as project:
            revision = _submission(project).revision
            export_submission(project, path.parent / name)
            assert _submission(project).revision == revision, "exporting is no edit"
    code, out, err = _cli(capsys, "merge", str(aigerim), str(daniyar), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert sum(report["conflicts"].values()) == 0
    with Project.open(aigerim) as project:
        [entry] = Composition(project).export_log(_submission(project).id)
        assert entry.path == "Ұсыныстар.docx", "the colleague's log stays on their machine"


def _every_byte(path: Path) -> bytes:
    """The file, and every member inside it when it is a zip (a bundle, a .docx)."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            data += b"".join(archive.read(name) for name in archive.namelist())
    return data


def test_no_file_that_leaves_the_machine_names_its_folders_or_the_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("WORKBENCH_AUTHOR")  # no name set anywhere: the login must not stand in
    project_path = tmp_path / "library" / "Жоба.wbproj"
    project_path.parent.mkdir()
    create_project(project_path).close()
    outside, inside = tmp_path / "Құжаттар" / "Өтініш.docx", project_path.parent / "out.docx"
    outside.parent.mkdir()
    for target in (outside, inside):
        assert _cli(capsys, "export", str(project_path), "-o", str(target))[0] == 0
    dump, bundle = tmp_path / "dump.json", tmp_path / "bundle.wbshare"
    assert _cli(capsys, "dump", str(project_path), "-o", str(dump))[0] == 0
    assert _cli(capsys, "share", str(project_path), "-o", str(bundle))[0] == 0
    login = getpass.getuser().encode()
    for written in (outside, inside, dump, bundle):
        data = _every_byte(written)
        assert str(tmp_path).encode() not in data, written.name
        assert str(Path.home()).encode() not in data, written.name
        assert re.search(rb"(?<![\w-])" + re.escape(login) + rb"(?![\w-])", data) is None, (
            written.name
        )
    with Project.open(project_path) as project:
        paths = [e.path for e in Composition(project).export_log(_submission(project).id)]
    assert paths == ["Өтініш.docx", "out.docx"]


def test_the_export_names_the_author_from_settings_and_has_no_thumbnail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    monkeypatch.delenv("WORKBENCH_AUTHOR")
    from workbench.paths import AppPaths
    from workbench.settings import Settings, save_settings

    save_settings(AppPaths.from_environment(), Settings(author="Айгерім Сәрсенова"))
    path = tmp_path / "p.wbproj"
    create_project(path).close()
    target = tmp_path / "out.docx"
    with Project.open(path) as project:
        export_submission(project, target)
    properties = docx.Document(str(target)).core_properties
    assert properties.author == properties.last_modified_by == "Айгерім Сәрсенова"
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert not [n for n in names if "thumbnail" in n]
        assert b"thumbnail" not in archive.read("_rels/.rels")
        assert b"thumbnail" not in archive.read("[Content_Types].xml")


def _legacy(item: dict[str, Any], path: str) -> dict[str, Any]:
    """A submission as a Workbench before the local log wrote it: its export log a
    part of its content, hashed into a revision on top of the one it had."""
    item["exports"] = [
        {
            "id": "6f1c2b1e-3f43-4d2f-9f49-6a0b7c7a9c01",
            "exported_at": "2023-09-02T10:00:00.000000+00:00",
            "author": "aigerim",
            "path": path,
            "sha256": "0" * 64,
            "snapshot": {},
        }
    ]
    parent = item["revision"]
    item["ancestors"] = [parent, *item["ancestors"]]
    item["revision"] = next_revision(parent, {k: v for k, v in item.items() if k not in META_KEYS})
    return item


@pytest.mark.parametrize("command", ["load", "merge"])
def test_a_dump_from_before_loads_and_merges_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    document = starter_document()
    [submission] = document["submissions"]
    old_revision = _legacy(submission, "/home/aigerim/Documents/Өтініш.docx")["revision"]
    source = tmp_path / "old.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "p.wbproj"
    assert _cli(capsys, "new", str(target), "--empty")[0] == 0
    code, out, err = _cli(capsys, command, str(target), str(source))
    assert code == 0, err
    assert "outside Workbench" not in out + err
    assert _cli(capsys, "check", str(target))[0] == 0
    with Project.open(target) as project:
        stored = _submission(project)
        assert stored.ancestors[0] == old_revision
        dumped = ProjectServices(project).library.get(stored.id)
        assert "exports" not in dumped.children
    assert b"/home/aigerim" not in target.read_bytes()


def test_an_old_project_with_exports_is_upgraded_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.wbproj"
    create_project(path).close()
    with Project.open(path) as project:
        submission = _submission(project).id
        export_submission(project, tmp_path / "x.docx")  # a row to carry back
        library = Library(project)
        for evidence in library.page("evidence", limit=1000):  # as schema 4 held them
            if library.get(evidence.id).fields["observed_precision"] != "day":
                library.update(evidence.id, {"observed_precision": "day"})
        for source in library.page("source", limit=1000):  # no short titles then
            if library.get(source.id).fields["short_title"]:
                library.update(source.id, {"short_title": "", "translations": {}})
        for recommendation in library.page("recommendation", limit=1000):  # no such flag then
            for wording in library.get(recommendation.id).children["proposed_wordings"]:
                Composition(project).update_proposed_wording(
                    uuid.UUID(wording["id"]), current_wording_translation="official"
                )
    connection = sqlite3.connect(path)
    with connection:
        from sqlalchemy import create_engine

        engine = create_engine("sqlite://", creator=lambda: connection)
        with engine.begin() as bound:
            from alembic import command

            from db.schema import alembic_config

            config = alembic_config(bound)
            command.downgrade(config, "0004_record_bases")
        connection.execute(
            "UPDATE export_records SET path = ?", ("C:\\Users\\aigerim\\Desktop\\Өтініш.docx",)
        )
    connection.close()
    # the migration under test runs on the next open:
    with Project.open(path) as project:
        [entry] = Composition(project).export_log(submission)
        assert entry.path == "Өтініш.docx"
    assert _cli(capsys, "check", str(path))[0] == 0
    assert "aigerim" not in path.read_bytes().decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Recommendations: to the Mazhilis of the Parliament",
            "Recommendations - to the Mazhilis of the Parliament.docx",
        ),
        ("Парламент Мәжілісіне: ұсыныстар", "Парламент Мәжілісіне - ұсыныстар.docx"),
        ('О СМИ "новая редакция" / 2023?', "О СМИ 'новая редакция' - 2023.docx"),
        ("CON", "_CON.docx"),
        ("  ...  ", "submission.docx"),
    ],
)
def test_an_export_is_offered_under_its_whole_title(title: str, expected: str) -> None:
    assert safe_file_name(title, ".docx", "submission") == expected


def test_a_long_title_is_cut_between_words() -> None:
    title = "Қазақстан Республикасындағы сөз бостандығы туралы " * 6
    name = safe_file_name(title, ".docx", "submission")
    stem = name.removesuffix(".docx")
    assert len(stem) <= 120 and title.startswith(stem) and title[len(stem)] == " "


def test_an_export_is_offered_beside_the_last_one_made_here(tmp_path: Path) -> None:
    documents = tmp_path / "Документы"
    with create_project(tmp_path / "Жоба.wbproj", language="kk") as project:
        submission = _submission(project)
        exports = Exports(project)
        title = str(submission.fields["title"])
        first = exports.default_target(submission.id, documents)
        assert first == documents / safe_file_name(title, ".docx", "submission")
        for folder, name in (("Ескі", "Алғашқы.docx"), ("Жаңа", "Соңғы нұсқа.docx")):
            (tmp_path / folder).mkdir()
            exports.export(submission.id, tmp_path / folder / name)
        assert (
            exports.default_target(submission.id, documents)
            == tmp_path / "Жаңа" / "Соңғы нұсқа.docx"
        )
        (tmp_path / "Жаңа" / "Соңғы нұсқа.docx").unlink()
        (tmp_path / "Жаңа").rmdir()  # the folder is gone: back to the documents folder
        assert exports.default_target(submission.id, documents) == first


def test_a_records_own_values_are_read_without_its_parts(tmp_path: Path) -> None:
    with create_project(tmp_path / "Жоба.wbproj", language="ru") as project:
        submission = _submission(project)
        assert submission.children["sections"]  # what fields() leaves out
        assert Library(project).fields(submission.id) == submission.fields
        with pytest.raises(RecordNotFound):
            Library(project).fields(uuid.uuid4())

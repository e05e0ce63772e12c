"""Commands that only read never write: on a project of an older schema, `info`,
`search`, `dump`, `check`, `export`, `share` and the dry runs read an upgraded
copy and leave the file itself byte for byte as it was, with no backup made and
nothing left beside it (a colleague's project looked at must still open in
their older Workbench)."""

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from workbench.cli import main
from workbench.paths import AppPaths
from workbench.project import Project, inspect_file

DATA = Path(__file__).parents[1] / "data"
OLDER = ["project-v1.wbproj", "project-v2.wbproj"]

READING = {
    "info": ["info", "{project}", "--json"],
    "search": ["search", "{project}", "закон"],
    "search kk": ["search", "{project}", "бостандығы", "--json"],
    "dump": ["dump", "{project}", "-o", "{out}/dump.json"],
    "check": ["check", "{project}", "--json"],
    "export": ["export", "{project}", "-o", "{out}/submission.docx"],
    "share": ["share", "{project}", "-o", "{out}/to-bek.wbshare"],
    "merge --dry-run": ["merge", "{project}", "{out}/theirs.json", "--dry-run"],
}


def _older(tmp_path: Path, name: str) -> Path:
    """A copy of an older fixture; the schema-2 one given a submission in Russian
    (as schema 2 stored it), so there is something to export."""
    folder = tmp_path / "colleague"
    folder.mkdir()
    project = Path(shutil.copyfile(DATA / name, folder / name))
    if name == "project-v2.wbproj":
        _add_submission(project)
    return project


def _add_submission(path: Path) -> None:
    submission, section = (
        "0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0010",
        "0b7c9a7e-6c58-4a55-9c5c-4a3b0c7e0011",
    )
    when = "2024-03-02T10:00:00.000000+00:00"
    with closing(sqlite3.connect(path)) as connection, connection:
        [(recommendation,)] = connection.execute("SELECT id FROM recommendations")
        connection.execute(
            "INSERT INTO records (id, kind, created_at, updated_at, changed_by, revision,"
            " ancestors) VALUES (?, 'submission', ?, ?, 'Ана', '1-0f0f', '[]')",
            (submission, when, when),
        )
        connection.execute(
            "INSERT INTO submissions (id, title) VALUES (?, 'Предложения к проекту закона')",
            (submission,),
        )
        connection.execute(
            "INSERT INTO sections (id, submission_id, position, title) VALUES (?, ?, 0, 'Сөз')",
            (section, submission),
        )
        connection.execute("INSERT INTO section_items VALUES (?, ?, 0)", (section, recommendation))


def _theirs(tmp_path: Path, out: Path) -> None:
    """A current project's dump, for the dry run to plan against."""
    source = tmp_path / "current.wbproj"
    assert main(["new", str(source)]) == 0
    assert main(["dump", str(source), "-o", str(out / "theirs.json")]) == 0


@pytest.mark.parametrize("command", READING)
@pytest.mark.parametrize("name", OLDER)
def test_a_reading_command_leaves_an_older_project_byte_for_byte(
    tmp_path: Path, isolated_home: AppPaths, name: str, command: str, capsys
) -> None:
    project = _older(tmp_path, name)
    out = tmp_path / "out"
    out.mkdir()
    _theirs(tmp_path, out)
    digest = hashlib.sha256(project.read_bytes()).hexdigest()
    version = inspect_file(project).user_version
    assert version < SCHEMA_VERSION
    argv = [part.format(project=project, out=out) for part in READING[command]]
    code = main(argv)
    captured = capsys.readouterr()
    nothing_to_export = command == "export" and name == "project-v1.wbproj"
    assert code == (2 if nothing_to_export else 0) or command == "check", captured.err
    assert hashlib.sha256(project.read_bytes()).hexdigest() == digest
    assert inspect_file(project).user_version == version
    assert sorted(p.name for p in project.parent.iterdir()) == [name]  # no -wal, -shm, lock
    backups = isolated_home.backups
    assert not backups.exists() or not any(backups.iterdir())


@pytest.mark.parametrize("name", OLDER)
def test_info_on_an_older_project_names_the_file_and_its_own_schema(
    tmp_path: Path, name: str, capsys
) -> None:
    project = _older(tmp_path, name)
    assert main(["info", str(project), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["path"] == str(project.resolve())
    assert shown["schema_version"] == inspect_file(project).user_version


def test_an_export_from_an_older_project_says_why_it_was_not_recorded(
    tmp_path: Path, capsys
) -> None:
    project = _older(tmp_path, "project-v2.wbproj")
    code = main(["export", str(project), "-o", str(tmp_path / "out.docx"), "--json"])
    captured = capsys.readouterr()
    if code == 0:
        assert json.loads(captured.out)["recorded"] is False
        assert "from an older Workbench" in captured.err
    else:
        pytest.fail(captured.err)


def test_opening_an_older_project_in_the_app_still_upgrades_it_after_a_backup(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    project = _older(tmp_path, "project-v2.wbproj")
    with Project.open(project) as opened:
        assert opened.migrated_from == 2 and opened.copy_of is None
    assert inspect_file(project).user_version == SCHEMA_VERSION
    assert [p.name.endswith("-schema-2.wbproj") for p in isolated_home.backups.iterdir()] == [True]


def test_the_temporary_copy_goes_when_the_project_closes(tmp_path: Path) -> None:
    project = _older(tmp_path, "project-v1.wbproj")
    with Project.open(project, read_only=True) as opened:
        copy = opened.path
        assert opened.copy_of == project and copy != project and copy.exists()
        assert opened.read_only
    assert not copy.parent.exists()

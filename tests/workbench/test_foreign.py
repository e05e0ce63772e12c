"""A colleague's project file: damage is refused in one line, the latest changes are read.

Every file here is real: a small project written by Workbench, then altered
with plain sqlite3 the way a bad disk, a careless copy or a hostile sender
would leave it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench import backups, foreign
from workbench.cli import main
from workbench.errors import NotAProject, ProjectError
from workbench.foreign import ForeignProjectRefused, read_project_file
from workbench.library import Library
from workbench.project import Project


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Project]:
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _theirs(small: Project, tmp_path: Path, *statements: str) -> Path:
    """A closed copy of ``small`` with ``statements`` run on it by plain sqlite3."""
    small.close()
    path = tmp_path / "theirs.wbproj"
    shutil.copyfile(small.path, path)
    with sqlite3.connect(path, isolation_level=None) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def _target(tmp_path: Path) -> Path:
    path = tmp_path / "mine.wbproj"
    Project.create(path).close()
    return path


def _files(*paths: Path) -> dict[Path, bytes]:
    """Every file of a project (main file and sidecars) with its bytes."""
    return {
        f: f.read_bytes() for p in paths for f in sorted(p.parent.glob(p.name + "*")) if f.is_file()
    }


def _tag_names(document: dict[str, Any]) -> set[str]:
    return {tag["name"] for tag in document["tags"]}


DAMAGE = {
    "text-not-utf8": (["UPDATE tags SET name = CAST(x'fffe41' AS TEXT)"], "column 'name'"),
    "structure-not-utf8": (
        [
            "PRAGMA writable_schema = ON",
            "INSERT INTO sqlite_master VALUES ('table', CAST(x'ff41' AS TEXT), "
            "CAST(x'ff41' AS TEXT), 0, CAST(x'435245415445205441424c4520ff28' AS TEXT))",
        ],
        "not UTF-8",
    ),
    "date": (["UPDATE records SET created_at = 'yesterday'"], "yesterday"),
    "json": (["UPDATE records SET ancestors = '{bad'"], "stored value"),
    "kind": (["UPDATE records SET kind = 'zzz'"], "unknown record kind zzz"),
    "wrong-type": (["UPDATE records SET ancestors = '5'"], "not iterable"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_files_are_refused_not_crashed_on(
    small: Project, tmp_path: Path, kind: str
) -> None:
    statements, word = DAMAGE[kind]
    theirs = _theirs(small, tmp_path, *statements)
    with pytest.raises(ForeignProjectRefused, match="damaged") as refused:
        read_project_file(theirs)
    assert word in refused.value.problem
    if kind not in ("kind", "text-not-utf8"):  # those two found by our own checks;
        # the others keep SQLite's or Python's error
        assert refused.value.__cause__ is not None


@pytest.mark.parametrize("kind", ["text-not-utf8", "structure-not-utf8"])
def test_merge_of_a_damaged_file_exits_2_and_changes_nothing(
    small: Project, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = _theirs(small, tmp_path, *DAMAGE[kind][0])
    target = _target(tmp_path)
    before = _files(target, theirs)
    assert main(["merge", str(target), str(theirs)]) == 2
    error = capsys.readouterr().err
    assert "damaged" in error and "Traceback" not in error
    assert _files(target, theirs) == before


def test_changes_still_in_the_log_are_read(small: Project, tmp_path: Path) -> None:
    Library(small).create("tag", {"name": "only in the log"})
    log = small.path.with_name(small.path.name + "-wal")
    assert log.exists() and log.stat().st_size > 0
    alone = tmp_path / "alone" / "small.wbproj"
    alone.parent.mkdir()
    shutil.copyfile(small.path, alone)
    assert "only in the log" not in _tag_names(read_project_file(alone))
    before = {f: b for f, b in _files(small.path).items() if not f.name.endswith("-shm")}
    document = read_project_file(small.path)
    assert "only in the log" in _tag_names(document)
    assert "criminal defamation" in _tag_names(document)
    assert {f: f.read_bytes() for f in before} == before


def test_merge_takes_the_changes_in_the_log(
    small: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tag = Library(small).create("tag", {"name": "only in the log"})
    target = _target(tmp_path)
    assert main(["merge", str(target), str(small.path)]) == 0, capsys.readouterr().err
    with Project.open(target) as mine:
        assert Library(mine).exists(tag.id)


def _spy(real: Callable[..., Any], name: str, calls: list[str]) -> Callable[..., Any]:
    """``real`` itself, noting each call: the backup is still made if asked for."""

    def spied(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    return spied


def test_a_current_project_is_read_without_backing_up_the_copy(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = _theirs(small, tmp_path)
    calls: list[str] = []
    for name in ("make_backup", "ensure_recent"):
        monkeypatch.setattr(backups, name, _spy(getattr(backups, name), name, calls))
    assert "criminal defamation" in _tag_names(read_project_file(theirs))
    assert calls == []


def test_an_older_project_is_upgraded_as_a_copy_without_a_backup_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = tmp_path / "older.wbproj"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "project-v2.wbproj", theirs)
    before = theirs.read_bytes()
    calls: list[str] = []
    for name in ("make_backup", "ensure_recent"):
        monkeypatch.setattr(backups, name, _spy(getattr(backups, name), name, calls))
    assert read_project_file(theirs)["format"] == "workbench-interchange"
    assert calls == [] and theirs.read_bytes() == before


def test_checking_has_a_time_limit(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = _theirs(small, tmp_path)
    monkeypatch.setattr(foreign, "QUERY_SECONDS", -1.0)
    monkeypatch.setattr(foreign, "PROGRESS_STEPS", 1)
    with pytest.raises(ForeignProjectRefused, match="checking it took longer"):
        read_project_file(theirs)


def test_reading_after_the_checks_has_a_time_limit_too(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = _theirs(small, tmp_path)
    monkeypatch.setattr(foreign, "_check_copy", lambda *_args: None)  # only the reading is timed
    monkeypatch.setattr(foreign, "QUERY_SECONDS", -1.0)
    monkeypatch.setattr(foreign, "PROGRESS_STEPS", 1)
    with pytest.raises(ForeignProjectRefused, match="reading it took longer"):
        read_project_file(theirs)


def test_a_log_that_cannot_be_copied_is_refused(
    small: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = _theirs(small, tmp_path)
    theirs.with_name(theirs.name + "-wal").mkdir()
    with pytest.raises(ProjectError, match="wbproj-wal beside it is a folder"):
        read_project_file(theirs)
    target = _target(tmp_path)
    before = _files(target)
    assert main(["merge", str(target), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "wbproj-wal beside it is a folder" in err and len(err.strip().splitlines()) == 1
    assert _files(target) == before


def test_a_file_that_cannot_be_copied_is_refused(
    small: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root here, so a mode of 000 would not stop the copy."""
    theirs = _theirs(small, tmp_path)

    def denied(source: Path, _target: Path) -> None:
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(shutil, "copyfile", denied)
    with pytest.raises(ForeignProjectRefused, match="Permission denied"):
        read_project_file(theirs)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAProject, match="folder"):
        read_project_file(tmp_path)

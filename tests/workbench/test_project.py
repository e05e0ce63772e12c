"""Project files: create, open, lock, refuse what must be refused, untouched."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from workbench.errors import (
    NotAProject,
    ProjectDamaged,
    ProjectExists,
    ProjectLocked,
    ProjectNotFound,
    ReadOnlyProject,
    SchemaTooNew,
)
from workbench.library import Library
from workbench.lock import lock_path_for
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[2]


def _files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _holder(path: Path) -> subprocess.Popen[str]:
    """Another process that opens the project and waits."""
    script = textwrap.dedent(
        f"""
        import sys
        from workbench.project import Project
        project = Project.open({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
        project.close()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def test_create_then_reopen_keeps_identity(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path, name="Мой проект") as project:
        identity = project.identity()
        Library(project).create("tag", {"name": "freedom of expression"})
    assert not lock_path_for(path).exists()
    with Project.open(path) as again:
        assert again.identity() == identity
        assert again.identity().name == "Мой проект"
        assert Library(again).counts()["tag"] == 1


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    path.write_text("precious", encoding="utf-8")
    with pytest.raises(ProjectExists):
        Project.create(path)
    assert path.read_text(encoding="utf-8") == "precious"
    assert _files_beside(path) == {"p.wbproj"}


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound):
        Project.open(tmp_path / "nothing.wbproj")


def test_a_project_opened_through_a_link_and_by_its_name_takes_one_lock(tmp_path: Path) -> None:
    real = tmp_path / "files" / "p.wbproj"
    real.parent.mkdir()
    Project.create(real).close()
    link = tmp_path / "shortcut.wbproj"
    link.symlink_to(real)
    child = _holder(link)
    try:
        with pytest.raises(ProjectLocked):
            Project.open(real)
    finally:
        child.communicate("\n", timeout=30)
    assert not (tmp_path / "shortcut.wbproj.lock").exists()
    with Project.open(real), pytest.raises(ProjectLocked):
        Project.open(link)


def test_second_process_is_refused_with_holder_and_time(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    child = _holder(path)
    try:
        with pytest.raises(ProjectLocked) as caught:
            Project.open(path)
        assert f"process {child.pid}" in caught.value.holder
        assert caught.value.since is not None
        assert str(child.pid) in str(caught.value)
    finally:
        child.communicate("\n", timeout=30)
    with Project.open(path) as project:  # released on close
        assert not project.recovered_stale_lock


def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    child = _holder(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert lock_path_for(path).read_text(encoding="utf-8")  # the crash left it behind
    with Project.open(path) as project:
        assert project.recovered_stale_lock
        Library(project).create("tag", {"name": "after the crash"})


def test_read_only_open_works_while_locked(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "x"})
    child = _holder(path)
    try:
        with Project.open(path, read_only=True) as viewer:
            assert Library(viewer).counts()["tag"] == 1
            with pytest.raises(ReadOnlyProject):
                Library(viewer).create("tag", {"name": "y"})
    finally:
        child.communicate("\n", timeout=30)


def test_newer_schema_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "future.wbproj"
    Project.create(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    connection.close()
    before = path.read_bytes()
    beside = _files_beside(path)
    with pytest.raises(SchemaTooNew) as caught:
        Project.open(path)
    assert caught.value.file_version == SCHEMA_VERSION + 7
    assert caught.value.supported_version == SCHEMA_VERSION
    assert str(SCHEMA_VERSION + 7) in str(caught.value) and str(SCHEMA_VERSION) in str(caught.value)
    assert path.read_bytes() == before
    assert _files_beside(path) == beside  # no lock, no -wal, no -shm


def _other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('not ours')")
    connection.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_text("Recommendations, draft 3\n", encoding="utf-8"), "not a SQLite"),
        (lambda p: p.write_bytes(os.urandom(8192)), "not a SQLite"),
        (_other_sqlite, "another program"),
    ],
    ids=["empty", "text", "random-bytes", "other-sqlite"],
)
def test_files_that_are_not_projects_are_refused_untouched(tmp_path: Path, make, reason) -> None:
    path = tmp_path / "strange.wbproj"
    make(path)
    before = path.read_bytes()
    with pytest.raises(NotAProject) as caught:
        Project.open(path)
    assert reason in str(caught.value)
    assert path.read_bytes() == before
    assert _files_beside(path) == {"strange.wbproj"}


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(NotAProject, match="folder"):
        Project.open(tmp_path)


def test_truncated_project_is_reported_damaged(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        library = Library(project)
        for number in range(300):
            library.create("tag", {"name": f"tag {number}", "description": "x" * 500})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectDamaged):
        Project.open(path)
    assert not lock_path_for(path).exists()


def test_a_project_cannot_be_created_where_a_file_blocks_the_folder(tmp_path: Path) -> None:
    from workbench.cli import main
    from workbench.errors import ProjectError

    blocked = tmp_path / "a file"
    blocked.write_text("in the way", encoding="utf-8")
    with pytest.raises(ProjectError, match="cannot be created there"):
        Project.create(blocked / "new.wbproj")
    assert main(["new", str(blocked / "new.wbproj")]) == 2
    assert blocked.read_text(encoding="utf-8") == "in the way"

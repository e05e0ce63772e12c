"""Projects that cannot be opened get a clear message, and the window stays usable."""

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from ui.main_window import MainWindow
from ui.messages import describe
from ui.models.values import format_datetime
from workbench.errors import NotAProject, ProjectDamaged, ProjectLocked, SchemaTooNew
from workbench.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_window(qtbot, isolated_home) -> MainWindow:
    main = MainWindow(isolated_home, Settings())
    qtbot.addWidget(main)
    main.show()
    return main


def _holder(path: Path) -> subprocess.Popen[str]:
    """Another Workbench (a process) that has the project open."""
    script = textwrap.dedent(
        f"""
        import sys
        from workbench.project import Project
        project = Project.open({str(path)!r}, author="Айгерім Сәрсенова")
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


def test_a_locked_project_shows_who_has_it_and_the_app_stays_usable(
    empty_window: MainWindow, starter_path: Path, recorded_messages
) -> None:
    holder = _holder(starter_path)
    try:
        assert not empty_window.open_project(starter_path)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=20)
    [(title, text)] = recorded_messages.shown
    assert title == "Project in use"
    assert starter_path.name in text and "since" in text
    assert "Айгерім Сәрсенова on " in text  # the name set in Settings, not the login
    assert empty_window.workspace is None and empty_window.isVisible()
    assert empty_window.open_project(starter_path)  # once released, it opens
    assert empty_window.workspace is not None


def test_a_newer_schema_names_both_versions(
    empty_window: MainWindow, starter_path: Path, recorded_messages
) -> None:
    data = bytearray(starter_path.read_bytes())
    data[60:64] = (SCHEMA_VERSION + 7).to_bytes(4, "big")
    starter_path.write_bytes(bytes(data))
    assert not empty_window.open_project(starter_path)
    [(title, text)] = recorded_messages.shown
    assert "newer" in title
    assert str(SCHEMA_VERSION + 7) in text and str(SCHEMA_VERSION) in text
    assert starter_path.read_bytes() == bytes(data)


def test_a_file_that_is_not_a_project_is_refused(
    empty_window: MainWindow, tmp_path: Path, recorded_messages, starter_path: Path
) -> None:
    path = tmp_path / "notes.wbproj"
    path.write_text("just some notes", encoding="utf-8")
    assert not empty_window.open_project(path)
    assert not empty_window.open_project(tmp_path / "missing.wbproj")
    titles = [title for title, _ in recorded_messages.shown]
    assert titles == ["Not a Workbench project", "Project not found"]
    assert empty_window.open_project(starter_path)


def test_a_failed_open_keeps_the_current_project(
    window: MainWindow, tmp_path: Path, recorded_messages
) -> None:
    current = window.workspace
    path = tmp_path / "bad.wbproj"
    path.write_bytes(b"")
    assert not window.open_project(path)
    assert window.workspace is current and recorded_messages.shown


def test_messages_carry_the_facts(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    since = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    title, text = describe(ProjectLocked(path, "amina@laptop (pid 42)", since))
    # The moment as the interface language writes it (see ui/models/values.py).
    assert "amina@laptop (pid 42)" in text and format_datetime(since) in text
    assert "3" in describe(SchemaTooNew(path, 3, 2))[1]
    assert "it is empty" in describe(NotAProject(path, "it is empty"))[1]
    title, text = describe(ProjectDamaged(path, "integrity check failed"))
    assert title == "Project damaged" and "integrity check failed" in text and "backup" in text


def test_refusals_of_hostile_files_carry_the_facts(tmp_path: Path) -> None:
    from workbench.errors import LinkRefused, LockFileRefused, NotARegularFile

    path = tmp_path / "p.wbproj"
    lock = tmp_path / "p.wbproj.lock"
    title, text = describe(LockFileRefused(path, lock, "is a symbolic link"))
    assert title == "Project not opened" and str(lock) in text and "symbolic link" in text
    title, text = describe(NotARegularFile(path, "backup", "it is a folder, not a regular file"))
    assert "backup" in text and "p.wbproj" in text and "folder" in text
    assert "symbolic link" in describe(LinkRefused(tmp_path / "out.docx"))[1]

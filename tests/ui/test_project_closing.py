"""Closing a project leaves the window at once; the file closes on a thread that
opening, restoring and exiting wait for (ui.project_closing)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from ui.project_closing import wait_for_closes
from workbench.library import Library
from workbench.lock import lock_path_for
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.verified_files import is_verified

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)


@pytest.fixture
def slow_close(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Closing waits for the returned event before it compacts the index, as a
    large library's close takes seconds."""
    release = threading.Event()
    purge = Project.purge_traces

    def held_purge(project: Project) -> None:
        release.wait(10)
        purge(project)

    monkeypatch.setattr(Project, "purge_traces", held_purge)
    yield release
    release.set()
    wait_for_closes()


def _change(window: MainWindow) -> None:
    assert window.workspace is not None
    window.workspace.library.create("tag", {"name": "закрыть позже"})


def test_the_window_is_free_while_the_file_closes(
    window: MainWindow, starter_path: Path, isolated_home: AppPaths, slow_close: threading.Event
) -> None:
    _change(window)
    window.close_action.trigger()
    assert window.workspace is None  # returned while the file is still closing
    assert lock_path_for(starter_path.resolve()).exists()
    slow_close.set()
    wait_for_closes()
    assert not lock_path_for(starter_path.resolve()).exists()
    assert is_verified(isolated_home, starter_path)  # closed cleanly
    with Project.open(starter_path) as project:
        tags = Library(project).page("tag", limit=10_000)
        assert "закрыть позже" in [t.title for t in tags]


def test_opening_the_same_project_waits_for_its_close(
    qtbot, window: MainWindow, starter_path: Path, slow_close: threading.Event
) -> None:
    _change(window)
    window.close_project()
    window.open_in_background(starter_path)  # its worker waits; the window does not
    assert window.workspace is None
    slow_close.set()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.workspace.project.path == starter_path


def test_a_read_still_running_is_waited_for_by_the_closing_thread_not_the_window(
    window: MainWindow, starter_path: Path
) -> None:
    """A preview read of a large library can take a second: the close waits for it
    on its own thread, then closes the file (the read still had it open)."""
    assert window.workspace is not None
    library = window.workspace.library
    started, release, ended, read = threading.Event(), threading.Event(), threading.Event(), []

    def slow_read(_progress: object) -> int:
        started.set()
        release.wait(10)
        try:
            return len(library.page("tag", limit=10_000))  # reads the project
        finally:
            ended.set()

    window.workspace.reads.request("held", slow_read, read.append, read.append)
    assert started.wait(10)
    window.close_action.trigger()
    assert window.workspace is None and not ended.is_set()  # returned while the read runs
    assert lock_path_for(starter_path.resolve()).exists()  # not closed under the read
    release.set()
    wait_for_closes()
    assert not lock_path_for(starter_path.resolve()).exists()
    assert read == []  # its outcome was dropped: the project it was for is closed

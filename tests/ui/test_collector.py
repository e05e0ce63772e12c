"""What a project keeps alive is set aside from Python's cycle collector while it
is open (see ui.collector), and handed back when it closes."""

from __future__ import annotations

import gc
import uuid
from pathlib import Path

import pytest

from ui import collector
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workbench.changes import Changes
from workbench.settings import Settings


def test_a_project_s_objects_are_set_aside_while_it_is_open(
    qtbot, isolated_home, starter_path: Path
) -> None:
    gc.unfreeze()
    window = MainWindow(isolated_home, Settings())
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0
    assert window.open_project(starter_path)
    assert gc.get_freeze_count() > 10_000  # the modules, the window, the project's lists
    window.close_project()
    assert gc.get_freeze_count() == 0
    window.close()


def test_a_project_is_opened_with_the_collector_paused(
    qtbot, isolated_home, starter_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A million records' revisions are read as the project opens, on a worker."""
    window = MainWindow(isolated_home, Settings())
    qtbot.addWidget(window)
    window.show()
    collecting: list[bool] = []
    real = MainWindow._open_file

    def open_file(self: MainWindow, path: Path):
        collecting.append(gc.isenabled())
        return real(self, path)

    monkeypatch.setattr(MainWindow, "_open_file", open_file)
    window.open_in_background(starter_path)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert collecting == [False] and gc.isenabled()
    window.close()


def test_what_a_merge_leaves_is_set_aside_once_the_views_have_read_it(
    qtbot, workspace: Workspace
) -> None:
    gc.unfreeze()
    workspace.announce(Changes.of_bulk([uuid.uuid4()], ["critique"]))
    assert gc.get_freeze_count() == 0  # not while the views still read
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)


def test_an_ordinary_edit_sets_nothing_aside(qtbot, workspace: Workspace) -> None:
    gc.unfreeze()
    workspace.announce(Changes(outline=True))
    qtbot.wait(1_500)
    assert gc.get_freeze_count() == 0


def test_bulk_work_runs_with_the_walks_paused_and_its_survivors_set_aside() -> None:
    gc.unfreeze()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # a second at once (an undo while a merge reads)
            pass
        assert not gc.isenabled()  # still, until the outer one ends
        kept = [[index] for index in range(1_000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)
    gc.unfreeze()


def test_bulk_work_that_fails_still_resumes_the_walks() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("Проект повреждён")
    assert gc.isenabled()
    gc.unfreeze()

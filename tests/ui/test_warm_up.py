"""The reads of opening a record, done once on a worker when a project opens: what a
record's first opening then finds compiled, and that the warm-up never troubles
the window (a closed project, a failure)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ui.labels import KIND_ORDER
from ui.list_panel import MAX_TAGS
from ui.main_window import MainWindow
from ui.models.record_table import RecordTableModel
from ui.project_view import FIRST_KIND
from ui.warm_up import make_the_first_widgets, read_as_an_opening_would, warm_up
from ui.workspace import Workspace
from workbench.library import Library
from workbench.project import Project
from workbench.settings import Settings

WARM_UP = "warm up"


def _compiled(library: Library) -> int:
    """How many statements the project's engine has compiled (SQLAlchemy's cache)."""
    cache = library.project.engine._compiled_cache
    assert cache is not None
    return len(cache)


def _read_one_of_each_kind(library: Library) -> None:
    """What the record editor reads when a record opens (as the warm-up does)."""
    for kind in KIND_ORDER:
        for summary in library.page(kind, limit=1):
            record = library.get(summary.id)
            library.summaries([record.id, *record.link_targets])
            library.backlinks(record.id)


def test_an_opened_project_has_its_record_reads_compiled_on_a_worker(
    qtbot, window: MainWindow
) -> None:
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: not workspace.reads.busy(WARM_UP), timeout=10_000)
    before = _compiled(workspace.library)
    _read_one_of_each_kind(workspace.library)
    assert _compiled(workspace.library) == before, "a record's reads compiled on opening it"


def test_without_the_warm_up_the_first_reads_compile(workspace: Workspace) -> None:
    """The measure above can fail: a project nothing has read yet compiles them."""
    before = _compiled(workspace.library)
    _read_one_of_each_kind(workspace.library)
    assert _compiled(workspace.library) > before


def test_the_warm_up_reads_a_record_of_every_kind_held(workspace: Workspace) -> None:
    held = [kind for kind in KIND_ORDER if workspace.library.page(kind, limit=1)]
    assert len(held) >= 6  # the starter library holds most kinds
    assert read_as_an_opening_would(workspace.library) == len(held)


def test_a_project_closed_while_warming_up_shows_nothing(
    qtbot, workspace: Workspace, recorded_messages
) -> None:
    warm_up(workspace.reads, workspace.library)
    workspace.close()  # waits for the worker; its outcome is dropped
    qtbot.wait(50)
    assert not workspace.reads.busy(WARM_UP)
    assert recorded_messages.shown == []


def test_a_failed_warm_up_is_logged_not_shown(
    qtbot,
    workspace: Workspace,
    recorded_messages,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    workspace.project.close()
    workspace.project.path.rename(tmp_path / "moved away.wbproj")  # every read now fails
    with caplog.at_level(logging.INFO, logger="ui.warm_up"):
        warm_up(workspace.reads, workspace.library)
        qtbot.waitUntil(lambda: not workspace.reads.busy(WARM_UP), timeout=10_000)
        qtbot.waitUntil(lambda: "warming up the record reads failed" in caplog.text)
    assert recorded_messages.shown == []


def _panes_first_reads(library: Library) -> None:
    library.counts()
    library.count(FIRST_KIND, up_to=RecordTableModel.LARGE + 1)
    library.page("tag", limit=MAX_TAGS)


def test_the_worker_opening_a_project_makes_the_panes_first_reads(
    qapp, isolated_home, starter_path: Path
) -> None:
    main = MainWindow(isolated_home, Settings())
    try:
        project = main._open_on_worker(starter_path)  # what the opening worker runs
        try:
            library = Library(project)
            before = _compiled(library)
            _panes_first_reads(library)
            assert _compiled(library) == before, "the panes' reads compiled on the GUI thread"
        finally:
            project.close()
    finally:
        main.deleteLater()


def test_the_panes_first_reads_compile_on_a_project_just_opened(starter_path: Path) -> None:
    """The measure above can fail."""
    with Project.open(starter_path) as project:
        library = Library(project)
        before = _compiled(library)
        _panes_first_reads(library)
        assert _compiled(library) > before


def test_the_first_widgets_made_while_a_project_opens_are_all_thrown_away(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    make_the_first_widgets()
    assert len(set(QApplication.topLevelWidgets()) - before) == 5
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert set(QApplication.topLevelWidgets()) - before == set()


def test_the_kinds_icons_are_drawn_while_a_project_opens(qapp) -> None:
    from ui.icons import icon

    icon.cache_clear()
    make_the_first_widgets()
    assert icon.cache_info().currsize == len(KIND_ORDER)
    assert all(not icon(kind).isNull() for kind in KIND_ORDER)

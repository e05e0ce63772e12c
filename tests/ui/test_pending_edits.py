"""Every command of the window sees what was just typed: the window saves pending
edits in one place (MainWindow.perform) that every action is routed through."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.share_dialog import ShareDialog
from ui.main_window import MainWindow
from ui.project_closing import wait_for_closes
from workbench.library import Library
from workbench.project import Project

TYPED = "freedom of expression"


def _typed_not_saved(qtbot, window: MainWindow) -> uuid.UUID:
    """A new tag whose name was typed and not yet saved (the save timer has not run)."""
    assert window.workspace is not None and window.view is not None
    record_id = window.new_record("tag")
    assert record_id is not None
    qtbot.keyClicks(window.view.editor.field("name").input, TYPED)
    assert _name(window, record_id) != TYPED
    return record_id


def _name(window: MainWindow, record_id: uuid.UUID) -> object:
    assert window.workspace is not None
    return window.workspace.library.get(record_id).fields["name"]


@pytest.mark.parametrize(
    ("action", "dialog", "opener"),
    [
        ("export_action", ExportDialog, "export"),
        ("share_action", ShareDialog, "share"),
        ("merge_action", MergeDialog, "merge"),
    ],
)
def test_a_dialog_opened_by_an_action_sees_the_typed_text(
    qtbot, window: MainWindow, monkeypatch, action: str, dialog: type[QWidget], opener: str
) -> None:
    record_id = _typed_not_saved(qtbot, window)
    seen: list[object] = []

    def instead(_cls: type, *_args: object, **_kwargs: object) -> tuple[None, bool]:
        seen.append(_name(window, record_id))
        return None, False

    monkeypatch.setattr(dialog, opener, classmethod(instead))
    getattr(window, action).trigger()
    assert seen == [TYPED]


def test_switching_to_a_new_record_saves_the_typed_text_first(qtbot, window: MainWindow) -> None:
    record_id = _typed_not_saved(qtbot, window)
    window.kind_actions["source"].trigger()
    assert _name(window, record_id) == TYPED
    window.undo_action.trigger()  # takes back the new source, not the typing
    assert _name(window, record_id) == TYPED


def test_undo_takes_back_the_typing_not_the_record(qtbot, window: MainWindow) -> None:
    record_id = _typed_not_saved(qtbot, window)
    window.undo_action.trigger()
    assert _name(window, record_id) == ""


@pytest.mark.parametrize("how", ["close_action", "quit_action"])
def test_closing_keeps_the_typed_text(qtbot, window: MainWindow, how: str) -> None:
    assert window.workspace is not None
    path: Path = window.workspace.project.path
    record_id = _typed_not_saved(qtbot, window)
    getattr(window, how).trigger()
    assert window.workspace is None
    wait_for_closes()  # as the app does before it exits: the file closes on a thread
    with Project.open(path) as project:
        assert Library(project).get(record_id).fields["name"] == TYPED

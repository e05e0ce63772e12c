"""Every key in Help ▸ Keyboard Shortcuts, pressed as a user presses it, does its job.

The rows come from the window itself (:func:`shortcut_rows`), and each has a
check here: a key added to the list without a check, or a check whose key left
the list, fails :func:`test_every_listed_key_has_a_check`. On a real X display
(see ``tests/ui/test_real_display.py``) the keys go through the X server, so a
key bound twice, which Qt ignores as ambiguous, fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QWidget,
)

from tests.ui.keys import ctrl_click, press, type_text
from tests.ui.submissions import open_submission
from ui import urls
from ui.compose.citation_completer import CitationCompleter
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from ui.editors.fields import MarkdownField
from ui.editors.markdown_edit import MarkdownEdit
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.xcb,
    pytest.mark.qt_log_level_fail("WARNING"),
    # the offscreen platform's own complaint; a real display has none
    pytest.mark.qt_log_ignore("^This plugin does not support "),
]

Check = Callable[[object, MainWindow, str], None]


# --- helpers ---------------------------------------------------------------------


def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _focus_list(qtbot, window: MainWindow, kind: str = "critique") -> None:
    assert window.view is not None
    window.view.show_kind(kind)
    _focus(qtbot, window.view.list.view)


def _count(window: MainWindow) -> int:
    assert window.view is not None
    return window.view.list.model.rowCount()


def _modal_opened_by(qtbot, keys: str, kind: type[QWidget]) -> None:
    """Press ``keys``, expect a modal window of ``kind``, close it unchanged."""
    seen: list[QWidget] = []

    def close_when_shown() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and not seen:
            seen.append(modal)
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(close_when_shown)
    timer.start()
    try:
        press(keys)
        qtbot.waitUntil(lambda: bool(seen))
    finally:
        timer.stop()
    assert isinstance(seen[0], kind), f"{keys} opened {type(seen[0]).__name__}"


def _text_editor(qtbot, window: MainWindow, markdown: str = "") -> MarkdownEdit:
    """A critique's first long text, holding ``markdown``, focused, all selected."""
    assert window.workspace is not None and window.view is not None
    first = window.workspace.library.page("critique", limit=1)[0]
    window.view.show_kind("critique")
    window.view.open_record(first.id)
    field = next(f for f in window.view.editor._fields.values() if isinstance(f, MarkdownField))
    edit = field.text
    _focus(qtbot, edit)
    if markdown:
        edit.selectAll()
        type_text(markdown)
        qtbot.waitUntil(lambda: markdown in edit.toPlainText())
    edit.selectAll()
    return edit


# --- the window's keys -----------------------------------------------------------


def new_project(qtbot, window: MainWindow, keys: str) -> None:
    """New and Open Project both ask for a file first."""
    _focus_list(qtbot, window)
    _modal_opened_by(qtbot, keys, QFileDialog)


def close_project(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    press(keys)
    qtbot.waitUntil(lambda: window.workspace is None)


def export(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window, "submission")
    _modal_opened_by(qtbot, keys, ExportDialog)


def import_document(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    _modal_opened_by(qtbot, keys, ImportDialog)


def settings(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    _modal_opened_by(qtbot, keys, SettingsDialog)


def quit_app(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    press(keys)
    qtbot.waitUntil(lambda: not window.isVisible())


def undo(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    before = _count(window)
    window.new_record("critique")
    _focus(qtbot, window.view.list.view)  # type: ignore[union-attr]
    press(keys)
    qtbot.waitUntil(lambda: _count(window) == before)


def redo(qtbot, window: MainWindow, keys: str) -> None:
    undo(qtbot, window, "Ctrl+Z")
    before = _count(window)
    press(keys)
    qtbot.waitUntil(lambda: _count(window) == before + 1)


def new_record(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    before = _count(window)
    press(keys)
    qtbot.waitUntil(lambda: _count(window) == before + 1)


def delete_record(qtbot, window: MainWindow, keys: str) -> None:
    assert window.workspace is not None and window.view is not None
    _focus_list(qtbot, window)
    first = window.workspace.library.page("critique", limit=1)[0]
    window.view.open_record(first.id)
    before = _count(window)
    _focus(qtbot, window.view.list.view)
    press(keys)
    qtbot.waitUntil(lambda: _count(window) == before - 1)


def find(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    press(keys)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)


def shortcuts_list(qtbot, window: MainWindow, keys: str) -> None:
    _focus_list(qtbot, window)
    press(keys)
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None)
    qtbot.waitUntil(lambda: window.shortcuts_dialog.isVisible())  # type: ignore[union-attr]


# --- the search box ----------------------------------------------------------------


def _searched(qtbot, window: MainWindow, query: str = "slander") -> QAbstractItemView:
    assert window.view is not None
    _focus(qtbot, window.search_box)
    type_text(query)
    view = window.view.search.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 2)
    return view


def _selected_row(view: QAbstractItemView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def search_down(qtbot, window: MainWindow, keys: str) -> None:
    view = _searched(qtbot, window)
    view.selectRow(0)
    press(keys)
    qtbot.waitUntil(lambda: _selected_row(view) == 1)


def search_up(qtbot, window: MainWindow, keys: str) -> None:
    view = _searched(qtbot, window)
    view.selectRow(2)
    press(keys)
    qtbot.waitUntil(lambda: _selected_row(view) == 1)


def search_open(qtbot, window: MainWindow, keys: str) -> None:
    view = _searched(qtbot, window)
    view.selectRow(1)
    press(keys)
    assert window.view is not None
    qtbot.waitUntil(lambda: window.view.editor.record is not None)  # type: ignore[union-attr]


def search_clear(qtbot, window: MainWindow, keys: str) -> None:
    _focus(qtbot, window.search_box)
    type_text("свобода слова")
    qtbot.waitUntil(lambda: window.search_box.text() == "свобода слова")
    press(keys)
    qtbot.waitUntil(lambda: window.search_box.text() == "")


# --- links and the outline ---------------------------------------------------------


def _outline(qtbot, window: MainWindow, row: int, child: int | None = None) -> QAbstractItemView:
    _id, builder = open_submission(window)
    tree = builder.tree
    index = tree.model().index(row, 0)
    if child is not None:
        index = tree.model().index(child, 0, index)
    tree.setCurrentIndex(index)
    _focus(qtbot, tree)
    return tree


def _section_titles(tree: QAbstractItemView) -> list[str]:
    model = tree.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def move_up(qtbot, window: MainWindow, keys: str) -> None:
    tree = _outline(qtbot, window, 1)
    before = _section_titles(tree)
    press(keys)
    qtbot.waitUntil(
        lambda: _section_titles(tree)[0].split(" ", 1)[-1] == before[1].split(" ", 1)[-1]
    )


def move_down(qtbot, window: MainWindow, keys: str) -> None:
    tree = _outline(qtbot, window, 0)
    before = _section_titles(tree)
    press(keys)
    qtbot.waitUntil(
        lambda: _section_titles(tree)[1].split(" ", 1)[-1] == before[0].split(" ", 1)[-1]
    )


def rename_section(qtbot, window: MainWindow, keys: str) -> None:
    tree = _outline(qtbot, window, 0)
    press(keys)
    qtbot.waitUntil(lambda: tree.state() == QAbstractItemView.State.EditingState)


def remove_entry(qtbot, window: MainWindow, keys: str) -> None:
    tree = _outline(qtbot, window, 0)
    before = tree.model().rowCount()
    press(keys)
    qtbot.waitUntil(lambda: tree.model().rowCount() == before - 1)


def open_recommendation(qtbot, window: MainWindow, keys: str) -> None:
    _outline(qtbot, window, 0, child=0)
    press(keys)
    assert window.view is not None
    qtbot.waitUntil(
        lambda: (
            window.view.editor.record is not None  # type: ignore[union-attr]
            and window.view.editor.record.kind == "recommendation"
        )  # type: ignore[union-attr]
    )


# --- texts -------------------------------------------------------------------------


def _formats(marker: str) -> Check:
    """The key turns the selected words into Markdown matching ``marker``."""

    def check(qtbot, window: MainWindow, keys: str) -> None:
        edit = _text_editor(qtbot, window, "Сөз бостандығы")
        press(keys)
        qtbot.waitUntil(lambda: re.search(marker, edit.markdown()) is not None)

    return check


def insert_link(qtbot, window: MainWindow, keys: str) -> None:
    _text_editor(qtbot, window, "Хабарлама")
    _modal_opened_by(qtbot, keys, QInputDialog)


def close_citations(qtbot, window: MainWindow, keys: str) -> None:
    edit = _text_editor(qtbot, window)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(" [@")
    completer = edit.findChild(CitationCompleter)
    assert completer is not None
    popup = completer.view()
    qtbot.waitUntil(popup.isVisible)
    press(keys)
    qtbot.waitUntil(lambda: not popup.isVisible())


def open_link(qtbot, window: MainWindow, keys: str) -> None:
    edit = _text_editor(qtbot, window)
    edit.set_markdown("[Репортёры без границ](https://rsf.org/ru/kazakhstan)")
    qtbot.wait(200)  # the form lays itself out again around the new text
    opened: list[str] = []
    previous = urls.opener
    urls.opener = lambda url: opened.append(url.toString())
    try:
        cursor = edit.textCursor()
        cursor.setPosition(3)
        point = edit.cursorRect(cursor).center()
        ctrl_click(edit.viewport(), QPoint(point.x(), point.y()))
        qtbot.waitUntil(lambda: bool(opened))
    finally:
        urls.opener = previous
    assert opened == ["https://rsf.org/ru/kazakhstan"]


EVERYWHERE = "Everywhere"
CHECKS: dict[tuple[str, str], Check] = {
    (EVERYWHERE, "New Project"): new_project,
    (EVERYWHERE, "Open Project"): new_project,  # the same check: a file dialog opens
    (EVERYWHERE, "Close Project"): close_project,
    (EVERYWHERE, "Export Submission"): export,
    (EVERYWHERE, "Import Word Document"): import_document,
    (EVERYWHERE, "Settings"): settings,
    (EVERYWHERE, "Quit"): quit_app,
    (EVERYWHERE, "Undo"): undo,
    (EVERYWHERE, "Redo"): redo,
    (EVERYWHERE, "New Record"): new_record,
    (EVERYWHERE, "Delete Record"): delete_record,
    (EVERYWHERE, "Find"): find,
    (EVERYWHERE, "Keyboard Shortcuts"): shortcuts_list,
    ("Search box", "Highlight the next result"): search_down,
    ("Search box", "Highlight the previous result"): search_up,
    ("Search box", "Open the highlighted result"): search_open,
    ("Search box", "Clear the search"): search_clear,
    ("Links and outline", "Move the highlighted entry up"): move_up,
    ("Links and outline", "Move the highlighted entry down"): move_down,
    ("Links and outline", "Rename the highlighted section"): rename_section,
    ("Links and outline", "Take the highlighted entry out of the outline"): remove_entry,
    ("Links and outline", "Open the highlighted recommendation"): open_recommendation,
    ("Texts", "Bold"): _formats(r"\*\*Сөз бостандығы\*\*"),
    ("Texts", "Italic"): _formats(r"(?<!\*)\*Сөз бостандығы\*(?!\*)"),
    ("Texts", "Bulleted list"): _formats(r"^[-*] +Сөз бостандығы"),
    ("Texts", "Numbered list"): _formats(r"^1\. +Сөз бостандығы"),
    ("Texts", "Quotation"): _formats(r"^> *Сөз бостандығы"),
    ("Texts", "Link"): insert_link,
    ("Texts", "Close the list of citation keys"): close_citations,
    ("Texts", "Open the link under the pointer"): open_link,
}


def test_every_listed_key_has_a_check(window: MainWindow) -> None:
    listed = {(row.where, row.what) for row in shortcut_rows(window)}
    assert listed == set(CHECKS)


def test_the_list_shows_every_key_in_a_table(qtbot, window: MainWindow) -> None:
    _focus_list(qtbot, window)
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    shown = [
        dialog.tree.topLevelItem(g).child(c).text(1)
        for g in range(dialog.tree.topLevelItemCount())
        for c in range(dialog.tree.topLevelItem(g).childCount())
    ]
    assert len(shown) == len(CHECKS)
    for keys in ("Ctrl+N", "Ctrl+O", "Ctrl+W", "Ctrl+Q", "Ctrl+,", "F2", "Esc", "F1"):
        assert any(keys in row.keys.split(", ") for row in dialog.rows), keys


@pytest.mark.parametrize("what", sorted(CHECKS, key=lambda pair: list(CHECKS).index(pair)))
def test_the_key_does_its_job(qtbot, window: MainWindow, what: tuple[str, str]) -> None:
    rows = [row for row in shortcut_rows(window) if (row.where, row.what) == what]
    assert rows, f"{what} is not in the list any more"
    assert window.workspace is not None
    project = window.workspace.project.path
    for keys in rows[0].keys.split(", "):  # Close Project has two keys on Linux
        if window.workspace is None:  # closed by the key before: open it again
            window.show()
            assert window.open_project(project)
        CHECKS[what](qtbot, window, keys)

"""When the record being edited goes, the keyboard stays in the list and Ctrl+Z
undoes what removed it: left to Qt, focus fell to the search box, whose own
Ctrl+Z restored an old query instead of the record."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.keys import press, type_text
from ui.main_window import MainWindow

pytestmark = pytest.mark.xcb


def _titles(window: MainWindow) -> list[str]:
    assert window.view is not None
    model = window.view.list.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.mark.parametrize("title", ["Үкім № 2-17/2023", "Приговор по делу Мамырова"])
def test_delete_then_ctrl_z_brings_the_record_back(qtbot, window: MainWindow, title: str) -> None:
    assert window.view is not None
    window.activateWindow()
    window.view.show_kind("evidence")
    window.view.list.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view.list.view)

    press("Ctrl+Shift+N")
    qtbot.waitUntil(lambda: window.view is not None and window.view.editor.record is not None)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_text(title)
    qtbot.waitUntil(lambda: window.view.editor.field("title").value() == title)
    press("Ctrl+Delete")
    qtbot.waitUntil(lambda: window.view.editor.record is None)

    assert QApplication.focusWidget() is window.view.list.view
    assert title not in _titles(window)

    press("Ctrl+Z")
    qtbot.waitUntil(lambda: title in _titles(window))
    qtbot.waitUntil(lambda: window.view.editor.record is not None)
    assert window.view.editor.record.title == title
    assert window.search_box.text() == ""


def test_undoing_a_creation_keeps_the_keyboard_in_the_list(qtbot, window: MainWindow) -> None:
    assert window.view is not None
    window.activateWindow()
    window.view.show_kind("critique")
    window.view.list.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view.list.view)
    before = len(_titles(window))
    press("Ctrl+Shift+N")
    qtbot.waitUntil(lambda: len(_titles(window)) == before + 1)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))  # its title
    press("Ctrl+Z")
    qtbot.waitUntil(lambda: len(_titles(window)) == before)
    assert QApplication.focusWidget() is window.view.list.view

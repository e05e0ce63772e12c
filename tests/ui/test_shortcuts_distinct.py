"""No two of the window's actions answer the same key on the running platform: Qt
ignores a key bound twice ("Ambiguous shortcut overload"), so Redo and Quit
once did nothing on Linux."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.main_window import MainWindow

pytestmark = pytest.mark.xcb


def _window_keys(window: MainWindow) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def test_no_key_is_bound_twice(window: MainWindow) -> None:
    keys = _window_keys(window)
    assert keys, "the window has shortcuts"
    assert [key for key, count in keys.items() if count > 1] == []


def test_redo_quit_and_settings_have_keys_on_every_platform(window: MainWindow) -> None:
    def portable(action: QAction) -> list[str]:
        return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]

    assert "Ctrl+Shift+Z" in portable(window.redo_action)
    assert "Ctrl+Q" in portable(window.quit_action)
    assert "Ctrl+," in portable(window.settings_action)
    assert all(portable(action) for action in (window.undo_action, window.find_action))

"""Undo and redo keys belong to the window, even while a text field has focus.

QLineEdit and QTextEdit claim Ctrl+Z for their own undo. Workbench has one
undo stack across records, so this filter saves what is being typed and
declines the key, letting the window's Undo and Redo actions run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class GlobalUndoKeys(QObject):
    """Event filter: on Ctrl+Z / Ctrl+Shift+Z in a field, ``flush`` then pass the key on."""

    def __init__(self, flush: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flush = flush

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if is_undo_or_redo(event):
                self._flush()
                event.ignore()
                return True
        elif event.type() == QEvent.Type.FocusOut:
            self._flush()
        return False


def is_undo_or_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )

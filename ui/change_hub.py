"""The one place the GUI hears what changed.

Services say what each change did (:class:`workbench.changes.Changes`); undo
commands, dialogs and background work hand that to the hub, and the hub
broadcasts it to every view, which refreshes only what the change touched.
No widget builds a change description itself: it would drift from what the
services really did.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.changes import Changes


class ChangeHub(QObject):
    """Broadcasts each :class:`Changes` of an open project to the views that follow it."""

    changed = Signal(object)
    """A Changes, after every change, undo and redo."""

    def broadcast(self, changes: Changes) -> None:
        self.changed.emit(changes)

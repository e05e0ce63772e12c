"""Work the caller must wait for, done off the GUI thread behind a modal progress
dialog, so the window keeps painting and the system never calls it frozen.

For steps that have to be over before the caller goes on (undoing a merge of
thousands of records is one: the undo stack expects it done when ``undo``
returns) but take long enough that blocking the event loop would show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.runner import Progress, Task

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""Shorter work finishes before the dialog would appear, and shows none."""


def wait_for(work: Callable[[], T], label: str, parent: QWidget | None = None) -> T:
    """Run ``work`` on a worker thread and return what it returns (or raise what it
    raised), with the window behind a modal busy dialog meanwhile.

    The dialog has no Cancel button: the work is one transaction, and stopping
    it halfway would leave nothing different from letting it finish."""
    outcome: dict[str, Any] = {}

    def run(_progress: Progress) -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:
            outcome["error"] = error
            raise

    window = parent or QApplication.activeWindow()
    dialog = QProgressDialog(label, "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)  # starts the timer that shows it
    loop = QEventLoop()
    task = Task("work the window waits for", run)
    task.finished.connect(loop.quit)
    task.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    task.wait()
    task.deleteLater()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]

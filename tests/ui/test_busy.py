"""Work the GUI waits for runs on a worker behind a modal busy dialog."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ui.dialogs.busy import SHOW_AFTER_MS, wait_for
from workbench.errors import WorkbenchError


def _busy_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert wait_for(threading.current_thread, "Working…", window) is not threading.main_thread()


def test_long_work_shows_the_dialog_while_the_window_keeps_running(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    seen: list[list[QProgressDialog]] = []
    ticks: list[float] = []
    QTimer.singleShot(SHOW_AFTER_MS + 300, lambda: seen.append(_busy_dialogs()))
    ticker = QTimer(interval=50, timeout=lambda: ticks.append(time.monotonic()))
    ticker.start()
    wait_for(lambda: time.sleep((SHOW_AFTER_MS + 600) / 1000), "Taking back the merge…", window)
    ticker.stop()
    assert seen and [d.labelText() for d in seen[0]] == ["Taking back the merge…"]
    assert len(ticks) >= 10  # the event loop ran all along
    qtbot.waitUntil(lambda: not _busy_dialogs())


def test_an_error_in_the_work_reaches_the_caller(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def fail() -> None:
        raise WorkbenchError("the project was closed meanwhile")

    with pytest.raises(WorkbenchError, match="closed meanwhile"):
        wait_for(fail, "Working…", window)
    assert not _busy_dialogs()

"""Slow work (reading and applying a merge, writing a share bundle) off the GUI thread.

A :class:`Job` runs one callable on its own thread and reports back through
signals, which Qt delivers on the GUI thread. The callable gets a progress
function to call with (done, total). Project files are safe to use from the
job: the engine hands each thread its own pooled SQLite connection, and the
dialogs that start jobs are modal, so the window writes nothing meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Job(QThread):
    succeeded = Signal(object)
    """What the callable returned."""
    failed = Signal(object)
    """The exception that stopped it."""
    progressed = Signal(int, int)
    """(done, total), as the callable reported it."""

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except Exception as error:  # every failure must reach the dialog, never vanish
            log.warning("background job failed: %s", error, exc_info=True)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

"""Slow work off the GUI thread, one way for every operation: open, create, export,
share, read and apply a merge, take a merge back or redo it.

A :class:`Task` runs one callable on its own thread; the callable gets a
progress function to call with (done, total). Whatever it raises, expected
or not, is logged on the worker (a traceback unless it is a
:class:`WorkbenchError`, which is a refusal, not a bug) and handed back.

A :class:`Runner` is what a window or dialog holds: it starts one task at a
time, shows it on the owner's progress bar, disables the buttons that would
start another, and hands the outcome to the owner's handlers on the GUI
thread. The bar stops and the buttons come back before any handler runs, and
a failure with no handler, or a handler that raises, is shown in a message:
no outcome leaves the owner stuck. :meth:`Runner.cancel` drops the outcome of
the running task to a ``discard`` handler (the window closed while a project
was opening: the project is closed, not shown); services have no way to stop
halfway, so work already running finishes.

:func:`ui.dialogs.busy.wait_for` runs a task for a caller that needs it done
before it returns (undoing a merge inside the undo stack).

Project files are safe to use from a task: the engine hands each thread its
own pooled SQLite connection, and the owners that start tasks are modal (or
hide the project meanwhile), so the window writes nothing in between.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from ui import messages
from workbench.errors import WorkbenchError

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Handler = Callable[[Any], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Runner", text)


class Task(QThread):
    succeeded = Signal(object)
    """What the callable returned."""
    failed = Signal(object)
    """The exception that stopped it."""
    progressed = Signal(int, int)
    """(done, total), as the callable reported it."""

    def __init__(
        self, name: str, work: Callable[[Progress], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        """What the task does, for the log (never record text)."""
        self._work = work

    def run(self) -> None:
        started = time.monotonic()
        try:
            result = self._work(self.progressed.emit)
        except BaseException as error:  # every failure must reach the owner, never vanish
            try:
                if isinstance(error, WorkbenchError):
                    log.info("%s refused: %s", self.name, error)
                else:
                    log.error("%s failed", self.name, exc_info=error)
            finally:  # even if logging itself failed
                self.failed.emit(error)
        else:
            log.info("%s done in %.1f s", self.name, time.monotonic() - started)
            self.succeeded.emit(result)


class Runner(QObject):
    """Runs an owner's background work, one task at a time (see the module's docstring)."""

    def __init__(
        self,
        owner: QWidget,
        bar: QProgressBar | None = None,
        busy: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._bar = bar
        self._busy = tuple(busy)
        self._task: Task | None = None
        self._cancelled = False
        self._done: Handler = _ignore
        self._failed: Handler | None = None
        self._discard: Handler = _ignore

    @property
    def task(self) -> Task | None:
        """The task whose outcome is awaited; None once it has been handed over."""
        return self._task

    def start(
        self,
        name: str,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        discard: Callable[[object], None] | None = None,
    ) -> bool:
        """Run ``work`` on a worker; ``done`` gets its result, ``failed`` what it raised
        (without ``failed``, a message says it), and ``discard`` either of them once
        :meth:`cancel` was called. False if a task is still running."""
        if self._task is not None:
            return False
        task = Task(name, work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(task.deleteLater)
        self._task, self._cancelled = task, False
        self._done, self._failed, self._discard = done, failed, discard or _ignore
        self._show_busy(True)
        task.start()
        return True

    def cancel(self) -> None:
        """Hand the running task's outcome to ``discard``: the owner no longer wants it."""
        self._cancelled = self._task is not None

    def wait(self) -> None:
        """Wait for every task of this runner to end, and hand over its outcome now."""
        for task in self.findChildren(Task):
            task.wait()
        QCoreApplication.sendPostedEvents(self)

    # --- outcomes, on the GUI thread ---------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        if self._bar is not None:
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)

    def _on_succeeded(self, value: object) -> None:
        cancelled = self._end()
        self._call(self._discard if cancelled else self._done, value)

    def _on_failed(self, error: BaseException) -> None:
        if self._end():
            self._call(self._discard, error)
        elif self._failed is None:
            self._tell(error)
        else:
            self._call(self._failed, error)

    def _end(self) -> bool:
        """The task is over for the owner: bar stopped, buttons back; True if cancelled."""
        cancelled, self._cancelled, self._task = self._cancelled, False, None
        self._show_busy(False)
        return cancelled

    def _show_busy(self, busy: bool) -> None:
        if self._bar is not None:
            self._bar.setRange(0, 0 if busy else 1)
            self._bar.setValue(0)
        for widget in self._busy:
            widget.setEnabled(not busy)

    def _call(self, handler: Handler, value: object) -> None:
        try:
            handler(value)
        except Exception as error:  # a bug in a handler: say so, keep the window usable
            log.error("handling the outcome of background work failed", exc_info=error)
            self._tell(error)

    def _tell(self, error: BaseException) -> None:
        tell(self._owner, error)


def tell(owner: QWidget | None, error: BaseException) -> None:
    """Show ``error`` to the user: a refusal in its own words, anything else as
    unexpected, by its type (the traceback is in the log)."""
    if isinstance(error, WorkbenchError):
        messages.show_error(owner, error)
    else:
        text = _tr("An unexpected error stopped the work (%s). The log file has the details.")
        messages.presenter(owner, _tr("Something went wrong"), text % type(error).__name__)


def _ignore(_value: object) -> None:
    """No handler: nothing to hand an outcome to."""

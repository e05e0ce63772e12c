"""Reads that keep the window answering: work whose newest result alone matters
(a submission's preview and preflight), done on a worker thread.

A view asks with :meth:`BackgroundReads.request` under a name ("preview"). One
task runs per name at a time; asking again while it runs replaces whatever was
waiting, so a burst of edits costs one read after the one running, not one
each. An outcome is handed to the view on the GUI thread only if nothing was
asked under its name since (a stale preview is never shown) and the project is
still open: :meth:`BackgroundReads.stop`, called when the project closes,
drops every outcome and waits for the running tasks, so no worker reads a
closed project. A task whose outcome was handed over may still be ending its
thread: from then on the application holds it (it deletes itself once
finished), so this object can go at once without destroying a running thread,
which would abort the process.

Reading from a worker is safe: the project's engine hands each thread its own
pooled SQLite connection, and SQLite's write-ahead log lets it read while the
GUI thread writes (the worker sees the project as of its last commit).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ui.runner import Progress, Task


@dataclass
class _Request:
    generation: int
    work: Callable[[Progress], object]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]


class BackgroundReads(QObject):
    """Latest-only background work, by name (see the module's docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation: dict[str, int] = {}
        self._waiting: dict[str, _Request] = {}
        self._running: dict[str, tuple[Task, _Request]] = {}
        self._stopped = False

    def request(
        self,
        name: str,
        work: Callable[[Progress], object],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on a worker; ``done`` gets its result, ``failed`` what it
        raised, on the GUI thread, unless a newer request under ``name`` came first."""
        if self._stopped:
            return
        generation = self._generation.get(name, 0) + 1
        self._generation[name] = generation
        self._waiting[name] = _Request(generation, work, done, failed)
        if name not in self._running:
            self._start(name)

    def busy(self, name: str) -> bool:
        """Whether work under ``name`` is running or waiting to."""
        return name in self._running or name in self._waiting

    def stop(self, *, wait: bool = True) -> list[threading.Event]:
        """Drop every outcome and wait for the running tasks (the project closes).

        Without ``wait``, the window does not wait (a preview read can take a
        second on a large library): each running task is handed to the
        application, which outlives this object, and an event set when it ends
        is returned, for the thread closing the project to wait on."""
        self._stopped = True
        self._waiting.clear()
        running = [task for task, _request in self._running.values()]
        self._running.clear()
        if wait:
            for task in running:
                task.wait()
            QCoreApplication.sendPostedEvents(self)
            return []
        ended = []
        for task in running:
            done = threading.Event()
            task.finished.connect(done.set, Qt.ConnectionType.DirectConnection)
            if task.isFinished():  # ended before the connection was made
                done.set()
            task.setParent(QCoreApplication.instance())  # deleted later, once finished
            ended.append(done)
        return ended

    def _start(self, name: str) -> None:
        request = self._waiting.pop(name)
        task = Task(name, request.work, self)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(task.deleteLater)
        self._running[name] = (task, request)
        task.start()

    def _on_succeeded(self, value: object) -> None:
        self._hand_over(value, succeeded=True)

    def _on_failed(self, error: BaseException) -> None:
        self._hand_over(error, succeeded=False)

    def _hand_over(self, outcome: Any, *, succeeded: bool) -> None:
        task = self.sender()
        name = next((n for n, (t, _r) in self._running.items() if t is task), None)
        if name is None:  # stopped meanwhile
            return
        task, request = self._running.pop(name)
        # Its thread is still ending (it emitted from run()): the application holds it
        # from here, so this object may go at once without destroying a running thread.
        task.setParent(QCoreApplication.instance())
        if name in self._waiting and not self._stopped:
            self._start(name)
        if self._stopped or request.generation != self._generation[name]:
            return
        (request.done if succeeded else request.failed)(outcome)

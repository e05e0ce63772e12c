"""A second process that reads projects for the window: the preview and the export.

Why a process and not a thread: Python runs one thread's code at a time (the
GIL). The window's thread needs it for every event it handles, and a worker
planning a 300-recommendation submission (reading thousands of records,
writing HTML or Word XML) holds it for most of a second, in slices long enough
to be seen as the window freezing. The same work in another process competes
with nothing; the window only waits for its answer on a worker thread, and
waiting frees the GIL.

The reader opens the project read-only for each request and closes it after
(:meth:`Project.alongside`): SQLite's write-ahead log lets it read while the
window writes, and it sees every change the window committed before asking.
Nothing stays open between requests, so the window may replace or delete the
file (a restore) on any system. What it keeps is the records it read
(:class:`RecordCache`, per project file), read again only where they changed.
An export is rendered there and written and logged by the window, which holds
the project's lock.

One process serves the whole application, started by the first request (or
:meth:`ReaderProcess.warm_up` when a project opens). If it dies, the next
request starts another; if none can be started, requests are read in the
calling thread as before.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from workbench.paths import AppPaths
from workbench.project import Project
from workbench.record_cache import RecordCache

log = logging.getLogger(__name__)

Result = TypeVar("Result")

_KEPT_PROJECTS = 4
"""Projects whose records the reader keeps (the window shows one at a time)."""


@dataclass(frozen=True)
class Opening:
    """What the reader needs to open a project as the window has it open."""

    path: Path
    author: str
    now: datetime
    """The window's time of the request (an export's document properties carry it)."""
    paths: AppPaths

    @classmethod
    def of(cls, project: Project) -> Opening:
        return cls(project.path.resolve(), project.author, project.clock(), project.paths)


class ReaderProcess:
    """The reader process, from the window's side (see the module's docstring).
    Safe to call from several worker threads; their requests run one at a time."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._failed = False
        """No process could be started: read in the calling thread from then on."""

    def read(
        self, project: Project, function: Callable[..., Result], *args: Any, **kwargs: Any
    ) -> Result:
        """``function(project, *args, **kwargs, kept=...)`` run in the reader process
        on ``project`` as committed now, with the records it kept for it. ``function``
        must be importable by name (a module's function) and its result picklable."""
        opening = Opening.of(project)
        for attempt in range(2):
            future = self._submit(_read_in_reader, opening, function, args, kwargs)
            if future is None:
                break
            try:
                return future.result()
            except BrokenProcessPool:
                log.warning("the reader process ended; starting another (attempt %d)", attempt + 1)
                self._discard()
        return _read_in_reader(opening, function, args, kwargs)  # here rather than not at all

    def warm_up(self) -> None:
        """Start the process and load what it reads with, without waiting: the first
        preview then does not wait for Python to start."""
        self._submit(_loaded)

    def close(self) -> None:
        """End the process (the application quits); a running request is abandoned."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    @property
    def pid(self) -> int | None:
        """The process's id while it runs (tests end it to see another started)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return next(iter(processes), None)

    def _submit(self, function: Callable[..., Result], *args: Any) -> Future[Result] | None:
        """``function(*args)`` sent to the process (started if need be); None when no
        process can be started here (no working semaphores, no memory to start one):
        the caller then reads in its own thread, from now on."""
        with self._lock:
            if self._failed:
                return None
            try:
                if self._executor is None:
                    self._executor = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_start_reader,
                    )
                return self._executor.submit(function, *args)
            except (OSError, ImportError, NotImplementedError, RuntimeError) as error:
                log.warning("no reader process (%s): reading in the window's threads", error)
                self._failed = True
                return None

    def _discard(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


# --- in the reader process -------------------------------------------------------

_kept: OrderedDict[Path, RecordCache] = OrderedDict()


def _kept_for(path: Path) -> RecordCache:
    """The records kept for a project file, the least recently read project's dropped."""
    kept = _kept.pop(path, None) or RecordCache()
    _kept[path] = kept
    while len(_kept) > _KEPT_PROJECTS:
        _kept.popitem(last=False)
    return kept


def _opened(opening: Opening) -> Project:
    return Project.alongside(
        opening.path, author=opening.author, clock=lambda: opening.now, paths=opening.paths
    )


def _read_in_reader(
    opening: Opening,
    function: Callable[..., Result],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Result:
    with _opened(opening) as project:
        return function(project, *args, **kwargs, kept=_kept_for(opening.path))


READER_NICENESS = 5
"""How much lower the reader's CPU priority is than the window's (Unix): on a
two-core laptop a preview or export being rendered took the CPU the window's
thread and the display server needed to lay out and paint a dialog appearing
meanwhile (100 ms of painting instead of a few)."""


def _start_reader() -> None:
    _end_with_the_window()
    _yield_to_the_window()


def _yield_to_the_window() -> None:
    """Let the window's process run first when both want the CPU: the reader's work
    is in the background, and waited for on a worker thread."""
    if hasattr(os, "nice"):  # Windows has no niceness; the reader keeps its priority
        try:
            os.nice(READER_NICENESS)
        except OSError as error:  # not allowed (a container's limits): not needed
            log.info("the reader keeps the window's priority: %s", error)


def _end_with_the_window() -> None:
    """Make the reader end when the window's process ends, however it ends. A window
    that quits ends it; one killed (or crashed) would leave it waiting for requests
    forever, as it holds both ends of its own request queue."""
    window = multiprocessing.parent_process()
    if window is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([window.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="window-watch", daemon=True).start()


def _loaded() -> None:
    """Nothing: the modules this one imports are loaded when the process starts."""


_shared: ReaderProcess | None = None
_shared_lock = threading.Lock()


def shared_reader() -> ReaderProcess:
    """The application's one reader process (it ends with the application)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ReaderProcess()
        return _shared

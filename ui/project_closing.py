"""Closing a project off the GUI thread.

Closing after changes compacts the search index and empties the write-ahead
log, so no copy of deleted text stays in the file (``Project.purge_traces``):
three seconds on a 100,000-record library, which File ▸ Close, opening
another project and quitting would otherwise freeze the window for. The
close runs on its own thread instead. Whatever needs the file closed first
waits for it: opening any project (it may be the same file, whose lock the
close still holds), restoring a backup over it, and the application's exit
(the threads are not daemons, so an exit never cuts a close short).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.project import Project

log = logging.getLogger(__name__)

_running: list[threading.Thread] = []
_guard = threading.Lock()


def close_in_background(project: Project, after: Sequence[threading.Event] = ()) -> None:
    """Start closing ``project`` once the reads still running on it have ended
    (``after``: see ``BackgroundReads.stop``); nothing else may use it."""
    thread = threading.Thread(
        target=_close, args=(project, after), name=f"close {project.path.name}", daemon=False
    )
    with _guard:
        _running[:] = [t for t in _running if t.is_alive()]
        _running.append(thread)
    thread.start()


def wait_for_closes() -> None:
    """Return once every project closing in the background is closed."""
    with _guard:
        running = list(_running)
    for thread in running:
        thread.join()


def _close(project: Project, after: Sequence[threading.Event]) -> None:
    for reading in after:
        reading.wait()
    try:
        project.close()
    except Exception:  # nothing is waiting to be told: the log says what went wrong
        log.exception("closing %s failed", project.path)

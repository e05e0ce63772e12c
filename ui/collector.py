"""Keeping Python's cycle collector from holding the window still.

Python frees most objects the moment they are unused; its cycle collector also
walks, from time to time, every object alive, to find groups that only refer
to each other. With a large project open that is hundreds of thousands of
objects (the modules of Qt, SQLAlchemy and python-docx, each list's record
ids, a merge's undo data), and each walk held the window for 50-70 ms: twelve
of the stalls the responsiveness benchmark counted in one session
(``benchmarks/responsiveness_benchmark.py``). What is alive once a project has
opened, or once a merge has been written or taken back, mostly lives as long as
the project: it is set aside from the walks (``gc.freeze``) and handed back
when the project closes. Only garbage cycles among what was set aside wait
until then to be freed. Bulk work on a worker (a merge, its undo and redo)
runs with the walks paused: one over all it had read held the window 120 ms.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

SETTLE_MS = 1_000
"""How long after a merge the views have read what it changed."""


def set_aside_survivors() -> None:
    """Leave every object alive now out of the collector's later walks."""
    gc.freeze()


def set_aside_once_settled(owner: QObject) -> None:
    """The same once the views have refreshed (after a merge or its undo), unless
    ``owner`` (the project's workspace) is gone by then."""
    QTimer.singleShot(SETTLE_MS, owner, set_aside_survivors)


def hand_back() -> None:
    """Give what was set aside back to the collector (its project closed)."""
    gc.unfreeze()


_pausing = 0
_pausing_lock = threading.Lock()


@contextmanager
def paused() -> Iterator[None]:
    """No walks while bulk work runs (on any thread); what survives it is set aside,
    as it lives with the project (a merge's undo data, the records it read)."""
    global _pausing
    with _pausing_lock:
        _pausing += 1
        gc.disable()
    try:
        yield
    finally:
        with _pausing_lock:
            _pausing -= 1
            if _pausing == 0:
                gc.freeze()
                gc.enable()

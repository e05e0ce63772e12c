"""Reading a large project file ahead, in order, while a command reads it out of order.

SQLite reads a project's pages in the order of its b-trees, which on a file of
gigabytes not yet in the system's memory is the disk's slowest pattern:
``workbench check`` of a million records (a 5 GB file) took 73 s from a cold
start, 60 s of it SQLite's integrity check, against 53 s with the file cached;
the same file read from start to end takes 8 s. So a command that reads the
whole file also reads it from start to end on a thread: its own reads then
find the pages in the system's cache (54 s from a cold start). Nothing is kept
in Python's memory (one buffer, reused), the reading waits for the disk with
the GIL released, and it stops when the command ends.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHUNK = 8 * 1024 * 1024


@contextmanager
def reading_ahead(path: Path) -> Iterator[None]:
    """Read ``path`` through on a thread while the block runs (see the module)."""
    stop = threading.Event()
    reader = threading.Thread(
        target=read_through, args=(Path(path), stop), name="read-ahead", daemon=True
    )
    reader.start()
    try:
        yield
    finally:
        stop.set()
        reader.join()


def read_through(path: Path, stop: threading.Event) -> int:
    """Read ``path`` to its end, or until ``stop`` is set; the bytes read. Only a
    regular file: opening a named pipe to read would wait for a writer forever,
    and a device may never end. A file that cannot be read is left to the command."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return 0
    read = 0
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return 0
        buffer = bytearray(CHUNK)
        with open(handle, "rb", buffering=0, closefd=False) as file:
            while not stop.is_set():
                count = file.readinto(buffer)
                if not count:
                    break
                read += count
    except OSError:
        pass
    finally:
        os.close(handle)
    return read

"""Temporary files written beside their target and renamed into place.

A process killed between writing and renaming leaves its temporary file
behind. Each name carries the writer's process id, so the next writer to the
same place can tell a leftover (its writer is gone) from a file another
running process is still writing, and remove only the leftovers.
"""

from __future__ import annotations

import glob
import os
import sys
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

STALE_AFTER_SECONDS = 24 * 3600
"""Where a process cannot be asked whether it lives (Windows): leftovers are this old."""


def partial_path(target: Path, suffix: str = ".partial") -> Path:
    """``.~<name>.<pid>.<random><suffix>`` beside ``target``."""
    return target.with_name(f".~{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{suffix}")


def remove_stale(target: Path, suffix: str = ".partial") -> list[Path]:
    """Remove temporary files for ``target`` left by processes that are gone."""
    return _remove(target.parent.glob(f".~{glob.escape(target.name)}.*{suffix}"), suffix)


def remove_stale_in(folder: Path, suffix: str = ".partial") -> list[Path]:
    """Remove every leftover temporary file in ``folder`` whose writer is gone."""
    return _remove(folder.glob(f".~*{suffix}"), suffix)


def _remove(candidates: Iterable[Path], suffix: str) -> list[Path]:
    removed: list[Path] = []
    for leftover in candidates:
        pid = _writer_pid(leftover, suffix)
        if pid is not None and not _writer_alive(pid, leftover):
            for path in (leftover, *_sqlite_sidecars(leftover)):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    continue
            removed.append(leftover)
    return removed


def _sqlite_sidecars(path: Path) -> tuple[Path, ...]:
    """A database being written as a temporary file may have its journal beside it."""
    return tuple(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))


def _writer_pid(leftover: Path, suffix: str) -> int | None:
    parts = leftover.name[: -len(suffix)].rsplit(".", 2)
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


def _writer_alive(pid: int, leftover: Path) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        try:
            return time.time() - leftover.stat().st_mtime < STALE_AFTER_SECONDS
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True

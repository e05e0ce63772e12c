"""One writer per project: an OS file lock beside the project, naming its holder.

The operating system releases the lock when the holding process dies, however
it dies, so a lock file left by a crash is recognised (the OS lock is free)
and simply taken over. The file's text only serves to tell the next opener
who holds the project and since when.

The lock file is opened without following links and refused unless it is a
regular file: opening it as usual would follow a link planted at its name and
empty the file the link points to, and a named pipe there would block.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from workbench.errors import LockFileRefused, ProjectLocked


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


_OPEN_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
"""Read and write, created if missing; never through a link, never waiting on a pipe."""


def _open_lock_file(project: Path, path: Path) -> IO[str]:
    """The lock file, opened for reading and writing; :class:`LockFileRefused` if it
    is a link (even where the system cannot refuse to follow one) or not a regular file."""
    if path.is_symlink():
        raise LockFileRefused(project, path, "is a symbolic link")
    try:
        descriptor = os.open(path, _OPEN_FLAGS, 0o666)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LockFileRefused(project, path, "is a symbolic link") from error
        if error.errno in (errno.EISDIR, errno.ENXIO):
            raise LockFileRefused(project, path, "is not a regular file") from error
        raise
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise LockFileRefused(project, path, "is not a regular file")
    if os.name == "posix":  # back to waiting for the disk, as a file does
        os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "r+", encoding="utf-8")


def _try_os_lock(handle: IO[str]) -> bool:
    """Take an exclusive, non-blocking OS lock on the open file; False if held elsewhere."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe_holder(text: str) -> tuple[str, datetime | None]:
    try:
        info = json.loads(text)
        name = info.get("author") or info["user"]  # older lock files name the login only
        holder = f"{name} on {info['host']}, process {info['pid']}"
        since = datetime.fromisoformat(info["since"])
    except (ValueError, KeyError, TypeError):
        return "an unknown process", None
    return holder, since


class ProjectLock:
    """Held for as long as a project is open; ``release`` on close."""

    def __init__(self, project: Path, author: str = "") -> None:
        self.path = lock_path_for(project)
        self.project = project
        self.author = author
        """The name set in Settings: what a colleague meeting the lock is told."""
        self._handle: IO[str] | None = None
        self.took_over_stale = False

    def acquire(self) -> None:
        handle = _open_lock_file(self.project, self.path)
        if not _try_os_lock(handle):
            handle.seek(0)
            holder, since = _describe_holder(handle.read())
            handle.close()
            raise ProjectLocked(self.project, holder, since)
        handle.seek(0)
        self.took_over_stale = bool(handle.read().strip())
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "author": self.author,
                    "user": getpass.getuser(),
                    "host": socket.gethostname(),
                    "pid": os.getpid(),
                    "since": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        )
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
        if sys.platform == "win32":
            handle.close()
            self.path.unlink(missing_ok=True)
        else:
            # Unlink while still holding the lock, so a newcomer's fresh lock
            # file is never the one removed.
            self.path.unlink(missing_ok=True)
            handle.close()

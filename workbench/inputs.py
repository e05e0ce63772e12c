"""Files we are given to read are checked before they are opened.

A project, a colleague's bundle or file, interchange JSON, a backup or a Word
template must be a regular file. A named pipe (FIFO) blocks whoever opens it
until someone writes to it, a device may never end, a socket cannot be opened,
and a folder is a plain mistake: each is refused at once, in the same words
wherever it was given, so the command line never hangs and the user learns
what the path really is. Links are followed: a link to a regular file is that
file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from workbench.errors import NotARegularFile

MISSING = "no such file"
"""The problem of a path that names nothing (a typo, more often than not)."""


def what_is_wrong(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (None: it is a regular file).

    Only the file's metadata is looked at, which never blocks. A path that
    cannot even be looked at for another reason (no permission on its folder)
    is let through: reading it names that problem.
    """
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return MISSING
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return f"it is {_kind(mode)}, not a regular file"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def require_regular_file(path: Path, role: str) -> Path:
    """``path``, if it is a regular file; else :class:`NotARegularFile` naming ``role``
    ("backup", "interchange JSON file"...) and what the path really is."""
    problem = what_is_wrong(Path(path))
    if problem is not None:
        raise NotARegularFile(Path(path), role, problem)
    return Path(path)


def sidecar_problem(sidecar: Path) -> str | None:
    """Why SQLite must not open ``sidecar`` (a project's ``-wal`` or ``-shm``), if it
    exists: anything but a regular file, a link included (SQLite would write
    through it, to wherever it points). None when it is absent or regular."""
    try:
        mode = os.lstat(sidecar).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return _kind(mode)

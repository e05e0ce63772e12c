"""What the file system refused, in words a user can act on.

Every command and the app meet the same few conditions: a read-only file,
folder or disk, a folder that does not exist, a full disk. Each becomes one
:class:`CannotWrite` naming the folder and file (never a full path: these
lines reach the log) and saying what to do, with the same wording whichever
command met it. :func:`writable_problem` asks before a project is opened for
writing, so a read-only project is recognised as such (and opened read-only
where that is enough) instead of failing half way or being called damaged.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from workbench.errors import CannotWrite

READ_ONLY_DISK = "the disk is read-only"
READ_ONLY_FILE = "the file is read-only"
READ_ONLY_FOLDER = "the folder is read-only"
NO_FOLDER = "its folder does not exist"
DISK_FULL = "the disk is full"
READ_ONLY = (READ_ONLY_DISK, READ_ONLY_FILE, READ_ONLY_FOLDER)
"""The problems where reading still works: a project opens read-only."""

_BY_ERRNO = {
    errno.EROFS: READ_ONLY_DISK,
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
}


def problem_of(error: OSError, path: Path | None = None) -> str | None:
    """The words for an error the file system gave while writing, or None when it
    is not one of the conditions a user can fix by choosing another place."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return writable_problem(path) if path is not None else READ_ONLY_FOLDER
    if error.errno == errno.ENOENT:  # only a missing folder: a missing file to read is not ours
        return NO_FOLDER if path is not None and not path.parent.is_dir() else None
    return _BY_ERRNO.get(error.errno or 0)


def cannot_write(error: OSError, path: Path | None = None) -> CannotWrite | None:
    """:class:`CannotWrite` for ``error`` (about ``path``, else the file it names)."""
    named = path if path is not None else _named(error)
    if named is None:
        return None
    problem = problem_of(error, named)
    return None if problem is None else CannotWrite(target_of(named), problem)


def writable_problem(path: Path) -> str | None:
    """Why ``path`` (an existing file, or one to create) cannot be written, or None.

    Asked of the system (``access``), which also knows immutable files and
    read-only mounts, where permission bits alone would say yes to root.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        return NO_FOLDER
    if _read_only_mount(folder):
        return READ_ONLY_DISK
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY_FILE
    if not os.access(folder, os.W_OK):
        return READ_ONLY_FOLDER
    return None


def _read_only_mount(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: access() below tells
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _named(error: OSError) -> Path | None:
    return Path(error.filename) if isinstance(error.filename, str) else None


def target_of(path: Path) -> Path:
    """The file the user named, for a temporary one written beside it
    (``.~NAME.<pid>.<random><suffix>``, see workbench.tempfiles)."""
    name = path.name
    if name.startswith(".~"):
        parts = name[2:].rsplit(".", 3)
        if len(parts) == 4 and parts[1].isdigit():
            return path.with_name(parts[0])
    return path

"""Files written beside their target and renamed into place: the one way Workbench
writes a file.

Every writer (settings, dumps, shares, exports, backups, new projects) goes
through :func:`atomic_write` (a file we write ourselves) or
:func:`replace_atomically` (a file another library filled in, such as an
SQLite copy, made by :func:`create_partial`). Either way the target is the
old file or the whole new one, never half of either: the partial is flushed
and synced to disk before the rename, the folder is synced after it so the
rename itself survives a power cut, and the partial is removed on any failure.

Temporary files are created exclusively (``O_CREAT | O_EXCL``, and
``O_NOFOLLOW`` where the system has it) under a name no one can guess, so a
link or file planted beside the target is never written through. A target
that is itself a symbolic link is refused (:class:`LinkRefused`) rather than
written through or silently replaced, unless the caller asks for the link to
be replaced by the new file (settings, which may be linked from elsewhere).

A write that must be followed by a step that can fail (an export, then its
record) runs inside :func:`undone_on_failure`, which puts the earlier file
back if that step raises.

A process killed between writing and renaming leaves its temporary file
behind. Each name carries the writer's process id, so the next writer to the
same place can tell a leftover (its writer is gone) from a file another
running process is still writing, and remove only the leftovers.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

from workbench.errors import LinkRefused

log = logging.getLogger(__name__)

STALE_AFTER_SECONDS = 24 * 3600
"""Where a process cannot be asked whether it lives (Windows): leftovers are this old."""


_EXCLUSIVE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
"""A new file or nothing: never an existing file, nor what a link points to."""


def partial_path(target: Path, suffix: str = ".partial") -> Path:
    """``.~<name>.<pid>.<random><suffix>`` beside ``target``; 64 random bits, so
    no one can plant a file or link there in advance."""
    return target.with_name(f".~{target.name}.{os.getpid()}.{unguessable_part()}{suffix}")


def unguessable_part() -> str:
    """16 hex digits from the system's random source (what ``secrets.token_hex`` reads,
    without its import, which the first window would wait for)."""
    return os.urandom(8).hex()


def create_partial(target: Path, suffix: str = ".partial") -> Path:
    """A new, empty file at a :func:`partial_path`, created exclusively, for another
    library (SQLite, a copy) to fill; the caller removes it if that fails."""
    partial = partial_path(target, suffix)
    os.close(os.open(partial, _EXCLUSIVE, 0o666))
    return partial


def refuse_link(target: Path) -> None:
    """Raise :class:`LinkRefused` if ``target`` is a symbolic link (even a dangling one)."""
    if Path(target).is_symlink():
        raise LinkRefused(Path(target))


@overload
def atomic_write(
    target: Path, mode: Literal["wb"] = "wb", *, replace_link: bool = False
) -> AbstractContextManager[BinaryIO]: ...
@overload
def atomic_write(
    target: Path, mode: Literal["w"], *, replace_link: bool = False
) -> AbstractContextManager[TextIO]: ...
def atomic_write(
    target: Path, mode: Literal["w", "wb"] = "wb", *, replace_link: bool = False
) -> AbstractContextManager[Any]:
    """A handle on a new partial file beside ``target`` (text mode: UTF-8) that replaces
    ``target`` when the ``with`` block ends normally.

    A ``target`` that is a symbolic link raises :class:`LinkRefused` before
    anything is written, unless ``replace_link``: then the link itself is
    replaced by the new file (the file it pointed to is left as it was).

    If the block raises (a failed write, Ctrl+C), ``target`` is left as it was and
    the partial is removed; an :class:`OSError` from writing, syncing or renaming
    propagates for the caller to name. Leftovers of earlier writers to ``target``
    that were killed are removed first. A replaced file keeps its permissions; a
    new one gets the user's usual ones.
    """
    return _writing(Path(target), mode, replace_link)


@contextmanager
def _writing(target: Path, mode: str, replace_link: bool) -> Iterator[IO[Any]]:
    if not replace_link:
        refuse_link(target)
    remove_stale(target)
    partial = partial_path(target)
    encoding = None if "b" in mode else "utf-8"
    descriptor = os.open(partial, _EXCLUSIVE, 0o666)  # outside the try: if taken, not ours
    try:
        with os.fdopen(descriptor, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _move_into_place(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def replace_atomically(partial: Path, target: Path) -> None:
    """Sync ``partial`` (written in full by someone else) to disk and rename it over
    ``target``; on failure ``target`` is untouched and ``partial`` is removed.

    ``partial`` should come from :func:`create_partial` beside ``target``, so
    it was made exclusively and a killed writer's leftover is recognised;
    journals an SQLite partial may have beside it are the caller's to remove.
    """
    try:
        sync_file(partial)
        _move_into_place(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def undone_on_failure(target: Path) -> Iterator[None]:
    """Whatever the block writes to ``target`` is undone if the block raises: the
    earlier file is put back (kept meanwhile under a second name: a hard link,
    else a copy), or the new file removed when there was none. For a write that
    must be followed by a step that can fail (an export, then its record)."""
    earlier = _keep(target) if target.exists() else None
    try:
        yield
    except BaseException:
        with suppress(OSError):
            if earlier is None:
                target.unlink(missing_ok=True)
            else:
                os.replace(earlier, target)
        raise
    finally:
        if earlier is not None:
            with suppress(OSError):
                earlier.unlink(missing_ok=True)


def _keep(target: Path) -> Path:
    kept = partial_path(target)  # a temporary like any: a killed writer's is removed
    try:
        os.link(target, kept, follow_symlinks=False)
    except OSError:  # a file system without hard links
        kept = create_partial(target)
        try:
            shutil.copyfile(target, kept)
        except BaseException:
            kept.unlink(missing_ok=True)
            raise
    return kept


def sync_file(path: Path) -> None:
    """Force ``path``'s content to disk (the OS may otherwise hold it in memory for
    a while, and a rename can reach the disk before the data it names)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _move_into_place(partial: Path, target: Path) -> None:
    with suppress(FileNotFoundError):  # a new file keeps the user's usual permissions
        existing = os.stat(target, follow_symlinks=False).st_mode
        if not stat.S_ISLNK(existing):
            os.chmod(partial, existing & 0o777)
    os.replace(partial, target)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable. Windows has no folder handles to sync. A file system
    that refuses to sync a folder (some network shares) is logged, not raised: the
    new file is in place by then, and the caller must not report it as unwritten."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        log.warning("could not sync folder %s after a rename: %s", folder, error)


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

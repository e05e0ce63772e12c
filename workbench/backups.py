"""Rotating, verified backups of project files, and restoring from them.

A copy is the file's bytes, taken inside a read transaction, when the
project's WAL is empty (the case after Workbench checkpoints it, as a merge
does first), and SQLite's backup API otherwise, so copies are consistent even
while the project is open with pending WAL content; the source is opened
read-only, so making a backup never changes it. Each copy is written under a
temporary name, checked with ``PRAGMA quick_check``, flushed to disk and
only then given its final name; only after that are older backups thinned.
(A backup is checked in full, ``integrity_check``, before it is restored.)

Backups live flat in one folder (``AppPaths.backups``) named
``<project stem>-<UTC time>-<place>-<reason>.wbproj``, where ``<place>`` is
a short hash of the project file's full path. A project's backups are the
files carrying its stem and its place: two projects of the same name in
different folders (everyone's default is "My library") never share a
rotation, so neither thins nor restores the other's backups. Backups named
before places were recorded (no ``<place>``) still count for every project
of their stem. A project moved elsewhere starts a new rotation; its older
backups stay in the folder and can be restored by name.

Rotation (:func:`thin`) keeps, per project:

- the 5 newest, whatever their age;
- the newest of each hour for the last 24 hours;
- the newest of each day for the last 30 days;
- the newest of each calendar month before that, for ever.

A damaged project is never deleted: :func:`restore` renames it aside
(``NAME.wbproj.damaged-<time>``, or ``.replaced-<time>`` when it was sound,
with its ``-wal``/``-shm`` files) before the backup's copy is moved into its
place.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.schema_check import SCHEMA_DIGESTS, is_expected, read_schema
from db.sqlite import (
    APPLICATION_ID,
    is_damage,
    read_header,
    result_code,
    text_with_replacement,
)
from workbench.errors import BackupFailed, NoGoodBackup, ProjectDamaged
from workbench.inputs import MISSING, require_regular_file, what_is_wrong
from workbench.paths import sidecars
from workbench.tempfiles import (
    create_partial,
    partial_path,
    refuse_link,
    remove_stale,
    remove_stale_in,
    replace_atomically,
    sync_file,
)

log = logging.getLogger(__name__)

KEEP_NEWEST = 5
KEEP_HOURLY_FOR = timedelta(days=1)
KEEP_DAILY_FOR = timedelta(days=30)
OPEN_BACKUP_AGE = timedelta(hours=24)
"""Opening a project backs it up when its newest backup is older than this."""

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?:(?P<place>[0-9a-f]{8})-)?(?P<reason>[\w-]+)\.wbproj$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    """Why it was made: ``open``, ``merge``, ``load``, ``schema-1``, ``before-restore``..."""
    size: int


def list_backups(project: Path, folder: Path) -> list[Backup]:
    """The backups of ``project`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found: list[Backup] = []
    place = place_of(project)
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != project.stem or match["place"] not in (None, place):
            continue
        backup = _parse(entry)
        if backup is not None:
            found.append(backup)
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def place_of(project: Path) -> str:
    """Eight hex digits standing for the folder and name of ``project``."""
    where = os.path.normcase(str(project.resolve()))
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return Backup(path, made_at, match["reason"], path.stat().st_size)


def make_backup(project: Path, folder: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy ``project`` into ``folder``, verify the copy, then thin older backups.

    Raises :class:`BackupFailed` when the copy cannot be written (disk full,
    no permission) and :class:`ProjectDamaged` when it fails its integrity
    check; either way nothing is left behind and no older backup is dropped.
    """
    now = now or datetime.now(UTC)
    name = f"{project.stem}-{now.strftime(_STAMP)}-{place_of(project)}-{reason}{project.suffix}"
    target = folder / name
    partial = partial_path(target)  # named before the folder exists, for the cleanup below
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_in(folder)
        partial = create_partial(target)
        _copy(project, partial)
        replace_atomically(partial, target)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise ProjectDamaged(project, str(error)) from error
        raise BackupFailed(folder, _reason(error)) from error
    except OSError as error:
        raise BackupFailed(folder, _reason(error)) from error
    finally:
        for leftover in (partial, *sidecars(partial)):
            leftover.unlink(missing_ok=True)
    thin(project, folder, now=now)
    return target


def _copy(project: Path, partial: Path) -> None:
    """A consistent copy, checked; syncing it to disk is the caller's. It keeps
    the source's WAL mode, so it opens like any project (read-only included).

    When the project's WAL is empty the file itself is the database, and stays
    so while a read transaction is open on it (a checkpoint cannot copy newer
    pages into the file past a reader that reads the file alone): the file's
    bytes are copied as they are, at the speed of the disk. Otherwise SQLite's
    backup API copies page by page (2-4x slower on a large file; a merge waits
    for it)."""
    source_uri = f"{project.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(source_uri, uri=True, isolation_level=None)) as source:
        if _reading_the_file_alone(source, project):
            try:
                shutil.copyfile(project, partial)
            finally:
                source.execute("COMMIT")
        else:
            with closing(sqlite3.connect(partial, isolation_level=None)) as copy:
                source.backup(copy)
    with closing(sqlite3.connect(partial, isolation_level=None)) as copy:
        if not verify_connection(copy, thorough=False):
            raise ProjectDamaged(project, "a copy of it failed SQLite's integrity check")


_LOCK_BYTE_OFFSET = 1024**3
"""Where SQLite's lock bytes lie: on Windows other connections lock them for a
moment as they open or close, and reading them then fails, so a file that
reaches them is copied with the backup API (which skips that page)."""


def _reading_the_file_alone(source: sqlite3.Connection, project: Path) -> bool:
    """Begin a read on ``source`` and tell whether it reads the file with no WAL
    frames (it keeps reading if so; the caller ends the read). An empty WAL seen
    once the read has begun means the read began on an empty WAL: a WAL holding
    frames a reader uses cannot be emptied under it."""
    if os.name == "nt" and project.stat().st_size > _LOCK_BYTE_OFFSET:
        return False
    source.execute("BEGIN")
    source.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    log_file = sidecars(project.resolve())[0]  # SQLite keeps it beside a link's target
    try:
        alone = log_file.stat().st_size == 0
    except FileNotFoundError:
        alone = True
    if not alone:
        source.execute("COMMIT")
    return alone


def ensure_recent(
    project: Path, folder: Path, *, max_age: timedelta = OPEN_BACKUP_AGE
) -> Path | None:
    """Back up ``project`` if its newest backup is older than ``max_age``.

    Used on open: a failure is logged, not raised, so a full disk never stops
    anyone from opening their work.
    """
    newest = next(iter(list_backups(project, folder)), None)
    if newest is not None and datetime.now(UTC) - newest.made_at < max_age:
        return None
    try:
        return make_backup(project, folder, "open")
    except BackupFailed as error:
        log.warning("could not back up %s on open: %s", project, error)
        return None


def thin(project: Path, folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; the deleted paths."""
    now = now or datetime.now(UTC)
    backups = list_backups(project, folder)
    keep = set(kept(backups, now))
    dropped = [b.path for b in backups if b.path not in keep]
    for path in dropped:
        path.unlink(missing_ok=True)
    return dropped


def kept(backups: Iterable[Backup], now: datetime) -> list[Path]:
    """Which backups the rotation keeps (see the module docstring)."""
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep: list[Path] = [b.path for b in ordered[:KEEP_NEWEST]]
    seen: set[tuple[int, ...]] = set()
    for backup in ordered:
        age, made = now - backup.made_at, backup.made_at
        if age <= KEEP_HOURLY_FOR:
            slot: tuple[int, ...] = (made.year, made.month, made.day, made.hour)
        elif age <= KEEP_DAILY_FOR:
            slot = (made.year, made.month, made.day)
        else:
            slot = (made.year, made.month)
        if slot not in seen:  # newest first: the first of each slot is its newest
            seen.add(slot)
            keep.append(backup.path)
    return list(dict.fromkeys(keep))


# --- verifying and restoring ---------------------------------------------------


def verify_connection(connection: sqlite3.Connection, *, thorough: bool = True) -> bool:
    """SQLite's check of every page and b-tree. ``thorough`` also matches every
    index entry to its row (integrity_check, 4x the time on a large project);
    a fresh copy needs only its pages and trees checked (quick_check, as a
    project gets on open): it holds the project's pages byte for byte, so
    copying cannot make an index disagree with its table, and every merge and
    load waits for this check."""
    pragma = "integrity_check" if thorough else "quick_check"
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    return [tuple(r) for r in rows] == [("ok",)]


def is_good(path: Path) -> bool:
    """A Workbench project file with exactly our schema (a backup of a file someone
    planted a trigger in would be refused again once restored) that passes
    SQLite's full integrity check."""
    if what_is_wrong(path) is not None:  # a named pipe would block the reading
        return False
    try:
        header = read_header(path)
        if not header.is_sqlite or header.application_id != APPLICATION_ID:
            return False
        # immutable: nothing is written beside the file, not even a -shm.
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            connection.text_factory = text_with_replacement
            version = header.user_version
            if version in SCHEMA_DIGESTS and not is_expected(read_schema(connection), version):
                return False
            return verify_connection(connection)
    except (OSError, sqlite3.Error):
        return False


def newest_good(project: Path, folder: Path) -> Backup:
    """The newest backup that passes its integrity check."""
    for backup in list_backups(project, folder):
        if is_good(backup.path):
            return backup
        log.warning("skipping damaged backup %s", backup.path)
    raise NoGoodBackup(project, folder)


@dataclass(frozen=True)
class Restored:
    project: Path
    backup: Path
    kept_aside: Path | None
    """Where the file that was replaced went (never deleted), if there was one."""


def restore(project: Path, backup: Path) -> Restored:
    """Put ``backup`` in the place of ``project``, keeping the old file aside.

    The caller must not have the project open; the project's lock is taken
    for the duration. The backup is checked first and copied beside the
    project before anything is renamed, so a failure changes nothing.
    """
    from workbench.lock import ProjectLock

    require_regular_file(backup, "backup")
    refuse_link(project)  # the link would be set aside, not the file it names
    if what_is_wrong(project) not in (None, MISSING):  # a missing one is restored
        require_regular_file(project, "project")
    if not is_good(backup):
        raise NoGoodBackup(project, backup.parent, backup)
    lock = ProjectLock(project)
    lock.acquire()
    try:
        remove_stale(project, ".restoring")
        incoming = partial_path(project, ".restoring")
        try:
            incoming = create_partial(project, ".restoring")
            _copy(backup, incoming)
            sync_file(incoming)  # on disk before the current file moves aside
            kept_aside = _set_aside(project)
            replace_atomically(incoming, project)
        except (OSError, sqlite3.Error) as error:
            raise BackupFailed(project.parent, _reason(error)) from error
        finally:
            for leftover in (incoming, *sidecars(incoming)):
                leftover.unlink(missing_ok=True)
    finally:
        lock.release()
    return Restored(project, backup, kept_aside)


def _set_aside(project: Path) -> Path | None:
    """Rename the current file and its WAL files to ``NAME.damaged-<time>``
    (``NAME.replaced-<time>`` when it was sound)."""
    if not project.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    label = "replaced" if is_good(project) else "damaged"
    aside = project.with_name(f"{project.name}.{label}-{stamp}")
    os.replace(project, aside)
    for sidecar, moved in zip(sidecars(project), sidecars(aside), strict=True):
        if sidecar.exists():
            os.replace(sidecar, moved)
    return aside


def _reason(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, sqlite3.Error):
        if result_code(error) == sqlite3.SQLITE_FULL:
            return "the disk is full"
        if result_code(error) in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            return "permission denied, or the folder is missing or read-only"
        return str(error)
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    return error.strerror or str(error)

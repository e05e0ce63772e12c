"""Project files (``.wbproj``): create, open, migrate, lock, close.

Opening checks the file before touching it: the SQLite header is read as
plain bytes, so a file that is not a project, or one from a newer Workbench,
is refused without a single byte changing. Only then is the lock taken and
the database opened. An older schema is backed up, then migrated in one
transaction together with a rebuild of the search index.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, event, exc, insert, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import create_project_engine, session_factory
from db.models import ProjectInfo
from db.schema import ALEMBIC_REVISIONS, SCHEMA_VERSION, current_revision, upgrade
from db.search_index import merge_search_index
from db.sqlite import (
    APPLICATION_ID,
    FileHeader,
    integrity_ok,
    read_header,
    result_code,
    storage_problem,
    truncate_wal,
)
from workbench import backups
from workbench.errors import (
    CannotWrite,
    NotAProject,
    ProjectDamaged,
    ProjectError,
    ProjectExists,
    ProjectNotFound,
    ProjectUnreadable,
    ReadOnlyProject,
    SaveFailed,
    SchemaTooNew,
    WorkbenchError,
)
from workbench.filesystem import cannot_write, writable_problem
from workbench.inputs import MISSING, sidecar_problem, what_is_wrong
from workbench.lock import ProjectLock
from workbench.own_schema import check_own_schema
from workbench.paths import AppPaths, sidecars
from workbench.search import index_outdated_by, rebuild_index
from workbench.tempfiles import create_partial, partial_path, refuse_link, replace_atomically
from workbench.verified_files import is_verified, remember_verified
from workbench.writer import Writer

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_author(paths: AppPaths | None = None) -> str:
    """Who to record on changes when the caller names nobody: $WORKBENCH_AUTHOR, else
    the name set in Settings, else nobody (""). Never the login: it would travel in
    every change, share and exported document to people who know its owner by name."""
    named = os.environ.get("WORKBENCH_AUTHOR")
    if named:
        return named
    from workbench.settings import load_settings  # settings read only when needed

    return load_settings(paths or AppPaths.from_environment()).author


@dataclass(frozen=True)
class ProjectIdentity:
    id: uuid.UUID
    name: str
    created_at: datetime


class Project:
    """An open project file. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: ProjectLock | None,
        *,
        author: str,
        clock: Clock,
        migrated_from: int | None = None,
        backup: Path | None = None,
        paths: AppPaths | None = None,
    ) -> None:
        self.path = path
        self.paths = paths or AppPaths.from_environment()
        """Where this project's backups go (``paths.backups``)."""
        self.engine = engine
        self._lock = lock
        self._sessions: sessionmaker[Session] = session_factory(engine)
        self.author = author
        self.clock = clock
        self.migrated_from = migrated_from
        """The schema version the file had before this open migrated it, if it did."""
        self.backup = backup
        """Where the pre-migration backup went, if one was made."""
        self._closed = False
        self._wrote = False
        self._opening_backup: Path | None = None
        """The backup made as this open began, while nothing has been written since."""
        self.copy_of: Path | None = None
        """The older project this read-only one is an upgraded copy of (``path`` is
        the copy, in a temporary folder removed at close); the file is untouched."""
        self._temporary_folder: Path | None = None
        self._remember_when_closed = False
        """Record the file as intact after a clean close (``verified_files``): not
        for a throwaway copy, nor when opened read-only (it is not changed then)."""
        event.listen(self._sessions, "persistent_to_deleted", _note_deletion)

    # --- lifecycle ----------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        name: str | None = None,
        author: str | None = None,
        clock: Clock = utc_now,
        paths: AppPaths | None = None,
    ) -> Project:
        """Make a new, empty project file and open it.

        The database is built under a temporary name and moved into place,
        so a failure never leaves a half-made project behind.
        """
        path = Path(path)
        if path.exists():
            raise ProjectExists(path)
        refuse_link(path)  # a dangling link: never replaced, never written through
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file where a folder should be, no permission...
            reason = error.strerror or str(error)
            raise ProjectError(path, f"{path}: cannot be created there ({reason})") from error
        problem = writable_problem(path)
        if problem is not None:
            raise CannotWrite(path, problem)
        temporary = partial_path(path, ".creating")
        try:
            temporary = create_partial(path, ".creating")
            engine = create_project_engine(temporary)
            with engine.begin() as connection:
                upgrade(connection)
                connection.execute(
                    insert(ProjectInfo).values(
                        id=uuid.uuid4(),
                        name=name if name is not None else path.stem,
                        created_at=clock(),
                    )
                )
            engine.dispose()
            replace_atomically(temporary, path)
        except (OSError, exc.OperationalError) as error:
            raise _creation_failed(path, error) from error
        finally:
            for leftover in (temporary, *sidecars(temporary)):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
        return cls.open(path, author=author, clock=clock, paths=paths, _fresh=True)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        author: str | None = None,
        clock: Clock = utc_now,
        paths: AppPaths | None = None,
        read_only: bool = False,
        temporary: bool = False,
        _fresh: bool = False,
    ) -> Project:
        """Open an existing project, migrating an older schema after a backup.

        ``read_only`` takes no lock and writes nothing (for commands that only
        look); a file of an older schema is then read through an upgraded copy
        (:meth:`_through_upgraded_copy`), itself left byte for byte as it was.
        Otherwise the project is backed up once it passed its check, when its
        newest backup is older than ``backups.OPEN_BACKUP_AGE`` (a project
        just created has nothing to lose yet: ``_fresh`` skips that).
        ``temporary`` is for a throwaway copy (a colleague's file being read, a
        dry run's snapshot): it is never backed up, even before an upgrade.
        """
        path = Path(path)
        header = inspect_file(path)
        with _no_traces_if_refused(path):
            if read_only and header.user_version == SCHEMA_VERSION:
                engine = create_project_engine(path, read_only=True)
                intact = _known_intact(path, paths, temporary)
                _check_database(path, engine, header, intact)
                if not (temporary or intact):  # checked now, and unchanged while read
                    remember_verified(paths or AppPaths.from_environment(), path)
                return cls(
                    path,
                    engine,
                    None,
                    author=author or default_author(paths),
                    clock=clock,
                    paths=paths,
                )
            if read_only and header.user_version < SCHEMA_VERSION:
                return cls._through_upgraded_copy(path, header.user_version, author, clock, paths)
            return cls._open_for_writing(path, header, author, clock, paths, temporary, _fresh)

    @classmethod
    def _through_upgraded_copy(
        cls, path: Path, version: int, author: str | None, clock: Clock, paths: AppPaths | None
    ) -> Project:
        """An older project only looked at (``info``, ``search``, ``check``...): a
        copy in a temporary folder is upgraded and opened read-only, and the folder
        goes when it closes. Upgrading the file itself would change a colleague's
        project behind their back (their older Workbench could no longer open it)
        and back up a file nothing is about to change."""
        author = author or default_author(paths)  # the user's, not the scratch folder's
        folder = Path(tempfile.mkdtemp(prefix="workbench-read-"))
        try:
            copy, paths = folder / path.name, AppPaths.rooted_at(folder)
            copy_with_log(path, copy)
            with cls.open(copy, author=author, clock=clock, paths=paths, temporary=True):
                pass
            # Checked on the way in and upgraded by us: opening it again to read need
            # not read it whole a second time (verified_files, in the scratch folder).
            remember_verified(paths, copy)
            project = cls.open(copy, author=author, clock=clock, paths=paths, read_only=True)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        project.migrated_from, project.copy_of = version, path
        project._temporary_folder = folder
        return project

    @classmethod
    def alongside(
        cls, path: Path, *, author: str, clock: Clock, paths: AppPaths | None = None
    ) -> Project:
        """A read-only view of a project this application has open for writing,
        for its reader process (``workbench.reader_process``): no lock, and no
        check, as the window checked the file when it opened it and is the one
        writing it. Never for a file the application has not opened itself."""
        engine = create_project_engine(Path(path), read_only=True)
        return cls(Path(path), engine, None, author=author, clock=clock, paths=paths)

    @classmethod
    def _open_for_writing(
        cls,
        path: Path,
        header: FileHeader,
        author: str | None,
        clock: Clock,
        paths: AppPaths | None,
        temporary: bool,
        fresh: bool,
    ) -> Project:
        """Refused with :class:`CannotWrite` before the lock when the file, its
        folder or its disk is read-only: then nothing could be saved anyway."""
        problem = writable_problem(path)
        if problem is not None:
            raise CannotWrite(path, problem)
        # Beside the file itself, as SQLite keeps its log: a project opened through a
        # symbolic link and by its own name takes one lock, not two.
        lock = ProjectLock(path.resolve(), author or default_author(paths))
        try:
            lock.acquire()
        except OSError as error:
            raise cannot_write(error, path) or error from error
        try:
            project = cls._open_locked(path, header, lock, author, clock, paths, temporary)
            if not (fresh or temporary) and project.migrated_from is None:
                project._opening_backup = backups.ensure_recent(path, project.paths.backups)
        except BaseException:
            lock.release()
            raise
        return project

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        header: FileHeader,
        lock: ProjectLock,
        author: str | None,
        clock: Clock,
        paths: AppPaths | None,
        temporary: bool,
    ) -> Project:
        backup: Path | None = None
        migrated_from: int | None = None
        intact = _known_intact(path, paths, temporary)
        engine = create_project_engine(path)
        _check_database(path, engine, header, intact)
        if header.user_version < SCHEMA_VERSION and not temporary:
            try:
                backup = backups.make_backup(
                    path,
                    (paths or AppPaths.from_environment()).backups,
                    f"schema-{header.user_version}",
                )
            except BaseException:
                engine.dispose()
                raise
        if header.user_version < SCHEMA_VERSION:
            _migrate(path, engine, header.user_version)
            migrated_from = header.user_version
        if migrated_from is not None:
            log.info("migrated %s from schema %s to %s", path, migrated_from, SCHEMA_VERSION)
        project = cls(
            path,
            engine,
            lock,
            author=author or default_author(paths),
            clock=clock,
            migrated_from=migrated_from,
            backup=backup,
            paths=paths,
        )
        project._remember_when_closed = not temporary
        return project

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._wrote:
            self.purge_traces()
        self.engine.dispose()
        if self._remember_when_closed:
            remember_verified(self.paths, self.path)
        if self._lock is not None:
            self._lock.release()
        if self._temporary_folder is not None:
            shutil.rmtree(self._temporary_folder, ignore_errors=True)

    @property
    def recovered_stale_lock(self) -> bool:
        """True when a lock left by a crashed Workbench was found and taken over."""
        return self._lock is not None and self._lock.took_over_stale

    @property
    def read_only(self) -> bool:
        return self._lock is None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- access -------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; anything written through it is rolled back."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One transaction: everything done inside lands together or not at all.

        Records the services touched get a new revision, update time and
        author, and their search entries are refreshed, before the commit.
        A disk that is full or cannot be written raises :class:`SaveFailed`
        (SQLite has rolled the transaction back: the file is as it was).
        """
        if self.read_only:
            raise ReadOnlyProject(self.path)
        self._opening_backup = None  # from here on it may no longer be the project as it is
        try:
            with self._sessions() as session, session.begin():
                writer = Writer(session, author=self.author, now=self.clock())
                yield writer
                writer.finish()
            self._wrote = True
            if session.info.pop(_DELETED, False):
                truncate_wal(self.engine)
        except exc.OperationalError as error:
            problem = storage_problem(error.orig)
            if problem is None:
                raise
            raise SaveFailed(self.path, problem) from error

    def purge_traces(self) -> None:
        """Leave no copy of deleted or replaced text in the file or its WAL.

        Runs on close after any change (merging the search index costs about a
        second on 100,000 records); after a deletion the WAL alone is emptied
        at once. A failure (disk full) is logged: the data itself is safe.
        """
        try:
            with self.engine.begin() as connection:
                merge_search_index(connection)
            truncate_wal(self.engine)
        except exc.SQLAlchemyError as error:
            log.warning("could not purge deleted text from %s: %s", self.path, error)

    def make_backup(self, reason: str) -> Path:
        """A verified backup before a risky change (merge, load); raises BackupFailed."""
        return backups.make_backup(self.path, self.paths.backups, reason)

    @property
    def unchanged_since_backup(self) -> Path | None:
        """The backup made when the project was opened, while nothing has been
        written since: a backup of the project as it is now. A merge straight
        after opening takes it rather than copying a large file twice (19 s
        each at a million records). Read it before writing begins."""
        if self._opening_backup is not None and self._opening_backup.is_file():
            return self._opening_backup
        return None

    def identity(self) -> ProjectIdentity:
        with self.reading() as session:
            info = session.scalars(select(ProjectInfo)).one()
            return ProjectIdentity(info.id, info.name, info.created_at)

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION


_DELETED = "workbench.deleted"


def _note_deletion(session: Session, instance: object) -> None:
    """A record (or part) was deleted in this session: its old pages must leave the WAL."""
    session.info[_DELETED] = True


def copy_with_log(source: Path, target: Path) -> None:
    """Copy a project file with its ``-wal``, if it has one, so the copy holds the
    changes not yet checkpointed into the file (an open or crashed project's);
    not the ``-shm``, which SQLite rebuilds."""
    shutil.copyfile(source, target)
    log = sidecars(source.resolve())[0]  # beside a link's target, where SQLite keeps it
    if log.exists():
        shutil.copyfile(log, sidecars(target)[0])


def _known_intact(path: Path, paths: AppPaths | None, temporary: bool) -> bool:
    """The file is as Workbench last left it (see ``verified_files``); a throwaway
    copy of someone else's file never is."""
    return not temporary and is_verified(paths or AppPaths.from_environment(), path)


def _check_database(path: Path, engine: Engine, header: FileHeader, known_intact: bool) -> None:
    """Our exact schema (first: nothing the file defines may run before), SQLite's
    quick check unless the file is known intact, and the schema record agreeing
    with the header."""
    try:
        with engine.connect() as connection:
            check_own_schema(path, connection, header.user_version)
            if not known_intact and not integrity_ok(connection):
                raise ProjectDamaged(path, "the database integrity check failed")
            if current_revision(connection) != ALEMBIC_REVISIONS[header.user_version]:
                raise ProjectDamaged(path, "its schema record does not match its version")
    except (exc.DatabaseError, sqlite3.DatabaseError) as error:
        engine.dispose()
        if _cannot_open(error):  # where it is, not what it is: never "damaged"
            raise ProjectUnreadable(path, _UNREADABLE) from error
        raise ProjectDamaged(path, str(getattr(error, "orig", error))) from error
    except BaseException:
        engine.dispose()
        raise


_UNREADABLE = (
    "its -wal file holds changes not yet saved into it, and the disk is read-only. "
    "Copy the project with its -wal file to a writable folder and open the copy"
)


def _cannot_open(error: BaseException) -> bool:
    """SQLite could not open the file at all (SQLITE_CANTOPEN): a read-only place."""
    return result_code(error) == sqlite3.SQLITE_CANTOPEN


@contextmanager
def _no_traces_if_refused(path: Path) -> Iterator[None]:
    """A refused open removes the ``-wal``/``-shm`` SQLite made for it: a file
    that was refused should look exactly as before it was opened."""
    before = {side for side in sidecars(path) if side.exists()}
    try:
        yield
    except BaseException:
        if not before:  # with a log there, someone else may be using them
            for side in sidecars(path):
                with suppress(OSError):
                    side.unlink(missing_ok=True)
        raise


def _creation_failed(path: Path, error: BaseException) -> BaseException:
    """The words for a new project that could not be written (full disk...)."""
    if isinstance(error, OSError):
        return cannot_write(error, path) or error
    problem = storage_problem(getattr(error, "orig", None))
    return CannotWrite(path, problem) if problem else error


def _migrate(path: Path, engine: Engine, version: int) -> None:
    """Upgrade the schema from ``version``, bring records made under it up to date
    and rebuild the search index if it is outdated, in one transaction."""
    try:
        with engine.begin() as connection:
            upgrade(connection)
            with Session(bind=connection) as session:
                from workbench.retired_upgrade import upgrade_stored  # upgrades only

                upgrade_stored(session, version)
                session.flush()
                if index_outdated_by(version):
                    rebuild_index(session)
                    session.flush()
    except BaseException:
        engine.dispose()
        raise


def needs_upgrade(path: Path) -> bool:
    """Whether opening ``path`` upgrades it to this version's schema (after a
    backup, and building its search index again if the index changed since):
    the window says so, as on a large library that takes a while (23 s for
    100,000 records when the index is rebuilt). Anything wrong with the file is for the open
    to say: here it only means no."""
    try:
        return inspect_file(path).user_version < SCHEMA_VERSION
    except (WorkbenchError, OSError):
        return False


def inspect_file(path: Path) -> FileHeader:
    """Refuse what is not an openable project, by reading bytes only (and nothing
    that is not a regular file, which could block the reading forever)."""
    problem = what_is_wrong(path)
    if problem == MISSING:
        raise ProjectNotFound(path)
    if problem is not None:
        raise NotAProject(path, problem)
    for sidecar in sidecars(path.resolve()):
        kind = sidecar_problem(sidecar)
        if kind is not None:
            raise NotAProject(
                path, f"{sidecar.name} beside it is {kind}, not SQLite's own file; remove it"
            )
    try:
        header = read_header(path)
    except OSError as error:
        raise NotAProject(path, f"it cannot be read ({error.strerror})") from error
    if not header.is_sqlite:
        reason = "the file is empty" if path.stat().st_size == 0 else "it is not a SQLite database"
        raise NotAProject(path, reason)
    if header.application_id != APPLICATION_ID:
        raise NotAProject(path, "it is a SQLite database made by another program")
    if header.user_version > SCHEMA_VERSION:
        raise SchemaTooNew(path, header.user_version, SCHEMA_VERSION)
    if header.user_version not in ALEMBIC_REVISIONS:
        raise ProjectDamaged(path, f"unknown schema version {header.user_version}")
    return header

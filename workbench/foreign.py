"""Reading a colleague's project file (``.wbproj``) without trusting it.

The file is copied, with its write-ahead log (``-wal``) when it has one, so
changes not yet checkpointed (the colleague's app still open, or a crash)
are read too; the original and its log are only ever read. The log is folded
into the copy, which is then opened read-only by SQLite with
``trusted_schema`` off and a time limit, checked for integrity, and its
schema compared, object by object, with the schema Workbench itself creates
for that version (``db.schema_check``, the check our own files get on every
open): any trigger, view, extra table or altered definition is refused before
our own code reads a row, and so is text that is not UTF-8 (our own file
reads it as U+FFFD; merged, it would spread unseen). It is never attached to our
database. Only then is the copy read (and, if older, migrated) into an
interchange document, under the same time limit.

Whatever a damaged or hostile file makes SQLite or our parsing raise becomes
:class:`ForeignProjectRefused` (the original exception chained), so the user
reads one line saying why, and our own project is not touched.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, exc

from db.schema import SCHEMA_VERSION
from db.schema_check import read_schema, schema_differences
from db.vocabulary import RECORD_KIND_NAMES
from workbench.errors import NotAProject, ProjectError, SchemaTooNew
from workbench.paths import AppPaths, sidecars
from workbench.project import Project, copy_with_log, inspect_file
from workbench.undecodable import undecodable_fields

log = logging.getLogger(__name__)

MAX_PROJECT_BYTES = 2 * 1024**3
QUERY_SECONDS = 60.0
PROGRESS_STEPS = 10_000
"""SQLite virtual-machine steps between two looks at the clock."""

_UNREADABLE = (sqlite3.Error, exc.SQLAlchemyError, ValueError, TypeError)
"""What damaged contents make reading raise: UnicodeDecodeError and a bad date
or JSON are ValueErrors; a value of the wrong type (SQLite keeps whatever it is
given, so the schema check cannot see one) makes a TypeError. Reading a copy
that passed the checks runs only code that reads sound projects every day, so
these come from the file; anything else is a bug of ours and surfaces."""


class ForeignProjectRefused(ProjectError):
    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, f"{path} was refused: {problem}; nothing was changed")
        self.problem = problem


def read_project_file(path: Path) -> dict[str, Any]:
    """A colleague's project as an interchange document, or ForeignProjectRefused."""
    inspect_file(path)
    _check_size(path)
    with tempfile.TemporaryDirectory(prefix="workbench-foreign-") as folder:
        copy = Path(folder) / "theirs.wbproj"
        _copy_with_log(path, copy)
        _fold_log(path, copy)
        version = _checked_version(path, copy)
        _check_copy(path, copy, version)
        return _read_copy(path, copy, version, AppPaths.rooted_at(Path(folder)))


def _check_size(path: Path) -> None:
    """Refuse a file (with its log) too large to copy and check in reasonable time."""
    try:
        log_file = sidecars(path)[0]
        size = path.stat().st_size + (log_file.stat().st_size if log_file.exists() else 0)
    except OSError as error:
        raise ForeignProjectRefused(path, f"it cannot be read ({_reason(error)})") from error
    if size > MAX_PROJECT_BYTES:
        raise ForeignProjectRefused(path, f"it is {size:,} bytes, over the 2 GiB limit")


def _copy_with_log(original: Path, copy: Path) -> None:
    """Copy the file with its log (without it, the colleague's latest changes would
    be silently left out); a file that cannot be copied is refused, saying why."""
    try:
        copy_with_log(original, copy)
    except OSError as error:
        raise ForeignProjectRefused(
            original, f"it cannot be read or copied for checking ({_reason(error)})"
        ) from error


def _reason(error: OSError) -> str:
    what = error.strerror or str(error)
    return f"{what}: {error.filename}" if error.filename else what


def _fold_log(original: Path, copy: Path) -> None:
    """Checkpoint the copied log into the copy, so the read-only checks see it.

    The copy is ours, so it may be opened for writing. A checkpoint only
    moves pages SQLite has verified by checksum; it runs no trigger and
    evaluates no schema SQL beyond parsing it (``trusted_schema`` off), and
    whatever it produces is checked in full afterwards.
    """
    if not sidecars(copy)[0].exists():
        return
    with _guarded(original, "checking"), closing(_connect(str(copy))) as connection:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _checked_version(original: Path, copy: Path) -> int:
    """The schema version the copy has now that its log is in (a change may have
    migrated it), refused as the original would be if it is not ours."""
    try:
        return inspect_file(copy).user_version
    except ProjectError as error:
        raise ForeignProjectRefused(original, _problem(error)) from error


def _problem(error: ProjectError) -> str:
    if isinstance(error, NotAProject):
        return f"it is not a Workbench project ({error.reason})"
    if isinstance(error, SchemaTooNew):
        return f"it was made by a newer Workbench (schema version {error.file_version})"
    return f"it is damaged ({getattr(error, 'detail', error)})"


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    """A connection for the checks: a time limit, and text that cannot fail to decode
    (what SQLite reports about a damaged file may hold any bytes)."""
    connection = sqlite3.connect(target, uri=uri, isolation_level=None)
    connection.text_factory = lambda data: data.decode("utf-8", errors="replace")
    _limit_time(connection, time.monotonic() + QUERY_SECONDS)
    return connection


def _limit_time(connection: sqlite3.Connection, deadline: float) -> None:
    """Interrupt any statement still running at ``deadline`` (a hostile file can
    make a query run for hours)."""
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)


def _check_copy(original: Path, copy: Path, version: int) -> None:
    """SQLite's full integrity check and an exact schema match, before our code
    (which trusts the schema) reads a row."""
    uri = f"{copy.resolve().as_uri()}?mode=ro"
    with _guarded(original, "checking"), closing(_connect(uri, uri=True)) as connection:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA query_only = ON")
        verdict = connection.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            first = str(verdict[0][0])[:200] if verdict else "no verdict"
            raise ForeignProjectRefused(original, f"its database is damaged ({first})")
        found = schema_differences(read_schema(connection), version)
        if found:
            named = "; ".join(difference.describe() for difference in found)
            raise ForeignProjectRefused(original, f"its schema is not Workbench's: {named}")
        _check_kinds(original, connection)
        _check_text(original, connection)


def _check_kinds(original: Path, connection: sqlite3.Connection) -> None:
    """Refuse a record kind we do not know: SQLAlchemy's loading asserts on one."""
    kinds = {str(k) for (k,) in connection.execute("SELECT DISTINCT kind FROM records")}
    unknown = sorted(kinds - set(RECORD_KIND_NAMES))
    if unknown:
        raise ForeignProjectRefused(
            original, f"it is damaged: unknown record kind {', '.join(unknown)[:200]}"
        )


def _check_text(original: Path, connection: sqlite3.Connection) -> None:
    """Refuse text that is not UTF-8: our own file reads it as U+FFFD, but merging it
    would carry the replacement characters into our records unseen."""
    for kind, record_id, field in undecodable_fields(connection):
        raise ForeignProjectRefused(
            original,
            f"it is damaged: column '{field}' of {kind} {record_id} holds text that is not UTF-8",
        )


def _read_copy(original: Path, copy: Path, version: int, paths: AppPaths) -> dict[str, Any]:
    """Read the checked copy into a document, under the time limit.

    At the current version it is opened read-only (no lock); an older one is
    upgraded in place. Either way the temporary copy is never backed up.
    """
    from workbench import ancestors
    from workbench.interchange import SECTION_NAMES, dump_document

    with _guarded(original, "reading"):
        current = version == SCHEMA_VERSION
        with Project.open(
            copy, author="merge", paths=paths, read_only=current, temporary=True
        ) as project:
            _limit_engine(project.engine)
            document = dump_document(project)
            with project.reading() as session:
                ancestors.carry(session, document, SECTION_NAMES.values())
            return document


def _limit_engine(engine: Engine) -> None:
    """One time limit, from now, for every connection the engine hands out."""
    deadline = time.monotonic() + QUERY_SECONDS

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            _limit_time(dbapi_connection, deadline)


@contextmanager
def _guarded(original: Path, doing: str) -> Iterator[None]:
    """Turn what a damaged file makes SQLite, ``Project.open`` or our parsing
    raise into a refusal naming the colleague's file, not our temporary copy."""
    try:
        yield
    except ForeignProjectRefused:
        raise
    except ProjectError as error:
        raise ForeignProjectRefused(original, _problem(error)) from error
    except _UNREADABLE as error:
        log.info("refused %s while %s it", original, doing, exc_info=error)
        raise ForeignProjectRefused(original, _describe(error, doing)) from error


def _describe(error: BaseException, doing: str) -> str:
    """Plain words for why the copy could not be read: damage, named where we can."""
    cause = getattr(error, "orig", None) or error
    message = str(cause)
    if isinstance(cause, sqlite3.OperationalError) and message == "interrupted":
        return f"{doing} it took longer than {QUERY_SECONDS:g} seconds"
    if isinstance(cause, UnicodeDecodeError):
        return "it is damaged: its structure holds text that is not UTF-8"
    if isinstance(cause, ValueError):
        return f"it is damaged: a stored value cannot be read ({message[:200]})"
    return f"it is damaged or cannot be read safely ({message[:200]})"

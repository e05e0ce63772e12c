"""Typed errors carrying the facts a message needs.

The words a user reads are composed where they are shown (the command line,
or the GUI with translation); these classes only carry data, plus a plain
English ``str()`` for logs and the command line.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.schema_check import SchemaDifference


class WorkbenchError(Exception):
    """Base of every error Workbench reports to users rather than crashing on."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as it is, not by calling ``__init__`` again: the window's reader
        process (``workbench.reader_process``) sends errors back, and most of these
        take other arguments than the message Python would pass them."""
        return (_rebuilt_error, (type(self), self.args, self.__dict__))


def _rebuilt_error(
    cls: type[WorkbenchError], args: tuple[Any, ...], state: dict[str, Any]
) -> WorkbenchError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ProjectError(WorkbenchError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class ProjectNotFound(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"{path}: no such project file")


class ProjectExists(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"{path}: a file of that name already exists")


class NotAProject(ProjectError):
    """The file is not a Workbench project (empty, text, random, foreign SQLite)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"{path} is not a Workbench project: {reason}")
        self.reason = reason


class SchemaTooNew(ProjectError):
    """Made by a newer Workbench: refused, left untouched."""

    def __init__(self, path: Path, file_version: int, supported_version: int) -> None:
        super().__init__(
            path,
            f"{path} uses project schema version {file_version}, but this Workbench "
            f"reads versions up to {supported_version}; the file was not changed. "
            "Open it with a newer Workbench.",
        )
        self.file_version = file_version
        self.supported_version = supported_version


class ProjectDamaged(ProjectError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"{path} is damaged: {detail}")
        self.detail = detail


class ReadOnlyProject(ProjectError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"{path} was opened read-only; it cannot be changed")


class ProjectLocked(ProjectError):
    """Another running Workbench has the project open."""

    def __init__(self, path: Path, holder: str, since: datetime | None) -> None:
        when = f" since {since.isoformat(timespec='seconds')}" if since else ""
        super().__init__(path, f"{path} is open in another Workbench ({holder}){when}")
        self.holder = holder
        self.since = since


class RecordNotFound(WorkbenchError):
    def __init__(self, record_id: uuid.UUID, kind: str | None = None) -> None:
        what = kind or "record"
        super().__init__(f"no {what} with id {record_id}")
        self.record_id = record_id
        self.kind = kind


class InvalidField(WorkbenchError):
    """A value a record cannot take; names the record kind and the field.

    ``problem`` is the English the command line prints; ``reason`` (one of
    :data:`FIELD_REASONS`) and ``details`` are the facts the app words in the
    user's language (``ui.messages.field_problem``)."""

    def __init__(
        self, kind: str, field: str, problem: str, reason: str = "invalid", **details: Any
    ) -> None:
        super().__init__(f"{kind}.{field}: {problem}")
        self.kind = kind
        self.field = field
        self.problem = problem
        self.reason = reason
        self.details = details


FIELD_REASONS = (
    "invalid",  # details: none (the English problem is all there is)
    "unknown_field",
    "required",
    "not_yes_no",
    "not_text",
    "too_long",  # length, limit
    "not_a_choice",  # value, choices
    "not_a_date",  # value
    "no_such_day",  # year, month, day
)


class InvalidLink(WorkbenchError):
    def __init__(self, kind: str, role: str, problem: str) -> None:
        super().__init__(f"{kind} link '{role}': {problem}")
        self.kind = kind
        self.role = role
        self.problem = problem


class SaveFailed(ProjectError):
    """A change could not be written to the project file; it was rolled back whole."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, f"cannot save to {path}: {problem}; the change was not made")
        self.problem = problem


class BackupFailed(WorkbenchError):
    """A backup (or a restore) could not be written; nothing was changed."""

    def __init__(self, folder: Path, problem: str) -> None:
        super().__init__(f"cannot write a backup in {folder}: {problem}; nothing was changed")
        self.folder = folder
        self.problem = problem


class NoGoodBackup(ProjectError):
    """No backup of the project, or the one named is damaged or not a project."""

    def __init__(self, path: Path, folder: Path, backup: Path | None = None) -> None:
        what = f"{backup} is not a sound backup" if backup else f"no sound backup in {folder}"
        super().__init__(path, f"cannot restore {path}: {what}")
        self.folder = folder
        self.backup = backup


class CannotWrite(WorkbenchError):
    """A file could not be written where asked: read-only file, folder or disk,
    no such folder, or a full disk (``problem``, worded by workbench.filesystem).

    Named by its folder and file name only, since the line is also logged.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(cannot_write_message(path, problem))
        self.path = path
        self.problem = problem


_ADVICE = {
    "the disk is read-only": "Copy it to a writable disk, or choose another place.",
    "the file is read-only": "Make the file writable, or copy it and use the copy.",
    "the folder is read-only": "Choose a folder you may write to.",
    "its folder does not exist": "Create the folder first, or choose another.",
    "the disk is full": "Free some space, or choose another disk.",
}
"""What to do about each problem :class:`CannotWrite` names."""


def where(path: Path) -> str:
    """A file named for a user and the log: its folder and name, never the full path."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def cannot_write_message(path: Path, problem: str) -> str:
    """One line, the same from every command: what, why, and what to do."""
    advice = _ADVICE.get(problem)
    return f"cannot write {where(path)}: {problem}; nothing was changed." + (
        f" {advice}" if advice else ""
    )


def not_recorded(project: Path, older: bool = False) -> str:
    """The notice for an export written from a project it could not record in: a
    read-only one, or one of an older schema, which only opening it upgrades
    (every caller's words)."""
    why = "is from an older Workbench (open it to upgrade it)" if older else "is read-only"
    return (
        f"the export was written but not recorded in {where(project)}, which {why}; "
        "its submission does not list it"
    )


class ProjectUnreadable(ProjectError):
    """An intact project that cannot be read where it is (never called damaged)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, f"cannot open {where(path)}: {problem}; nothing was changed")
        self.problem = problem


class ExportTargetError(WorkbenchError):
    """The document could not be written where asked; nothing there was changed."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(cannot_write_message(path, problem))
        self.path = path
        self.problem = problem


class TemplateError(WorkbenchError):
    """A Word template that cannot be used (not a .docx, damaged, missing styles)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"template {path}: {problem}")
        self.path = path
        self.problem = problem


class LockFileRefused(ProjectError):
    """The project's lock file is a symbolic link or not a regular file.

    Opening it as usual would follow the link and empty the file it points to
    (or block on a named pipe), so the project is not opened at all.
    """

    def __init__(self, path: Path, lock: Path, problem: str) -> None:
        super().__init__(
            path,
            f"{path} cannot be opened: its lock file {lock} {problem}; "
            "nothing was changed. Remove it if no Workbench has the project open.",
        )
        self.lock = lock
        self.problem = problem


class LinkRefused(WorkbenchError):
    """A file to write is a symbolic link: never written through, nor replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"cannot write {path}: it is a symbolic link, and Workbench does not write "
            "through links; nothing was changed. Name the file itself, or another file."
        )
        self.path = path


class NotARegularFile(WorkbenchError):
    """A file given to read is missing, or a folder, named pipe, device or socket.

    Refused before it is opened: reading a named pipe or a device can block
    forever or never end. ``problem`` is worded by :mod:`workbench.inputs`.
    """

    def __init__(self, path: Path, role: str, problem: str) -> None:
        super().__init__(f"cannot read {role} {path}: {problem}; nothing was changed")
        self.path = path
        self.role = role
        self.problem = problem


class ForeignSchema(ProjectDamaged):
    """The project file holds tables, indexes, triggers, views or virtual tables
    that are not exactly Workbench's: refused before any of our statements
    could make one of them run, the file left as it was."""

    def __init__(self, path: Path, differences: tuple[SchemaDifference, ...]) -> None:
        first = differences[0].describe()
        more = f" (and {len(differences) - 1} more)" if len(differences) > 1 else ""
        # One line that already says what to do: not the "is damaged: detail" of
        # the base class, which the command line follows with a second line.
        ProjectError.__init__(
            self,
            path,
            f"{path} contains {first}{more}; nothing was changed. Restore a backup "
            f"(workbench restore '{path}' --list), or list every difference with "
            f"workbench check '{path}'",
        )
        self.detail = f"it contains {first}{more}"
        self.differences = differences

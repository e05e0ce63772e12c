"""Messages for errors users can act on, composed (and translated) here.

Services raise typed errors carrying facts (who holds the lock, since when,
which schema versions); this module turns them into words. Showing goes
through :data:`presenter`, a hook tests replace so no modal box blocks them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.models.values import format_datetime
from workbench.errors import (
    BackupFailed,
    CannotWrite,
    ExportTargetError,
    InvalidField,
    InvalidLink,
    LinkRefused,
    LockFileRefused,
    NoGoodBackup,
    NotAProject,
    NotARegularFile,
    ProjectDamaged,
    ProjectExists,
    ProjectLocked,
    ProjectNotFound,
    ProjectUnreadable,
    SaveFailed,
    SchemaTooNew,
    TemplateError,
    WorkbenchError,
)
from workbench.filesystem import (
    DISK_FULL,
    NO_FOLDER,
    READ_ONLY_DISK,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
)
from workbench.paths import PROJECT_SUFFIX

Presenter = Callable[[QWidget | None, str, str], None]


ERROR_STYLE = "color: #b3261e;"
"""How a problem reads beside the field or in the dialog it concerns: one red for all."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(error: WorkbenchError) -> tuple[str, str]:
    """(title, text) for an error, in the interface language."""
    if isinstance(error, ProjectLocked):
        since = format_datetime(error.since) if error.since else "?"
        return _tr("Project in use"), _tr(
            "“%s” is open in another Workbench (%s) since %s.\n\n"
            "Close it there first, or open a copy."
        ) % (error.path.name, error.holder, since)
    if isinstance(error, LockFileRefused):
        return _tr("Project not opened"), _tr(
            "“%s” was not opened: its lock file %s %s. Nothing was changed. "
            "Remove that file if no Workbench has the project open, then try again."
        ) % (error.path.name, error.lock, error.problem)
    if isinstance(error, SchemaTooNew):
        return _tr("Made by a newer Workbench"), _tr(
            "“%s” uses project version %d; this Workbench reads versions up to %d. "
            "The file was not changed. Open it with a newer Workbench."
        ) % (error.path.name, error.file_version, error.supported_version)
    if isinstance(error, NotAProject):
        return _tr("Not a Workbench project"), _tr(
            "“%s” is not a Workbench project: %s. The file was not changed."
        ) % (error.path.name, error.reason)
    if isinstance(error, ProjectDamaged):
        return _tr("Project damaged"), _tr(
            "“%s” cannot be opened because it is damaged (%s). "
            "Restore it from a backup: File ▸ Restore from Backup…"
        ) % (error.path.name, error.detail)
    if isinstance(error, SaveFailed):
        return _tr("Not saved"), _tr(
            "The change could not be saved to “%s”: %s. Nothing was changed; "
            "free some space or check the folder, then try again."
        ) % (error.path.name, error.problem)
    if isinstance(error, NoGoodBackup):
        return _tr("No sound backup"), _tr(
            "“%s” cannot be restored: no sound backup of it was found in %s. Nothing was changed."
        ) % (error.path.name, error.folder)
    if isinstance(error, BackupFailed):
        return _tr("Backup failed"), _tr(
            "A backup could not be written in %s: %s. Nothing was changed; "
            "free some space or check the folder, then try again."
        ) % (error.folder, error.problem)
    if isinstance(error, ProjectNotFound):
        return _tr("Project not found"), _tr("There is no project at %s.") % error.path
    if isinstance(error, ProjectExists):
        return _tr("File exists"), _tr("%s exists already; choose another name.") % error.path
    if isinstance(error, InvalidField):
        return _tr("Change refused"), field_problem(error)
    if isinstance(error, InvalidLink):
        return _tr("Change refused"), str(error)
    if isinstance(error, TemplateError):
        return _tr("Export failed"), _tr(
            "The Word template “%s” cannot be used: %s. Nothing was written."
        ) % (error.path.name, error.problem)
    if isinstance(error, ExportTargetError):
        return _tr("Export failed"), _tr(
            "Could not write “%s”: %s. Nothing was changed; choose another file or folder."
        ) % (error.path.name, error.problem)
    files = _files(error)
    if files is not None:
        return files
    sharing = _sharing(error)
    if sharing is not None:
        return sharing
    return _tr("Workbench"), str(error)


def field_problem(error: InvalidField) -> str:
    """What is wrong with a value, in the user's terms and language ("30 February 2023
    does not exist"), from the facts the error carries; the English problem for a
    reason this does not know."""
    facts = error.details
    if error.reason == "no_such_day":
        month = QLocale().monthName(int(facts["month"]), QLocale.FormatType.LongFormat)
        return _placed(_tr("%1 %2 %3 does not exist"), str(facts["day"]), month, str(facts["year"]))
    if error.reason == "not_a_date":
        return _placed(
            _tr("“%1” is not a date: write it as YYYY-MM-DD, for example 2023-02-28"),
            str(facts["value"])[:40],
        )
    if error.reason == "too_long":
        locale = QLocale()
        return _placed(
            _tr("The text has %1 characters; at most %2 fit here"),
            locale.toString(int(facts["length"])),
            locale.toString(int(facts["limit"])),
        )
    words = {
        "required": _tr("A value is needed here"),
        "not_yes_no": _tr("Choose yes or no"),
        "not_text": _tr("Text is needed here"),
        "not_a_choice": _tr("Choose one of the values offered"),
        "unknown_field": _tr("This kind of record has no such field"),
    }
    return words.get(error.reason, error.problem)


def _placed(template: str, *values: str) -> str:
    """``template`` with %1, %2... replaced (translations may put them in any order)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def _files(error: WorkbenchError) -> tuple[str, str] | None:
    """Words for a file given to read that is no file, a link given to write, and a
    place the file system refuses (read-only, missing folder, full disk)."""
    if isinstance(error, CannotWrite) and error.path.suffix == PROJECT_SUFFIX:
        return _tr("Project not opened"), _tr(
            "“%s” (folder “%s”) cannot be opened for editing: %s. Nothing was changed. "
            "Copy it to a folder you can write to and open the copy."
        ) % (error.path.name, error.path.parent.name, _problem(error.problem))
    if isinstance(error, CannotWrite):
        return _tr("Not written"), _tr(
            "“%s” (folder “%s”) cannot be written: %s. Nothing was changed; choose another place."
        ) % (error.path.name, error.path.parent.name, _problem(error.problem))
    if isinstance(error, ProjectUnreadable):
        return _tr("Project not opened"), _tr(
            "“%s” cannot be read on this read-only disk: its -wal file holds changes "
            "not yet saved into it. Nothing was changed. Copy the project with its "
            "-wal file to a folder you can write to and open the copy."
        ) % error.path.name
    if isinstance(error, NotARegularFile):
        return _tr("Cannot read this file"), _tr(
            "The %s “%s” cannot be read: %s. Nothing was changed."
        ) % (error.role, error.path.name, error.problem)
    if isinstance(error, LinkRefused):
        return _tr("Not written"), _tr(
            "“%s” is a symbolic link; Workbench does not write through links. "
            "Nothing was changed; choose the file itself, or another name."
        ) % error.path.name
    return None


def _problem(problem: str) -> str:
    """The file system's problem (workbench.filesystem's words) in the interface language."""
    words = {
        READ_ONLY_DISK: _tr("the disk is read-only"),
        READ_ONLY_FILE: _tr("the file is read-only"),
        READ_ONLY_FOLDER: _tr("the folder is read-only"),
        NO_FOLDER: _tr("its folder does not exist"),
        DISK_FULL: _tr("the disk is full"),
    }
    return words.get(problem, problem)


def _sharing(error: WorkbenchError) -> tuple[str, str] | None:
    """Words for what sharing and merging run into (a colleague's file, a passphrase)."""
    from workbench.foreign import ForeignProjectRefused
    from workbench.interchange import InterchangeError
    from workbench.merge import MergeConflicts
    from workbench.share import ShareError, WrongPassphrase

    if isinstance(error, WrongPassphrase):
        return _tr("Wrong passphrase"), _tr(
            "“%s” could not be opened: wrong passphrase, or the bundle was altered "
            "after it was made. Nothing was changed."
        ) % error.path.name
    if isinstance(error, ShareError):
        return _tr("Cannot use this bundle"), _tr("“%s”: %s. Nothing was changed.") % (
            error.path.name,
            error.problem,
        )
    if isinstance(error, ForeignProjectRefused):
        return _tr("Cannot merge this project"), _tr(
            "“%s” cannot be merged: %s. Nothing was changed."
        ) % (error.path.name, error.problem)
    if isinstance(error, InterchangeError):
        return _tr("Cannot merge this file"), _tr(
            "The file cannot be merged (%s). Nothing was changed."
        ) % error
    if isinstance(error, MergeConflicts):
        return _tr("Conflicts remain"), _tr(
            "%d record(s) were changed on both sides; choose what to keep for each. "
            "Nothing was merged."
        ) % error.count
    return None


def _message_box(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


presenter: Presenter = _message_box
"""Shows a message; tests swap it for a recorder."""


def show_error(parent: QWidget | None, error: WorkbenchError) -> None:
    title, text = describe(error)
    presenter(parent, title, text)

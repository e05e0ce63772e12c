"""Restore from backup in the GUI: offered by itself when a project opens damaged, and
from File ▸ Restore from Backup…; the replaced file is kept aside, never deleted."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.damaged_files import garble_table_roots
from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow
from workbench import backups
from workbench.library import Library
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.settings import Settings


def _when_dialog_shows(act: Callable[[RestoreDialog], None], seen: list[RestoreDialog]) -> None:
    """Act on the restore dialog once it runs modally (as a user would)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDialog):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _tag_titles(path: Path) -> set[str]:
    with Project.open(path, read_only=True) as project:
        return {row.title for row in Library(project).page("tag", limit=10_000)}


def test_a_damaged_project_offers_its_newest_sound_backup_and_opens_it(
    qtbot, isolated_home: AppPaths, starter_path: Path, recorded_messages
) -> None:
    with Project.open(starter_path) as project:  # the daily backup is made here
        Library(project).create("tag", {"name": "made after the backup"})
    [backup] = backups.list_backups(starter_path, isolated_home.backups)
    garble_table_roots(starter_path)
    damaged = starter_path.read_bytes()
    window = MainWindow(isolated_home, Settings())
    qtbot.addWidget(window)
    window.show()
    seen: list[RestoreDialog] = []

    def restore(dialog: RestoreDialog) -> None:
        assert "damaged" in dialog.explanation.text()
        assert dialog.chosen() == backup.path
        dialog.restore_button.click()

    _when_dialog_shows(restore, seen)
    assert window.open_project(starter_path)
    assert seen and window.workspace is not None
    assert window.workspace.project.path == starter_path
    [aside] = [p for p in starter_path.parent.iterdir() if ".damaged-" in p.name]
    assert aside.read_bytes() == damaged
    assert recorded_messages.shown[-1][0] == "Project restored"
    assert aside.name in recorded_messages.shown[-1][1]
    titles = {r.title for r in window.workspace.library.page("tag", limit=1000)}
    assert titles and "made after the backup" not in titles


def test_restore_from_the_file_menu_puts_back_the_chosen_backup(
    qtbot, window: MainWindow, isolated_home: AppPaths, recorded_messages
) -> None:
    assert window.workspace is not None
    path = window.workspace.project.path
    older = window.workspace.project.make_backup("manual")
    window.workspace.library.create("tag", {"name": "a later tag"})
    window.workspace.project.make_backup("merge")
    seen: list[RestoreDialog] = []

    def pick_older(dialog: RestoreDialog) -> None:
        rows = [dialog.backups.topLevelItem(i) for i in range(dialog.backups.topLevelItemCount())]
        [item] = [r for r in rows if r.toolTip(0) == str(older)]
        dialog.backups.setCurrentItem(item)
        dialog.restore_button.click()

    _when_dialog_shows(pick_older, seen)
    window.restore_action.trigger()
    assert seen and window.workspace is not None and window.workspace.project.path == path
    titles = {r.title for r in window.workspace.library.page("tag", limit=1000)}
    assert "a later tag" not in titles
    [aside] = [p for p in path.parent.iterdir() if ".replaced-" in p.name]
    assert "a later tag" in _tag_titles(aside)


def test_cancelling_keeps_the_open_project_as_it_was(
    qtbot, window: MainWindow, isolated_home: AppPaths
) -> None:
    assert window.workspace is not None
    project = window.workspace.project
    project.make_backup("manual")
    window.workspace.library.create("tag", {"name": "kept"})
    seen: list[RestoreDialog] = []
    _when_dialog_shows(lambda dialog: dialog.reject(), seen)
    window.restore_action.trigger()
    assert seen and window.workspace is not None and window.workspace.project is project
    assert "kept" in {r.title for r in window.workspace.library.page("tag", limit=1000)}
    assert not [p for p in project.path.parent.iterdir() if ".replaced-" in p.name]


def test_a_damaged_project_without_backups_is_explained(
    qtbot, isolated_home: AppPaths, starter_path: Path, recorded_messages
) -> None:
    garble_table_roots(starter_path)
    window = MainWindow(isolated_home, Settings())
    qtbot.addWidget(window)
    assert not window.open_project(starter_path)
    title, text = recorded_messages.shown[-1]
    assert title == "Project damaged" and "Restore from Backup" in text
    assert window.workspace is None


def test_storage_messages_say_what_happened_and_that_nothing_changed(tmp_path: Path) -> None:
    from ui.messages import describe
    from workbench.errors import BackupFailed, NoGoodBackup, SaveFailed

    title, text = describe(SaveFailed(tmp_path / "p.wbproj", "the disk is full"))
    assert title == "Not saved" and "the disk is full" in text and "Nothing was changed" in text
    title, text = describe(BackupFailed(tmp_path / "backups", "permission denied"))
    assert title == "Backup failed" and "permission denied" in text and "backups" in text
    title, text = describe(NoGoodBackup(tmp_path / "p.wbproj", tmp_path / "backups"))
    assert title == "No sound backup" and "p.wbproj" in text


def test_a_project_with_a_planted_trigger_is_refused_by_the_app_unchanged(
    qtbot, isolated_home: AppPaths, starter_path: Path, recorded_messages
) -> None:
    """The app's open gets the same schema check as every command: the trigger is
    named, the file left byte for byte as it was."""
    import sqlite3

    connection = sqlite3.connect(starter_path, isolation_level=None)
    connection.execute("CREATE TRIGGER wipe AFTER UPDATE ON records BEGIN DELETE FROM links; END")
    connection.close()
    before = starter_path.read_bytes()
    window = MainWindow(isolated_home, Settings())
    qtbot.addWidget(window)
    assert not window.open_project(starter_path)
    title, text = recorded_messages.shown[-1]
    assert title == "Project damaged" and "trigger `wipe`" in text
    assert window.workspace is None
    assert starter_path.read_bytes() == before

"""The main window: menus, tool bar, and the open project's panes.

The window owns at most one open project (a :class:`Workspace`). Opening
one that cannot be opened (locked, newer, not a project, damaged) shows
why and leaves the window as it was, still usable.

Everything that needs the project layer (SQLAlchemy, python-docx, the
editors and dialogs built on them) is imported where it is first used, not
at the top: the window must be on screen before those load, and the project
then opens in it (tests/test_architecture.py keeps it so).

Every command of the window (menu entry, tool-bar button, shortcut) is routed
through :meth:`MainWindow.perform`, which first saves what is being typed in
the open record: an export, a share, a merge, an undo or closing the project
always sees the last keystroke. Closing the window does the same.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import collector, messages
from ui.icons import icon, kind_icon
from ui.labels import KIND_ORDER, kind_name
from ui.notices import relay_notices
from ui.project_closing import wait_for_closes
from ui.runner import Runner, tell
from ui.translations import install_language
from workbench.errors import ProjectDamaged, WorkbenchError
from workbench.paths import BUNDLE_SUFFIX, PROJECT_SUFFIX, AppPaths
from workbench.settings import Settings, save_settings

if TYPE_CHECKING:
    from ui.project_view import ProjectView
    from ui.workspace import Workspace
    from workbench.project import Project

log = logging.getLogger(__name__)

PROJECT_FILTER = "Workbench projects (*.wbproj)"
NOTICE_SHOWN_MS = 20_000


class NotePage(QWidget):
    """A page saying one thing, centred and greyed, where the project's panes go."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setEnabled(False)
        layout.addWidget(self.label)


class OpeningPage(NotePage):
    """“Opening …”, shown while a project opens; says when it has first been painted,
    which is when the window is on screen and the slow part may begin."""

    painted = Signal()

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._was_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._was_painted:
            self._was_painted = True
            self.painted.emit()


class MainWindow(QMainWindow):
    upgrading = Signal(str)
    """The project being opened (its file name) is from an earlier version and is being
    upgraded: sent from the worker opening it, so the opening page can say so."""
    project_opened = Signal()
    """A project is open in the window and shown."""

    def __init__(self, paths: AppPaths, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.workspace: Workspace | None = None
        self.view: ProjectView | None = None
        self.runner = Runner(self)
        """Opens and creates projects in the background (see :meth:`open_in_background`)."""
        self.upgrading.connect(self._say_upgrading)
        self._opening_page: OpeningPage | None = None
        self._pending_share: Path | None = None
        """A bundle handed over before a project was open: merged once one is."""
        # Later, not inside the opening: merging shows a modal dialog.
        self.project_opened.connect(lambda: QTimer.singleShot(0, self._merge_pending_share))
        self._closing = False
        self.shortcuts_dialog: QDialog | None = None
        """Help ▸ Keyboard Shortcuts, made when first asked for and kept while open."""
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(360)
        self.stack = QStackedWidget(self)
        self.welcome = self._welcome_page()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._restore_layout()
        self._update_actions()
        self._update_title()
        relay_notices(self, self.show_notice)

    def show_notice(self, text: str) -> None:
        """A problem the project layer worked around, in the status bar for a while."""
        self.statusBar().showMessage(
            self.tr("%s. The log file has the details.") % text, NOTICE_SHOWN_MS
        )

    # --- projects -------------------------------------------------------------

    def open_in_background(self, path: Path, *, create: bool = False) -> None:
        """Open ``path`` on a worker thread once the window shows it is opening it
        (with ``create``, first make it from the starter library).

        Opening is the project layer loading (at start) and the file being
        checked (and, once a day, backed up): seconds on a large library. The
        window says what it is opening and stays responsive meanwhile; at
        start it is on screen before any of that begins. The project open
        until now stays open, behind the page, until the new one has opened.
        """
        if self._opening_page is not None:
            return  # one at a time
        path = Path(path)
        doing = self.tr("Creating “%s”…") if create else self.tr("Opening “%s”…")
        page = OpeningPage(doing % path.name, self.stack)
        self._opening_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_actions()
        page.painted.connect(
            lambda: QTimer.singleShot(0, lambda: self._start_opening(page, path, create))
        )

    def _start_opening(self, page: OpeningPage, path: Path, create: bool) -> None:
        if self.stack.currentWidget() is not page or self._closing:
            self._drop_opening_page(page)
            return
        self.runner.start(
            "create a project" if create else "open a project",
            lambda _progress: self._open_paused(path, create),
            lambda outcome: self._finish_opening(page, path, outcome),
            lambda outcome: self._finish_opening(page, path, outcome),
            discard=lambda outcome: self._discard_opening(page, outcome),
        )

    def _open_paused(self, path: Path, create: bool) -> Project:
        """Opening a million records' project reads their revisions: a hundred walks
        of the cycle collector over them held the window (see ui.collector)."""
        with collector.paused():
            return self._open_on_worker(path, create)

    def _open_on_worker(self, path: Path, create: bool = False) -> Project:
        """The project, opened (or first created) on the worker thread, which also
        loads the modules of the project's panes (their import is a quarter of a
        second the GUI thread would otherwise wait for; importing creates no widgets)
        and makes their first reads once (compiled and cached when they are built)."""
        import ui.project_view  # noqa: F401
        from ui.warm_up import make_the_first_widgets, read_as_the_panes_will
        from workbench.library import Library

        # The panes' modules are loaded: the GUI thread, idle while the file opens,
        # makes the first of their widgets (importing them there would hold it).
        QTimer.singleShot(0, self, make_the_first_widgets)

        if create:
            from ui.translations import effective_language
            from workbench.starter import create_project

            create_project(
                path, language=effective_language(self.settings.interface_language)
            ).close()
        project = self._open_file(path)
        read_as_the_panes_will(Library(project))
        return project

    def _finish_opening(self, page: OpeningPage, path: Path, outcome: object) -> None:
        from workbench.project import Project

        self._drop_opening_page(page)
        if isinstance(outcome, Project):
            self._opened(path, outcome)
        elif isinstance(outcome, WorkbenchError):
            self._open_failed(path, outcome)
        else:
            messages.presenter(
                self,
                self.tr("Not opened"),
                self.tr("“%s” could not be opened: %s") % (path.name, outcome),
            )

    def _discard_opening(self, page: OpeningPage, outcome: object) -> None:
        """The window closed while a project opened: it is closed, not left locked."""
        from workbench.project import Project

        self._drop_opening_page(page)
        if isinstance(outcome, Project):
            outcome.close()

    def _drop_opening_page(self, page: OpeningPage) -> None:
        self._opening_page = None
        self.stack.removeWidget(page)
        page.deleteLater()
        self.stack.setCurrentWidget(self.view if self.view is not None else self.welcome)
        self._update_actions()

    def open_project(self, path: Path) -> bool:
        """Open ``path`` in this window (closing the current project); False if refused."""
        path = Path(path)
        try:
            project = self._open_file(path)
        except WorkbenchError as error:
            return self._open_failed(path, error)
        self._opened(path, project)
        return True

    def _open_file(self, path: Path) -> Project:
        """The project at ``path``, checked, locked (and backed up when due), once any
        project closing in the background is closed (it may be this one)."""
        from workbench.project import Project, needs_upgrade

        wait_for_closes()
        if needs_upgrade(path):
            self.upgrading.emit(path.name)
        return Project.open(path, author=self.settings.author or None, paths=self.paths)

    def _say_upgrading(self, name: str) -> None:
        if self._opening_page is not None:
            self._opening_page.label.setText(
                self.tr("Upgrading “%s” for this version of Workbench (once)…") % name
            )

    def _opened(self, path: Path, project: Project) -> None:
        from ui.workspace import Workspace

        self.close_project()
        self._install(Workspace(project, self))
        self.settings = self.settings.with_recent(path)
        # Written once the view has been painted: not part of the wait to see it.
        QTimer.singleShot(0, lambda: self._remember(self.settings))
        self.project_opened.emit()

    def _open_failed(self, path: Path, error: WorkbenchError) -> bool:
        """Say why ``path`` did not open (offering a backup if it is damaged); False
        unless a backup was put in its place and opened."""
        from ui.dialogs.restore_dialog import has_backups

        log.info("could not open %s: %s", path, error)
        if isinstance(error, ProjectDamaged) and has_backups(path, self.paths.backups):
            return self.restore_from_backup(path, error)
        messages.show_error(self, error)
        if not path.exists():
            self._remember(
                replace(
                    self.settings,
                    recent_projects=self.settings.without_recent(path).recent_projects,
                )
            )
        return False

    def new_project(self, path: Path | None = None) -> None:
        """Create a project from the starter library and open it (in the background,
        as opening is: a starter library takes a moment to write and index)."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("New project"), str(self.paths.data), self.tr(PROJECT_FILTER)
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        self.open_in_background(path, create=True)

    def choose_and_open(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(self.paths.data), self.tr(PROJECT_FILTER)
        )
        if chosen:
            self.open_in_background(Path(chosen))

    def close_project(self) -> None:
        """Put the project away; the file itself is closed on a thread (see
        ``ui.project_closing``), which anything needing it closed waits for."""
        if self.workspace is None:
            return
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.workspace.close(in_background=True)
        self.workspace.deleteLater()
        self.workspace = None
        self.stack.setCurrentWidget(self.welcome)
        self.search_box.clear()
        self._update_actions()
        self._update_title()

    def _install(self, workspace: Workspace) -> None:
        from ui.project_view import ProjectView
        from ui.warm_up import warm_up

        self.workspace = workspace
        self.view = ProjectView(workspace, self.search_box, self.stack)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        workspace.failed.connect(lambda error: messages.show_error(self, error))
        workspace.undo_stack.canUndoChanged.connect(lambda _b: self._update_actions())
        workspace.undo_stack.canRedoChanged.connect(lambda _b: self._update_actions())
        workspace.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()
        self._update_title()
        collector.set_aside_survivors()  # the project's lasting objects: see ui.collector
        warm_up(workspace.reads, workspace.library)

    # --- records --------------------------------------------------------------

    def new_record(self, kind: str | None = None) -> uuid.UUID | None:
        if self.workspace is None or self.view is None:
            return None
        from ui.undo import CreateRecord

        kind = kind or self.view.list.kind
        fields = {"language": self.settings.document_language} if kind == "submission" else {}
        command = CreateRecord(self.workspace, kind, fields)
        if self.view.list.kind != kind:
            self.view.show_kind(kind)
        self.search_box.clear()
        self.workspace.push(command)
        self.view.open_record(command.record_id)
        self.view.editor.focus_first_field()
        return command.record_id

    def delete_record(self) -> None:
        if self.workspace is None or self.view is None:
            return
        record = self.view.editor.record
        if record is not None:
            from ui.undo import DeleteRecord

            self.workspace.push(DeleteRecord(self.workspace, record))

    def undo(self) -> None:
        if self.workspace is not None and self.view is not None:
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None and self.view is not None:
            self.workspace.undo_stack.redo()

    def export_submission(self) -> None:
        """Export the submission being worked on (the one the preview shows)."""
        if self.workspace is None or self.view is None:
            return
        submission = self.view.current_submission()
        if submission is None:
            messages.presenter(
                self, self.tr("Export"), self.tr("Open the submission to export first.")
            )
            return
        from ui.dialogs.export_dialog import ExportDialog

        ExportDialog.export(self, self.workspace, submission)

    def share_project(self) -> None:
        if self.workspace is not None and self.view is not None:
            from ui.dialogs.share_dialog import ShareDialog

            ShareDialog.share(self, self.workspace)

    def merge_from_colleague(self, path: Path | None = None) -> None:
        """The merge dialog, reading ``path`` at once if given (a bundle opened from
        the file manager)."""
        if self.workspace is not None and self.view is not None:
            from ui.dialogs.merge_dialog import MergeDialog

            MergeDialog.merge(self, self.workspace, self.paths, path=path)

    def receive_file(self, file: Path | None) -> None:
        """A file handed over by a later launch (see ui.single_instance), or given at
        start: the window comes to the front, then opens the project, or offers
        the bundle for merging into the project open (once one is)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if file is None:
            return
        if file.suffix.lower() != BUNDLE_SUFFIX:
            current = self.workspace.project.path if self.workspace is not None else None
            if current is None or current.resolve() != file.resolve():
                self.open_in_background(file)
            return
        if QApplication.activeModalWidget() is not None:
            note = self.tr(
                "Finish what is open, then merge “%s” with File ▸ Merge from a Colleague…"
            )
            self.statusBar().showMessage(note % file.name)
        elif self.workspace is None or self._opening_page is not None:
            self._pending_share = file
        else:
            self.merge_from_colleague(file)

    def _merge_pending_share(self) -> None:
        share, self._pending_share = self._pending_share, None
        if share is not None:
            self.merge_from_colleague(share)

    def import_word_document(self) -> None:
        if self.workspace is not None and self.view is not None:
            from ui.dialogs.import_dialog import ImportDialog

            ImportDialog.bring_in(self, self.workspace, self.paths)

    def bring_in_reviewed_document(self) -> None:
        if self.workspace is not None and self.view is not None:
            from ui.dialogs.review_dialog import ReviewDialog

            ReviewDialog.bring_in(self, self.workspace, self.view.open_record)

    def restore_from_backup(
        self, path: Path | None = None, damage: ProjectDamaged | None = None
    ) -> bool:
        """Put a backup in the place of ``path`` (default: the open project, else one
        chosen), then open it. The open project is closed only once a backup is chosen."""
        current = self.workspace.project.path if self.workspace is not None else None
        if path is None:
            path = current or self._choose_project_file()
        if path is None:
            return False
        closing = current is not None and current.resolve() == path.resolve()
        from ui.dialogs.restore_dialog import offer_restore

        restored = offer_restore(
            self, path, self.paths.backups, damage, self._close_project_now if closing else None
        )
        if restored is None:
            if closing and self.workspace is None:  # closed for a restore that failed
                self.open_project(path)
            return False
        return self.open_project(path)

    def _close_project_now(self) -> None:
        """Close the project and wait until its file is closed (a backup replaces it next)."""
        self.close_project()
        wait_for_closes()

    def _choose_project_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore which project?"), str(self.paths.data), self.tr(PROJECT_FILTER)
        )
        return Path(chosen) if chosen else None

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def edit_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        settings, accepted = SettingsDialog.edit(self, self.settings)
        if accepted:
            language_changed = settings.interface_language != self.settings.interface_language
            self._remember(settings)
            if self.workspace is not None and settings.author:
                self.workspace.project.author = settings.author
            if language_changed:
                install_language(settings.interface_language)
                self.retranslate()

    def retranslate(self) -> None:
        """Show the current interface language everywhere, at once.

        Actions and the project's panels are relabelled, menus and the welcome page
        made anew: the project, its undo history, the listed kind, the open record
        and the panels' widths stay as they were.
        """
        self._retranslate_actions()
        if self.shortcuts_dialog is not None:  # made again, in the new words, when asked
            self.shortcuts_dialog.deleteLater()
            self.shortcuts_dialog = None
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        toolbar = self.findChild(QToolBar, "main_toolbar")
        if toolbar is not None:
            toolbar.setWindowTitle(self.tr("Main"))
        old_welcome, self.welcome = self.welcome, self._welcome_page()
        self.stack.insertWidget(0, self.welcome)
        self.stack.removeWidget(old_welcome)
        old_welcome.deleteLater()
        if self.view is not None:
            self.view.retranslate()
        self._update_actions()
        self._update_title()

    def _retranslate_actions(self) -> None:
        """New words on the same actions (the tool bar and shortcuts hold them), and
        menus made anew: the fresh actions made to read the words are dropped."""
        kept = {name: value for name, value in vars(self).items() if isinstance(value, QAction)}
        kept_kinds, old_recent = dict(self.kind_actions), self.recent_menu
        self._make_actions()
        for name, action in kept.items():
            fresh = getattr(self, name)
            action.setText(fresh.text())
            setattr(self, name, action)
            self.removeAction(fresh)
            fresh.deleteLater()
        for kind, action in kept_kinds.items():
            action.setText(self.kind_actions[kind].text())
            self.kind_actions[kind].deleteLater()
        self.kind_actions.clear()
        self.kind_actions.update(kept_kinds)
        old_menus = [action.menu() for action in self.menuBar().actions() if action.menu()]
        self.menuBar().clear()
        for menu in [*old_menus, old_recent]:
            menu.deleteLater()
        self._make_menus()

    # --- actions and menus ----------------------------------------------------

    def perform(self, command: Callable[[], object]) -> None:
        """Run one of the window's commands, after saving what is being typed.

        Every action of the window comes through here (see :meth:`_route`), so
        no command has to remember to save first: what it reads, exports,
        shares or undoes includes the last keystroke. An error no command
        caught is logged and shown, and the window stays usable."""
        try:
            self.save_pending_edits()
            command()
        except Exception as error:
            log.error("a command of the window failed", exc_info=error)
            tell(self, error)

    def save_pending_edits(self) -> None:
        """Save what was typed in the open record and not yet saved."""
        if self.view is not None:
            self.view.editor.flush()

    def _route(self, action: QAction, command: Callable[[], object]) -> QAction:
        action.triggered.connect(lambda _checked=False: self.perform(command))
        return action

    def _action(
        self, text: str, command: Callable[[], object], keys: list[QKeySequence] | None = None
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(_distinct(keys))
        self.addAction(action)
        return self._route(action, command)

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_project_action = self._action(
            self.tr("&New Project…"), lambda: self.new_project(), [QKeySequence(std.New)]
        )
        self.open_action = self._action(
            self.tr("&Open Project…"), self.choose_and_open, [QKeySequence(std.Open)]
        )
        self.close_action = self._action(
            self.tr("&Close Project"),
            self.close_project,
            [QKeySequence(std.Close), QKeySequence("Ctrl+W")],
        )
        self.share_action = self._action(self.tr("S&hare…"), self.share_project)
        self.merge_action = self._action(
            self.tr("&Merge from a Colleague…"), self.merge_from_colleague
        )
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"), lambda: self.restore_from_backup()
        )
        self.import_action = self._action(
            self.tr("&Import Word Document…"),
            self.import_word_document,
            [QKeySequence("Ctrl+Shift+I")],
        )
        self.export_action = self._action(
            self.tr("&Export Submission…"), self.export_submission, [QKeySequence("Ctrl+E")]
        )
        self.review_action = self._action(
            self.tr("Bring In Re&viewed Document…"), self.bring_in_reviewed_document
        )
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.edit_settings,
            [QKeySequence(std.Preferences), QKeySequence("Ctrl+,")],
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, [QKeySequence(std.Quit), QKeySequence("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), self.undo, [QKeySequence(std.Undo)])
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence(std.Redo)]
        )
        self.new_record_action = self._action(
            self.tr("New &Record"), lambda: self.new_record(), [QKeySequence("Ctrl+Shift+N")]
        )
        self.new_record_action.setIcon(icon("app"))
        self.delete_action = self._action(
            self.tr("&Delete Record"), self.delete_record, [QKeySequence("Ctrl+Delete")]
        )
        self.find_action = self._action(
            self.tr("&Find…"), self.focus_search, [QKeySequence(std.Find)]
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, [QKeySequence(std.HelpContents)]
        )
        self.about_action = self._action(self.tr("&About Workbench"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.kind_actions: dict[str, QAction] = {}
        for kind in KIND_ORDER:
            action = QAction(kind_icon(kind), kind_name(kind) + "…", self)
            self.kind_actions[kind] = self._route(action, partial(self.new_record, kind))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_project_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.review_action)
        file_menu.addAction(self.share_action)
        file_menu.addAction(self.merge_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_record_action)
        new_menu = edit_menu.addMenu(self.tr("New"))
        for action in self.kind_actions.values():
            new_menu.addAction(action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        format_menu = bar.addMenu(self.tr("F&ormat"))
        for name, label in self._format_entries():
            action = format_menu.addAction(label)
            action.triggered.connect(lambda _c=False, n=name: self._format(n))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _format_entries(self) -> list[tuple[str, str]]:
        return [
            ("bold", self.tr("Bold\tCtrl+B")),
            ("italic", self.tr("Italic\tCtrl+I")),
            ("bullets", self.tr("Bulleted List\tCtrl+Shift+8")),
            ("numbers", self.tr("Numbered List\tCtrl+Shift+7")),
            ("quote", self.tr("Quotation\tCtrl+Shift+Q")),
            ("link", self.tr("Link…\tCtrl+K")),
        ]

    def _format(self, name: str) -> None:
        """Format menu entries act on the text field that had the focus."""
        from ui.editors.markdown_edit import MarkdownEdit

        widget = QApplication.focusWidget()
        if isinstance(widget, MarkdownEdit):
            widget.actions_by_name[name].trigger()

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_record_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for text in self.settings.recent_projects:
            action = self.recent_menu.addAction(Path(text).name)
            action.setToolTip(text)
            self._route(action, partial(self.open_in_background, Path(text)))
        if not self.settings.recent_projects:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def _update_actions(self) -> None:
        opening = self._opening_page is not None  # the project's panes are hidden meanwhile
        has_project = self.workspace is not None and not opening
        stack = self.workspace.undo_stack if self.workspace and has_project else None
        for action in (
            self.new_project_action,
            self.open_action,
            self.recent_menu.menuAction(),
            self.restore_action,
        ):
            action.setEnabled(not opening)
        for action in (
            self.close_action,
            self.export_action,
            self.review_action,
            self.share_action,
            self.merge_action,
            self.import_action,
            self.new_record_action,
            self.delete_action,
            self.find_action,
            *self.kind_actions.values(),
        ):
            action.setEnabled(has_project)
        self.search_box.setEnabled(has_project)
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setToolTip(stack.undoText() if stack else "")
        self.redo_action.setToolTip(stack.redoText() if stack else "")

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle(self.tr("Workbench"))
        else:
            name = self.workspace.project.identity().name
            self.setWindowTitle(self.tr("%s — Workbench") % name)

    def _welcome_page(self) -> QWidget:
        return NotePage(
            self.tr(
                "No project is open.\n\n"
                "File ▸ New Project (Ctrl+N) or File ▸ Open Project (Ctrl+O)."
            ),
            self,
        )

    def shortcut_actions(self) -> list[QAction]:
        """The window's actions that have keys, in the order Help lists them."""
        actions = [
            self.new_project_action,
            self.open_action,
            self.close_action,
            self.export_action,
            self.import_action,
            self.settings_action,
            self.quit_action,
            self.undo_action,
            self.redo_action,
            self.new_record_action,
            self.delete_action,
            self.find_action,
            self.shortcuts_action,
        ]
        return [action for action in actions if action.shortcuts()]

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_rows

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Workbench"),
            self.tr(
                "Workbench: a library of provisions, critiques and evidence, and the "
                "recommendations drawn from it. Works offline; your data stays on this computer."
            ),
        )

    # --- window state ---------------------------------------------------------

    def _remember(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(self.paths, settings)
        except OSError as error:
            log.warning("could not save settings: %s", error)

    def _restore_layout(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def showEvent(self, event: QShowEvent) -> None:
        self._closing = False
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.save_pending_edits()
        self.runner.cancel()  # a project being opened is closed, not left locked
        self.runner.wait()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        state = bytes(self.saveState().toBase64().data()).decode()
        # Gone from the screen before the project closes: closing compacts the search
        # index (seconds on a large library), which a visible window would freeze for.
        self.hide()
        self.close_project()
        self._remember(replace(self.settings, window_geometry=geometry, window_state=state))
        event.accept()


def _distinct(keys: list[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without empty or repeated sequences: a platform's standard key may be
    the same as the one named beside it (Redo is Ctrl+Shift+Z on X11) or none at all
    (Preferences on X11), and a key bound twice is an ambiguous shortcut Qt ignores."""
    kept: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and all(key != other for other in kept):
            kept.append(key)
    return kept

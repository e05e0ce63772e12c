"""File ▸ Merge from a Colleague…: read their file, preview the changes, resolve the
conflicts field by field, apply, and undo the whole merge with one Ctrl+Z.

Reading (decrypting, parsing, planning) and applying run on a worker thread
(:class:`~ui.runner.Runner`) while this modal dialog shows progress, so
the window keeps painting on a large merge. The project's engine gives the
worker its own SQLite connection; nothing else writes while the dialog is up.
The merge is pushed to the undo stack after it applied, as one command that
restores the before-snapshot on undo and the after-snapshot on redo.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import collector
from ui.dialogs.conflict_panel import ConflictPanel, whole_record
from ui.dialogs.job_footer import job_footer
from ui.labels import kind_name, untitled
from ui.models.merge_preview import MergePreviewModel
from ui.runner import Progress, Runner
from ui.undo import ApplyMerge
from ui.workspace import Workspace
from workbench.merge import (
    Change,
    Choice,
    ConflictShape,
    MergeAction,
    MergePlan,
    MergeResult,
    MergeUndo,
    Resolution,
)
from workbench.paths import AppPaths
from workbench.records import display_title
from workbench.share import WrongPassphrase, is_encrypted

THEIRS_FILTER = "Colleague's work (*.wbshare *.json *.wbproj);;All files (*)"

Index = QModelIndex | QPersistentModelIndex


def _reviewable(plan: MergePlan) -> list[Change]:
    """The records listed for a choice: the conflicts, then those merged with no question."""
    merged = [c for c in plan.changes if c.action == MergeAction.MERGE]
    return [*plan.conflicts, *merged]


class ConflictListModel(QAbstractTableModel):
    """The conflicts of a plan, one row each: what it is, and what the user chose.

    A model (not a widget per row) so that thousands of conflicts list at once;
    the dialog says what was chosen, as only it knows the panels and stored choices."""

    def __init__(self, choice_text: Callable[[Change], str], parent: QObject | None = None):
        super().__init__(parent)
        self._choice_text = choice_text
        self.conflicts: list[Change] = []

    def set_conflicts(self, conflicts: list[Change]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()

    def choice_changed(self, rows: range) -> None:
        """The choices of ``rows`` changed: repaint their second column."""
        if rows:
            self.dataChanged.emit(self.index(rows.start, 1), self.index(rows.stop - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        change = self.conflicts[index.row()]
        if index.column() == 0:
            return f"{kind_name(change.kind)}: {change.title or untitled()}"
        return self._choice_text(change)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Record") if section == 0 else self.tr("Your choice")


class MergeDialog(QDialog):
    planned = Signal(object)
    """The MergePlan once their file was read, or None if it could not be."""
    merged = Signal(object)
    """The MergeResult once applied, or None after a failure."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.paths = paths
        self.plan: MergePlan | None = None
        self.outcome: MergeResult | None = None
        self.panels: dict[uuid.UUID, ConflictPanel] = {}
        """The panels built so far (when their conflict was first selected), kept."""
        self._chosen: dict[uuid.UUID, Resolution] = {}
        """Whole-record choices made for every conflict, for those with no panel yet."""
        self._decided: set[uuid.UUID] = set()
        """Conflicts the user resolved, themselves or with the choice for every conflict."""
        self._setting_all = False
        self._their_kinds: dict[uuid.UUID, str] = {}
        self._mine: dict[uuid.UUID, dict[str, Any]] = {}
        self.make_command: Callable[[MergeUndo], QUndoCommand] | None = None
        """The undo command for the applied merge (default: a merge from the file)."""
        self.setWindowTitle(self.tr("Merge from a colleague"))
        self.resize(900, 640)

        self.path = QLineEdit(str(path) if path else "", self)
        self.path.setObjectName("merge_path")
        self.path.textEdited.connect(self._on_path_edited)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        self.read_button = QPushButton(self.tr("Read"), self)
        self.read_button.setObjectName("read_button")
        self.read_button.clicked.connect(self.read)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.read_button)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("merge_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.read)
        self.passphrase_label = QLabel(self.tr("Passphrase:"), self)
        form = self.file_form = QFormLayout()
        form.addRow(self.tr("Their file:"), row)
        form.addRow(self.passphrase_label, self.passphrase)
        self._show_passphrase(False)

        self.model = MergePreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("merge_preview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.withheld_label = QLabel(
            self.tr(
                "This bundle leaves out confidential evidence and sources: your links "
                "to yours stay as they are."
            ),
            self,
        )
        self.withheld_label.setWordWrap(True)
        self.withheld_label.hide()
        self.conflicts = self._conflicts_area()
        self.preview = QWidget(self)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("What merging changes in your project:"), self))
        preview_layout.addWidget(self.table)
        preview_layout.addWidget(self.withheld_label)
        preview_layout.addWidget(self.conflicts_label)
        preview_layout.addWidget(self.conflicts, 1)
        self.preview.hide()

        self.footer = job_footer(
            self, ("merge_status", "apply_button"), self.tr("Apply Merge"), self.apply
        )
        self.progress, self.status = self.footer.progress, self.footer.status
        self.apply_button, self.close_button = self.footer.action, self.footer.close
        self.apply_button.setEnabled(False)

        self.runner = Runner(self, self.progress, busy=(self.read_button,))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        self.footer.add_to(layout)

    def _conflicts_area(self) -> QSplitter:
        """The conflicts listed on the left, the selected one's panel on the right: one
        panel at a time, so thousands of conflicts neither freeze nor bury the user."""
        self.for_all = QComboBox(self)
        self.for_all.setObjectName("for_all")
        for text, value in (
            (self.tr("Choose for each"), None),
            (self.tr("Keep mine"), Choice.MINE),
            (self.tr("Take theirs"), Choice.THEIRS),
            (self.tr("Keep both"), Choice.BOTH),
        ):
            self.for_all.addItem(text, value)
        self.for_all.currentIndexChanged.connect(self._on_for_all)
        self.conflict_model = ConflictListModel(self._choice_text, self)
        self.conflict_list = QTreeView(self)
        self.conflict_list.setObjectName("conflict_list")
        self.conflict_list.setModel(self.conflict_model)
        self.conflict_list.setRootIsDecorated(False)
        self.conflict_list.setUniformRowHeights(True)
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.conflict_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 140)
        self.conflict_list.selectionModel().currentRowChanged.connect(self._on_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For every conflict:"), left))
        row.addWidget(self.for_all, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.conflict_list, 1)
        self.detail = QStackedWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(360)  # a panel's two columns of values need the room
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 600])  # the list's width hint would take it all
        return splitter

    @classmethod
    def merge(
        cls,
        parent: QWidget | None,
        workspace: Workspace,
        paths: AppPaths | None = None,
        *,
        path: Path | None = None,
    ) -> tuple[MergeResult | None, bool]:
        """The dialog, modal; with ``path``, that bundle is read as soon as it shows."""
        dialog = cls(workspace, parent, paths=paths, path=path)
        if path is not None:
            QTimer.singleShot(0, dialog.read)
        try:
            dialog.exec()
            return dialog.outcome, dialog.outcome is not None
        finally:
            dialog.deleteLater()

    @classmethod
    def review(
        cls,
        parent: QWidget | None,
        workspace: Workspace,
        plan: MergePlan,
        make_command: Callable[[MergeUndo], QUndoCommand],
        paths: AppPaths | None = None,
    ) -> MergeResult | None:
        """A plan made elsewhere (a Word document's import meeting records edited
        since), its conflicts resolved here field by field and applied."""
        dialog = cls(workspace, parent, paths=paths)
        try:
            dialog.setWindowTitle(QCoreApplication.translate("MergeDialog", "Review the changes"))
            dialog.file_form.setRowVisible(0, False)
            dialog.make_command = make_command
            mine = workspace.services.merges.ours(c.id for c in _reviewable(plan))
            dialog._on_planned((plan, mine))
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()

    # --- reading their file ------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge from"), self.path.text(), self.tr(THEIRS_FILTER)
        )
        if chosen:
            self.path.setText(chosen)
            self._on_path_edited(chosen)
            self.read()

    def _on_path_edited(self, _text: str) -> None:
        self._show_passphrase(False)
        self.passphrase.clear()

    def _show_passphrase(self, shown: bool) -> None:
        self.passphrase.setVisible(shown)
        self.passphrase_label.setVisible(shown)

    def read(self) -> bool:
        """Read and plan in the background (False if nothing to read or a job runs)."""
        if self.runner.task is not None:
            return False
        text = self.path.text().strip()
        if not text:
            self._fail_text(self.tr("Choose the file your colleague sent."))
            return False
        source = Path(text).expanduser()
        if is_encrypted(source) and not self.passphrase.text():
            self._show_passphrase(True)
            self.passphrase.setFocus()
            self._say(self.tr("This bundle is encrypted: enter the passphrase it was shared with."))
            return False
        secret = self.passphrase.text()
        merges = self.workspace.services.merges

        def work(_progress: Progress) -> tuple[MergePlan, dict[uuid.UUID, dict[str, Any]]]:
            with collector.paused():
                plan = merges.plan(merges.read(source, lambda: secret))
                return plan, merges.ours(c.id for c in _reviewable(plan))

        self._clear_preview()
        reading = self.tr("Reading %s…") % source.name
        self._start("read a colleague's work", work, reading, self._on_planned, self._on_unread)
        return True

    def _on_planned(self, outcome: tuple[MergePlan, dict[uuid.UUID, dict[str, Any]]]) -> None:
        plan, mine = outcome
        self.plan = plan
        self._their_kinds = {change.id: change.kind for change in plan.changes}
        self.model.set_summary(plan.summary())
        self._fit_table()
        totals = self.model.totals()
        self._mine = mine
        reviewable = _reviewable(plan)
        self.conflict_model.set_conflicts(reviewable)
        self.conflicts.setVisible(bool(reviewable))
        self.conflicts_label.setText(self._conflicts_text(plan, len(reviewable)))
        if reviewable:
            self.conflict_list.setCurrentIndex(self.conflict_model.index(0, 0))
        self.withheld_label.setVisible(plan.confidential_withheld)
        self.preview.show()
        if any(totals.values()):
            self.apply_button.setEnabled(True)
            self._say(self.tr("Review the changes, then apply the merge."))
        else:
            self._say(self.tr("Nothing to merge: your project already holds all of it."))
        self.planned.emit(plan)

    def _conflicts_text(self, plan: MergePlan, reviewable: int) -> str:
        conflicts = len(plan.conflicts)
        merged = reviewable - conflicts
        lines = []
        if conflicts:
            lines.append(
                self.tr(
                    "%d record(s) were changed on both sides. Choose for each what to keep; "
                    "field by field, the merged or your version is kept unless you pick "
                    "another."
                )
                % conflicts
            )
        else:
            lines.append(self.tr("No conflicts."))
        if merged:
            lines.append(
                self.tr(
                    "%d record(s) edited on both sides in different places were merged with "
                    "no question: select one to see or change what was merged."
                )
                % merged
            )
        return " ".join(lines)

    def _on_unread(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase):
            self._show_passphrase(True)
            self.passphrase.clear()
            self.passphrase.setFocus()
            self._fail_text(
                self.tr(
                    "Wrong passphrase, or the bundle was altered after it was made. "
                    "Nothing was changed; try the passphrase again."
                )
            )
        else:
            self._fail(error)
        self.planned.emit(None)

    def _title(self, record_id: str) -> str:
        """A linked record's title: ours if we have it, else theirs."""
        try:
            target = uuid.UUID(record_id)
        except ValueError:
            return record_id
        summary = self.workspace.library.summaries([target]).get(target)
        if summary is not None:
            return summary.title or untitled()
        item = self.plan.theirs.get(target) if self.plan else None
        kind = self._their_kinds.get(target)
        if item is not None and kind:
            return display_title(kind, item) or untitled()
        return untitled()

    def _fit_table(self) -> None:
        """As tall as its rows (one per kind merging changes), up to eight of them:
        the room left goes to the conflicts."""
        rows = min(self.model.rowCount(), 8)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(rows))
        self.table.setFixedHeight(height)

    def _clear_preview(self) -> None:
        self.plan = None
        for panel in self.panels.values():
            panel.setParent(None)
            panel.deleteLater()
        self.panels = {}
        self._mine = {}
        self._chosen = {}
        self._decided = set()
        self.conflict_model.set_conflicts([])
        self._show_for_each()
        self.model.set_summary({})
        self.preview.hide()
        self.apply_button.setEnabled(False)

    # --- the conflicts -------------------------------------------------------------

    def panel(self, record_id: uuid.UUID) -> ConflictPanel:
        """The panel of one conflict, selected (and so built) if it was not yet."""
        row = next(n for n, c in enumerate(self.conflict_model.conflicts) if c.id == record_id)
        self.conflict_list.setCurrentIndex(self.conflict_model.index(row, 0))
        return self.panels[record_id]

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_panel(self.conflict_model.conflicts[current.row()])

    def _show_panel(self, change: Change) -> None:
        """Show the panel of ``change``, built the first time it is selected."""
        panel = self.panels.get(change.id)
        if panel is None:
            panel = self._build_panel(change)
        for page in self.panels.values():  # a hidden page must not size the stack
            policy = QSizePolicy.Policy.Preferred if page is panel else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.detail.setCurrentWidget(panel)
        self._follow_in_tab_order(panel)

    def _build_panel(self, change: Change) -> ConflictPanel:
        assert self.plan is not None
        theirs = self.plan.theirs.get(change.id)
        panel = ConflictPanel(change, self._mine.get(change.id), theirs, self._title, self.detail)
        chosen = self._chosen.get(change.id)
        if isinstance(chosen, str):
            panel.choose_whole(chosen)
        panel.changed.connect(lambda: self._on_panel_changed(change.id))
        self.panels[change.id] = panel
        self.detail.addWidget(panel)
        return panel

    def _follow_in_tab_order(self, panel: ConflictPanel) -> None:
        """Tab from the list goes into the panel, and from its last control on to Apply."""
        chain: list[QWidget] = [self.conflict_list]
        chain += [
            widget
            for widget in panel.findChildren(QWidget)
            if widget.window() is self and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        chain.append(self.apply_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_panel_changed(self, record_id: uuid.UUID) -> None:
        """A choice of the user's own, unless the choice for every conflict made it."""
        if self._setting_all:
            return
        self._decided.add(record_id)
        self._chosen.pop(record_id, None)
        self._show_for_each()
        self._repaint_choice(record_id)

    def _show_for_each(self) -> None:
        """Back to "Choose for each", leaving every choice made as it is."""
        self.for_all.blockSignals(True)
        self.for_all.setCurrentIndex(0)
        self.for_all.blockSignals(False)

    def _on_for_all(self, _index: int) -> None:
        choice = self.for_all.currentData()
        if choice is None or self.plan is None:
            return
        self._setting_all = True
        try:
            for change in self.plan.conflicts:
                panel = self.panels.get(change.id)
                if panel is not None:
                    panel.choose_whole(choice)
                else:
                    self._chosen[change.id] = whole_record(change.conflict, choice)
                self._decided.add(change.id)
        finally:
            self._setting_all = False
        self.conflict_model.choice_changed(range(len(self.plan.conflicts)))

    def _repaint_choice(self, record_id: uuid.UUID) -> None:
        conflicts = self.conflict_model.conflicts
        row = next(n for n, c in enumerate(conflicts) if c.id == record_id)
        self.conflict_model.choice_changed(range(row, row + 1))

    def _choice_text(self, change: Change) -> str:
        """What the list shows as chosen: nothing until the user decided (a record merged
        with no question says so)."""
        merged_as_is = self.tr("Merged automatically")
        if change.id not in self._decided:
            return merged_as_is if change.action == MergeAction.MERGE else ""
        resolution = self._resolution(change)
        if not isinstance(resolution, str):
            if change.action == MergeAction.MERGE and set(resolution.values()) <= {Choice.MERGED}:
                return merged_as_is
            return self.tr("Field by field")
        texts: dict[str, str] = {
            Choice.MINE: self.tr("Mine"),
            Choice.THEIRS: self.tr("Theirs"),
            Choice.BOTH: self.tr("Both"),
        }
        return texts.get(resolution, resolution)

    def _resolution(self, change: Change) -> Resolution:
        """The panel's answer; with no panel, the choice made for every conflict, else the
        default: every field mine (an untouched panel's answer) or the record kept as mine."""
        panel = self.panels.get(change.id)
        if panel is not None:
            return panel.resolution()
        if change.id in self._chosen:
            return self._chosen[change.id]
        both_edited = change.conflict in (ConflictShape.EDIT_EDIT, ConflictShape.NONE)
        return {} if both_edited else Choice.MINE

    # --- applying ---------------------------------------------------------------

    def resolutions(self) -> dict[uuid.UUID, Resolution]:
        """A resolution for every conflict, shown or not, and for every record merged with
        no question whose merge the user looked at (the others merge as planned)."""
        if self.plan is None:
            return {}
        chosen = {change.id: self._resolution(change) for change in self.plan.conflicts}
        for change in self.plan.changes:
            if change.action == MergeAction.MERGE and change.id in self._decided:
                chosen[change.id] = self._resolution(change)
        return chosen

    def apply(self) -> bool:
        """Apply in the background; the merge lands on the undo stack when done."""
        plan = self.plan
        if plan is None or self.runner.task is not None:
            return False
        resolutions = self.resolutions()
        merges, paths = self.workspace.services.merges, self.paths

        def work(progress: Progress) -> MergeResult:
            with collector.paused():
                return merges.apply(plan, resolutions, paths=paths, progress=progress)

        self.apply_button.setEnabled(False)
        merging = self.tr("Backing up, then merging…")
        self._start("apply a merge", work, merging, self._on_merged, self._on_unmerged)
        return True

    def _on_merged(self, result: MergeResult) -> None:
        self.outcome = result
        added, updated, deleted = (
            sum(result.summary[label].values()) for label in ("added", "updated", "deleted")
        )
        if result.undo is not None:
            make = self.make_command or (
                lambda undo: ApplyMerge(self.workspace, undo, self._source_name())
            )
            self.workspace.push(make(result.undo))
        lines = [
            self.tr("Merged: %d added, %d updated, %d deleted, %d conflict(s) resolved.")
            % (added, updated, deleted, len(self.plan.conflicts) if self.plan else 0)
        ]
        if result.copies:
            lines.append(self.tr("%d conflicting copy(ies) kept.") % len(result.copies))
        if result.backup is not None:
            lines.append(self.tr("Backup made first: %s") % result.backup)
        lines.append(self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole merge back."))
        self._say("\n".join(lines))
        self.merged.emit(result)

    def _on_unmerged(self, error: BaseException) -> None:
        self.apply_button.setEnabled(self.plan is not None)
        self._fail(error)
        self.merged.emit(None)

    def _source_name(self) -> str:
        return Path(self.path.text().strip()).name

    # --- jobs and status --------------------------------------------------------

    def _start(
        self,
        name: str,
        work: Callable[[Progress], Any],
        text: str,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def handle(outcome: Any) -> None:
                self.progress.setValue(1 if self.outcome is not None else 0)
                handler(outcome)

            return handle

        self._say(text)
        self.runner.start(name, work, finish(done), finish(failed))

    def _say(self, text: str) -> None:
        self.footer.say(text)

    def _fail(self, error: BaseException) -> None:
        self.footer.fail(error, self.tr("The merge failed: %s. Nothing was changed."))

    def _fail_text(self, text: str) -> None:
        self.footer.fail_text(text)

    def reject(self) -> None:
        """Closing waits for running work: a merge is never left half applied."""
        self.runner.wait()
        super().reject()

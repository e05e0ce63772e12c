"""File ▸ Merge from a Colleague…: read their file, preview the changes, resolve the
conflicts field by field, apply, and undo the whole merge with one Ctrl+Z.

Reading (decrypting, parsing, planning) and applying run on a worker thread
(:class:`~ui.dialogs.jobs.Job`) while this modal dialog shows progress, so
the window keeps painting on a large merge. The project's engine gives the
worker its own SQLite connection; nothing else writes while the dialog is up.
The merge is pushed to the undo stack after it applied, as one command that
restores the before-snapshot on undo and the after-snapshot on redo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.dialogs.conflict_panel import ConflictPanel
from ui.dialogs.jobs import Job, Progress
from ui.labels import untitled
from ui.models.merge_preview import MergePreviewModel
from ui.undo import ApplyMerge
from ui.workspace import Workspace
from workbench.errors import WorkbenchError
from workbench.merge import MergePlan, MergeResult, apply_merge, our_items, plan_merge, read_theirs
from workbench.paths import AppPaths
from workbench.records import display_title
from workbench.share import WrongPassphrase, is_encrypted

THEIRS_FILTER = "Colleague's work (*.wbshare *.json *.wbproj);;All files (*)"


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
        self.job: Job | None = None
        self.plan: MergePlan | None = None
        self.outcome: MergeResult | None = None
        self.panels: list[ConflictPanel] = []
        self._their_kinds: dict[uuid.UUID, str] = {}
        self._handlers: tuple[Callable[[Any], None], Callable[[Exception], None]] = (
            _ignore,
            _ignore,
        )
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
        form = QFormLayout()
        form.addRow(self.tr("Their file:"), row)
        form.addRow(self.passphrase_label, self.passphrase)
        self._show_passphrase(False)

        self.model = MergePreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("merge_preview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(200)
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
        self.conflicts = QWidget(self)
        self.conflicts_layout = QVBoxLayout(self.conflicts)
        self.conflicts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conflicts)
        self.preview = QWidget(self)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("What merging changes in your project:"), self))
        preview_layout.addWidget(self.table)
        preview_layout.addWidget(self.withheld_label)
        preview_layout.addWidget(self.conflicts_label)
        preview_layout.addWidget(scroll, 1)
        self.preview.hide()

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("merge_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply_button")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    @classmethod
    def merge(
        cls, parent: QWidget | None, workspace: Workspace, paths: AppPaths | None = None
    ) -> tuple[MergeResult | None, bool]:
        dialog = cls(workspace, parent, paths=paths)
        try:
            dialog.exec()
            return dialog.outcome, dialog.outcome is not None
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
        if self.job is not None:
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
        project = self.workspace.project

        def work(_progress: Progress) -> tuple[MergePlan, dict[uuid.UUID, dict[str, Any]]]:
            document = read_theirs(source, lambda: secret)
            plan = plan_merge(project, document)
            return plan, our_items(project, [c.id for c in plan.conflicts])

        self._clear_preview()
        self._start(work, self.tr("Reading %s…") % source.name, self._on_planned, self._on_unread)
        return True

    def _on_planned(self, outcome: tuple[MergePlan, dict[uuid.UUID, dict[str, Any]]]) -> None:
        plan, mine = outcome
        self.plan = plan
        self._their_kinds = {change.id: change.kind for change in plan.changes}
        self.model.set_summary(plan.summary())
        totals = self.model.totals()
        for change in plan.conflicts:
            panel = ConflictPanel(
                change, mine.get(change.id), plan.theirs.get(change.id), self._title, self
            )
            self.panels.append(panel)
            self.conflicts_layout.insertWidget(self.conflicts_layout.count() - 1, panel)
        if self.panels:
            self.conflicts_label.setText(
                self.tr(
                    "%d record(s) were changed on both sides. Choose for each what to keep; "
                    "field by field, your version is kept unless you pick theirs or both."
                )
                % len(self.panels)
            )
        else:
            self.conflicts_label.setText(self.tr("No conflicts."))
        self.withheld_label.setVisible(plan.confidential_withheld)
        self.preview.show()
        if any(totals.values()):
            self.apply_button.setEnabled(True)
            self._say(self.tr("Review the changes, then apply the merge."))
        else:
            self._say(self.tr("Nothing to merge: your project already holds all of it."))
        self.planned.emit(plan)

    def _on_unread(self, error: Exception) -> None:
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

    def _clear_preview(self) -> None:
        self.plan = None
        for panel in self.panels:
            panel.setParent(None)
            panel.deleteLater()
        self.panels = []
        self.model.set_summary({})
        self.preview.hide()
        self.apply_button.setEnabled(False)

    # --- applying ---------------------------------------------------------------

    def panel(self, record_id: uuid.UUID) -> ConflictPanel:
        return next(p for p in self.panels if p.record_id == record_id)

    def resolutions(self) -> dict[uuid.UUID, Any]:
        return {panel.record_id: panel.resolution() for panel in self.panels}

    def apply(self) -> bool:
        """Apply in the background; the merge lands on the undo stack when done."""
        plan = self.plan
        if plan is None or self.job is not None:
            return False
        resolutions = self.resolutions()
        project, paths = self.workspace.project, self.paths

        def work(progress: Progress) -> MergeResult:
            return apply_merge(
                project,
                plan,
                resolutions=resolutions,
                paths=paths,
                progress=progress,
                undoable=True,
            )

        self.apply_button.setEnabled(False)
        self._start(work, self.tr("Backing up, then merging…"), self._on_merged, self._on_unmerged)
        return True

    def _on_merged(self, result: MergeResult) -> None:
        self.outcome = result
        added, updated, deleted = (
            sum(result.summary[label].values()) for label in ("added", "updated", "deleted")
        )
        if result.undo is not None:
            self.workspace.push(ApplyMerge(self.workspace, result.undo, self._source_name()))
        lines = [
            self.tr("Merged: %d added, %d updated, %d deleted, %d conflict(s) resolved.")
            % (added, updated, deleted, len(self.panels))
        ]
        if result.copies:
            lines.append(self.tr("%d conflicting copy(ies) kept.") % len(result.copies))
        if result.backup is not None:
            lines.append(self.tr("Backup made first: %s") % result.backup)
        lines.append(self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole merge back."))
        self._say("\n".join(lines))
        self.merged.emit(result)

    def _on_unmerged(self, error: Exception) -> None:
        self.apply_button.setEnabled(self.plan is not None)
        self._fail(error)
        self.merged.emit(None)

    def _source_name(self) -> str:
        return Path(self.path.text().strip()).name

    # --- jobs and status --------------------------------------------------------

    def _start(
        self,
        work: Callable[[Progress], object],
        text: str,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self.progress.setRange(0, 0)
        self._say(text)
        self.read_button.setEnabled(False)
        self.job = Job(work, self)
        self.job.progressed.connect(self._on_progress)
        # Bound methods of this dialog (not lambdas), so Qt queues them to the GUI thread.
        self._handlers = (done, failed)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.finished.connect(self.job.deleteLater)
        self.job.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_job_succeeded(self, value: Any) -> None:
        self._job_done()
        self._handlers[0](value)

    def _on_job_failed(self, error: Exception) -> None:
        self._job_done()
        self._handlers[1](error)

    def _job_done(self) -> None:
        """The outcome ends the job for this dialog: the next step may start at once,
        before the thread itself has wound down (reject() waits for that)."""
        self.job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.outcome is not None else 0)
        self.read_button.setEnabled(True)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _fail(self, error: Exception) -> None:
        if isinstance(error, WorkbenchError):
            _title, text = messages.describe(error)
        else:
            text = self.tr("The merge failed: %s. Nothing was changed.") % error
        self._fail_text(text)

    def _fail_text(self, text: str) -> None:
        self.status.setStyleSheet(messages.ERROR_STYLE)
        self.status.setText(text)

    def reject(self) -> None:
        """Closing waits for running work: a merge is never left half applied."""
        for job in self.findChildren(Job):
            job.wait()
        super().reject()


def _ignore(_value: object) -> None:
    """No job yet: nothing to hand an outcome to."""

"""File ▸ Export Submission…: choose the file, see what changed since the last export,
export off the GUI thread, then open the file.

The export runs in a worker thread: it reads the project through its own
pooled SQLite connection (the engine hands each thread its own), writes the
document beside the target and moves it into place, and records the export on
the submission. The window stays responsive and a failure (a read-only folder,
the file open in Word) is explained in the dialog with nothing changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.job_footer import job_footer
from ui.export_notes import note_text
from ui.labels import untitled
from ui.runner import Progress, Runner, Task
from ui.workspace import Workspace
from workbench.export import ExportReport
from workbench.export.changes import ExportChanges
from workbench.paths import AppPaths

CHANGES = "export changes"
"""The name the comparison with the last export is read under (ui.background_reads)."""


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDialog(QDialog):
    finished_export = Signal(object)
    """An ExportReport, or None after a failure."""

    open_file: Callable[[Path], bool] = staticmethod(_open_with_system)
    """Opens the exported file in the system's word processor; replaced in tests."""

    def __init__(
        self, workspace: Workspace, submission_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.submission_id = submission_id
        self.report: ExportReport | None = None
        fields = workspace.library.fields(submission_id)  # not its 300 recommendations
        self.title = str(fields["title"]) or untitled()
        self.setWindowTitle(self.tr("Export “%s”") % self.title)
        self.resize(620, 480)

        documents = AppPaths.from_environment().documents
        target = workspace.services.exports.default_target(submission_id, documents)
        self.path = QLineEdit(str(target), self)
        self.path.setObjectName("export_path")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.template = QLineEdit(str(fields["template"]), self)
        self.template.setObjectName("export_template")
        self.template.setPlaceholderText(self.tr("The bundled template"))
        choose_template = QPushButton(self.tr("Choose…"), self)
        choose_template.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(choose_template)
        self.confidential = QCheckBox(self.tr("Include confidential material"), self)
        self.confidential.setChecked(bool(fields["include_confidential"]))
        self.open_after = QCheckBox(self.tr("Open the file when done"), self)
        self.open_after.setChecked(True)
        self.changes = QPlainTextEdit(self)
        self.changes.setObjectName("export_changes")
        self.changes.setReadOnly(True)
        self.notes_label = QLabel(self.tr("Notes on the export:"), self)
        # One line each, where they scroll: the status line once held them all, and
        # a thousand (evidence left out as confidential) took 0.1 s to lay out.
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("export_notes")
        self.notes.setReadOnly(True)
        self.footer = job_footer(
            self, ("export_status", "export_button"), self.tr("Export"), self.start
        )
        self.progress, self.status = self.footer.progress, self.footer.status
        self.export_button, self.close_button = self.footer.action, self.footer.close
        self.buttons = self.footer.buttons
        self.runner = Runner(self, self.progress, busy=(self.export_button,))
        self._open = True

        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Word template:"), template_row)
        form.addRow("", self.confidential)
        form.addRow("", self.open_after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Changed since the last export:"), self))
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        self._show_notes([])
        self.footer.add_to(layout)
        self.show_changes()

    @classmethod
    def export(
        cls, parent: QWidget | None, workspace: Workspace, submission_id: uuid.UUID
    ) -> tuple[ExportReport | None, bool]:
        dialog = cls(workspace, submission_id, parent)
        try:
            dialog.exec()
            return dialog.report, dialog.report is not None
        finally:
            dialog.deleteLater()

    # --- before ---------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), self.tr("Word documents (*.docx)")
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(".docx") else chosen + ".docx")

    def choose_template(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Word template"),
            self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if chosen:
            self.template.setText(chosen)

    def show_changes(self) -> None:
        """Compare with the last export on a worker (it plans the whole submission:
        a second on a large library), and show the comparison when it is read."""
        self.changes.setPlainText(self.tr("Comparing with the last export…"))
        exports, submission = self.workspace.services.exports, self.submission_id
        self.workspace.reads.request(
            CHANGES,
            lambda _progress: exports.changes_since_last(submission),
            self._show_changes,
            self._show_changes_failed,
        )

    @property
    def comparing(self) -> bool:
        """Whether the comparison with the last export is being read."""
        return self.workspace.reads.busy(CHANGES)

    def _show_changes(self, changes: ExportChanges) -> None:
        if self._open:
            self.changes.setPlainText(self.describe_changes(changes))

    def _show_changes_failed(self, error: BaseException) -> None:
        if self._open:
            text = self.tr("The comparison with the last export failed (%s).")
            self.changes.setPlainText(text % type(error).__name__)

    def done(self, result: int) -> None:
        """Closed: a comparison still being read is not shown (the dialog is gone)."""
        self._open = False
        super().done(result)

    def describe_changes(self, changes: ExportChanges) -> str:
        if changes.last_exported_at is None:
            lines = [self.tr("Never exported before: every recommendation is new.")]
        else:
            when = changes.last_exported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            lines = [self.tr("Last exported %s.") % when]
            if not changes.any:
                lines.append(self.tr("No recommendation changed since."))
        for label, titles in (
            (self.tr("Added"), changes.added if changes.last_exported_at else ()),
            (self.tr("Removed"), changes.removed),
            (self.tr("Moved"), changes.moved),
            (self.tr("Edited"), changes.edited),
        ):
            if titles:
                lines.append("")
                lines.append(f"{label}:")
                lines.extend(f"  • {title}" for title in titles)
        return "\n".join(lines)

    # --- during and after -----------------------------------------------------

    @property
    def job(self) -> Task | None:
        """The export under way, if one is."""
        return self.runner.task

    def start(self) -> bool:
        """Start the export in the background (False if a target is missing or one runs)."""
        if self.runner.task is not None:
            return False
        text = self.path.text().strip()
        if not text:
            self._fail_text(self.tr("Choose a file to export to."))
            return False
        target = Path(text).expanduser()
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
            self.path.setText(str(target))
        self.report = None
        self._show_notes([])
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting to %s…") % target)
        template_text = self.template.text().strip()
        template = Path(template_text).expanduser() if template_text else None
        exports, submission = self.workspace.services.exports, self.submission_id
        include = self.confidential.isChecked()

        def work(_progress: Progress) -> ExportReport:
            return exports.export(
                submission, target, template=template, include_confidential=include
            )

        return self.runner.start("export", work, self._on_succeeded, self._on_failed)

    def _on_succeeded(self, report: ExportReport) -> None:
        self.report = report
        self.progress.setValue(1)
        text = self.tr("Exported %d recommendations with %d footnotes to %s.") % (
            report.recommendations,
            report.footnotes,
            report.path,
        )
        notes = [note_text(note) for note in report.notes()]
        if notes:
            text += " " + self.tr("%s notes below.") % QLocale().toString(len(notes))
        self.status.setText(text)
        self._show_notes(notes)
        # The export was recorded on the submission: views showing it refresh.
        self.workspace.announce(report.changes)
        self.show_changes()
        if self.open_after.isChecked():
            type(self).open_file(report.path)
        self.finished_export.emit(report)

    def _show_notes(self, notes: list[str]) -> None:
        """What the export left out or changed, one line each, where it scrolls."""
        self.notes.setPlainText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))

    def _on_failed(self, error: BaseException) -> None:
        self.footer.fail(error, self.tr("The export failed: %s. Nothing was changed."))
        self.finished_export.emit(None)

    def _fail_text(self, text: str) -> None:
        self.footer.fail_text(text)

    def reject(self) -> None:
        """Closing waits for a running export: the file is never left half written."""
        self.runner.wait()
        super().reject()

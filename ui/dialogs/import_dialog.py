"""File ▸ Import Word Document…: read a .docx, show every record it would create,
let the user untick rows, give a prose row another kind or merge a source into
one the library holds, then write it all in one step that one Ctrl+Z takes back.

Reading and writing run on a worker (:class:`~ui.runner.Runner`) while this
modal dialog shows progress. The proposal itself comes from
:mod:`workbench.word_import`; this dialog only shows and edits it. Writing goes
through the merge (:class:`workbench.services.Merges`): a backup first, one
transaction, one undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import collector
from ui.dialogs.job_footer import job_footer
from ui.labels import kind_name, role_label
from ui.models.import_rows import TITLE_COLUMN, ImportRowsModel
from ui.runner import Progress, Runner
from ui.undo import import_command
from ui.workspace import Workspace
from workbench.merge import MergeAction, MergePlan, MergeResult
from workbench.paths import AppPaths
from workbench.services import WordImports
from workbench.word_import.proposal import ExistingSource, Proposal, ProposedRecord

WORD_FILTER = "Word documents (*.docx *.dotx);;All files (*)"
LANGUAGE_CHOICES = ("", "en", "ru", "kk")
"""The document's language: read from its text (""), or as the user says."""


class ImportDialog(QDialog):
    proposed = Signal(object)
    """The Proposal once the document was read, or None if it could not be."""
    imported = Signal(object)
    """The MergeResult once written, or None after a failure or with nothing new."""

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
        self.outcome: MergeResult | None = None
        self.setWindowTitle(self.tr("Import a Word document"))
        self.resize(980, 680)

        self.path = QLineEdit(str(path) if path else "", self)
        self.path.setObjectName("import_path")
        self.path.returnPressed.connect(self.read)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        self.read_button = QPushButton(self.tr("Read"), self)
        self.read_button.setObjectName("read_button")
        self.read_button.clicked.connect(self.read)
        self.language = QComboBox(self)
        self.language.setObjectName("import_language")
        names = {
            "": self.tr("Read from the text"),
            "en": self.tr("English"),
            "ru": self.tr("Russian"),
            "kk": self.tr("Kazakh"),
        }
        for code in LANGUAGE_CHOICES:
            self.language.addItem(names[code], code)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.read_button)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), row)
        form.addRow(self.tr("&Language:"), self.language)

        self.model = ImportRowsModel(self)
        self.model.counts_changed.connect(self._show_counts)
        self.table = QTableView(self)
        self.table.setObjectName("import_rows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.details = self._details_area()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.preview = QWidget(self)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.read_label = QLabel(self)
        self.read_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("import_counts")
        self.counts_label.setWordWrap(True)
        preview_layout.addWidget(self.read_label)
        preview_layout.addWidget(splitter, 1)
        preview_layout.addWidget(self.counts_label)
        self.preview.hide()

        self.footer = job_footer(
            self, ("import_status", "import_button"), self.tr("&Import"), self.write
        )
        self.progress, self.status = self.footer.progress, self.footer.status
        self.import_button, self.close_button = self.footer.action, self.footer.close
        self.import_button.setEnabled(False)
        self.runner = Runner(self, self.progress, busy=(self.read_button,))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        self.footer.add_to(layout)
        if path is None:
            self._say(
                self.tr("Choose a Word document (.docx): nothing is written until you import.")
            )

    def _details_area(self) -> QWidget:
        """Below the list: the selected row's kind, the library source it may be
        merged into, and its text."""
        area = QWidget(self)
        self.kind_box = QComboBox(area)
        self.kind_box.setObjectName("import_kind")
        self.kind_box.activated.connect(self._on_kind_chosen)
        self.same_box = QComboBox(area)
        self.same_box.setObjectName("import_same_as")
        self.same_box.activated.connect(self._on_same_chosen)
        self.same_label = QLabel(self.tr("&Use the library's source:"), area)
        self.same_label.setBuddy(self.same_box)
        kind_label = QLabel(self.tr("&Kind:"), area)
        kind_label.setBuddy(self.kind_box)
        self.text = QPlainTextEdit(area)
        self.text.setObjectName("import_text")
        self.text.setReadOnly(True)
        form = QFormLayout()
        form.addRow(kind_label, self.kind_box)
        form.addRow(self.same_label, self.same_box)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        return area

    @classmethod
    def bring_in(
        cls, parent: QWidget | None, workspace: Workspace, paths: AppPaths | None = None
    ) -> MergeResult | None:
        dialog = cls(workspace, parent, paths=paths)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()

    # --- reading ---------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import which document?"), self.path.text(), self.tr(WORD_FILTER)
        )
        if chosen:
            self.path.setText(chosen)
            self.read()

    def read(self) -> bool:
        """Read the document and propose its records in the background."""
        if self.runner.task is not None:
            return False
        text = self.path.text().strip()
        if not text:
            self._fail_text(self.tr("Choose the Word document to import."))
            return False
        source = Path(text).expanduser()
        language = self.language.currentData() or None
        imports = self.workspace.services.word_imports

        def work(_progress: Progress) -> Proposal:
            return imports.propose(source, language).proposal

        self.model.set_proposal(None)
        self.preview.hide()
        self.import_button.setEnabled(False)
        reading = self.tr("Reading %s…") % source.name
        self._start("read a Word document", work, reading, self._on_proposed, self._on_unread)
        return True

    def _on_proposed(self, proposal: Proposal) -> None:
        self.model.set_proposal(proposal)
        self.read_label.setText(self._read_text(proposal))
        self.preview.show()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()
        self.import_button.setEnabled(True)
        self._say(
            self.tr(
                "Untick what you do not want, change a row's kind or merge a source into "
                "the library's, then import. Space ticks or unticks the selected row."
            )
        )
        self.proposed.emit(proposal)

    def _read_text(self, proposal: Proposal) -> str:
        report = proposal.report
        language = self.language.itemText(max(0, self.language.findData(proposal.language)))
        parts = [self.tr("Read in %s.") % language]
        left = {
            self.tr("tracked insertions taken"): report.insertions_taken,
            self.tr("tracked deletions dropped"): report.deletions_dropped,
            self.tr("comments left out"): report.comments_ignored,
            self.tr("text boxes left out"): report.text_boxes_ignored,
            self.tr("headers and footers left out"): report.headers_and_footers_ignored,
        }
        parts += [f"{label}: {count}" for label, count in left.items() if count]
        return " ".join(parts[:1]) + (" " + "; ".join(parts[1:]) + "." if parts[1:] else "")

    def _on_unread(self, error: BaseException) -> None:
        self._fail(error)
        self.proposed.emit(None)

    # --- the selected row -------------------------------------------------------

    def current_row(self) -> ProposedRecord | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() else None
        self.kind_box.clear()
        self.same_box.clear()
        self.text.setPlainText("")
        if row is None:
            return
        for kind in row.kinds:
            self.kind_box.addItem(kind_name(kind), kind)
        self.kind_box.setEnabled(len(row.kinds) > 1)
        proposal, is_source = self.model.proposal, row.kind == "source"
        self.same_box.setVisible(is_source)
        self.same_label.setVisible(is_source)
        if is_source and proposal is not None:
            self.same_box.addItem(self.tr("(a new source)"), None)
            for existing in sorted(proposal.existing_sources, key=lambda s: s.title):
                self.same_box.addItem(existing.title or existing.key, existing)
                if existing == row.same_as:
                    self.same_box.setCurrentIndex(self.same_box.count() - 1)
        self.text.setPlainText(self._row_text(row))

    def _row_text(self, row: ProposedRecord) -> str:
        """The row's own words, then what it links to (by title), as the pane shows them."""
        shown = [str(v) for v in row.fields.values() if isinstance(v, str) and v]
        titles = {other.key: other.title for other in self.model.rows}
        for role, targets in row.links.items():
            named = [titles.get(target, target) for target in targets if target]
            if named:
                shown.append(f"{role_label(role)}: " + "; ".join(named))
        return "\n\n".join(dict.fromkeys(shown))

    def _on_kind_chosen(self, _index: int) -> None:
        row, number = self.current_row(), self.table.currentIndex().row()
        if row is None or self.model.proposal is None:
            return
        self.model.proposal.change_kind(row.key, self.kind_box.currentData())
        self.model.row_changed(number)
        self.text.setPlainText(self._row_text(row))

    def _on_same_chosen(self, _index: int) -> None:
        row, number = self.current_row(), self.table.currentIndex().row()
        if row is None or self.model.proposal is None:
            return
        chosen: ExistingSource | None = self.same_box.currentData()
        self.model.proposal.merge_into(row.key, chosen)
        self.model.row_changed(number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks or unticks the selected row, whichever column has the focus."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and self.table.currentIndex().isValid()
        ):
            self.model.toggle(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _show_counts(self) -> None:
        proposal = self.model.proposal
        if proposal is None:
            self.counts_label.setText("")
            return
        counts = proposal.counts()
        listed = ", ".join(
            f"{count} {kind_name(kind, plural=count != 1).lower()}"
            for kind, count in counts.items()
        )
        self.counts_label.setText(
            self.tr("Importing creates: %s.") % listed if listed else self.tr("Nothing ticked.")
        )

    # --- writing ------------------------------------------------------------------

    def write(self) -> bool:
        """Compare the ticked rows with the library, then write them in the background
        (records edited since an earlier import of this document are reviewed first,
        field by field, in the merge's dialog); the import lands on the undo stack."""
        proposal = self.model.proposal
        if proposal is None or self.runner.task is not None:
            return False
        imports = self.workspace.services.word_imports
        self.import_button.setEnabled(False)
        comparing = self.tr("Comparing with the library…")
        planning = partial(_planned, imports, proposal)
        self._start(
            "plan an import", planning, comparing, self._on_import_planned, self._on_unwritten
        )
        return True

    def _on_import_planned(self, plan: MergePlan) -> None:
        if all(change.action == MergeAction.KEEP for change in plan.changes):
            self._say(self.tr("Nothing new to import: the library already holds all of it."))
            self.imported.emit(None)
            return
        name = Path(self.path.text().strip()).name
        if plan.conflicts:
            from ui.dialogs.merge_dialog import MergeDialog

            self._say(self.tr("Records you edited since the last import: choose what to keep."))
            command = partial(import_command, self.workspace, document=name)
            result = MergeDialog.review(self, self.workspace, plan, command, self.paths)
            self._on_written(result, pushed=True)
            return
        merges, paths = self.workspace.services.merges, self.paths

        def work(progress: Progress) -> MergeResult:
            with collector.paused():
                return merges.apply(plan, {}, paths=paths, progress=progress)

        writing = self.tr("Backing up, then importing…")
        self._start("import a Word document", work, writing, self._on_written, self._on_unwritten)

    def _on_written(self, result: MergeResult | None, pushed: bool = False) -> None:
        if result is None:  # the review was closed without applying
            self.import_button.setEnabled(True)
            self._say(self.tr("Nothing was imported."))
            self.imported.emit(None)
            return
        self.outcome = result
        name = Path(self.path.text().strip()).name
        if result.undo is not None and not pushed:
            self.workspace.push(import_command(self.workspace, result.undo, name))
        added = sum(result.summary["added"].values())
        lines = [self.tr("Imported %d record(s) from %s.") % (added, name)]
        if result.backup is not None:
            lines.append(self.tr("Backup made first: %s") % result.backup)
        lines.append(self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole import back."))
        self._say("\n".join(lines))
        self.imported.emit(result)

    def _on_unwritten(self, error: BaseException) -> None:
        self.import_button.setEnabled(self.model.proposal is not None)
        self._fail(error)
        self.imported.emit(None)

    # --- jobs and status ------------------------------------------------------------

    def _start(
        self,
        name: str,
        work: Callable[[Progress], Any],
        text: str,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._say(text)
        self.runner.start(name, work, done, failed)

    def _say(self, text: str) -> None:
        self.footer.say(text)

    def _fail(self, error: BaseException) -> None:
        self.footer.fail(error, self.tr("The import failed: %s. Nothing was changed."))

    def _fail_text(self, text: str) -> None:
        self.footer.fail_text(text)

    def reject(self) -> None:
        """Closing waits for running work: an import is never left half written."""
        self.runner.wait()
        super().reject()


def _planned(imports: WordImports, proposal: Proposal, _progress: Progress) -> MergePlan:
    return imports.plan(proposal)

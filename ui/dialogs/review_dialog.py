"""File ▸ Bring In Reviewed Document…: what a copy of an export that someone
edited in Word or LibreOffice and sent back proposes, record by record.

The copy is read on a worker (:class:`~ui.runner.Runner`) through
:class:`workbench.services.Reviews`; nothing is written. Each record's text
with something to say is a row: the reviewer's tracked changes, what they
changed with tracking off, their comments and replies beneath it, and a
conflict where the record changed since the export. Double-clicking a row (or
Enter) opens its record in the window. Taking changes into the records is for
the review panel still to come.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.job_footer import job_footer
from ui.runner import Progress, Runner
from ui.workspace import Workspace
from workbench.review import FieldReview, Review
from workbench.review.reading import Comment

WORD_FILTER = "Word documents (*.docx);;All files (*)"
RECORD_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewDialog(QDialog):
    read_back = Signal(object)
    """The Review once the copy was read, or None if it could not be."""
    open_requested = Signal(object)
    """A record's id: the user asked to see it in the window."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.review: Review | None = None
        self.setWindowTitle(self.tr("Bring in a reviewed document"))
        self.resize(900, 640)
        self.path = QLineEdit(str(path) if path else "", self)
        self.path.setObjectName("review_path")
        self.path.returnPressed.connect(self.read)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), row)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("review_tree")
        self.tree.setHeaderLabels([self.tr("Text"), self.tr("What the reviewer did")])
        self.tree.setColumnWidth(0, 330)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("review_detail")
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.footer = job_footer(
            self, ("review_status", "review_button"), self.tr("&Read"), self.read
        )
        self.progress, self.status = self.footer.progress, self.footer.status
        self.read_button, self.close_button = self.footer.action, self.footer.close
        self.runner = Runner(self, self.progress, busy=(self.read_button,))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        self.footer.add_to(layout)
        self.footer.say(
            self.tr(
                "Choose a copy of an export that a reviewer edited and sent back: "
                "nothing is changed in your records."
            )
        )

    @classmethod
    def bring_in(
        cls,
        parent: QWidget | None,
        workspace: Workspace,
        open_record: Callable[[uuid.UUID], None] | None = None,
    ) -> Review | None:
        dialog = cls(workspace, parent)
        if open_record is not None:
            dialog.open_requested.connect(open_record)
        try:
            dialog.exec()
            return dialog.review
        finally:
            dialog.deleteLater()

    # --- reading ---------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Which reviewed document?"), self.path.text(), self.tr(WORD_FILTER)
        )
        if chosen:
            self.path.setText(chosen)
            self.read()

    def read(self) -> bool:
        if self.runner.task is not None:
            return False
        text = self.path.text().strip()
        if not text:
            self.footer.fail_text(self.tr("Choose the reviewed document to read."))
            return False
        source = Path(text).expanduser()
        reviews = self.workspace.services.reviews

        def work(_progress: Progress) -> Review:
            return reviews.read(source)

        self.tree.clear()
        self.detail.clear()
        self.footer.say(self.tr("Reading %s…") % source.name)
        self.runner.start("read a reviewed document", work, self._on_read, self._on_unread)
        return True

    def _on_read(self, review: Review) -> None:
        self.review = review
        for field in review.fields:
            self.tree.addTopLevelItem(self._field_item(field, review.submission_id))
        if review.lost:
            lost = QTreeWidgetItem([self.tr("Texts the copy no longer has"), ""])
            for name in review.lost:
                lost.addChild(QTreeWidgetItem([name, self.tr("deleted with its paragraph")]))
            self.tree.addTopLevelItem(lost)
        if review.comments_elsewhere:
            elsewhere = QTreeWidgetItem([self.tr("Comments outside any record's text"), ""])
            for comment in review.comments_elsewhere:
                elsewhere.addChild(self._comment_item(comment))
            self.tree.addTopLevelItem(elsewhere)
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
            self.tree.setFocus()
        self.footer.say(self._summary(review))
        self.read_back.emit(review)

    def _summary(self, review: Review) -> str:
        if not review.fields and not review.lost:
            return self.tr("The reviewer changed nothing and left no comments.")
        conflicts = sum(1 for field in review.fields if field.conflict)
        text = self.tr("Texts with changes or comments: %s.") % len(review.fields)
        if conflicts:
            conflicting = self.tr(
                "Changed in your records since the export (shown, not applied): %s."
            )
            text += " " + conflicting % conflicts
        return text

    def _on_unread(self, error: BaseException) -> None:
        self.footer.fail(error, self.tr("The document could not be read: %s. Nothing was changed."))
        self.read_back.emit(None)

    # --- rows ----------------------------------------------------------------------

    def _field_item(self, field: FieldReview, submission_id: uuid.UUID) -> QTreeWidgetItem:
        """A section's introduction opens its submission (a section is no record)."""
        what = self._field_name(field)
        conflict = self.tr(" — conflict: changed since the export") if field.conflict else ""
        item = QTreeWidgetItem([f"{field.title} — {what} ({field.language}){conflict}", ""])
        record = submission_id if field.field == "section_introduction" else field.record_id
        item.setData(0, RECORD_ROLE, str(record))
        item.setData(0, DETAIL_ROLE, self._detail(field))
        for change in field.tracked:
            kind = self.tr("inserted") if change.kind == "insertion" else self.tr("deleted")
            who = change.author or self.tr("someone")
            child = QTreeWidgetItem(
                [f"«{change.text.strip()}»", f"{kind}: {who}, {change.date[:10]}"]
            )
            child.setData(0, RECORD_ROLE, str(record))
            item.addChild(child)
        if field.untracked is not None:
            child = QTreeWidgetItem([f"«{field.reviewed}»", self.tr("changed with tracking off")])
            child.setData(0, RECORD_ROLE, str(record))
            item.addChild(child)
        for comment in field.comments:
            item.addChild(self._comment_item(comment))
        return item

    def _field_name(self, field: FieldReview) -> str:
        names = {
            "title": self.tr("title"),
            "text": self.tr("text"),
            "rationale": self.tr("rationale"),
            "summary": self.tr("summary"),
            "introduction": self.tr("introduction"),
            "section_introduction": self.tr("section introduction"),
            "proposed_wording": self.tr("proposed wording %s") % field.wording,
        }
        return names.get(field.field, field.field)

    def _comment_item(self, comment: Comment) -> QTreeWidgetItem:
        who = comment.author or self.tr("someone")
        item = QTreeWidgetItem(
            [comment.text, self.tr("comment: %s, %s") % (who, comment.date[:10])]
        )
        for reply in comment.replies:
            item.addChild(self._comment_item(reply))
        return item

    def _detail(self, field: FieldReview) -> str:
        return "\n\n".join(
            (
                self.tr("As exported:"),
                field.exported,
                self.tr("As the reviewer left it:"),
                field.reviewed,
            )
        )

    def _show_detail(self, current: QTreeWidgetItem | None) -> None:
        while current is not None and current.data(0, DETAIL_ROLE) is None:
            current = current.parent()
        self.detail.setPlainText(str(current.data(0, DETAIL_ROLE)) if current else "")

    def _open_item(self, item: QTreeWidgetItem) -> None:
        record = item.data(0, RECORD_ROLE)
        if record:
            self.open_requested.emit(uuid.UUID(str(record)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the list has opened the record (``itemActivated``); it must not
        go on to the dialog's default button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tree.hasFocus():
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing waits for the read in progress."""
        self.runner.wait()
        super().reject()

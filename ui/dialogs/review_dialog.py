"""File ▸ Bring In Reviewed Document…: what a copy of an export that someone
edited in Word or LibreOffice and sent back proposes, record by record.

The copy is read on a worker (:class:`~ui.runner.Runner`) through
:class:`workbench.services.Reviews`. Each record's text with something to say
is a row: beneath it each change still to decide (a tracked insertion,
deletion or replacement; the whole text where the reviewer typed with
tracking off), their comments and replies, and a conflict where the record
changed since the export. Double-clicking a row (or Enter) opens its record.

Nothing is written until the user accepts: Accept and Reject act on the
selected changes (a text's row: all of its changes), Accept All From on every
change of one reviewer. Accepting is one undoable edit (Edit ▸ Undo takes it
back, :func:`ui.undo.review_command`); the copy is read again after each
decision, so what was decided leaves the list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ui.undo import notes_command, review_command
from ui.workspace import Workspace
from workbench.review import FieldReview, Review
from workbench.review.accepting import Decided, Kept
from workbench.review.proposals import Proposal
from workbench.review.reading import Comment

WORD_FILTER = "Word documents (*.docx);;All files (*)"
RECORD_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 2
"""A change's key (on its row), or the keys of a text's changes (on the text's row)."""


class ReviewDialog(QDialog):
    read_back = Signal(object)
    """The Review once the copy was read, or None if it could not be."""
    decided = Signal(object)
    """What accepting or rejecting did (a Decided), keeping comments as notes did (a
    Kept), or None if it failed."""
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
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        layout.addLayout(self._decision_row())
        self.footer.add_to(layout)
        self.footer.say(
            self.tr(
                "Choose a copy of an export that a reviewer edited and sent back: "
                "nothing is changed in your records."
            )
        )

    def _decision_row(self) -> QHBoxLayout:
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setObjectName("review_accept")
        self.accept_button.setToolTip(self.tr("Take the selected changes into the records"))
        self.accept_button.clicked.connect(lambda: self.decide_selected(accept=True))
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setObjectName("review_reject")
        self.reject_button.clicked.connect(lambda: self.decide_selected(accept=False))
        self.reviewers = QComboBox(self)
        self.reviewers.setObjectName("review_reviewers")
        self.accept_all_button = QPushButton(self.tr("Accept A&ll From"), self)
        self.accept_all_button.setObjectName("review_accept_all")
        self.accept_all_button.clicked.connect(self.accept_all_from_reviewer)
        self.keep_button = QPushButton(self.tr("Keep Comments as &Notes"), self)
        self.keep_button.setObjectName("review_keep_comments")
        self.keep_button.setToolTip(
            self.tr("Keep every comment on the record it is about, to resolve there")
        )
        self.keep_button.clicked.connect(self.keep_comments)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(self.accept_all_button)
        row.addWidget(self.reviewers)
        self._enable_decisions()
        return row

    def _enable_decisions(self) -> None:
        undecided = self._undecided()
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(bool(undecided) and self.runner.task is None)
        self.accept_all_button.setEnabled(self.reviewers.count() > 0 and self.runner.task is None)
        self.keep_button.setEnabled(bool(self._unkept()) and self.runner.task is None)

    def _unkept(self) -> list[Comment]:
        if self.review is None:
            return []
        review = self.review
        found = [c for f in review.fields for c in f.comments] + list(review.comments_elsewhere)
        return [c for c in found if not review.is_kept(c)]

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
        source = self._source()
        reviews = self.workspace.services.reviews

        def work(_progress: Progress) -> Review:
            return reviews.read(source)

        self.tree.clear()
        self.detail.clear()
        self.footer.say(self.tr("Reading %s…") % source.name)
        self.runner.start("read a reviewed document", work, self._on_read, self._on_unread)
        self._enable_decisions()
        return True

    def _on_read(self, review: Review, said: str = "") -> None:
        self.review = review
        self.tree.clear()
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
        self._list_reviewers(review)
        self.footer.say("\n".join(line for line in (said, self._summary(review)) if line))
        self._enable_decisions()
        self.read_back.emit(review)

    def _list_reviewers(self, review: Review) -> None:
        authors = {p.author for f in review.fields if not f.conflict for p in f.undecided}
        self.reviewers.clear()
        for author in sorted(authors, key=str.casefold):
            self.reviewers.addItem(author or self.tr("(no name)"), author)

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
        self._enable_decisions()
        self.read_back.emit(None)

    # --- deciding ---------------------------------------------------------------------

    def _undecided(self) -> dict[str, tuple[FieldReview, Proposal]]:
        if self.review is None:
            return {}
        return {p.key: (f, p) for f in self.review.fields if not f.conflict for p in f.undecided}

    def selected_keys(self) -> list[str]:
        """The changes the selected rows stand for (a text's row: all of its own)."""
        keys: list[str] = []
        for item in self.tree.selectedItems():
            found = item.data(0, PROPOSAL_ROLE)
            for key in found.split() if found else ():
                if key not in keys:
                    keys.append(key)
        return keys

    def decide_selected(self, *, accept: bool) -> bool:
        keys = [k for k in self.selected_keys() if k in self._undecided()]
        if not keys:
            self.footer.fail_text(self.tr("Select the changes to accept or reject first."))
            return False
        return self._decide(keys if accept else [], [] if accept else keys)

    def accept_all_from_reviewer(self) -> bool:
        author = self.reviewers.currentData()
        keys = [k for k, (_, p) in self._undecided().items() if p.author == author]
        return bool(keys) and self._decide(keys, [])

    def keep_comments(self) -> bool:
        """Every comment not kept yet becomes a review note on its record."""
        if not self._unkept():
            return False
        reviews = self.workspace.services.reviews
        saying = self.tr("Keeping the comments as review notes…")
        return self._change_then_read(reviews.keep_comments, saying, self._on_kept)

    def _on_kept(self, outcome: tuple[Kept, Review]) -> None:
        kept, review = outcome
        if kept.undo is not None:
            self.workspace.push(notes_command(self.workspace, kept.undo, self._source().name))
        said = self.tr(
            "Comments kept as review notes: %s. The records' editors show them, to resolve there."
        )
        self._on_read(review, said % kept.notes)
        self.decided.emit(kept)

    def _decide(self, accept: list[str], reject: list[str]) -> bool:
        reviews = self.workspace.services.reviews
        saying = self.tr("Taking the changes into the records…")
        return self._change_then_read(
            lambda review: reviews.decide(review, accept, reject), saying, self._on_decided
        )

    def _change_then_read(
        self,
        change: Callable[[Review], object],
        saying: str,
        done: Callable[[Any], None],
    ) -> bool:
        """``change`` the records by the review on a worker, then read the copy again
        there (what was decided leaves the list); ``done`` gets both."""
        if self.runner.task is not None or self.review is None:
            return False
        review, reviews, source = self.review, self.workspace.services.reviews, self._source()

        def work(_progress: Progress) -> tuple[object, Review]:
            return change(review), reviews.read(source)

        self.footer.say(saying)
        self.runner.start("decide on a review", work, done, self._on_undecided)
        self._enable_decisions()
        return True

    def _source(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _on_decided(self, outcome: tuple[Decided, Review]) -> None:
        decided, review = outcome
        if decided.undo is not None:
            self.workspace.push(review_command(self.workspace, decided.undo, self._source().name))
        self._on_read(review, self._decided_text(decided))
        self.decided.emit(decided)

    def _decided_text(self, decided: Decided) -> str:
        lines = []
        if decided.written:
            lines.append(
                self.tr("Accepted into %s text(s); Edit ▸ Undo (Ctrl+Z) takes them back.")
                % len(decided.written)
            )
        if decided.conflicts:
            lines.append(
                self.tr("Not written, changed in your records since the export: %s.")
                % len(decided.conflicts)
            )
        if decided.not_carried:
            lines.append(
                self.tr(
                    "Not written, their formatting or citations could not be kept: %s "
                    "(apply them by hand; the reviewer's text is shown below)."
                )
                % len(decided.not_carried)
            )
        return "\n".join(lines)

    def _on_undecided(self, error: BaseException) -> None:
        self.footer.fail(
            error, self.tr("The changes could not be taken in: %s. Nothing was changed.")
        )
        self._enable_decisions()
        self.decided.emit(None)

    # --- rows ----------------------------------------------------------------------

    def _field_item(self, field: FieldReview, submission_id: uuid.UUID) -> QTreeWidgetItem:
        """A section's introduction opens its submission (a section is no record)."""
        what = self._field_name(field)
        conflict = self.tr(" — conflict: changed since the export") if field.conflict else ""
        item = QTreeWidgetItem([f"{field.title} — {what} ({field.language}){conflict}", ""])
        record = submission_id if field.field == "section_introduction" else field.record_id
        item.setData(0, RECORD_ROLE, str(record))
        item.setData(0, DETAIL_ROLE, self._detail(field))
        if not field.conflict:
            item.setData(0, PROPOSAL_ROLE, " ".join(p.key for p in field.undecided))
        for proposal in field.undecided:
            child = self._proposal_item(proposal, field)
            child.setData(0, RECORD_ROLE, str(record))
            item.addChild(child)
        for comment in field.comments:
            item.addChild(self._comment_item(comment))
        return item

    def _proposal_item(self, proposal: Proposal, field: FieldReview) -> QTreeWidgetItem:
        """A change still to decide; one on a conflicting text cannot be chosen."""
        kinds = {
            "insertion": self.tr("inserted"),
            "deletion": self.tr("deleted"),
            "replacement": self.tr("replaced"),
            "edit": self.tr("changed with tracking off"),
        }
        if proposal.kind == "insertion":
            what = f"«{proposal.text.strip()}»"
        elif proposal.kind == "deletion":
            what = f"«{proposal.removed.strip()}»"
        else:
            what = f"«{proposal.removed.strip()}» → «{proposal.text.strip()}»"
        who = proposal.author or self.tr("someone")
        when = f", {proposal.date[:10]}" if proposal.date else ""
        child = QTreeWidgetItem([what, f"{kinds[proposal.kind]}: {who}{when}"])
        if field.conflict:
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        else:
            child.setData(0, PROPOSAL_ROLE, proposal.key)
        return child

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
        said = self.tr("comment: %s, %s") % (who, comment.date[:10])
        if self.review is not None and self.review.is_kept(comment):
            said += self.tr(" — kept as a note")
        item = QTreeWidgetItem([comment.text, said])
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

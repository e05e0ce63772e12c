"""A record's review notes in its editor: reviewers' comments brought home from a
Word document, each with what it quoted, its replies, and a Resolve / Reopen
button that goes through the undo stack (``ui.undo.SetNoteStatus``).

Shown for the kinds that hold notes (recommendations and submissions), and only
when the record has some: a record nobody reviewed shows nothing more.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import field_label, language_in_words
from ui.models.values import format_datetime
from ui.undo import SetNoteStatus
from ui.workspace import Workspace
from workbench.records import RecordData
from workbench.review_notes import OPEN, OWNER_KINDS, RESOLVED, ReviewNote


class ReviewNotesBox(QGroupBox):
    """The notes of the record shown, oldest first, open and resolved alike."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-notes")
        self._workspace = workspace
        self._layout = QVBoxLayout(self)
        self.notes: list[ReviewNote] = []
        self.buttons: dict[uuid.UUID, QPushButton] = {}
        """Each note's Resolve / Reopen button, by the note's id."""
        self.setVisible(False)

    def show_record(self, record: RecordData) -> None:
        """The notes ``record`` holds now (read again: a change may have moved them)."""
        notes = []
        if record.kind in OWNER_KINDS and record.children.get("review_notes"):
            notes = self._workspace.services.notes.of(record.id)
        if notes == self.notes:
            return
        self.notes = notes
        self._rebuild()

    def _rebuild(self) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        still_open = sum(1 for note in self.notes if note.status == OPEN)
        self.setTitle(self.tr("Review notes (%s open of %s)") % (still_open, len(self.notes)))
        for note in self.notes:
            self._layout.addWidget(self._note_frame(note))
        self.setVisible(bool(self.notes))

    def _note_frame(self, note: ReviewNote) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        top = QHBoxLayout()
        heading = QLabel(self._heading(note), frame)
        heading.setWordWrap(True)
        heading.setEnabled(note.status == OPEN)
        top.addWidget(heading, 1)
        button = QPushButton(self.tr("Reopen") if note.resolved else self.tr("Resolve"), frame)
        button.clicked.connect(lambda _checked=False, n=note: self._toggle(n))
        self.buttons[note.id] = button
        top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        if note.quote:
            quote = _label(frame, f"“{note.quote}”")
            quote.setStyleSheet("font-style: italic")
            layout.addWidget(quote)
        layout.addWidget(_label(frame, note.text))
        for reply in note.replies:
            by = self._by(reply.author, reply.written_at)
            layout.addWidget(_label(frame, f"↳ {by}: {reply.text}"))
        return frame

    def _heading(self, note: ReviewNote) -> str:
        """Who wrote it and when, on which text, and whether it is resolved."""
        by = self._by(note.author, note.written_at)
        if not note.field:  # a comment on text of no record (a heading, the cover)
            heading = self.tr("%s, on the document") % by
        else:
            where = field_label(note.field)
            if note.language:
                where = f"{where} ({language_in_words(note.language)})"
            heading = self.tr("%s, on %s") % (by, where)
        return heading + (" · " + self.tr("resolved") if note.resolved else "")

    def _by(self, author: str, when: datetime | None) -> str:
        who = author or self.tr("A reviewer")
        return who if when is None else f"{who}, {format_datetime(when)}"

    def _toggle(self, note: ReviewNote) -> None:
        status = OPEN if note.resolved else RESOLVED
        self._workspace.push(SetNoteStatus(self._workspace, note, status))


def _label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a reviewer's words, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

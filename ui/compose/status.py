"""A recommendation's status and its history, including the authority's response.

The status is never edited as a plain field: each change is a step in the
history (when, who, and a note such as the authority's response), so the
panel records a new step and lists the previous ones, newest first.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.compose.commands import SetStatus
from ui.labels import value_label
from ui.models.values import format_datetime
from ui.workspace import Workspace
from workbench.records import RecordData, field_specs


class StatusPanel(QGroupBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Status"))
        self.workspace = workspace
        self.record: RecordData | None = None
        self.status = QComboBox(self)
        self.status.setObjectName("status_choice")
        for choice in field_specs("recommendation")["status"].choices or ():
            self.status.addItem(value_label(choice), choice)
        self.note = QLineEdit(self)
        self.note.setObjectName("status_note")
        self.note.setPlaceholderText(self.tr("Note, or the authority's response"))
        self.note.returnPressed.connect(self.record_status)
        self.button = QPushButton(self.tr("Record status"), self)
        self.button.setObjectName("record_status")
        self.button.clicked.connect(self.record_status)
        self.history = QTreeWidget(self)
        self.history.setObjectName("status_history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Note or response")]
        )
        self.history.setMaximumHeight(8 * self.fontMetrics().lineSpacing() + 24)
        # One above the other: beside the preview the editor may be narrow, and a
        # choice and a button side by side would not fit in every language.
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.history)

    def show_record(self, record: RecordData) -> None:
        if self.record is not None and self.record.id != record.id:
            self.note.clear()  # a note is for the record it was typed for
        self.record = record
        self.status.setCurrentIndex(max(0, self.status.findData(record.fields["status"])))
        self.history.clear()
        for step in reversed(record.children["status_history"]):
            when = datetime.fromisoformat(step["changed_at"])
            self.history.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_datetime(when),
                        value_label(step["status"]),
                        step["author"],
                        step["note"],
                    ]
                )
            )

    def record_status(self) -> None:
        if self.record is None:
            return
        status = str(self.status.currentData())
        note = self.note.text().strip()
        if status == self.record.fields["status"] and not note:
            return
        self.workspace.push(SetStatus(self.workspace, self.record, status, note))
        self.note.clear()

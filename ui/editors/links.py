"""One link role of a record: the ordered targets, with Link… and Unlink buttons."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models import roles
from ui.models.references import Reference, ReferenceListModel

ROW_HEIGHT = 22


class ReferenceList(QListView):
    """A short list of records; activating one (double-click, Enter) asks to open it."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.references = ReferenceListModel(self)
        self.setModel(self.references)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.activated.connect(lambda index: self.open_requested.emit(index.data(roles.RECORD_ID)))

    def set_references(
        self, items: list[Reference], *, min_rows: int = 1, max_rows: int = 6
    ) -> None:
        self.references.set_references(items)
        rows = max(min_rows, min(max_rows, len(items)))
        row_height = self.sizeHintForRow(0) if items else ROW_HEIGHT
        self.setFixedHeight(rows * max(row_height, ROW_HEIGHT) + 2 * self.frameWidth() + 2)

    def current_id(self) -> uuid.UUID | None:
        index = self.currentIndex()
        return index.data(roles.RECORD_ID) if index.isValid() else None


class LinkRoleEditor(QWidget):
    """The targets of one role; ``link_requested``/``unlink_requested`` go to the editor."""

    link_requested = Signal(str)
    unlink_requested = Signal(str, object)

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.list = ReferenceList(self)
        self.list.setObjectName(f"links_{role}")
        self.link_button = QPushButton(self.tr("Link…"), self)
        self.link_button.setObjectName(f"link_{role}")
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.setObjectName(f"unlink_{role}")
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.role))
        self.unlink_button.clicked.connect(self._unlink)
        buttons = QVBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_references(self, items: list[Reference]) -> None:
        self.list.set_references(items)
        self.unlink_button.setEnabled(bool(items))

    def _unlink(self) -> None:
        target = self.list.current_id()
        if target is None and self.list.references.rowCount() == 1:
            target = self.list.references.references()[0].id
        if target is not None:
            self.unlink_requested.emit(self.role, target)

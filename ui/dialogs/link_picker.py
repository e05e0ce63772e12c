"""Search-to-link: find the provision, critique, evidence or source to link to.

Typing searches as you type (debounced); with nothing typed, the first
records of the kind are listed. Enter picks the highlighted result (the
first one when none is highlighted).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import kind_name
from ui.models import roles
from ui.models.search_results import KIND_COLUMN, SearchResultsModel
from ui.workspace import Workspace
from workbench.search import MAX_QUERY_CHARS, SearchHit

SEARCH_DELAY_MS = 200
LIMIT = 50


class LinkPickerDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        exclude: Collection[uuid.UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a %s") % kind_name(kind).lower())
        self.resize(640, 420)
        self._workspace = workspace
        self._kind = kind
        self._exclude = set(exclude)
        self.chosen: uuid.UUID | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search %s…") % kind_name(kind, plural=True).lower()
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(MAX_QUERY_CHARS)  # the bound search answers within
        self.results = SearchResultsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.results)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setColumnHidden(KIND_COLUMN, True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.installEventFilter(self)
        self.run_search()

    @classmethod
    def pick(
        cls,
        parent: QWidget | None,
        workspace: Workspace,
        kind: str,
        exclude: Collection[uuid.UUID] = (),
    ) -> tuple[uuid.UUID | None, bool]:
        dialog = cls(workspace, kind, exclude, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen, accepted and dialog.chosen is not None
        finally:
            dialog.deleteLater()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search_box.text().strip()
        if query:
            hits = self._workspace.search(query, (self._kind,), LIMIT + len(self._exclude))
        else:
            rows = self._workspace.library.page(self._kind, limit=LIMIT + len(self._exclude))
            hits = [SearchHit(r.id, r.kind, r.title, "", (), 0.0) for r in rows]
        self.results.set_hits([h for h in hits if h.id not in self._exclude][:LIMIT])
        if self.results.rowCount():
            self.view.selectRow(0)

    def accept(self) -> None:
        if self._timer.isActive():
            self.run_search()
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        index = self.results.index(row, 0)
        self.chosen = self.results.data(index, roles.RECORD_ID) if index.isValid() else None
        if self.chosen is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the results; Enter picks."""
        if (
            watched is not self.search_box
            or not isinstance(event, QKeyEvent)
            or event.type() != QEvent.Type.KeyPress
        ):
            return super().eventFilter(watched, event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return True
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if self._timer.isActive():
                self.run_search()
            rows = self.view.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.view.selectRow(max(0, min(self.results.rowCount() - 1, row + step)))
            return True
        return super().eventFilter(watched, event)

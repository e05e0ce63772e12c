"""Search as you type across every kind; Enter opens the highlighted result.

The search box lives in the window's toolbar; this panel holds the results
and the debounce. Up and Down in the box move through the results, so
finding and opening a record never needs the mouse.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import relabel
from ui.models.search_results import KIND_COLUMN, SNIPPET_COLUMN, TITLE_COLUMN, SearchResultsModel
from ui.workspace import Workspace
from workbench.search import MAX_QUERY_CHARS, SearchHit

SEARCH_DELAY_MS = 250
RESULT_LIMIT = 100


class SearchPanel(QWidget):
    open_requested = Signal(object)
    active_changed = Signal(bool)
    """True when there is a query (show the results), False when the box was cleared."""

    def __init__(self, workspace: Workspace, box: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.box = box
        # Longer queries are cut when searched anyway; the field stops there.
        box.setMaxLength(MAX_QUERY_CHARS)
        self.model = SearchResultsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE_COLUMN, 280)
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self.summary = QLabel(self)
        self._tagged: str | None = None
        """The tag whose records are listed (their summary names it), or None: a query's."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        box.textChanged.connect(self._on_text_changed)
        box.installEventFilter(self)

    def run_search(self) -> None:
        self.timer.stop()
        query = self.box.text().strip()
        hits = self._workspace.search(query, limit=RESULT_LIMIT) if query else []
        self.model.set_hits(hits)
        if hits:
            self.view.selectRow(0)
        self._tagged = None
        self._summarise(query, len(hits))

    def _summarise(self, query: str, found: int) -> None:
        if found:
            self.summary.setText(self.tr("%d results for “%s”") % (found, query))
        else:
            self.summary.setText(self.tr("Nothing found for “%s”") % query if query else "")

    def retranslate(self) -> None:
        """Relabel in the interface language now installed (the results' kinds and
        headers are read from the model when painted)."""
        relabel(self.model)
        last = self.model.rowCount()
        if self._tagged is not None:
            self._summarise_tagged(last, self._tagged)
        else:
            self._summarise(self.box.text().strip(), last)

    def show_tagged(self, tag: uuid.UUID, name: str) -> None:
        """Every record carrying a tag, whatever its kind (as the navigator counts them)."""
        self.timer.stop()
        found = self._workspace.library.tagged(tag)
        self.model.set_hits([SearchHit(s.id, s.kind, s.title, "", (), 0.0) for s in found])
        if found:
            self.view.selectRow(0)
        self._tagged = name
        self._summarise_tagged(len(found), name)

    def _summarise_tagged(self, found: int, name: str) -> None:
        self.summary.setText(self.tr("%d records tagged “%s”") % (found, name))

    def open_current(self) -> uuid.UUID | None:
        if self.timer.isActive():
            self.run_search()
        rows = self.view.selectionModel().selectedRows()
        return self._open_row(rows[0].row() if rows else 0)

    def _open_row(self, row: int) -> uuid.UUID | None:
        hit = self.model.hit(row)
        if hit is None:
            return None
        self.open_requested.emit(hit.id)
        return hit.id

    def _on_text_changed(self, text: str) -> None:
        self.active_changed.emit(bool(text.strip()))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.box or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.box.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.timer.isActive():
            self.run_search()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
            rows = self.view.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
            row += 1 if key == Qt.Key.Key_Down else -1
            self.view.selectRow(max(0, min(self.model.rowCount() - 1, row)))
            return True
        return super().eventFilter(watched, event)

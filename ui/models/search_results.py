"""Search results: title, kind and the snippet around the words that matched."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import kind_icon
from ui.labels import kind_name, untitled
from ui.models import roles
from workbench.search import SearchHit

Index = QModelIndex | QPersistentModelIndex

TITLE_COLUMN = 0
KIND_COLUMN = 1
SNIPPET_COLUMN = 2


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE_COLUMN:
                return hit.title.replace("\n", " ") or untitled()
            if column == KIND_COLUMN:
                return kind_name(hit.kind)
            return hit.snippet.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column == SNIPPET_COLUMN:
            return hit.snippet
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE_COLUMN:
            return kind_icon(hit.kind)
        if role == roles.RECORD_ID:
            return hit.id
        if role == roles.KIND:
            return hit.kind
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Title"), self.tr("Kind"), self.tr("Found in"))[section]
            if section < 3
            else None
        )

"""A short list of records another record points at, or that point at it.

Used for an editor's links (one list per role) and its backlinks ("cited
by"). Titles are read when the list is set, so rows are plain data.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import kind_icon
from ui.labels import kind_name, untitled
from ui.models import roles

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Reference:
    id: uuid.UUID
    kind: str
    title: str
    note: str = ""
    """Shown after the title (a backlink's role)."""


class ReferenceListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Reference] = []

    def set_references(self, items: Sequence[Reference]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def references(self) -> list[Reference]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = item.title or untitled()
            return f"{title}  ({item.note})" if item.note else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{kind_name(item.kind)}: {item.title or untitled()}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(item.kind)
        if role == roles.RECORD_ID:
            return item.id
        if role == roles.KIND:
            return item.kind
        return None

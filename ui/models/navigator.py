"""The navigator: record kinds with their counts, and under Tags every tag with its use.

Two levels only, so the tree's bookkeeping is two integers: top-level rows
have internal id 0, tag rows have internal id 1 and the Tags row as parent.
Tags and their use are read when the Tags row is first expanded (fetchMore),
keeping that query out of the time it takes a project to open. Counts are
refreshed in place (dataChanged); the tree is reset only when the set of
tags itself changes, so the view keeps its selection while you edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import kind_icon
from ui.labels import KIND_ORDER, kind_name, relabel, untitled
from ui.models import roles
from workbench.library import Library

Index = QModelIndex | QPersistentModelIndex

NAME_COLUMN = 0
COUNT_COLUMN = 1
_TOP = 0
_TAG = 1
_TAGS_ROW = KIND_ORDER.index("tag")
_MAX_TAGS = 5_000


@dataclass(frozen=True)
class TagRow:
    id: uuid.UUID
    name: str
    uses: int


class NavigatorModel(QAbstractItemModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._counts: dict[str, int] = library.counts()
        self._tags: list[TagRow] | None = None
        """None until the Tags row is expanded."""

    def refresh(self) -> None:
        counts = self._library.counts()
        tags = self._read_tags() if self._tags is not None else None
        if tags is not None and [t.id for t in tags] != [t.id for t in self._tags or ()]:
            self.beginResetModel()
            self._counts, self._tags = counts, tags
            self.endResetModel()
            return
        self._counts, self._tags = counts, tags
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, COUNT_COLUMN))
        if tags:
            parent = self.index(_TAGS_ROW, 0)
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(tags) - 1, COUNT_COLUMN, parent)
            )

    def retranslate(self) -> None:
        """The kinds' names and the headers in the interface language now installed."""
        relabel(self)

    def kind_index(self, kind: str) -> QModelIndex:
        return self.index(KIND_ORDER.index(kind), NAME_COLUMN)

    def tag_index(self, tag_id: uuid.UUID) -> QModelIndex:
        tags_row = self.index(_TAGS_ROW, 0)
        if self.canFetchMore(tags_row):
            self.fetchMore(tags_row)
        for row, tag in enumerate(self._tags or ()):
            if tag.id == tag_id:
                return self.index(row, NAME_COLUMN, self.index(_TAGS_ROW, 0))
        return QModelIndex()

    # --- Qt model -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, _TAG)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(_TAGS_ROW, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(KIND_ORDER)
        if _is_tags_row(parent):
            return len(self._tags or ())
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if _is_tags_row(parent) and self._tags is None:
            return self._counts.get("tag", 0) > 0
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:
        return _is_tags_row(parent) and self._tags is None

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        tags = self._read_tags()
        if not tags:
            self._tags = []
            return
        self.beginInsertRows(parent, 0, len(tags) - 1)
        self._tags = tags
        self.endInsertRows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._kind_data(KIND_ORDER[index.row()], index.column(), role)
        return self._tag_data((self._tags or [])[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Library") if section == NAME_COLUMN else self.tr("Records")
        return None

    # --- rows -----------------------------------------------------------------

    def _kind_data(self, kind: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                kind_name(kind, plural=True)
                if column == NAME_COLUMN
                else f"{self._counts.get(kind, 0):,}"
            )
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return kind_icon(kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == roles.KIND:
            return kind
        return None

    def _tag_data(self, tag: TagRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name or untitled()) if column == NAME_COLUMN else f"{tag.uses:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == roles.TAG_ID:
            return tag.id
        if role == roles.KIND:
            return "tag"
        return None

    def _read_tags(self) -> list[TagRow]:
        uses = self._library.tag_usage()
        return [
            TagRow(row.id, row.title, uses.get(row.id, 0))
            for row in self._library.page("tag", limit=_MAX_TAGS)
        ]


def _is_tags_row(index: Index) -> bool:
    return (
        index.isValid()
        and index.internalId() == _TOP
        and index.row() == _TAGS_ROW
        and index.column() == 0
    )

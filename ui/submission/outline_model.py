"""The outline of a submission as a two-level tree: sections, and their recommendations.

The model shows an :class:`~workbench.outline.Outline` and never changes it
itself: a drop or a rename computes the new outline and asks for it
(``change_requested``); the builder pushes the undoable command and shows the
stored result. Recommendations are numbered across sections, as the export
numbers them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.icons import kind_icon
from ui.labels import untitled
from ui.models import roles
from ui.models.mime import RECORDS_MIME, dropped_records, records_mime
from workbench.outline import Outline, move_section, place_items, rename_section

Index = QModelIndex | QPersistentModelIndex

SECTIONS_MIME = "application/x-workbench-sections"
SECTION_ID = Qt.ItemDataRole.UserRole + 30
"""A section row's uuid.UUID (None on recommendation rows)."""
_SECTION = 0
"""internalId of section rows; a recommendation row's is its section's row + 1."""


class OutlineModel(QAbstractItemModel):
    change_requested = Signal(object, str)
    """The new Outline, and what the change was (for the undo history)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outline: Outline | None = None
        self._titles: dict[uuid.UUID, str] = {}
        self._numbers: dict[tuple[int, int], int] = {}

    def set_outline(self, outline: Outline, titles: Mapping[uuid.UUID, str]) -> None:
        self.beginResetModel()
        self.outline = outline
        self._titles = dict(titles)
        self._numbers = {}
        number = 0
        for s, section in enumerate(outline.sections):
            for i, _item in enumerate(section.items):
                number += 1
                self._numbers[(s, i)] = number
        self.endResetModel()

    # --- addressing -----------------------------------------------------------

    def section_row(self, index: Index) -> int:
        """The section an index is (or is in); -1 for the root."""
        if not index.isValid():
            return -1
        return index.row() if index.internalId() == _SECTION else index.internalId() - 1

    def is_section(self, index: Index) -> bool:
        return index.isValid() and index.internalId() == _SECTION

    def index_of(self, section_id: uuid.UUID, item: uuid.UUID | None = None) -> QModelIndex:
        if self.outline is None:
            return QModelIndex()
        for s, section in enumerate(self.outline.sections):
            if section.id == section_id:
                parent = self.index(s, 0)
                if item is None:
                    return parent
                if item in section.items:
                    return self.index(section.items.index(item), 0, parent)
        return QModelIndex()

    # --- Qt model -------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self.outline is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.outline.sections)
        if parent.internalId() == _SECTION:
            return len(self.outline.sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.outline is None:
            return None
        section = self.outline.sections[self.section_row(index)]
        if self.is_section(index):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return section.title
            if role == SECTION_ID:
                return section.id
            if role == Qt.ItemDataRole.FontRole:
                return None
            return None
        item = section.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = self._numbers[(self.section_row(index), index.row())]
            return f"{number}. {self._titles.get(item) or untitled()}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon("recommendation")
        if role == roles.RECORD_ID:
            return item
        if role == roles.KIND:
            return "recommendation"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.is_section(index):
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.outline is None or not self.is_section(index) or role != Qt.ItemDataRole.EditRole:
            return False
        title = str(value).strip()
        section = self.outline.sections[index.row()]
        if not title or title == section.title:
            return False
        self.change_requested.emit(
            rename_section(self.outline, section.id, title), self.tr("Rename section")
        )
        return True

    # --- drag and drop --------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SECTIONS_MIME, RECORDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        if self.outline is None:
            return QMimeData()
        sections = [self.outline.sections[i.row()].id for i in indexes if self.is_section(i)]
        if sections:
            data = QMimeData()
            data.setData(SECTIONS_MIME, json.dumps([str(s) for s in sections]).encode())
            return data
        items = [self.data(i, roles.RECORD_ID) for i in indexes if i.isValid()]
        return records_mime(("recommendation", item) for item in items if item is not None)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._dropped_outline(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        outline = self._dropped_outline(data, row, parent)
        if outline is None:
            return False
        if outline != self.outline:
            self.change_requested.emit(outline, self.tr("Reorder the outline"))
        return True

    def _dropped_outline(self, data: QMimeData, row: int, parent: Index) -> Outline | None:
        """The outline a drop would give, or None if it cannot be dropped there."""
        outline = self.outline
        if outline is None:
            return None
        if data.hasFormat(SECTIONS_MIME):
            if parent.isValid():
                return None
            try:
                moving = [uuid.UUID(s) for s in json.loads(bytes(data.data(SECTIONS_MIME).data()))]
            except (ValueError, TypeError):
                return None
            row = len(outline.sections) if row < 0 else row
            for section_id in moving:
                if section_id not in {s.id for s in outline.sections}:
                    return None
                old = outline.section_index(section_id)
                outline = move_section(outline, section_id, row - 1 if old < row else row)
                row = outline.section_index(section_id) + 1
            return outline
        items = dropped_records(data, ("recommendation",))
        if not items or not outline.sections:
            return None
        if parent.isValid():
            section = outline.sections[self.section_row(parent)]
            if not self.is_section(parent):
                row = parent.row()
            return place_items(outline, items, section.id, row)
        if row <= 0:
            return place_items(outline, items, outline.sections[0].id, 0)
        return place_items(outline, items, outline.sections[row - 1].id, -1)

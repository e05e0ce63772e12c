"""What a merge would change, per record kind: added, updated, merged with no
question, deleted, in conflict."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import kind_icon
from ui.labels import KIND_ORDER, kind_name

Index = QModelIndex | QPersistentModelIndex

KIND_COLUMN = 0
COUNT_COLUMNS = ("added", "updated", "merged", "deleted", "conflicts")
"""Keys of MergePlan.summary(), one column each after the kind."""


class MergePreviewModel(QAbstractTableModel):
    """One row per kind the merge changes; the counts of each action in columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, tuple[int, ...]]] = []

    def set_summary(self, summary: Mapping[str, Mapping[str, int]]) -> None:
        self.beginResetModel()
        self._rows = []
        for kind in KIND_ORDER:
            counts = tuple(summary.get(label, {}).get(kind, 0) for label in COUNT_COLUMNS)
            if any(counts):
                self._rows.append((kind, counts))
        self.endResetModel()

    def totals(self) -> dict[str, int]:
        return {
            label: sum(counts[n] for _kind, counts in self._rows)
            for n, label in enumerate(COUNT_COLUMNS)
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COUNT_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, counts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_name(kind, plural=True) if column == KIND_COLUMN else counts[column - 1]
        if role == Qt.ItemDataRole.DecorationRole and column == KIND_COLUMN:
            return kind_icon(kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != KIND_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (
            self.tr("Kind"),
            self.tr("Added"),
            self.tr("Updated"),
            self.tr("Merged"),
            self.tr("Deleted"),
            self.tr("Conflicts"),
        )
        return labels[section] if 0 <= section < len(labels) else None

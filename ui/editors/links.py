"""One link role of a record: the ordered targets, with Link… and Unlink buttons.

Targets can also be dropped in from the library list, and reordered by drag
and drop or with Alt+Up / Alt+Down. The list never changes itself: it asks
(``drop_requested``, ``reorder_requested``) and the editor pushes an undoable
command, after which the list is shown again from the stored record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models import roles
from ui.models.mime import RECORDS_MIME, dropped_records, records_mime
from ui.models.references import Reference, ReferenceListModel

ROW_HEIGHT = 22
Index = QModelIndex | QPersistentModelIndex


class ReferenceList(QListView):
    """A short list of records; activating one (double-click, Enter) asks to open it."""

    open_requested = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, model: ReferenceListModel | None = None
    ) -> None:
        super().__init__(parent)
        self.references = model or ReferenceListModel(self)
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


class LinkListModel(ReferenceListModel):
    """Targets of one role as a drag source and a drop target (records of one kind)."""

    dropped = Signal(list, int)
    """Ids dropped (from this list or the library list) and the row they go to."""

    def __init__(self, target_kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target_kind = target_kind

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [RECORDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        items = self.references()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return records_mime((items[r].kind, items[r].id) for r in rows)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(dropped_records(data, (self.target_kind,)))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = dropped_records(data, (self.target_kind,))
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.dropped.emit(ids, row)
        return True


def placed(current: Sequence[uuid.UUID], ids: Sequence[uuid.UUID], row: int) -> list[uuid.UUID]:
    """``current`` with ``ids`` at ``row`` (a row of ``current``), moved there if present."""
    moving = list(dict.fromkeys(ids))
    row = max(0, min(row, len(current)))
    row -= sum(1 for t in current[:row] if t in moving)
    kept = [t for t in current if t not in moving]
    return kept[:row] + moving + kept[row:]


class LinkRoleEditor(QWidget):
    """The targets of one role; link, unlink, drop and reorder requests go to the editor."""

    link_requested = Signal(str)
    unlink_requested = Signal(str, object)
    reorder_requested = Signal(str, list)
    """The role and all its targets in their new order."""

    def __init__(
        self, role: str, parent: QWidget | None = None, target_kind: str = "", many: bool = True
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.many = many
        self.model = LinkListModel(target_kind)
        self.list = ReferenceList(self, self.model)
        self.model.setParent(self.list)
        self.list.setObjectName(f"links_{role}")
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.installEventFilter(self)
        self.model.dropped.connect(self._on_dropped)
        self._keep_current: uuid.UUID | None = None
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
        ids = [item.id for item in items]
        if self._keep_current in ids:
            self.list.setCurrentIndex(self.model.index(ids.index(self._keep_current), 0))
        self._keep_current = None

    def targets(self) -> list[uuid.UUID]:
        return [item.id for item in self.model.references()]

    def move_current(self, step: int) -> bool:
        """Move the highlighted target one place up (-1) or down (+1)."""
        current = self.list.current_id()
        targets = self.targets()
        if current is None or not self.many:
            return False
        row = targets.index(current)
        if not 0 <= row + step < len(targets):
            return False
        targets.insert(row + step, targets.pop(row))
        self._keep_current = current
        self.reorder_requested.emit(self.role, targets)
        return True

    def _on_dropped(self, ids: list[uuid.UUID], row: int) -> None:
        targets = placed(self.targets(), ids, row) if self.many else ids[:1]
        if targets != self.targets():
            self._keep_current = ids[0]
            self.reorder_requested.emit(self.role, targets)

    def eventFilter(self, watched: QObject, event: object) -> bool:
        """Alt+Up / Alt+Down move the highlighted target."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _unlink(self) -> None:
        target = self.list.current_id()
        if target is None and self.list.references.rowCount() == 1:
            target = self.list.references.references()[0].id
        if target is not None:
            self.unlink_requested.emit(self.role, target)

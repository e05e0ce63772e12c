"""The rows a Word document's import proposes, as the import dialog lists them:
ticked or not, kind, title, where in the document it came from, and what
importing does with it. Unticking a row edits the proposal itself."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.icons import kind_icon
from ui.labels import QT_TRANSLATE_NOOP, kind_name, untitled
from workbench.word_import.proposal import Proposal, ProposedRecord

Index = QModelIndex | QPersistentModelIndex

IMPORT_COLUMN, KIND_COLUMN, TITLE_COLUMN, ORIGIN_COLUMN, STATE_COLUMN = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportRows", text)


def state_text(row: ProposedRecord) -> str:
    """What importing does with the row, in words."""
    if row.same_as is not None:
        return _tr("the library's “%s”") % (row.same_as.title or untitled())
    if row.kind == "instrument" and not row.include:
        return _tr("not in the library: tick to create it")
    return _tr("new") if row.include else _tr("left out")


_ORIGINS = (
    (
        re.compile(r"^recommendation (\d+), critique (\d+)$"),
        QT_TRANSLATE_NOOP("ImportRows", "recommendation %s, critique %s"),
    ),
    (
        re.compile(r"^recommendation (\d+), evidence (\d+)$"),
        QT_TRANSLATE_NOOP("ImportRows", "recommendation %s, evidence %s"),
    ),
    (re.compile(r"^recommendation (\d+)$"), QT_TRANSLATE_NOOP("ImportRows", "recommendation %s")),
    (re.compile(r"^footnote (\S+)$"), QT_TRANSLATE_NOOP("ImportRows", "footnote %s")),
    (
        re.compile(r"^footnotes (.+?) and (\d+) more$"),
        QT_TRANSLATE_NOOP("ImportRows", "footnotes %s and %s more"),
    ),
    (re.compile(r"^footnotes (.+)$"), QT_TRANSLATE_NOOP("ImportRows", "footnotes %s")),
    (re.compile(r"^endnote (\S+)$"), QT_TRANSLATE_NOOP("ImportRows", "endnote %s")),
    (
        re.compile(r"^endnotes (.+?) and (\d+) more$"),
        QT_TRANSLATE_NOOP("ImportRows", "endnotes %s and %s more"),
    ),
    (re.compile(r"^endnotes (.+)$"), QT_TRANSLATE_NOOP("ImportRows", "endnotes %s")),
)
_FIXED_ORIGINS = {
    "named in the text": QT_TRANSLATE_NOOP("ImportRows", "named in the text"),
    "named in the text, not in the library": QT_TRANSLATE_NOOP(
        "ImportRows", "named in the text, not in the library"
    ),
    "the document's outline": QT_TRANSLATE_NOOP("ImportRows", "the document's outline"),
}


def origin_text(origin: str) -> str:
    """Where a row came from, in the interface's language (the proposal says it in
    English, as the command line prints it)."""
    parts = []
    for part in origin.split("; "):
        if part in _FIXED_ORIGINS:
            parts.append(_tr(_FIXED_ORIGINS[part]))
            continue
        for pattern, words in _ORIGINS:
            if found := pattern.match(part):
                parts.append(_tr(words) % found.groups())
                break
        else:
            parts.append(part)
    return "; ".join(parts)


class ImportRowsModel(QAbstractTableModel):
    """One row per proposed record; the first column's check is whether it is written."""

    counts_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proposal: Proposal | None = None

    @property
    def rows(self) -> list[ProposedRecord]:
        return self.proposal.records if self.proposal is not None else []

    def set_proposal(self, proposal: Proposal | None) -> None:
        self.beginResetModel()
        self.proposal = proposal
        self.endResetModel()
        self.counts_changed.emit()

    def row_changed(self, number: int) -> None:
        """After the dialog changed a row (its kind, the source it is merged into)."""
        self.dataChanged.emit(self.index(number, 0), self.index(number, STATE_COLUMN))
        self.counts_changed.emit()

    def toggle(self, number: int) -> None:
        row = self.rows[number]
        state = Qt.CheckState.Unchecked if row.include else Qt.CheckState.Checked
        self.setData(self.index(number, IMPORT_COLUMN), state, Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATE_COLUMN + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == IMPORT_COLUMN:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == IMPORT_COLUMN:
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == KIND_COLUMN:
            return kind_icon(row.kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        return None

    def _text(self, row: ProposedRecord, column: int) -> str | None:
        if column == KIND_COLUMN:
            return kind_name(row.kind)
        if column == TITLE_COLUMN:
            return row.title or untitled()
        if column == ORIGIN_COLUMN:
            return origin_text(row.origin)
        if column == STATE_COLUMN:
            return state_text(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        row.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.row_changed(index.row())
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("Import"), _tr("Kind"), _tr("Title"), _tr("From"), _tr("Becomes"))[section]

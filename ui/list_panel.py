"""The list of one kind's records, with its filters (tag, status, kind...).

Filters come from the kind's fields: every field with a closed vocabulary
(status, confidentiality, category, the kind of instrument, evidence or
source...) gets a combo box, plus one for tags. All filtering and sorting is
done by the database through the paged model.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import field_label, value_label
from ui.models import roles
from ui.models.record_table import RecordTableModel
from ui.workspace import Workspace
from workbench.records import field_specs

MAX_TAGS = 5_000
FILTER_MIN_CHARACTERS = 3


class ListPanel(QWidget):
    record_selected = Signal(object)
    """The uuid.UUID of the record the user moved to."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.model = RecordTableModel(workspace.library, "instrument", self)
        self.view = QTableView(self)
        self.view.setObjectName("record_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setSortingEnabled(True)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._reconnect_selection)

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filters: dict[str, QComboBox] = {}
        self.tag_filter = _filter_combo(self)
        self.tag_filter.setObjectName("filter_tag")
        self.tag_filter.activated.connect(self._apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("record_count")
        self.filter_bar.addWidget(self.tag_filter)
        self.filter_bar.addStretch(1)
        self.filter_bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.view)
        self._build_filters(self.model.kind)  # the model has read its first count already
        self._fit_columns()

    @property
    def kind(self) -> str:
        return self.model.kind

    def show_kind(self, kind: str, tag: uuid.UUID | None = None) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_kind(kind)
        self._build_filters(kind)
        if tag is not None:
            self.set_tag(tag)
        self._fit_columns()

    def set_tag(self, tag: uuid.UUID | None) -> None:
        self.tag_filter.setCurrentIndex(_index_of(self.tag_filter, tag))
        self._apply_filters()

    def set_filter(self, name: str, value: str | None) -> None:
        combo = self.filters[name]
        combo.setCurrentIndex(_index_of(combo, value))
        self._apply_filters()

    def select_record(self, record_id: uuid.UUID) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        if self.kind != "tag":
            for tag in self._workspace.library.page("tag", limit=MAX_TAGS):
                self.tag_filter.addItem(tag.title, tag.id)
        self.tag_filter.setCurrentIndex(_index_of(self.tag_filter, current))
        self.tag_filter.blockSignals(False)
        self.tag_filter.setVisible(self.kind != "tag")

    # --- internals ------------------------------------------------------------

    def _build_filters(self, kind: str) -> None:
        for combo in self.filters.values():
            self.filter_bar.removeWidget(combo)
            combo.hide()
            combo.deleteLater()
        self.filters = {}
        for name, spec in field_specs(kind).items():
            if not spec.choices:
                continue
            combo = _filter_combo(self)
            combo.setObjectName(f"filter_{name}")
            combo.setToolTip(field_label(name))
            combo.addItem(self.tr("Any %s") % field_label(name).lower(), None)
            for choice in spec.choices:
                combo.addItem(value_label(choice), choice)
            combo.activated.connect(self._apply_filters)
            self.filter_bar.insertWidget(len(self.filters), combo)
            self.filters[name] = combo
        self.tag_filter.setCurrentIndex(0)
        self.refresh_tags()
        self._show_count()

    def _apply_filters(self, *_args: Any) -> None:
        values = {name: combo.currentData() for name, combo in self.filters.items()}
        self.model.set_filters(values, self.tag_filter.currentData())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%s records") % QLocale().toString(self.model.rowCount()))

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = max(self.view.viewport().width(), 600)
        columns = self.model.columnCount()
        for column in range(columns):
            share = 0.45 if column == 0 else 0.55 / max(1, columns - 1)
            header.resizeSection(column, int(width * share))
        header.setStretchLastSection(True)

    def _reconnect_selection(self) -> None:
        self._show_count()

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.record_selected.emit(current.data(roles.RECORD_ID))


def _filter_combo(parent: QWidget) -> QComboBox:
    """A filter that may shrink below its longest choice.

    The filter bar must not dictate the list's width: when the preview joins
    the window, the splitter needs to take room from the list.
    """
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(FILTER_MIN_CHARACTERS)
    return combo


def _index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (compared in Python: findData cannot compare UUIDs), else 0."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return 0

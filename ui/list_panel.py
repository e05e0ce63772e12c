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
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import field_label, relabel, value_label
from ui.models import roles
from ui.models.record_table import RecordTableModel
from ui.workspace import Workspace
from workbench.kinds import INSTRUMENT_COLUMN
from workbench.records import field_specs

MAX_TAGS = 5_000
FILTER_MIN_CHARACTERS = 8
ROWS_MEASURED = RecordTableModel.PAGE_SIZE
"""Rows measured to fit a column to its contents: a screenful, read as one page."""


class ListPanel(QWidget):
    record_selected = Signal(object)
    """The uuid.UUID of the record the user moved to."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.model = RecordTableModel(workspace.library, "instrument", self, workspace.reads)
        self.model.ids_arrived.connect(self._on_ids_arrived)
        self._pending: uuid.UUID | None = None
        """A record asked to be selected while its (large) list was being read."""
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
        # Fitting a column to its contents measures a screenful of rows: a thousand
        # (Qt's default) reads their records, a stall on a large list. Not 0 ("the
        # rows on screen"): a table not shown yet then measures every row it has.
        self.view.verticalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.view.setSortingEnabled(True)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._reconnect_selection)

        # Filters two to a row, each as wide as its words: a row of them all would
        # be clipped ("Any kin") once the preview takes its share of the window.
        self.filter_bar = QGridLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.setColumnStretch(0, 1)
        self.filter_bar.setColumnStretch(1, 1)
        self.filters: dict[str, QComboBox] = {}
        self._filter_columns = 2
        self.tag_filter = _filter_combo(self)
        self.tag_filter.setObjectName("filter_tag")
        self.tag_filter.activated.connect(self._apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("record_count")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)
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
        """Select a listed record; while a large list is read, remember it and select
        it once the list is there (True: listed or perhaps about to be)."""
        if self.model.loading:
            self._pending = record_id
            return True
        self._pending = None
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

    def retranslate(self) -> None:
        """Relabel in the interface language now installed, keeping each filter's choice."""
        relabel(self.model)
        for name, combo in self.filters.items():
            combo.setToolTip(field_label(name))
            combo.setItemText(0, self.tr("Any %s") % field_label(name).lower())
            for index in range(1, combo.count()):
                combo.setItemText(index, value_label(combo.itemData(index)))
        self.tag_filter.setItemText(0, self.tr("All tags"))
        self._filter_columns = 0  # arranged anew for the new words' widths
        self._arrange_filters()
        self._show_count()

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
        self.filter_bar.removeWidget(self.tag_filter)
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
            self._place_filter(combo, len(self.filters))
            self.filters[name] = combo
        self._place_filter(self.tag_filter, len(self.filters))
        self._filter_columns = 0  # arranged anew for these filters' words
        self._arrange_filters()
        self.tag_filter.setCurrentIndex(0)
        self.refresh_tags()
        self._show_count()

    def _place_filter(self, combo: QComboBox, place: int) -> None:
        columns = self._filter_columns
        self.filter_bar.addWidget(combo, place // columns, place % columns)

    def _filter_combos(self) -> list[QComboBox]:
        return [*self.filters.values(), self.tag_filter]

    def _arrange_filters(self) -> None:
        """Two filters to a row where both fit whole, else one: words are never cut."""
        combos = self._filter_combos()
        widest = max(_needed_width(combo) for combo in combos)
        spacing = max(self.filter_bar.horizontalSpacing(), 0)
        columns = 2 if self.width() >= 2 * widest + spacing else 1
        if columns == self._filter_columns:
            return
        self._filter_columns = columns
        self.filter_bar.setColumnStretch(1, 1 if columns == 2 else 0)
        for combo in combos:
            self.filter_bar.removeWidget(combo)
        for place, combo in enumerate(combos):
            self._place_filter(combo, place)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_filters()

    def _apply_filters(self, *_args: Any) -> None:
        values = {name: combo.currentData() for name, combo in self.filters.items()}
        self.model.set_filters(values, self.tag_filter.currentData())
        self._show_count()

    def _show_count(self) -> None:
        if self.model.loading:
            self.count_label.setText(self.tr("Reading the list…"))
            return
        self.count_label.setText(self.tr("%s records") % QLocale().toString(self.model.rowCount()))

    def _on_ids_arrived(self) -> None:
        self._show_count()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.select_record(pending)

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = max(self.view.viewport().width(), 600)
        columns = self.model.columnCount()
        lead = 0.45 if self.model.columns[0] != INSTRUMENT_COLUMN else 0.2
        for column in range(columns):
            share = lead if column == 0 else (1 - lead) / max(1, columns - 1)
            # never narrower than its header's words: the list scrolls sideways instead
            needed = header.sectionSizeFromContents(column).width()
            if self.model.columns[column] == INSTRUMENT_COLUMN:  # short names, whole
                needed = max(needed, min(self.view.sizeHintForColumn(column), width * 2 // 5))
            header.resizeSection(column, max(int(width * share), needed))
        header.setStretchLastSection(True)

    def _reconnect_selection(self) -> None:
        self._show_count()

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.record_selected.emit(current.data(roles.RECORD_ID))


def _filter_combo(parent: QWidget) -> QComboBox:
    """A filter sharing its row with one other, growing with the list; it shrinks
    only in a window narrower than any laptop's (the list must not dictate the
    window's width), and its words are whole at 1280 pixels and more."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(FILTER_MIN_CHARACTERS)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


COMBO_CHROME = 32
"""Pixels a combo box needs besides its text: the arrow and the frame."""


def _needed_width(combo: QComboBox) -> int:
    """The width that shows the longest of a combo's choices whole."""
    metrics = combo.fontMetrics()
    texts = [combo.itemText(index) for index in range(combo.count())] or [""]
    return max(metrics.horizontalAdvance(text) for text in texts) + COMBO_CHROME


def _index_of(combo: QComboBox, value: object) -> int:
    """The item holding ``value`` (compared in Python: findData cannot compare UUIDs), else 0."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return 0

"""The list of one record kind, read from the database a window at a time.

The model reads the ordered ids of the listed records once (one indexed
query, ``Library.ordered_ids``), then the rows of just the pages a view asks
for (``Library.summaries``, primary-key lookups), keeping a bounded cache of
them. So a kind with 100,000 records opens at once, jumps to any point
without SQLite sorting and skipping everything before it (as deep OFFSETs
would), and holds a few hundred rows in memory. Sorting and filtering are
done by the database.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ui import collector
from ui.background_reads import BackgroundReads
from ui.icons import kind_icon
from ui.labels import field_label, untitled
from ui.models import roles
from ui.models.mime import RECORDS_MIME, records_mime
from ui.models.values import display_value
from workbench.kinds import INSTRUMENT_COLUMN, RECORD_KINDS
from workbench.library import Library, RecordSummary
from workbench.records import field_specs

Index = QModelIndex | QPersistentModelIndex
_log = logging.getLogger(__name__)

COLUMNS: dict[str, tuple[str, ...]] = {
    kind.name: kind.list_columns for kind in RECORD_KINDS.values()
}
"""The fields each kind's list shows, in order; each column sorts by its field."""


class RecordTableModel(QAbstractTableModel):
    PAGE_SIZE = 50
    """Rows read at once, on the GUI thread as they come into view: a screenful or so.
    A page of 200 took 8-38 ms at 100,000 records (a long stall while scrolling);
    one of 50 takes 2.5-4 ms."""
    MAX_PAGES = 120
    LARGE = 500
    """Lists longer than this have their ids read on a worker (given ``reads``):
    reading 30,000 ids takes 100-250 ms, and putting titles in alphabetical
    order costs about 50 ms a thousand (the 1,000 instruments listed first when
    a 100,000-record project opens held the window that long); a stall in the
    window either way."""

    ids_arrived = Signal()
    """The ids of a large list were read: rows (and a pending selection) can be shown."""

    def __init__(
        self,
        library: Library,
        kind: str,
        parent: QObject | None = None,
        reads: BackgroundReads | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._reads = reads
        self._kind = kind
        self._filters: dict[str, Any] = {}
        self._tag: uuid.UUID | None = None
        self._order_by: str | None = None
        self._descending = False
        self._ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, list[RecordSummary | None]] = OrderedDict()
        self._generation = 0
        """Counts the lists asked for: ids read for an earlier one are dropped."""
        self._loading = False
        self.reload()

    # --- what is listed -------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def columns(self) -> tuple[str, ...]:
        return COLUMNS[self._kind]

    def set_kind(self, kind: str) -> None:
        """List another kind; filters and sorting start afresh (they name its fields)."""
        self._kind = kind
        self._filters = {}
        self._tag = None
        self._order_by = None
        self._descending = False
        self.reload(keep_rows=False)

    def set_filters(self, filters: Mapping[str, Any], tag: uuid.UUID | None = None) -> None:
        self._filters = {k: v for k, v in filters.items() if v is not None}
        self._tag = tag
        self.reload(keep_rows=False)

    def reload(self, *, keep_rows: bool = True) -> None:
        """Count again and forget the cached pages: after creates, deletes, new filters.

        A small list is read at once. A large one is read on a worker
        (:attr:`loading` until :attr:`ids_arrived`), its rows meanwhile those
        shown before (after an edit: no blank list), or none (``keep_rows`` off:
        another kind, other filters)."""
        self._generation += 1
        generation, arguments = self._generation, self._id_query()
        large = self._reads is not None and self._is_large()
        self._loading = large
        if not large or not keep_rows:
            self.beginResetModel()
            self._pages.clear()
            self._ids = [] if large else self._library.ordered_ids(**arguments)
            self.endResetModel()
        if large:
            # Asked for once the event loop has run again: the read holds the GIL for
            # tens of milliseconds, which would slow the building of the panes around
            # it (a project opening) and their first paint. A timer of 1 ms, not 0 (a
            # queued call), fires after the paint the building posted.
            QTimer.singleShot(1, self, lambda: self._request_ids(generation, arguments))

    def _request_ids(self, generation: int, arguments: dict[str, Any]) -> None:
        if generation != self._generation or self._reads is None:
            return  # another list was asked for meanwhile
        self._reads.request(
            "list ids",
            lambda _progress: self._read_ids(arguments),
            lambda ids: self._arrive(generation, ids),
            lambda error: self._arrive(generation, [], error),
        )

    def _read_ids(self, arguments: dict[str, Any]) -> list[uuid.UUID]:
        """On a worker. A list of 300,000 ids is as many new objects: the cycle
        collector would walk them all, more than once, holding the window; it is
        paused meanwhile, and the list is set aside from its walks (ui.collector)."""
        with collector.paused():
            return self._library.ordered_ids(**arguments)

    def _is_large(self) -> bool:
        """Whether the list holds more than :attr:`LARGE` records (counted no further)."""
        counted = self._library.count(
            self._kind, filters=self._filters, tag=self._tag, up_to=self.LARGE + 1
        )
        return counted > self.LARGE

    @property
    def loading(self) -> bool:
        """Whether the ids of the list shown are still being read."""
        return self._loading

    def _arrive(
        self, generation: int, ids: list[uuid.UUID], error: BaseException | None = None
    ) -> None:
        if generation != self._generation:
            return  # another list was asked for since
        if error is not None:
            _log.error("could not list %s records", self._kind, exc_info=error)
        self.beginResetModel()
        self._pages.clear()
        self._ids, self._loading = ids, False
        self.endResetModel()
        self.ids_arrived.emit()

    def refresh_records(self, record_ids: frozenset[uuid.UUID]) -> None:
        """Re-read just the cached rows of these records (edits that add or remove nothing)."""
        located = {
            summary.id: (page, offset)
            for page, rows in self._pages.items()
            for offset, summary in enumerate(rows)
            if summary is not None and summary.id in record_ids
        }
        if not located:
            return
        fresh = self._library.summaries(list(located))
        for record_id, (page, offset) in located.items():
            if record_id in fresh:
                self._pages[page][offset] = fresh[record_id]
                row = page * self.PAGE_SIZE + offset
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, record_id: uuid.UUID) -> int | None:
        """The row of a listed record (None if the list does not hold it)."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def summary(self, row: int) -> RecordSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self.PAGE_SIZE)[row % self.PAGE_SIZE]

    # --- Qt model -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, name, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.title or untitled()  # a provision's with its instrument
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return kind_icon(summary.kind)
        if role == roles.RECORD_ID:
            return summary.id
        if role == roles.KIND:
            return summary.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be dragged into a recommendation's links or a submission's outline."""
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [RECORDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        found = (self.summary(row) for row in rows)
        return records_mime((s.kind, s.id) for s in found if s is not None)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field_label(self.columns[section])  # the tip reads a header cut short
        if role == roles.SORT_FIELD:
            return self.columns[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        order_by = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = order_by, descending
        self.reload()

    # --- reading --------------------------------------------------------------

    def _display(self, summary: RecordSummary, name: str, column: int) -> str:
        if name == "updated_at":
            return display_value(summary.updated_at)
        if name == INSTRUMENT_COLUMN:
            return summary.instrument
        spec = field_specs(self._kind)[name]
        text = display_value(summary.fields.get(name), choice=spec.choices is not None)
        if column == 0 and not text:
            return untitled()
        return text

    def _id_query(self) -> dict[str, Any]:
        """What :meth:`Library.ordered_ids` is asked for the list shown (read on the
        GUI thread: a worker must not ask Qt for the locale)."""
        return {
            "kind": self._kind,
            "order_by": self._order_by,
            "descending": self._descending,
            "filters": dict(self._filters),
            "tag": self._tag,
            "language": QLocale().name().split("_")[0],
        }

    def _page(self, page: int) -> list[RecordSummary | None]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        ids = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
        found = self._library.summaries(ids)
        rows = [found.get(record_id) for record_id in ids]  # None: deleted since listed
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

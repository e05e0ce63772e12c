"""The reads that opening a project's panes and its records does, done ahead on a worker.

The first record of each kind opened in a session took 10 to 30 ms longer than
the next: SQLAlchemy compiles each query the first time it meets its shape,
and the panels of recommendations and submissions are imported when first
shown. Done on the GUI thread, that was added to the build of the record's
editors and made the opening a stall. Done here, on a worker while the user
looks at the first list, the editor finds the queries compiled (the cache is
the engine's, shared by every thread) and the modules loaded.

The panes' own first reads (:func:`read_as_the_panes_will`) are made the same way
by the worker that opened the project, before the GUI thread builds them.

Nothing read is kept: the answers are thrown away. A project closed meanwhile
stops the work (:class:`~ui.background_reads.BackgroundReads` drops it).
"""

from __future__ import annotations

import importlib
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QTableView, QTextBrowser, QTreeView

from ui.icons import kind_icon
from ui.labels import KIND_ORDER

if TYPE_CHECKING:  # imported by the worker that opens a project, not the GUI thread
    from ui.background_reads import BackgroundReads
    from workbench.library import Library

log = logging.getLogger(__name__)

WARM_UP_AFTER_S = 0.3
"""The warm-up waits this long on its worker before reading: the reads hold the GIL,
which the first paint of the project's panes needs for every row it draws, and
nobody opens a record in the first moments a project is shown."""
PANEL_MODULES = ("ui.compose.composer", "ui.submission.builder")
"""The panels :func:`ui.compose.extensions.extension_for` imports when first needed."""


def make_the_first_widgets() -> None:
    """One of each widget class the project's panes make, made and thrown away.

    Qt and PySide set a class up the first time one of its widgets is made (its
    style, fonts, the Python type's bindings): 15 ms for the first text browser,
    12 ms for the first findings list, paid again by no later one. Made while
    the project opens on a worker, when the GUI thread has nothing else to do,
    the panes built after it do not pay it. The kinds' icons are drawn then too."""
    from ui.submission.preflight_list import PreflightList

    for widget in (QTextBrowser(), PreflightList(), QComboBox(), QTableView(), QTreeView()):
        widget.ensurePolished()
        widget.deleteLater()
    for kind in KIND_ORDER:  # drawn from SVG once and kept: 10 ms for the eight
        kind_icon(kind)


def read_as_the_panes_will(library: Library) -> None:
    """The reads the project's panes make as they are built (the kinds' counts, the
    first list's length, the tags to filter by), made on the worker that opened the
    project: compiled and in SQLite's cache when the GUI thread makes them."""
    from ui.list_panel import MAX_TAGS
    from ui.models.record_table import RecordTableModel
    from ui.project_view import FIRST_KIND

    try:
        library.counts()
        library.count(FIRST_KIND, up_to=RecordTableModel.LARGE + 1)
        library.page("tag", limit=MAX_TAGS)
    except Exception as error:  # any: the panes read it again, and say what is wrong
        log.info("reading ahead for the panes failed: %s", error)


def read_as_an_opening_would(library: Library) -> int:
    """Read one record of each kind as the record editor reads it; the number read."""
    for module in PANEL_MODULES:
        importlib.import_module(module)
    read = 0
    for kind in KIND_ORDER:
        for summary in library.page(kind, limit=1):
            record = library.get(summary.id)
            library.summaries([record.id, *record.link_targets])
            library.backlinks(record.id)
            read += 1
    return read


def warm_up(reads: BackgroundReads, library: Library) -> None:
    """Start :func:`read_as_an_opening_would` on a worker; a failure is only logged
    (the reads are done again, and reported, when a record is opened)."""

    def after_the_first_paint(_progress: object) -> int:
        time.sleep(WARM_UP_AFTER_S)  # frees the GIL
        return read_as_an_opening_would(library)

    reads.request(
        "warm up",
        after_the_first_paint,
        done=lambda read: log.debug("queries of %d kinds compiled ahead", read),
        failed=lambda error: log.info("warming up the record reads failed: %s", error),
    )

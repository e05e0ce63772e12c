"""The reads that opening a record does, done once on a worker when a project opens.

The first record of each kind opened in a session took 10 to 30 ms longer than
the next: SQLAlchemy compiles each query the first time it meets its shape,
and the panels of recommendations and submissions are imported when first
shown. Done on the GUI thread, that was added to the build of the record's
editors and made the opening a stall. Done here, on a worker while the user
looks at the first list, the editor finds the queries compiled (the cache is
the engine's, shared by every thread) and the modules loaded.

Nothing read is kept: the answers are thrown away. A project closed meanwhile
stops the work (:class:`~ui.background_reads.BackgroundReads` drops it).
"""

from __future__ import annotations

import importlib
import logging

from ui.background_reads import BackgroundReads
from ui.labels import KIND_ORDER
from workbench.library import Library

log = logging.getLogger(__name__)

PANEL_MODULES = ("ui.compose.composer", "ui.submission.builder")
"""The panels :func:`ui.compose.extensions.extension_for` imports when first needed."""


def read_as_an_opening_would(library: Library) -> int:
    """Read one record of each kind as the record editor reads it; the number read."""
    for module in PANEL_MODULES:
        importlib.import_module(module)
    read = 0
    for kind in KIND_ORDER:
        for summary in library.page(kind, limit=1):
            record = library.get(summary.id)
            library.summaries([record.id, *(t for ts in record.links.values() for t in ts)])
            library.backlinks(record.id)
            read += 1
    return read


def warm_up(reads: BackgroundReads, library: Library) -> None:
    """Start :func:`read_as_an_opening_would` on a worker; a failure is only logged
    (the reads are done again, and reported, when a record is opened)."""
    reads.request(
        "warm up",
        lambda _progress: read_as_an_opening_would(library),
        done=lambda read: log.debug("queries of %d kinds compiled ahead", read),
        failed=lambda error: log.info("warming up the record reads failed: %s", error),
    )

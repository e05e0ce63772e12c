"""Opening the starter project's submission in the window, for the builder and export tests."""

import time
import uuid

from PySide6.QtTest import QTest

from ui.main_window import MainWindow
from ui.submission.builder import SubmissionBuilder
from ui.submission.document_panel import DocumentPanel
from workbench.outline import read_outline


def open_submission(window: MainWindow) -> tuple[uuid.UUID, SubmissionBuilder]:
    """Show the project's only submission in the editor; its id and its builder."""
    assert window.workspace is not None and window.view is not None
    [submission] = window.workspace.library.page("submission")
    window.view.show_kind("submission")
    window.view.open_record(submission.id)
    builder = window.view.editor.extension
    assert isinstance(builder, SubmissionBuilder)
    _wait_for(window.view.document)
    return submission.id, builder


def make_cited_evidence_confidential(window: MainWindow, submission: uuid.UUID, title: str) -> None:
    """Give evidence a recommendation of the submission cites this title and make it
    confidential: an export without confidential material leaves it out, and says so."""
    assert window.workspace is not None
    library = window.workspace.library
    cited = [
        target
        for recommendation in read_outline(window.workspace.project, submission).recommendations()
        for target in library.get(recommendation).link_targets
    ]
    evidence = next(t for t in cited if library.get(t).kind == "evidence")
    library.update(evidence, {"title": title, "confidentiality": "confidential"})


def _wait_for(panel: DocumentPanel) -> None:
    """Until the preview shows what it read (it reads on a worker thread)."""
    deadline = time.monotonic() + 10
    while panel.refreshing:
        assert time.monotonic() < deadline, "the preview never finished reading"
        QTest.qWait(10)


def settled(qtbot, panel: DocumentPanel) -> None:  # type: ignore[no-untyped-def]
    """Wait for the preview to finish the refresh it has started or is waiting on
    (it reads on a worker thread)."""
    qtbot.waitUntil(lambda: not panel.refreshing, timeout=10_000)


def refreshed(qtbot, panel: DocumentPanel) -> None:  # type: ignore[no-untyped-def]
    """Refresh the preview now and wait for it to be shown."""
    panel.refresh()
    settled(qtbot, panel)

"""Opening the starter project's submission in the window, for the builder and export tests."""

import uuid

from ui.main_window import MainWindow
from ui.submission.builder import SubmissionBuilder


def open_submission(window: MainWindow) -> tuple[uuid.UUID, SubmissionBuilder]:
    """Show the project's only submission in the editor; its id and its builder."""
    assert window.workspace is not None and window.view is not None
    [submission] = window.workspace.library.page("submission")
    window.view.show_kind("submission")
    window.view.open_record(submission.id)
    builder = window.view.editor.extension
    assert isinstance(builder, SubmissionBuilder)
    return submission.id, builder

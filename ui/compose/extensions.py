"""Which kinds get a panel of their own in the record editor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.editors.extension import RecordExtension
from ui.workspace import Workspace
from workbench.records import RecordData


def extension_for(
    workspace: Workspace, record: RecordData, parent: QWidget
) -> RecordExtension | None:
    if record.kind == "recommendation":
        from ui.compose.composer import RecommendationComposer

        return RecommendationComposer(workspace, parent)
    if record.kind == "submission":
        from ui.submission.builder import SubmissionBuilder

        return SubmissionBuilder(workspace, parent)
    return None

"""Which kinds get a panel of their own in the record editor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.editors.extension import RecordExtension
from ui.workspace import Workspace


def extension_for(workspace: Workspace, kind: str, parent: QWidget) -> RecordExtension | None:
    if kind == "recommendation":
        from ui.compose.composer import RecommendationComposer

        return RecommendationComposer(workspace, parent)
    if kind == "submission":
        from ui.submission.builder import SubmissionBuilder

        return SubmissionBuilder(workspace, parent)
    return None

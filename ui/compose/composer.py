"""The recommendation composer: what the record editor adds for a recommendation.

Its links (provisions targeted, critiques answered, evidence relied on) are
the editor's link lists, which take records dropped from the library list and
reorder with drag and drop or Alt+Up / Alt+Down; its texts complete ``[@key]``
citations. Here: a proposed-wording editor per targeted provision, and the
status with its history.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.compose.status import StatusPanel
from ui.compose.wordings import WordingsPanel
from ui.editors.extension import RecordExtension
from ui.workspace import Workspace
from workbench.records import RecordData


class RecommendationComposer(RecordExtension):
    claimed_fields = frozenset({"status"})
    reusable = True  # its wordings are rebuilt and its note emptied for another record

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("composer")
        self.wordings = WordingsPanel(workspace, self)
        self.status = StatusPanel(workspace, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wordings)
        layout.addWidget(self.status)

    def show_record(self, record: RecordData) -> None:
        self.wordings.show_record(record)
        self.status.show_record(record)

    def flush(self) -> None:
        self.wordings.flush()

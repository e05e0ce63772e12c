"""A kind's own panel inside the record editor (the composer, the outline).

The generic editor shows fields and links for every kind; a recommendation or
a submission also needs parts that are not fields (proposed wordings, status
history, sections). An extension shows them below the links, takes over any
field it edits its own way (``claimed_fields``), is refreshed with the stored
record after every change, and saves what is being typed on ``flush``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.workspace import Workspace
from workbench.records import RecordData


class RecordExtension(QWidget):
    open_requested = Signal(object)
    """A record id the user wants to open."""
    highlighted = Signal(object)
    """A record id the user highlighted inside the panel (an outline entry): the
    preview beside the editor shows it."""

    claimed_fields: frozenset[str] = frozenset()

    first: bool = False
    """Shown above the fields (a submission's outline, what it is worked on through),
    rather than below the links."""

    reusable: bool = False
    """Whether :meth:`show_record` of another record of the kind leaves nothing of
    the one shown before, so the editor around it can be reused too."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def show_record(self, record: RecordData) -> None:
        raise NotImplementedError

    shown: bool = True
    """False while the editor keeps the panel off screen for its kind's next record."""

    def flush(self) -> None:
        """Save what is being typed (the default: nothing is)."""

    def set_shown(self, shown: bool) -> None:
        """Kept off screen (False) or shown again (True, then :meth:`show_record`):
        a panel that follows changes to what it shows can stop while off screen."""
        self.shown = shown

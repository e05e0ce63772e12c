"""One open project as the GUI sees it: its services, its undo stack, its changes.

Every change goes through :meth:`Workspace.push` as an undo command, and every
command announces what it touched with one :class:`ChangeSet`; lists, the
navigator and editors listen to that one signal and refresh only what changed.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.composition import Composition
from workbench.errors import WorkbenchError
from workbench.library import Library
from workbench.project import Project
from workbench.search import SearchHit, search

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeSet:
    """What one change touched."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    records: frozenset[uuid.UUID] = field(default_factory=frozenset)
    """Records whose fields or links changed (or that appeared or went)."""
    structural: bool = False
    """Records were created or deleted: lists and counts must be read again."""
    links: frozenset[uuid.UUID] = field(default_factory=frozenset)
    """Targets whose backlinks changed."""


class Workspace(QObject):
    """The services of one open project, shared by every widget of the window."""

    changed = Signal(object)
    """A ChangeSet, after every change, undo and redo."""
    failed = Signal(object)
    """A WorkbenchError a command ran into (the change did not happen)."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.library = Library(project)
        self.composition = Composition(project)
        self.undo_stack = QUndoStack(self)

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def announce(self, change: ChangeSet) -> None:
        self.changed.emit(change)

    def report(self, error: WorkbenchError) -> None:
        log.warning("change refused: %s", error)
        self.failed.emit(error)

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        return search(self.project, query, kinds=kinds, limit=limit)

    def close(self) -> None:
        """Close the project; the undo history goes with it (it names its records)."""
        self.undo_stack.clear()
        self.project.close()

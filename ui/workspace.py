"""One open project as the GUI sees it: its services, its undo stack, its changes.

Every change goes through :meth:`Workspace.push` as an undo command; every
command passes on what the services said it changed (a
:class:`~workbench.changes.Changes`) to the workspace's :class:`ChangeHub`, and
lists, the navigator and editors listen to that one signal and refresh only
what changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui import collector
from ui.background_reads import BackgroundReads
from ui.change_hub import ChangeHub
from ui.project_closing import close_in_background
from workbench.changes import Changes
from workbench.composition import Composition
from workbench.errors import WorkbenchError
from workbench.library import Library
from workbench.project import Project
from workbench.reader_process import shared_reader
from workbench.search import SearchHit
from workbench.services import ProjectServices

log = logging.getLogger(__name__)


class Workspace(QObject):
    """The services of one open project, shared by every widget of the window."""

    failed = Signal(object)
    """A WorkbenchError a command ran into (the change did not happen)."""

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        reader = shared_reader()
        reader.warm_up()  # Python starts in the reader while the window lays itself out
        self.services = ProjectServices(project, reader)
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.reads = BackgroundReads(self)
        """Reads on worker threads whose newest result alone is shown (the preview)."""

    @property
    def library(self) -> Library:
        return self.services.library

    @property
    def composition(self) -> Composition:
        return self.services.composition

    @property
    def changed(self) -> SignalInstance:
        """The hub's signal: a Changes after every change, undo and redo."""
        return self.hub.changed

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def announce(self, changes: Changes) -> None:
        """Tell every view what a service said it changed."""
        self.hub.broadcast(changes)
        if changes.bulk:  # a merge or its undo: what the views read next lasts
            collector.set_aside_once_settled(self)

    def report(self, error: WorkbenchError) -> None:
        log.warning("change refused: %s", error)
        self.failed.emit(error)

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        return self.services.search(query, kinds=kinds, limit=limit)

    def close(self, *, in_background: bool = False) -> None:
        """Close the project; the undo history goes with it (it names its records), and
        no read still running is shown. ``in_background`` leaves the closing itself
        (seconds on a large library) to a thread: see ``ui.project_closing``."""
        reading = self.reads.stop(wait=not in_background)
        self.undo_stack.clear()
        collector.hand_back()
        if in_background:
            close_in_background(self.project, after=reading)
        else:
            self.project.close()

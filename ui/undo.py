"""Undo commands: thin wrappers whose redo and undo call the library services.

Each command remembers just enough to go both ways (old and new values, the
:class:`~workbench.library.Deletion` a delete returned) and announces the
:class:`~workbench.changes.Changes` the service returned, never one of its
own making. A service error (say, a link whose target has meanwhile gone)
makes the command obsolete and is reported, never raised into Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui import collector
from ui.labels import field_label, kind_name, role_label, untitled
from ui.workspace import Workspace
from workbench.changes import Changes
from workbench.errors import WorkbenchError
from workbench.library import Deletion
from workbench.merge import MergeUndo
from workbench.records import RecordData, link_roles
from workbench.review_notes import RESOLVED, ReviewNote


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class _ServiceCommand(QUndoCommand):
    """Runs service calls, turning a refusal into an obsolete command and a report."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace

    def _run(self, action: Callable[[], Changes]) -> None:
        try:
            change = action()
        except WorkbenchError as error:
            self.setObsolete(True)
            self.workspace.report(error)
            return
        self.workspace.announce(change)


class CreateRecord(_ServiceCommand):
    """A new record; undo deletes it, redo brings the same record back."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        fields: Mapping[str, Any] | None = None,
        links: Mapping[str, Sequence[uuid.UUID]] | None = None,
    ) -> None:
        super().__init__(workspace, _tr("New %s") % kind_name(kind).lower())
        self.kind = kind
        self.fields = dict(fields or {})
        self.links = dict(links or {})
        self.record_id = uuid.uuid4()
        self._deletion: Deletion | None = None

    def redo(self) -> None:
        def create() -> Changes:
            library = self.workspace.library
            if self._deletion is None:
                created = library.create(
                    self.kind, self.fields, self.links, record_id=self.record_id
                )
            else:
                created = library.restore(self._deletion)
            return created.changes

        self._run(create)

    def undo(self) -> None:
        def delete() -> Changes:
            self._deletion = self.workspace.library.delete(self.record_id)
            return self._deletion.changes

        self._run(delete)


class DeleteRecord(_ServiceCommand):
    """Delete a record; undo restores it with its id, links and what pointed at it."""

    def __init__(self, workspace: Workspace, record: RecordData) -> None:
        title = record.title or untitled()
        super().__init__(workspace, _tr("Delete “%s”") % title)
        self.record_id = record.id
        self._deletion: Deletion | None = None

    def redo(self) -> None:
        def delete() -> Changes:
            self._deletion = self.workspace.library.delete(self.record_id)
            return self._deletion.changes

        self._run(delete)

    def undo(self) -> None:
        deletion = self._deletion
        if deletion is None:
            return

        def restore() -> Changes:
            return self.workspace.library.restore(deletion).changes

        self._run(restore)


class UpdateFields(_ServiceCommand):
    """Changed field values of one record (what one save of an editor wrote)."""

    def __init__(
        self,
        workspace: Workspace,
        record: RecordData,
        new: Mapping[str, Any],
    ) -> None:
        names = ", ".join(field_label(name).lower() for name in new)
        super().__init__(workspace, _tr("Edit %s of “%s”") % (names, record.title or untitled()))
        self.record_id = record.id
        self.old = {name: record.fields[name] for name in new}
        self.new = dict(new)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: Mapping[str, Any]) -> None:
        def update() -> Changes:
            return self.workspace.library.update(self.record_id, values).changes

        self._run(update)


class SetNoteStatus(_ServiceCommand):
    """A review note resolved or reopened; undo sets the status it had."""

    def __init__(self, workspace: Workspace, note: ReviewNote, status: str) -> None:
        text = _tr("Resolve review note") if status == RESOLVED else _tr("Reopen review note")
        super().__init__(workspace, text)
        self.record_id, self.note_id = note.record_id, note.id
        self.old, self.new = note.status, status

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, status: str) -> None:
        def set_status() -> Changes:
            return self.workspace.services.notes.set_status(self.record_id, self.note_id, status)

        self._run(set_status)


class SetLinks(_ServiceCommand):
    """A new ordered list of targets for one link role (link, unlink, reorder)."""

    def __init__(
        self,
        workspace: Workspace,
        record: RecordData,
        role: str,
        targets: Sequence[uuid.UUID],
        text: str | None = None,
    ) -> None:
        super().__init__(
            workspace, text or _tr("Change %s of “%s”") % (role_label(role).lower(), record.title)
        )
        self.record_id = record.id
        self.role = role
        self.old = tuple(record.links.get(role, ()))
        self.new = tuple(targets)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, targets: Sequence[uuid.UUID]) -> None:
        def set_links() -> Changes:
            return self.workspace.library.set_links(self.record_id, self.role, targets).changes

        self._run(set_links)


def link_command(
    workspace: Workspace, record: RecordData, role: str, target: uuid.UUID
) -> SetLinks:
    """Add ``target`` at the end of a role (a single-target role is replaced)."""
    current = list(record.links.get(role, ()))
    if target in current:
        return SetLinks(workspace, record, role, current)
    targets = [*current, target] if link_roles(record.kind)[role].many else [target]
    return SetLinks(workspace, record, role, targets, _tr("Link to “%s”") % role_label(role))


def unlink_command(
    workspace: Workspace, record: RecordData, role: str, target: uuid.UUID
) -> SetLinks:
    targets = [t for t in record.links.get(role, ()) if t != target]
    return SetLinks(workspace, record, role, targets, _tr("Unlink from “%s”") % role_label(role))


class ApplyMerge(_ServiceCommand):
    """A whole merge, pushed once it has applied (off the GUI thread): undo puts back
    every record it changed, added or deleted; redo gives the merge's records back."""

    def __init__(
        self,
        workspace: Workspace,
        undo: MergeUndo,
        source: str,
        texts: tuple[str, str, str] | None = None,
    ) -> None:
        """``texts``: the command's name, and what redo and undo show while they run,
        each with ``%s`` for the file (a merge's, unless given)."""
        self.texts = texts or (
            _tr("Merge from “%s”"),
            _tr("Merging again from “%s”…"),
            _tr("Taking back the merge from “%s”…"),
        )
        super().__init__(workspace, self.texts[0] % source)
        self.source = source
        self.merge = undo
        self._applied = True

    def redo(self) -> None:
        merges = self.workspace.services.merges
        if self._applied:  # the first redo is the merge itself, already done
            self._applied = False
            self.workspace.announce(merges.applied(self.merge))
            return
        self._run(lambda: self._restore(merges.redo, self.texts[1]))

    def undo(self) -> None:
        merges = self.workspace.services.merges
        self._run(lambda: self._restore(merges.undo, self.texts[2]))

    def _restore(self, action: Callable[[MergeUndo], Changes], label: str) -> Changes:
        # On a worker, behind a busy dialog: a merge of 10,000 records takes about
        # two seconds to put back, too long to hold the event loop.
        from ui.dialogs.busy import wait_for

        merge = self.merge

        def restore() -> Changes:
            with collector.paused():
                return action(merge)

        return wait_for(restore, label % self.source)


def review_command(workspace: Workspace, undo: MergeUndo, document: str) -> ApplyMerge:
    """A reviewer's changes accepted into the records, taken back as one."""
    texts = (
        _tr("Accept changes from “%s”"),
        _tr("Accepting the changes from “%s” again…"),
        _tr("Taking back the changes accepted from “%s”…"),
    )
    return ApplyMerge(workspace, undo, document, texts)


def notes_command(workspace: Workspace, undo: MergeUndo, document: str) -> ApplyMerge:
    """A reviewed document's comments kept as review notes, taken back as one."""
    texts = (
        _tr("Keep comments from “%s” as notes"),
        _tr("Keeping the comments from “%s” again…"),
        _tr("Taking back the notes kept from “%s”…"),
    )
    return ApplyMerge(workspace, undo, document, texts)


def import_command(workspace: Workspace, undo: MergeUndo, document: str) -> ApplyMerge:
    """A Word document's import, written as a merge and taken back as one."""
    texts = (
        _tr("Import “%s”"),
        _tr("Importing “%s” again…"),
        _tr("Taking back the import of “%s”…"),
    )
    return ApplyMerge(workspace, undo, document, texts)

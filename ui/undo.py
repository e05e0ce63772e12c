"""Undo commands: thin wrappers whose redo and undo call the library services.

Each command remembers just enough to go both ways (old and new values, the
:class:`~workbench.library.Deletion` a delete returned) and announces one
ChangeSet. A service error (say, a link whose target has meanwhile gone)
makes the command obsolete and is reported, never raised into Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.labels import KIND_ORDER, field_label, kind_name, role_label, untitled
from ui.workspace import ChangeSet, Workspace
from workbench.errors import WorkbenchError
from workbench.library import Deletion
from workbench.merge import MergeUndo, redo_merge, undo_merge
from workbench.project import Project
from workbench.records import RecordData, link_roles


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class _ServiceCommand(QUndoCommand):
    """Runs service calls, turning a refusal into an obsolete command and a report."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace

    def _run(self, action: Callable[[], ChangeSet]) -> None:
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
        def create() -> ChangeSet:
            library = self.workspace.library
            if self._deletion is None:
                library.create(self.kind, self.fields, self.links, record_id=self.record_id)
            else:
                library.restore(self._deletion)
            return _structural(self.kind, self.record_id, self.links)

        self._run(create)

    def undo(self) -> None:
        def delete() -> ChangeSet:
            self._deletion = self.workspace.library.delete(self.record_id)
            return _structural(self.kind, self.record_id, self.links)

        self._run(delete)


class DeleteRecord(_ServiceCommand):
    """Delete a record; undo restores it with its id, links and what pointed at it."""

    def __init__(self, workspace: Workspace, record: RecordData) -> None:
        title = record.title or untitled()
        super().__init__(workspace, _tr("Delete “%s”") % title)
        self.record_id = record.id
        self.kind = record.kind
        self._deletion: Deletion | None = None

    def redo(self) -> None:
        def delete() -> ChangeSet:
            self._deletion = self.workspace.library.delete(self.record_id)
            return _deletion_change(self._deletion)

        self._run(delete)

    def undo(self) -> None:
        deletion = self._deletion
        if deletion is None:
            return

        def restore() -> ChangeSet:
            self.workspace.library.restore(deletion)
            return _deletion_change(deletion)

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
        self.kind = record.kind
        self.old = {name: record.fields[name] for name in new}
        self.new = dict(new)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, values: Mapping[str, Any]) -> None:
        def update() -> ChangeSet:
            self.workspace.library.update(self.record_id, values)
            return ChangeSet(frozenset({self.kind}), frozenset({self.record_id}))

        self._run(update)


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
        self.kind = record.kind
        self.role = role
        self.old = tuple(record.links.get(role, ()))
        self.new = tuple(targets)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, targets: Sequence[uuid.UUID]) -> None:
        def set_links() -> ChangeSet:
            self.workspace.library.set_links(self.record_id, self.role, targets)
            touched = frozenset(self.old) | frozenset(self.new)
            kinds = {self.kind, link_roles(self.kind)[self.role].target_kind}
            return ChangeSet(frozenset(kinds), frozenset({self.record_id}) | touched, links=touched)

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


def _structural(
    kind: str, record_id: uuid.UUID, links: Mapping[str, Sequence[uuid.UUID]]
) -> ChangeSet:
    targets = frozenset(t for ts in links.values() for t in ts)
    kinds = {kind} | {link_roles(kind)[role].target_kind for role in links}
    return ChangeSet(frozenset(kinds), frozenset({record_id}), structural=True, links=targets)


def _deletion_change(deletion: Deletion) -> ChangeSet:
    """A delete changes the record, its targets' backlinks and whoever pointed at it."""
    record = deletion.record
    targets = frozenset(t for ts in record.links.values() for t in ts)
    owners = frozenset(ref.owner_id for ref in deletion.inbound)
    return ChangeSet(
        frozenset(KIND_ORDER),
        frozenset({record.id}) | owners | targets,
        structural=True,
        links=targets | {record.id},
    )


class ApplyMerge(_ServiceCommand):
    """A whole merge, pushed once it has applied (off the GUI thread): undo puts back
    every record it changed, added or deleted; redo gives the merge's records back."""

    def __init__(self, workspace: Workspace, undo: MergeUndo, source: str) -> None:
        super().__init__(workspace, _tr("Merge from “%s”") % source)
        self.source = source
        self.merge = undo
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo is the merge itself, already done
            self._applied = False
            self.workspace.announce(self._change())
            return
        self._run(lambda: self._restore(redo_merge, _tr("Merging again from “%s”…")))

    def undo(self) -> None:
        self._run(lambda: self._restore(undo_merge, _tr("Taking back the merge from “%s”…")))

    def _restore(self, action: Callable[[Project, MergeUndo], None], label: str) -> ChangeSet:
        # On a worker, behind a busy dialog: a merge of 10,000 records takes about
        # two seconds to put back, too long to hold the event loop.
        from ui.dialogs.busy import wait_for

        project, merge = self.workspace.project, self.merge
        wait_for(lambda: action(project, merge), label % self.source)
        return self._change()

    def _change(self) -> ChangeSet:
        ids = self.merge.ids
        return ChangeSet(frozenset(KIND_ORDER), ids, structural=True, links=ids)

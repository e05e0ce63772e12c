"""Undo commands for composing: outlines, statuses and proposed wordings.

Thin, like those in :mod:`ui.undo`: each remembers the value before and after
and calls a service both ways, announcing the Changes the service returned.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication

from ui.labels import untitled, value_label
from ui.undo import _ServiceCommand
from ui.workspace import Workspace
from workbench.changes import Changes
from workbench.outline import Outline
from workbench.records import RecordData


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class SetOutline(_ServiceCommand):
    """A submission's sections and their recommendations, as one value both ways."""

    def __init__(self, workspace: Workspace, old: Outline, new: Outline, text: str) -> None:
        super().__init__(workspace, text)
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, outline: Outline) -> None:
        def write() -> Changes:
            return self.workspace.composition.write_outline(outline)

        self._run(write)


class SetStatus(_ServiceCommand):
    """A new status with its note (the authority's response); undo takes the step back."""

    def __init__(self, workspace: Workspace, record: RecordData, status: str, note: str) -> None:
        super().__init__(
            workspace,
            _tr("Status of “%s”: %s") % (record.title or untitled(), value_label(status)),
        )
        self.record_id = record.id
        self.previous = str(record.fields["status"])
        self.status = status
        self.note = note
        self.change_id = uuid.uuid4()

    def redo(self) -> None:
        def set_status() -> Changes:
            return self.workspace.composition.set_status(
                self.record_id, self.status, self.note, change_id=self.change_id
            ).changes

        self._run(set_status)

    def undo(self) -> None:
        def revert() -> Changes:
            composition = self.workspace.composition
            return composition.revert_status(self.record_id, self.change_id, self.previous)

        self._run(revert)


class AddWording(_ServiceCommand):
    """A proposed wording for one provision; undo removes it, redo brings the same one back."""

    def __init__(
        self,
        workspace: Workspace,
        record: RecordData,
        provision_id: uuid.UUID | None,
        current: str,
        proposed: str = "",
    ) -> None:
        super().__init__(workspace, _tr("Add proposed wording to “%s”") % record.title)
        self.record_id = record.id
        self.provision_id = provision_id
        self.current = current
        self.proposed = proposed
        self.wording_id = uuid.uuid4()

    def redo(self) -> None:
        def add() -> Changes:
            return self.workspace.composition.add_proposed_wording(
                self.record_id,
                self.provision_id,
                current_wording=self.current,
                proposed_wording=self.proposed,
                wording_id=self.wording_id,
            ).changes

        self._run(add)

    def undo(self) -> None:
        def remove() -> Changes:
            return self.workspace.composition.remove_proposed_wording(self.wording_id)

        self._run(remove)


class UpdateWording(_ServiceCommand):
    """Changed texts of one proposed wording (one save of its editor)."""

    def __init__(
        self,
        workspace: Workspace,
        record: RecordData,
        wording: dict[str, str],
        new: dict[str, str],
    ) -> None:
        super().__init__(workspace, _tr("Edit proposed wording of “%s”") % record.title)
        self.record_id = record.id
        self.wording_id = uuid.UUID(wording["id"])
        self.old = {name: wording.get(name, "") for name in new}
        self.new = dict(new)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, texts: dict[str, str]) -> None:
        def update() -> Changes:
            return self.workspace.composition.update_proposed_wording(self.wording_id, **texts)

        self._run(update)


class RemoveWording(_ServiceCommand):
    """Remove a proposed wording; undo puts it back in its place with its id."""

    def __init__(self, workspace: Workspace, record: RecordData, wording_id: uuid.UUID) -> None:
        super().__init__(workspace, _tr("Remove proposed wording from “%s”") % record.title)
        self.record_id = record.id
        wordings = list(record.children["proposed_wordings"])
        self.position = next(i for i, w in enumerate(wordings) if w["id"] == str(wording_id))
        self.wording = dict(wordings[self.position])

    def redo(self) -> None:
        def remove() -> Changes:
            composition = self.workspace.composition
            return composition.remove_proposed_wording(uuid.UUID(self.wording["id"]))

        self._run(remove)

    def undo(self) -> None:
        def put_back() -> Changes:
            w = self.wording
            return self.workspace.composition.add_proposed_wording(
                self.record_id,
                uuid.UUID(w["provision"]) if w["provision"] else None,
                current_wording=w["current_wording"],
                proposed_wording=w["proposed_wording"],
                justification=w["justification"],
                current_wording_translation=w.get("current_wording_translation", "official"),
                wording_id=uuid.UUID(w["id"]),
                position=self.position,
            ).changes

        self._run(put_back)

"""Proposed wording for each provision a recommendation targets.

Each targeted provision gets a row: its current wording and the proposed one
side by side, both editable, with the word-level changes marked beneath them
as the comparative table will show them. A provision without a proposed
wording offers to start one from the provision's own wording (as both the
current and the proposed text, so only what the user changes is marked). A
proposal may instead be an instruction, in square brackets: shown in
italics, never compared word by word. A check box says the current
wording's translations are unofficial (the document then marks them). Typing is saved
after a pause (one undoable step per save), like every other field.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.compose.commands import AddWording, RemoveWording, UpdateWording
from ui.compose.marked import marked_pair
from ui.editors.keys import GlobalUndoKeys
from ui.labels import untitled
from ui.workspace import Workspace
from workbench import kinds
from workbench.export.diff import as_instruction, is_instruction
from workbench.records import RecordData

SAVE_DELAY_MS = 600
_TEXTS = kinds.of("recommendation").part("proposed_wordings").translatable
"""A proposed wording's texts: current, proposed, justification."""
UNOFFICIAL = "current_wording_translation"
"""Whether the current wording's translations are unofficial (a check box)."""


class WordingEditor(QFrame):
    """One provision's current and proposed wording, side by side, changes marked.

    A frame with a wrapped title rather than a group box: a group box is at least
    as wide as its title, and provision titles are long.
    """

    def __init__(
        self,
        panel: WordingsPanel,
        title: str,
        provision_id: uuid.UUID | None,
        wording: Mapping[str, Any] | None,
    ) -> None:
        super().__init__(panel)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{escape(title)}</b>", self)
        self.title.setWordWrap(True)
        self.panel = panel
        self.provision_id = provision_id
        self.wording = dict(wording) if wording else None
        if self.wording is not None:
            self.wording.setdefault(UNOFFICIAL, "official")  # left out of content at default
        self.inputs: dict[str, QPlainTextEdit] = {}
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        if self.wording is None:
            self._build_empty()
        else:
            self._build(self.wording)

    def _build_empty(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        note = QLabel(self.tr("No proposed wording yet."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        self.add_button = QPushButton(self.tr("Propose wording"), self)
        self.add_button.setObjectName("add_wording")
        self.add_button.clicked.connect(lambda: self.panel.add_wording(self.provision_id))
        row.addWidget(note, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _build(self, wording: Mapping[str, Any]) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        labels = (self.tr("Current or draft wording"), self.tr("Proposed wording"))
        for column, (name, label) in enumerate(zip(_TEXTS[:2], labels, strict=True)):
            heading = QLabel(label, self)
            heading.setWordWrap(True)
            grid.addWidget(heading, 1, column)
            grid.addWidget(self._input(name, wording[name]), 2, column)
        self.marked_current = _marked_view(self)
        self.marked_proposed = _marked_view(self)
        self.marked_current.setObjectName("marked_current")
        self.marked_proposed.setObjectName("marked_proposed")
        grid.addWidget(self.marked_current, 3, 0)
        grid.addWidget(self.marked_proposed, 3, 1)
        self.instruction = QCheckBox(self.tr("An instruction, not new wording"), self)
        self.instruction.setObjectName("instruction")
        self.instruction.setToolTip(
            self.tr(
                "Written in square brackets, e.g. [Delete the grounds …]: shown in "
                "italics, with no changes marked against the current wording"
            )
        )
        self.instruction.setChecked(is_instruction(wording["proposed_wording"]))
        self.instruction.toggled.connect(self._set_instruction)
        grid.addWidget(self.instruction, 4, 0, 1, 2)
        self.unofficial = QCheckBox(self.tr("Translations unofficial"), self)
        self.unofficial.setObjectName("unofficial_translation")
        self.unofficial.setToolTip(
            self.tr(
                "The current wording in other languages is your own translation, not the "
                "statute's official text: the document marks it * and says so under the table"
            )
        )
        self.unofficial.setChecked(wording[UNOFFICIAL] == "unofficial")
        self.unofficial.toggled.connect(self._set_unofficial)
        grid.addWidget(self.unofficial, 5, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Justification"), self), 6, 0, 1, 2)
        grid.addWidget(self._input("justification", wording["justification"]), 7, 0, 1, 2)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setToolTip(self.tr("Remove this proposed wording"))
        remove.setObjectName("remove_wording")
        remove.clicked.connect(self._remove)
        grid.addWidget(remove, 8, 1, Qt.AlignmentFlag.AlignRight)
        self._show_marks()

    def _input(self, name: str, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)
        edit.setFixedHeight(5 * edit.fontMetrics().lineSpacing() + 12)
        edit.installEventFilter(GlobalUndoKeys(self.flush, edit))
        edit.textChanged.connect(lambda: self._on_typed(name))
        self.inputs[name] = edit
        return edit

    def _on_typed(self, name: str) -> None:
        if self.inputs[name].toPlainText() == (self.wording or {}).get(name):
            return
        self._dirty.add(name)
        self._timer.start()
        self._show_marks()

    def _set_instruction(self, instruction: bool) -> None:
        """Put the proposal in square brackets, or take it out of them (saved as typed)."""
        edit = self.inputs["proposed_wording"]
        text = as_instruction(edit.toPlainText(), instruction)
        if text != edit.toPlainText():
            edit.setPlainText(text)

    def _set_unofficial(self, unofficial: bool) -> None:
        """Saved at once, as one undoable step."""
        if self.wording is None:
            return
        value = "unofficial" if unofficial else "official"
        if value != self.wording[UNOFFICIAL]:
            old = dict(self.wording)
            self.wording[UNOFFICIAL] = value
            self.panel.update_wording(old, {UNOFFICIAL: value})

    def _show_marks(self) -> None:
        proposed_text = self.inputs["proposed_wording"].toPlainText()
        if hasattr(self, "instruction"):
            self.instruction.blockSignals(True)
            self.instruction.setChecked(is_instruction(proposed_text))
            self.instruction.blockSignals(False)
        current, proposed = marked_pair(self.inputs["current_wording"].toPlainText(), proposed_text)
        self.marked_current.setHtml(current)
        self.marked_proposed.setHtml(proposed)

    def flush(self) -> None:
        self._timer.stop()
        if self.wording is None or not self._dirty:
            return
        new = {name: self.inputs[name].toPlainText() for name in sorted(self._dirty)}
        self._dirty.clear()
        new = {name: text for name, text in new.items() if text != self.wording[name]}
        if new:
            old = dict(self.wording)
            self.wording.update(new)
            self.panel.update_wording(old, new)

    def refresh(self, wording: Mapping[str, Any]) -> None:
        """Show stored texts (after undo, say) in the inputs not being typed into."""
        if self.wording is None:
            return
        self.wording = dict(wording)
        self.wording.setdefault(UNOFFICIAL, "official")
        self.unofficial.blockSignals(True)
        self.unofficial.setChecked(self.wording[UNOFFICIAL] == "unofficial")
        self.unofficial.blockSignals(False)
        for name, edit in self.inputs.items():
            if name not in self._dirty and edit.toPlainText() != wording[name]:
                edit.blockSignals(True)
                edit.setPlainText(wording[name])
                edit.blockSignals(False)
        self._show_marks()

    def _remove(self) -> None:
        if self.wording is not None:
            self.panel.remove_wording(uuid.UUID(self.wording["id"]))


def _marked_view(parent: QWidget) -> QTextBrowser:
    view = QTextBrowser(parent)
    view.setOpenLinks(False)
    view.setFixedHeight(5 * view.fontMetrics().lineSpacing() + 12)
    return view


class WordingsPanel(QGroupBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Proposed wording"))
        self.workspace = workspace
        self.record: RecordData | None = None
        self.editors: list[WordingEditor] = []
        self._shape: tuple[Any, ...] = ()
        self._layout = QVBoxLayout(self)
        self._empty = QLabel(self.tr("Link the provisions this recommendation targets."), self)
        self._empty.setEnabled(False)
        self._layout.addWidget(self._empty)

    def show_record(self, record: RecordData) -> None:
        self.record = record
        rows = self._rows(record)
        # Another record's editors are never reused, even for the same provisions.
        shape = (record.id, *((p, w["id"] if w else None) for _t, p, w in rows))
        if shape == self._shape:
            for editor, (_title, _p, wording) in zip(self.editors, rows, strict=True):
                if wording is not None:
                    editor.refresh(wording)
            return
        self._shape = shape
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        for title, provision_id, wording in rows:
            editor = WordingEditor(self, title, provision_id, wording)
            self._layout.addWidget(editor)
            self.editors.append(editor)
        self._empty.setVisible(not rows)

    def editor_for(self, provision_id: uuid.UUID) -> WordingEditor:
        return next(e for e in self.editors if e.provision_id == provision_id)

    def _rows(
        self, record: RecordData
    ) -> list[tuple[str, uuid.UUID | None, Mapping[str, Any] | None]]:
        """Targeted provisions in order, then wordings for provisions no longer targeted."""
        wordings = {w["provision"]: w for w in record.children["proposed_wordings"]}
        targets = list(record.links.get("provisions", ()))
        others = [w for key, w in wordings.items() if key not in {str(t) for t in targets}]
        ids = targets + [uuid.UUID(w["provision"]) for w in others if w["provision"]]
        found = self.workspace.library.summaries(ids)
        rows: list[tuple[str, uuid.UUID | None, Mapping[str, Any] | None]] = [
            (found[t].title if t in found else untitled(), t, wordings.get(str(t))) for t in targets
        ]
        for wording in others:
            provision = uuid.UUID(wording["provision"]) if wording["provision"] else None
            title = found[provision].title if provision in found else untitled()
            rows.append((self.tr("%s (no longer targeted)") % title, provision, wording))
        return rows

    def flush(self) -> None:
        for editor in self.editors:
            editor.flush()

    def add_wording(self, provision_id: uuid.UUID | None) -> None:
        if self.record is None:
            return
        current = ""
        if provision_id is not None:
            current = str(self.workspace.library.get(provision_id).fields["wording"])
        # The proposal starts as the current wording: the user changes what should
        # change, and only that is marked, instead of retyping the statute.
        self.workspace.push(
            AddWording(self.workspace, self.record, provision_id, current, proposed=current)
        )

    def update_wording(self, wording: Mapping[str, Any], new: dict[str, str]) -> None:
        if self.record is not None:
            self.workspace.push(UpdateWording(self.workspace, self.record, dict(wording), new))

    def remove_wording(self, wording_id: uuid.UUID) -> None:
        self.flush()
        if self.record is not None:
            self.workspace.push(RemoveWording(self.workspace, self.record, wording_id))

"""One conflict of a merge, and how to resolve it: field by field, or the whole record.

For a record both sides edited, each field (and link role, and list of parts)
the two versions disagree on is a row: its label, my value, their value, and
a choice of mine, theirs, or both where the field can hold both (long texts,
link roles holding many records, lists of parts). When the common ancestor was
known, the rows are the fields both sides changed in overlapping ways and the
fields the merge took or combined with no question, each with the merged value
and "merged" chosen: the user can still change any of them. The whole record can also
be kept as mine, taken as theirs, or kept twice (theirs as a copy). For an
edit against a deletion the choice is whether the record stays.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import field_label, kind_name, role_label, untitled
from workbench.merge import Change, Choice, ConflictShape, Resolution, combinable
from workbench.merge.resolve import field_value

PREVIEW_CHARACTERS = 300
TOOLTIP_CHARACTERS = 4000
FIELD_CHOICES = (Choice.MERGED, Choice.MINE, Choice.THEIRS, Choice.BOTH)

TitleLookup = Callable[[str], str]
"""The title of a record, given its id as text (for showing links)."""


def whole_record(conflict: str, choice: str) -> str:
    """The whole-record resolution of ``conflict`` for a choice made for every conflict.

    An edit against a deletion has no copy to keep, so "both" there keeps the
    record: the edited side, mine for "edit/delete", theirs for "delete/edit"."""
    if conflict in (ConflictShape.EDIT_EDIT, ConflictShape.NONE) or choice != Choice.BOTH:
        return choice
    return Choice.MINE if conflict == ConflictShape.EDIT_DELETE else Choice.THEIRS


class ConflictPanel(QGroupBox):
    changed = Signal()
    """The resolution changed: the mode, or a field's choice."""

    def __init__(
        self,
        change: Change,
        mine: Mapping[str, Any] | None,
        theirs: Mapping[str, Any] | None,
        titles: TitleLookup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.change = change
        self.setObjectName(f"conflict_{change.id}")
        self.setTitle(f"{kind_name(change.kind)}: {change.title or untitled()}")
        self._titles = titles
        self.mode = QComboBox(self)
        self.mode.setObjectName("resolution_mode")
        self.field_buttons: dict[str, dict[str, QRadioButton]] = {}
        layout = QVBoxLayout(self)
        explanation = QLabel(self._explanation(), self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.mode)
        self._fill_modes()
        self.mode.currentIndexChanged.connect(self.changed)
        both_edited = change.conflict in (ConflictShape.EDIT_EDIT, ConflictShape.NONE)
        if both_edited and mine is not None and theirs is not None:
            self.fields = QWidget(self)
            self._fill_fields(mine, theirs)
            layout.addWidget(self.fields)
            self.mode.currentIndexChanged.connect(self._on_mode)
        layout.addStretch(1)  # the panel fills the pane: room left goes below, not between

    # --- building ------------------------------------------------------------

    def _explanation(self) -> str:
        if self.change.conflict == ConflictShape.EDIT_DELETE:
            return self.tr("You edited this record; your colleague deleted it.")
        if self.change.conflict == "delete/edit":
            return self.tr("You deleted this record; your colleague edited it.")
        if self.change.conflict == ConflictShape.NONE:
            return self.tr(
                "You and your colleague edited different parts of this record: they were "
                "merged with no question. You can still change any field below."
            )
        if self.change.proposal is not None:
            return self.tr(
                "You and your colleague both edited this record. What only one of you "
                "changed was merged; choose for the fields you both changed."
            )
        return self.tr("You and your colleague both edited this record.")

    def _fill_modes(self) -> None:
        if self.change.conflict in (ConflictShape.EDIT_EDIT, ConflictShape.NONE):
            entries = [
                ("fields", self.tr("Choose field by field")),
                (Choice.MINE, self.tr("Keep my version")),
                (Choice.THEIRS, self.tr("Take their version")),
                (Choice.BOTH, self.tr("Keep both (theirs as a separate copy)")),
            ]
        elif self.change.conflict == ConflictShape.EDIT_DELETE:
            entries = [
                (Choice.MINE, self.tr("Keep my edited version")),
                (Choice.THEIRS, self.tr("Delete it, as they did")),
            ]
        else:
            entries = [
                (Choice.MINE, self.tr("Keep it deleted")),
                (Choice.THEIRS, self.tr("Bring back their edited version")),
            ]
        for value, text in entries:
            self.mode.addItem(text, value)

    def _fill_fields(self, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        grid = QGridLayout(self.fields)
        grid.setContentsMargins(0, 0, 0, 0)
        proposal = self.change.proposal
        headers = [self.tr("Field"), self.tr("Mine"), self.tr("Theirs")]
        if proposal is not None:
            headers.append(self.tr("Merged"))
        headers.append(self.tr("Keep"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", self.fields)
            grid.addWidget(header, 0, column)
        names = [*self.change.fields, *self.change.automatic]
        for row, name in enumerate(names, start=1):
            values = [field_value(mine, name), field_value(theirs, name)]
            if proposal is not None:
                values.append(field_value(proposal, name))
            grid.addWidget(QLabel(self._label(name), self.fields), row, 0)
            for column, value in enumerate(values, start=1):
                grid.addWidget(self._value(name, value), row, column)
                grid.setColumnStretch(column, 1)
            grid.addWidget(self._choices(name), row, len(values) + 1)

    def _label(self, name: str) -> str:
        if name.startswith("links."):
            return role_label(name.removeprefix("links."))
        return field_label(name)

    def _value(self, name: str, value: Any) -> QLabel:
        text = self.describe(name, value)
        label = QLabel(_shortened(text, PREVIEW_CHARACTERS), self.fields)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if len(text) > PREVIEW_CHARACTERS:
            label.setToolTip(_shortened(text, TOOLTIP_CHARACTERS))
        return label

    def _choices(self, name: str) -> QWidget:
        box = QWidget(self.fields)
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        texts = {
            Choice.MERGED: self.tr("Merged"),
            Choice.MINE: self.tr("Mine"),
            Choice.THEIRS: self.tr("Theirs"),
            Choice.BOTH: self.tr("Both"),
        }
        buttons: dict[str, QRadioButton] = {}
        for choice in FIELD_CHOICES:
            if choice == Choice.BOTH and not combinable(self.change.kind, name):
                continue
            if choice == Choice.MERGED and self.change.proposal is None:
                continue
            button = QRadioButton(texts[choice], box)
            button.setObjectName(f"{name}:{choice}")
            group.addButton(button)
            button.toggled.connect(self._on_toggled)
            row.addWidget(button)
            buttons[choice] = button
        buttons[Choice.MERGED if Choice.MERGED in buttons else Choice.MINE].setChecked(True)
        self.field_buttons[name] = buttons
        return box

    def describe(self, name: str, value: Any) -> str:
        """A value as the user reads it: titles for links, a line per part."""
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name.startswith("links."):
            return "; ".join(self._titles(str(target)) for target in value)
        if isinstance(value, list):
            return "\n".join(f"• {_part_text(part)}" for part in value)
        return str(value)

    def _on_mode(self, _index: int) -> None:
        self.fields.setEnabled(self.mode.currentData() == "fields")

    def _on_toggled(self, checked: bool) -> None:
        """Only the button turned on reports: its group turns one off at the same time."""
        if checked:
            self.changed.emit()

    # --- the answer ------------------------------------------------------------

    def choose(self, name: str, choice: str) -> None:
        """Pick ``choice`` for one field (as clicking its button does)."""
        self.mode.setCurrentIndex(self.mode.findData("fields"))
        self.field_buttons[name][choice].setChecked(True)

    def choose_whole(self, choice: str) -> None:
        """Resolve the whole record as chosen for every conflict ("mine", "theirs", "both").

        The fields follow "mine" or "theirs" too, so that switching to field by field
        afterwards starts from that side and a single field can be changed back."""
        if choice in (Choice.MINE, Choice.THEIRS):
            for buttons in self.field_buttons.values():
                buttons[choice].setChecked(True)
        self.mode.setCurrentIndex(self.mode.findData(whole_record(self.change.conflict, choice)))

    def resolution(self) -> Resolution:
        mode = str(self.mode.currentData())
        if mode != "fields":
            return mode
        return {
            name: next(choice for choice, button in buttons.items() if button.isChecked())
            for name, buttons in self.field_buttons.items()
        }

    @property
    def record_id(self) -> uuid.UUID:
        return self.change.id


def _part_text(part: Any) -> str:
    if not isinstance(part, dict):
        return str(part)
    for key in ("title", "proposed_wording", "status", "path"):
        if part.get(key):
            return str(part[key]).replace("\n", " ")
    return str(part.get("id", ""))


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""A record's texts in another language, edited beside the wording as written.

One language at a time (chosen above): each translatable field has its name
on a line of its own, then the record's own text on the left, read-only, and
its wording in the chosen language on the right, the two columns of equal
width, so neither breaks words in the middle. Above them, how much of the
record is translated so far, and a button giving the editor the window's
width while translating. The value is the whole ``translations`` mapping
(workbench.bilingual), saved like any field, so undo, merge and export treat
it as one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from ui.editors.fields import FieldEditor, is_long_text
from ui.editors.markdown_edit import MarkdownEdit
from ui.labels import field_label, untitled, value_label
from workbench.bilingual import FIELD, PARTS, TRANSLATABLE, part_key, translated_share
from workbench.records import FieldSpec, field_specs
from workbench.settings import INTERFACE_LANGUAGES

LONG_ROWS = 4


class TranslationsField(FieldEditor):
    wide_requested = Signal(bool)
    """The translator wants the editor as wide as the window (True), or back."""

    def __init__(self, spec: FieldSpec, parent: QWidget, kind: str) -> None:
        self.kind = kind
        self._value: dict[str, dict[str, str]] = {}
        self._inputs: dict[str, QLineEdit | MarkdownEdit] = {}
        self._originals: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loading = False
        self._parts: tuple[tuple[str, str], ...] = ()
        self._part_widgets: list[QWidget] = []
        self._fields: Mapping[str, Any] = {}
        self._children: Mapping[str, Any] = {}
        super().__init__(spec, parent)

    def _make_input(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox(box)
        self.language.setObjectName("translation_language")
        for code in INTERFACE_LANGUAGES:
            self.language.addItem(value_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData("kk")))
        self.language.currentIndexChanged.connect(lambda _i: self._show_language())
        self.progress = QLabel(box)
        self.progress.setObjectName("translation_progress")
        self.progress.setWordWrap(True)
        self.wide = QToolButton(box)
        self.wide.setObjectName("translation_wide")
        self.wide.setCheckable(True)
        self.wide.setText(self.tr("Wide view"))
        self.wide.setToolTip(self.tr("Give the editor the window's width while translating"))
        self.wide.toggled.connect(self.wide_requested)
        grid.addWidget(QLabel(self.tr("As written"), box), 0, 0)
        grid.addWidget(self.language, 0, 1)
        grid.addWidget(self.progress, 1, 0)
        grid.addWidget(self.wide, 1, 1, Qt.AlignmentFlag.AlignRight)
        self._grid = grid
        self.input = box  # _add_row places its widgets in the box being made
        specs = field_specs(self.kind)
        for name in TRANSLATABLE.get(self.kind, ()):
            self._add_row(name, field_label(name), is_long_text(specs[name]))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _add_row(self, name: str, label: str, long: bool) -> list[QWidget]:
        """The field's name on a line, then its text as written and its translation."""
        box = self.input
        original: QLineEdit | QPlainTextEdit = QPlainTextEdit(box) if long else QLineEdit(box)
        original.setReadOnly(True)
        original.setObjectName(f"original_{name}")
        edit: QLineEdit | MarkdownEdit = MarkdownEdit(box) if long else QLineEdit(box)
        edit.setObjectName(f"translation_{name}")
        edit.setAccessibleName(label)
        if isinstance(edit, MarkdownEdit):
            edit.edited.connect(lambda n=name: self._typed(n))
            for widget in (edit, original):
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * LONG_ROWS + 12)
        else:
            edit.textEdited.connect(lambda _t, n=name: self._typed(n))
        caption = QLabel(f"<b>{escape(label)}</b>", box)
        caption.setWordWrap(True)
        row = self._grid.rowCount()
        self._grid.addWidget(caption, row, 0, 1, 2)
        self._grid.addWidget(original, row + 1, 0)
        self._grid.addWidget(edit, row + 1, 1)
        self._inputs[name] = edit
        self._originals[name] = original
        return [caption, original, edit]

    def _part_label(self, index: int, part: Mapping[str, Any], name: str) -> str:
        if self.kind == "submission":
            shown = str(part["title"]) or untitled()
            if name == "title":
                return self.tr("Section “%s”") % shown
            return self.tr("Introduction of “%s”") % shown
        words = {
            "current_wording": self.tr("Current or draft wording"),
            "proposed_wording": self.tr("Proposed wording"),
            "justification": self.tr("Justification"),
        }[name]
        return f"{words} ({index})"

    def _show_parts(self, parts: Sequence[Mapping[str, Any]]) -> None:
        """Rows for the record's parts (a submission's sections, a recommendation's
        proposed wordings), made again when parts come, go or are renamed."""
        part, names = PARTS[self.kind]
        wanted = tuple((str(p["id"]), str(p.get("title", ""))) for p in parts)
        if wanted == self._parts:
            return
        for widget in self._part_widgets:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._part_widgets = []
        for key in [k for k in self._inputs if k.startswith(f"{part}.")]:
            del self._inputs[key]
            del self._originals[key]
        for index, item in enumerate(parts, start=1):
            for name in names:
                label = self._part_label(index, item, name)
                key = part_key(part, item["id"], name)
                self._part_widgets += self._add_row(key, label, name != "title")
        self._parts = wanted
        self._show_language()

    # --- the value ------------------------------------------------------------

    def value(self) -> Any:
        return {language: dict(texts) for language, texts in self._value.items()}

    def set_value(self, value: Any) -> None:
        self._value = {language: dict(texts) for language, texts in (value or {}).items() if texts}
        self._show_language()

    def show_wide(self, wide: bool) -> None:
        """Show the view the editor is in (the next record keeps it), without
        asking for it again."""
        self.wide.blockSignals(True)
        self.wide.setChecked(wide)
        self.wide.blockSignals(False)

    def set_originals(
        self, fields: Mapping[str, Any], children: Mapping[str, Sequence[Mapping[str, Any]]]
    ) -> None:
        """The record's own wording, shown beside each translation, including its
        parts' (whose translations the record holds: see workbench.bilingual)."""
        self._fields, self._children = fields, children
        texts = dict(fields)
        if self.kind in PARTS:
            part, names = PARTS[self.kind]
            items = children.get(part, ())
            self._show_parts(items)
            for item in items:
                for name in names:
                    texts[part_key(part, item["id"], name)] = item[name]
        for name, widget in self._originals.items():
            text = str(texts.get(name) or "")
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
            elif widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)
        self._show_progress()

    def _show_progress(self) -> None:
        """How much of the record is in the chosen language, as typed so far."""
        fields = {**self._fields, FIELD: self._value}
        done, total = translated_share(self.kind, fields, self._children, self.current_language())
        share = round(100 * done / total) if total else 100
        self.progress.setText(
            self.tr("%1: %2 of %3 texts translated (%4%)")
            .replace("%1", value_label(self.current_language()))
            .replace("%2", QLocale().toString(done))
            .replace("%3", QLocale().toString(total))
            .replace("%4", QLocale().toString(share))
        )

    def current_language(self) -> str:
        return str(self.language.currentData())

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    # --- editing --------------------------------------------------------------

    def _show_language(self) -> None:
        texts = self._value.get(self.current_language(), {})
        self._loading = True
        try:
            for name, edit in self._inputs.items():
                if isinstance(edit, MarkdownEdit):
                    edit.set_markdown(texts.get(name, ""))
                else:
                    edit.setText(texts.get(name, ""))
                    edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._show_progress()

    def _typed(self, name: str) -> None:
        if self._loading:
            return
        edit = self._inputs[name]
        text = edit.markdown() if isinstance(edit, MarkdownEdit) else edit.text()
        texts = self._value.setdefault(self.current_language(), {})
        texts[name] = text
        self._show_progress()
        self.edited.emit(self.spec.name)

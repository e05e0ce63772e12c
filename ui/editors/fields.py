"""One input per field, chosen from the field's rules (FieldSpec).

Each field editor says what the user typed (``value``), shows a stored value
without that counting as an edit (``set_value``) and shows a validation
message beside itself. Typing emits ``edited`` (saved after a pause);
discrete choices (a combo box, a check box) emit ``committed`` (saved now).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.editors.markdown_edit import MarkdownEdit
from ui.labels import field_label, value_label
from ui.messages import ERROR_STYLE
from ui.urls import is_openable, open_url
from workbench.library import SHORT_TEXT_LIMIT
from workbench.records import FieldSpec


def is_long_text(spec: FieldSpec) -> bool:
    return spec.type is str and (spec.max_length or 0) > SHORT_TEXT_LIMIT


class FieldEditor(QObject):
    edited = Signal(str)
    committed = Signal(str)

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.container = QWidget(parent)
        self.error = QLabel(self.container)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.input = self._make_input(self.container)
        self.input.setObjectName(f"field_{spec.name}")
        self.input.setAccessibleName(field_label(spec.name))
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._wrap(self.input))
        layout.addWidget(self.error)

    def _make_input(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def _wrap(self, widget: QWidget) -> QWidget:
        return widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class LineField(FieldEditor):
    def _make_input(self, parent: QWidget) -> QWidget:
        self.line = QLineEdit(parent)
        self.line.textEdited.connect(lambda _text: self.edited.emit(self.spec.name))
        return self.line

    def value(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)


class UrlField(LineField):
    """A URL with an Open button that only ever opens http and https addresses."""

    def _wrap(self, widget: QWidget) -> QWidget:
        row = QWidget(self.container)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QToolButton(row)
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open in the browser (http and https only)"))
        self.open_button.clicked.connect(self.open)
        layout.addWidget(widget)
        layout.addWidget(self.open_button)
        return row

    def open(self) -> bool:
        address = self.line.text()
        if not address.strip():
            return False
        if open_url(address):
            self.show_error("")
            return True
        self.show_error(self.tr("Only web addresses (http, https) are opened."))
        return False

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self.open_button.setEnabled(is_openable(self.line.text()) or not self.line.text())


class DateField(LineField):
    def _make_input(self, parent: QWidget) -> QWidget:
        widget = super()._make_input(parent)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setMaximumWidth(160)
        return widget

    def value(self) -> Any:
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.line.setText(value.isoformat() if isinstance(value, date) else "")


class ChoiceField(FieldEditor):
    def _make_input(self, parent: QWidget) -> QWidget:
        self.combo = QComboBox(parent)
        for choice in self.spec.choices or ():
            self.combo.addItem(value_label(choice), choice)
        self.combo.activated.connect(lambda _i: self.committed.emit(self.spec.name))
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class FlagField(FieldEditor):
    def _make_input(self, parent: QWidget) -> QWidget:
        self.check = QCheckBox(field_label(self.spec.name), parent)
        self.check.clicked.connect(lambda _c: self.committed.emit(self.spec.name))
        return self.check

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class MarkdownField(FieldEditor):
    def _make_input(self, parent: QWidget) -> QWidget:
        self.text = MarkdownEdit(parent)
        self.text.edited.connect(lambda: self.edited.emit(self.spec.name))
        return self.text

    def value(self) -> Any:
        return self.text.markdown()

    def set_value(self, value: Any) -> None:
        self.text.set_markdown(str(value or ""))


def field_editor(spec: FieldSpec, parent: QWidget) -> FieldEditor:
    if spec.type is bool:
        return FlagField(spec, parent)
    if spec.type is date:
        return DateField(spec, parent)
    if spec.choices:
        return ChoiceField(spec, parent)
    if is_long_text(spec):
        return MarkdownField(spec, parent)
    if spec.name == "url":
        return UrlField(spec, parent)
    return LineField(spec, parent)

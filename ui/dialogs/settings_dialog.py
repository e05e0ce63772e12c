"""Settings: the author name recorded on changes, interface and document language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.labels import value_label
from ui.translations import system_language
from workbench.project import default_author
from workbench.settings import DOCUMENT_LANGUAGES, INTERFACE_LANGUAGES, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.author = QLineEdit(settings.author, self)
        self.author.setPlaceholderText(default_author())
        self.interface_language = self._languages(INTERFACE_LANGUAGES, settings.interface_language)
        self.interface_language.insertItem(
            0, self.tr("Same as the system (%s)") % value_label(system_language()), ""
        )
        if not settings.interface_language:
            self.interface_language.setCurrentIndex(0)
        self.document_language = self._languages(DOCUMENT_LANGUAGES, settings.document_language)
        note = QLabel(self.tr("The interface language changes as soon as you press OK."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name (recorded on every change):"), self.author)
        form.addRow(self.tr("Interface language:"), self.interface_language)
        form.addRow("", note)
        form.addRow(self.tr("New documents are written in:"), self.document_language)
        form.addRow(buttons)

    def _languages(self, codes: tuple[str, ...], current: str) -> QComboBox:
        combo = QComboBox(self)
        for code in codes:
            combo.addItem(value_label(code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def result_settings(self) -> Settings:
        return replace(
            self._settings,
            author=self.author.text().strip(),
            interface_language=self.interface_language.currentData(),
            document_language=self.document_language.currentData(),
        )

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings) -> tuple[Settings, bool]:
        dialog = cls(settings, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.result_settings() if accepted else settings), accepted
        finally:
            dialog.deleteLater()

"""File ▸ Share…: write a bundle of the project to hand to a colleague.

The bundle can be encrypted with a passphrase, typed twice so a typo cannot
lock the colleague out; confidential evidence and sources stay out unless
the user includes them. Writing (with scrypt's deliberately slow key
derivation) runs on a worker thread, and the bundle is moved into place only
when complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.job_footer import job_footer
from ui.runner import Progress, Runner
from ui.workspace import Workspace
from workbench.file_names import safe_file_name
from workbench.paths import BUNDLE_SUFFIX, AppPaths


class ShareDialog(QDialog):
    shared = Signal(object)
    """The bundle's path once written, or None after a failure."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Share with a colleague"))
        self.resize(560, 300)
        self.path = QLineEdit(str(_default_bundle(workspace.project.path)), self)
        self.path.setObjectName("share_path")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"), self)
        self.encrypt.setObjectName("share_encrypt")
        self.encrypt.setChecked(True)
        self.passphrase = self._secret("share_passphrase")
        self.repeat = self._secret("share_repeat")
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.repeat.setEnabled)
        self.confidential = QCheckBox(self.tr("Include confidential evidence and sources"), self)
        self.confidential.setObjectName("share_confidential")
        hint = QLabel(
            self.tr(
                "Tell your colleague the passphrase another way (in person, by phone), "
                "never in the same message as the file."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        names = ("share_status", "share_button")
        self.footer = job_footer(self, names, self.tr("Share"), self.start)
        self.progress, self.status = self.footer.progress, self.footer.status
        self.share_button, self.buttons = self.footer.action, self.footer.buttons
        self.runner = Runner(self, self.progress, busy=(self.share_button,))

        form = QFormLayout()
        form.addRow(self.tr("Bundle:"), row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", hint)
        form.addRow("", self.confidential)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.footer.add_to(layout)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @classmethod
    def share(cls, parent: QWidget | None, workspace: Workspace) -> tuple[Path | None, bool]:
        dialog = cls(workspace, parent)
        try:
            dialog.exec()
            return dialog.written, dialog.written is not None
        finally:
            dialog.deleteLater()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Share as"),
            self.path.text(),
            self.tr("Workbench share bundles (*.wbshare)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _problem(self) -> str | None:
        """What stops sharing as filled in, in words; None when it can go."""
        if not self.path.text().strip():
            return self.tr("Choose where to write the bundle.")
        if self.encrypt.isChecked():
            if not self.passphrase.text():
                return self.tr("Enter a passphrase, or untick encryption.")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ; type them again.")
        return None

    def start(self) -> bool:
        """Write the bundle in the background (False if the form is incomplete)."""
        if self.runner.task is not None:
            return False
        problem = self._problem()
        if problem:
            self._fail_text(problem)
            return False
        target = Path(self.path.text().strip()).expanduser()
        if target.suffix.lower() != BUNDLE_SUFFIX:
            target = target.with_name(target.name + BUNDLE_SUFFIX)
            self.path.setText(str(target))
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        include = self.confidential.isChecked()
        shares = self.workspace.services.shares

        def work(_progress: Progress) -> tuple[Path, dict[str, int]]:
            counts = shares.write(target, passphrase=passphrase, include_confidential=include)
            return target, counts

        self.written = None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing %s…") % target.name)
        return self.runner.start("share", work, self._on_succeeded, self._on_failed)

    def _on_succeeded(self, outcome: tuple[Path, dict[str, int]]) -> None:
        target, counts = outcome
        self.written = target
        self.progress.setValue(1)
        if self.encrypt.isChecked():
            text = self.tr("Wrote an encrypted bundle of %d records to %s.")
        else:
            text = self.tr("Wrote a bundle of %d records to %s.")
        self.status.setText(text % (sum(counts.values()), target))
        self.shared.emit(target)

    def _on_failed(self, error: BaseException) -> None:
        self.footer.fail(error, self.tr("Sharing failed: %s. Nothing was written."))
        self.shared.emit(None)

    def _fail_text(self, text: str) -> None:
        self.footer.fail_text(text)

    def reject(self) -> None:
        """Closing waits for a bundle being written: it is never left half made."""
        self.runner.wait()
        super().reject()


def _default_bundle(project: Path) -> Path:
    """Beside the project, unless it lives in the app's hidden data folder (the first
    project does): then in Documents, where the user will look for it to send it."""
    paths = AppPaths.from_environment()
    name = safe_file_name(project.stem, BUNDLE_SUFFIX, "project")
    if project.resolve().is_relative_to(paths.data.resolve()):
        return paths.documents / name
    return project.with_name(name)

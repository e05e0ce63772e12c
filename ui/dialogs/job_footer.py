"""The foot of a dialog whose work runs on a worker (export, share, merge, import):
a progress bar, a status line that also shows what went wrong, the dialog's
action button and Close, laid out the same way in each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui import messages
from workbench.errors import WorkbenchError


@dataclass
class JobFooter:
    progress: QProgressBar
    status: QLabel
    buttons: QDialogButtonBox
    action: QPushButton
    close: QPushButton

    def add_to(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def fail_text(self, text: str) -> None:
        self.status.setStyleSheet(messages.ERROR_STYLE)
        self.status.setText(text)

    def fail(self, error: BaseException, otherwise: str) -> None:
        """``error`` in the words the app uses for it; ``otherwise`` (with ``%s`` for
        the error) for an error the app has no words for."""
        if isinstance(error, WorkbenchError):
            self.fail_text(messages.describe(error)[1])
        else:
            self.fail_text(otherwise % error)


def job_footer(
    dialog: QDialog, names: tuple[str, str], action_text: str, action: Callable[[], object]
) -> JobFooter:
    """The footer of ``dialog``; ``names``: the status line's and the button's object names."""
    progress = QProgressBar(dialog)
    progress.setRange(0, 1)
    progress.setValue(0)
    status = QLabel(dialog)
    status.setObjectName(names[0])
    status.setWordWrap(True)
    buttons = QDialogButtonBox(dialog)
    button = buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setObjectName(names[1])
    button.clicked.connect(action)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.clicked.connect(dialog.reject)
    return JobFooter(progress, status, buttons, button, close)

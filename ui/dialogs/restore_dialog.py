"""Restore from backup: pick one of a project's backups to put in its place.

Offered from File ▸ Restore from Backup…, and by itself when a project fails
to open as damaged. The dialog only chooses; the window restores (through
:func:`workbench.backups.restore`, which keeps the replaced file aside) and
opens the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from workbench import backups
from workbench.errors import NoGoodBackup, ProjectDamaged, WorkbenchError

PATH_ROLE = Qt.ItemDataRole.UserRole


def reason_label(reason: str) -> str:
    """Why a backup was made, in the interface language."""
    labels = {
        "open": QCoreApplication.translate("RestoreDialog", "daily, on opening"),
        "merge": QCoreApplication.translate("RestoreDialog", "before a merge"),
        "load": QCoreApplication.translate("RestoreDialog", "before an import"),
        "manual": QCoreApplication.translate("RestoreDialog", "made by hand"),
    }
    if reason.startswith("schema-"):
        return QCoreApplication.translate("RestoreDialog", "before an upgrade")
    return labels.get(reason, reason)


class RestoreDialog(QDialog):
    def __init__(
        self,
        project: Path,
        found: list[backups.Backup],
        damage: ProjectDamaged | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(640, 360)
        self.explanation = QLabel(self._explain(project, damage), self)
        self.explanation.setWordWrap(True)
        self.backups = QTreeWidget(self)
        self.backups.setRootIsDecorated(False)
        self.backups.setHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        locale = QLocale()
        for backup in found:
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            size = locale.formattedDataSize(backup.size)
            item = QTreeWidgetItem([made, reason_label(backup.reason), size])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.backups.addTopLevelItem(item)
        self.backups.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.backups.itemDoubleClicked.connect(lambda _i, _c: self.accept())
        self.backups.currentItemChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.backups)
        layout.addWidget(self.buttons)
        self._select_newest_sound(project, found)
        self._update()

    def _explain(self, project: Path, damage: ProjectDamaged | None) -> str:
        if damage is not None:
            return self.tr(
                "“%s” is damaged (%s) and cannot be opened. Choose a backup to put in "
                "its place; the newest sound one is selected. The damaged file is kept "
                "beside it (renamed “%s.damaged-…”), never deleted."
            ) % (project.name, damage.detail, project.name)
        return self.tr(
            "Choose a backup of “%s” to put in its place. The current file is kept "
            "beside it (renamed “%s.replaced-…”), never deleted."
        ) % (project.name, project.name)

    def _select_newest_sound(self, project: Path, found: list[backups.Backup]) -> None:
        """Check backups newest first and select the first sound one."""
        try:
            sound = backups.newest_good(project, found[0].path.parent) if found else None
        except NoGoodBackup:
            sound = None
        for row in range(self.backups.topLevelItemCount()):
            item = self.backups.topLevelItem(row)
            if item is not None and (sound is None or item.data(0, PATH_ROLE) == str(sound.path)):
                self.backups.setCurrentItem(item)
                return

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        project: Path,
        folder: Path,
        damage: ProjectDamaged | None = None,
    ) -> tuple[Path | None, bool]:
        """The backup to restore, and whether the user accepted."""
        dialog = cls(project, backups.list_backups(project, folder), damage, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.chosen() if accepted else None), accepted and dialog.chosen() is not None
        finally:
            dialog.deleteLater()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def has_backups(project: Path, folder: Path) -> bool:
    return bool(backups.list_backups(project, folder))


def offer_restore(
    parent: QWidget | None,
    project: Path,
    folder: Path,
    damage: ProjectDamaged | None = None,
    before: Callable[[], None] | None = None,
) -> backups.Restored | None:
    """Let the user pick a backup and put it in place; None if cancelled or refused.

    ``before`` runs once the user has chosen, just before the restore (the
    window closes the project there: a restore needs it closed). Every
    outcome is reported through :mod:`ui.messages`.
    """
    if not has_backups(project, folder):
        messages.presenter(
            parent,
            _tr("No backups"),
            _tr("There are no backups of “%s” in %s.") % (project.name, folder),
        )
        return None
    chosen, accepted = RestoreDialog.choose(parent, project, folder, damage)
    if not accepted or chosen is None:
        return None
    if before is not None:
        before()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = backups.restore(project, chosen)
    except WorkbenchError as error:
        messages.show_error(parent, error)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    kept = restored.kept_aside.name if restored.kept_aside else "-"
    messages.presenter(
        parent,
        _tr("Project restored"),
        _tr("“%s” was restored from the backup %s. The file it replaced is kept as “%s”.")
        % (project.name, chosen.name, kept),
    )
    return restored

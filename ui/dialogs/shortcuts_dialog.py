"""Help ▸ Keyboard Shortcuts: every key the app answers, by where it works.

The rows are read from the running window's actions and a text editor's
formatting actions wherever those exist, so the list shows the keys of this
platform and cannot drift from what the keys do; the keys that widgets handle
themselves (the search box, lists, the outline, the citation list) are named
here beside the code's own docstrings. ``tests/ui/test_every_shortcut.py``
presses each row's keys and checks that it does its job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.editors.markdown_edit import MarkdownEdit

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the list: where the keys work, the keys (portable text, several
    joined by ", "), and what they do."""

    where: str
    keys: str
    what: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _action_row(where: str, action: QAction) -> ShortcutRow:
    keys = ", ".join(
        key.toString(QKeySequence.SequenceFormat.PortableText) for key in action.shortcuts()
    )
    what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ShortcutRow(where, keys, what.removesuffix("…").removesuffix("..."))


def shortcut_rows(window: MainWindow) -> list[ShortcutRow]:
    """Everything the Keyboard Shortcuts list shows, in its order."""
    everywhere = _tr("Everywhere")
    rows = [_action_row(everywhere, action) for action in window.shortcut_actions()]
    search = _tr("Search box")
    rows += [
        ShortcutRow(search, "Down", _tr("Highlight the next result")),
        ShortcutRow(search, "Up", _tr("Highlight the previous result")),
        ShortcutRow(search, "Return", _tr("Open the highlighted result")),
        ShortcutRow(search, "Esc", _tr("Clear the search")),
    ]
    lists = _tr("Links and outline")
    rows += [
        ShortcutRow(lists, "Alt+Up", _tr("Move the highlighted entry up")),
        ShortcutRow(lists, "Alt+Down", _tr("Move the highlighted entry down")),
        ShortcutRow(lists, "F2", _tr("Rename the highlighted section")),
        ShortcutRow(lists, "Del", _tr("Take the highlighted entry out of the outline")),
        ShortcutRow(lists, "Return", _tr("Open the highlighted recommendation")),
    ]
    texts = _tr("Texts")
    sample = MarkdownEdit()  # its actions carry the keys and names the editors use
    rows += [_action_row(texts, action) for action in sample.actions_by_name.values()]
    sample.deleteLater()
    rows += [
        ShortcutRow(texts, "Esc", _tr("Close the list of citation keys")),
        ShortcutRow(texts, "Ctrl+Click", _tr("Open the link under the pointer")),
    ]
    return [row for row in rows if row.keys]


class ShortcutsDialog(QDialog):
    """A window beside the work (not modal): keys are easier learnt while trying them."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = rows
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self._fill(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _fill(self, rows: list[ShortcutRow]) -> None:
        group: QTreeWidgetItem | None = None
        for row in rows:
            if group is None or group.text(0) != row.where:
                group = QTreeWidgetItem(self.tree, [row.where])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
            QTreeWidgetItem(group, [_native(row.keys), row.what])
        self.tree.expandAll()


def _native(keys: str) -> str:
    """The keys as this platform writes them (⌘ on a Mac), mouse words kept."""
    if "Click" in keys:
        return keys
    return ", ".join(
        QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
        for part in keys.split(", ")
    )

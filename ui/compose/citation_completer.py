"""``[@key]`` citation completion in long texts, from the library's source keys.

Typing ``[@`` (or ``; @`` inside a citation) opens a list of the keys starting
with what follows; Enter or Tab puts the chosen key in (closing the bracket if
it is not closed yet), Escape closes the list. One list model per workspace
is shared by every text and read again only when sources change.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter

from ui.editors.markdown_edit import MarkdownEdit
from ui.workspace import Workspace
from workbench.changes import Changes

KEY_ROLE = Qt.ItemDataRole.UserRole + 20
_TYPED_KEY = re.compile(r"(?:\[|;)\s*@([^\s;,\[\]@]*)$")
"""A key being typed: after ``[@`` or ``; @``, up to the cursor."""


class CitationKeyModel(QStandardItemModel):
    """Every citation key, shown with its source's title."""

    NAME = "citation_keys"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.setObjectName(self.NAME)
        self._workspace = workspace
        self._stale = True
        workspace.changed.connect(self._on_changed)

    @classmethod
    def of(cls, workspace: Workspace) -> CitationKeyModel:
        found = workspace.findChild(CitationKeyModel, cls.NAME)
        return found if isinstance(found, CitationKeyModel) else cls(workspace)

    def refresh(self) -> None:
        """Read the keys again if sources changed since the last reading."""
        if not self._stale:
            return
        self._stale = False
        self.clear()
        for entry in self._workspace.services.documents.citation_keys():
            item = QStandardItem(f"{entry.key}  —  {entry.title}" if entry.title else entry.key)
            item.setData(entry.key, KEY_ROLE)
            item.setToolTip(entry.title)
            item.setEditable(False)
            self.appendRow(item)

    def _on_changed(self, change: Changes) -> None:
        if "source" in change.kinds:
            self._stale = True


class CitationCompleter(QCompleter):
    """Completes the citation key before the cursor of one text edit."""

    def __init__(self, edit: MarkdownEdit, workspace: Workspace) -> None:
        self.keys = CitationKeyModel.of(workspace)
        super().__init__(self.keys, edit)
        self.edit = edit
        self.setWidget(edit)
        self.setCompletionRole(KEY_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(10)
        self.view().installEventFilter(self)
        self.activated[str].connect(self.insert_key)  # type: ignore[index]
        edit.edited.connect(self.update_popup)

    def view(self) -> QAbstractItemView:
        popup = self.popup()
        assert popup is not None  # QCompleter always has one
        return popup

    @classmethod
    def attach(cls, edit: MarkdownEdit, workspace: Workspace) -> CitationCompleter:
        return cls(edit, workspace)

    def typed_key(self) -> str | None:
        """The partial key before the cursor, or None when the cursor is not in a citation."""
        cursor = self.edit.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = _TYPED_KEY.search(before)
        return match.group(1) if match else None

    def update_popup(self) -> None:
        """After each edit the user makes (loading a stored text opens nothing)."""
        prefix = self.typed_key()
        if prefix is None:
            self.view().hide()
            return
        self.keys.refresh()
        self.setCompletionPrefix(prefix)
        if self.completionCount() == 0:
            self.view().hide()
            return
        self.view().setCurrentIndex(self.completionModel().index(0, 0))
        rect = QRect(self.edit.cursorRect())
        rect.setWidth(max(320, self.view().sizeHintForColumn(0) + 24))
        self.complete(rect)

    def insert_key(self, key: str) -> None:
        prefix = self.typed_key()
        if prefix is None:
            return
        cursor = self.edit.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        after = cursor.block().text()[cursor.positionInBlock() + len(prefix) :]
        closed = re.match(r"[^\[]*\]", after) is not None
        cursor.insertText(key if closed else key + "]")
        self.edit.setTextCursor(cursor)
        self.view().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab in the list puts the highlighted key in; the list never eats them."""
        if (
            watched is self.popup()
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
        ):
            index = self.view().currentIndex()
            if index.isValid():
                self.insert_key(str(index.data(KEY_ROLE)))
            self.view().hide()
            return True
        return super().eventFilter(watched, event)

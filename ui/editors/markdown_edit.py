"""Rich text editing of Markdown fields, with the usual formatting shortcuts.

Qt 6 reads and writes Markdown natively (QTextDocument.setMarkdown and
toMarkdown), so what users format (bold, italic, lists, links, quotes) is
stored as the CommonMark the rest of Workbench exports. The widget's own
undo is off: undo belongs to the window's one stack, across records, so
Ctrl+Z is left to it (see :class:`ui.editors.keys.GlobalUndoKeys`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QWidget

from ui.editors.markdown_lines import LINE_BREAK, breaks_for_qt, breaks_written, unwrapped
from ui.urls import open_url

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
QUOTE_INDENT = 24.0

LinkAsker = Callable[[QWidget, str], tuple[str, bool]]


def _ask_link(parent: QWidget, current: str) -> tuple[str, bool]:
    return QInputDialog.getText(
        parent,
        QCoreApplication.translate("MarkdownEdit", "Link"),
        QCoreApplication.translate("MarkdownEdit", "Web address (http or https):"),
        text=current or "https://",
    )


LINE_SEPARATOR = "\u2028"
"""What Shift+Enter puts in a QTextDocument: a line break inside the paragraph."""


def _replace_all(document: QTextDocument, old: str, new: str) -> None:
    """Every ``old`` character in ``document`` as ``new``, formatting kept."""
    cursor = document.find(old)
    while not cursor.isNull():
        cursor.insertText(new)
        cursor = document.find(old, cursor)


class MarkdownEdit(QTextEdit):
    """A QTextEdit whose content is Markdown; emits ``edited`` on changes users make."""

    edited = Signal()

    ask_link: LinkAsker = staticmethod(_ask_link)
    """Asks for a link address; replaced in tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._shown = ""
        self._edited = False
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()
        self.textChanged.connect(self._on_text_changed)
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, keys, slot in self._formatting():
            action = QAction(label, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    def _formatting(self) -> list[tuple[str, str, str, Callable[[], None]]]:
        return [
            ("bold", self.tr("Bold"), "Ctrl+B", self.toggle_bold),
            ("italic", self.tr("Italic"), "Ctrl+I", self.toggle_italic),
            ("bullets", self.tr("Bulleted list"), "Ctrl+Shift+8", self.toggle_bullets),
            ("numbers", self.tr("Numbered list"), "Ctrl+Shift+7", self.toggle_numbers),
            ("quote", self.tr("Quotation"), "Ctrl+Shift+Q", self.toggle_quote),
            ("link", self.tr("Link…"), "Ctrl+K", self.insert_link),
        ]

    # --- content --------------------------------------------------------------

    def markdown(self) -> str:
        """The text as Markdown, lines and line breaks as typed (see
        :mod:`ui.editors.markdown_lines`); exactly the text shown last while unedited,
        so opening and leaving a field never rewrites it."""
        if not self._edited:
            return self._shown
        copy = self.document().clone(self)
        _replace_all(copy, LINE_SEPARATOR, LINE_BREAK)
        written = breaks_written(unwrapped(copy.toMarkdown(MARKDOWN)))
        copy.deleteLater()
        return written.rstrip("\n")

    def set_markdown(self, text: str) -> None:
        """Show ``text`` without it counting as an edit."""
        self._loading = True
        try:
            document = self.document()
            document.setMarkdown(breaks_for_qt(text), MARKDOWN)
            _replace_all(document, LINE_BREAK, LINE_SEPARATOR)
            self._shown, self._edited = text, False
            self.moveCursor(QTextCursor.MoveOperation.Start)  # a text opens at its start
            self.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def _on_text_changed(self) -> None:
        if not self._loading:
            self._edited = True
            self.edited.emit()

    def _fit_height(self, *_args: object) -> None:
        """Grow with the text up to a limit, so a form of several texts stays readable."""
        content = int(self.document().size().height()) + 2 * self.frameWidth() + 8
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(max(3 * line + 12, min(content, 14 * line)))

    # --- formatting -----------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() > QFont.Weight.Normal
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_bullets(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def toggle_numbers(self) -> None:
        self._toggle_list(QTextListFormat.Style.ListDecimal)

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            for block_number in range(current.count() - 1, -1, -1):
                block = current.item(block_number)
                if cursor.selectionStart() <= block.position() + block.length() and (
                    block.position() <= cursor.selectionEnd()
                ):
                    current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
            return
        cursor.createList(style)

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        fmt = QTextBlockFormat(cursor.blockFormat())
        quoted = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0
        fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 0 if quoted else 1)
        fmt.setLeftMargin(0.0 if quoted else QUOTE_INDENT)
        cursor.mergeBlockFormat(fmt)
        self.textChanged.emit()

    def insert_link(self) -> None:
        cursor = self.textCursor()
        current = cursor.charFormat().anchorHref()
        address, accepted = type(self).ask_link(self, current)
        address = address.strip()
        if not accepted or not address:
            return
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(address)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(address, fmt)
        self.setTextCursor(cursor)

    # --- links open with Ctrl+click (http and https only) ---------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        href = self.anchorAt(event.position().toPoint())
        if href and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            open_url(href)
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Let our formatting shortcuts win over QTextEdit's own (Ctrl+K deletes a line)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(a.shortcut().matches(pressed) for a in self.actions_by_name.values()):
                event.ignore()
                return True
        return super().event(event)

"""The preview's text document, parsed from its HTML on the worker that read it.

``QTextBrowser.setHtml`` of a 300-recommendation submission (600 KB of HTML)
holds the GUI thread for about 50 ms, every time the preview refreshes after a
pause in typing. QTextDocument is reentrant: a worker may build one, so the
thread that read the preview also parses it and hands the document to the GUI
thread, which only sets it in the browser and lays it out a slice at a time
(:mod:`ui.paced_layout`). Nothing here touches a widget: what the document needs of the
browser (its font, its margin) is read on the GUI thread when the read is asked
for (:func:`DocumentStyle.of`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from ui.paced_layout import pace_layout
from workbench.preview import Preview


@dataclass(frozen=True)
class DocumentStyle:
    """What a document shown in a browser takes from it, copied on the GUI thread."""

    font: QFont
    margin: float

    @classmethod
    def of(cls, browser: QTextBrowser) -> DocumentStyle:
        document = browser.document()
        return cls(QFont(document.defaultFont()), document.documentMargin())


@dataclass(frozen=True)
class ParsedPreview:
    """A preview, and its HTML parsed unless it is the document already shown."""

    preview: Preview
    document: QTextDocument | None


def parsed_preview(preview: Preview, style: DocumentStyle, shown: str | None) -> ParsedPreview:
    """On the worker: ``preview`` with its document, parsed and handed to the GUI
    thread (``shown``: the HTML in the browser now, which is not parsed again)."""
    if preview.html == shown:
        return ParsedPreview(preview, None)
    document = QTextDocument()
    document.setDefaultFont(style.font)
    document.setDocumentMargin(style.margin)
    document.setHtml(preview.html)
    application = QCoreApplication.instance()
    assert application is not None
    document.moveToThread(application.thread())  # only its own thread may hand it on
    return ParsedPreview(preview, document)


def show_document(browser: QTextBrowser, document: QTextDocument) -> None:
    """Show ``document`` in ``browser``, which owns it from here and lays it out
    a few milliseconds at a time (:func:`pace_layout`); the document
    shown before, if it was given so, is deleted (the browser deletes only its
    own first document, whatever Qt's documentation says of its children)."""
    previous = browser.document()
    given = previous.parent() is browser  # else the browser's own, which it deletes now
    document.setParent(browser)
    browser.setDocument(document)
    pace_layout(document)
    if given:
        previous.deleteLater()

"""The preview's document is parsed on the worker that read it and shown on the GUI
thread as setHtml would have shown it; each document replaced is deleted."""

from __future__ import annotations

import threading
import uuid

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from tests.ui.submissions import open_submission, refreshed
from ui.main_window import MainWindow
from ui.paced_layout import LayoutPace
from ui.submission.preview_document import (
    DocumentStyle,
    ParsedPreview,
    parsed_preview,
    show_document,
)
from workbench.preview import Preview

HTML = (
    "<h1 id='rec-1'>Ұсыныстар</h1><p>Журналистің кәсіби қызметіне <b>кедергі</b> келтіру.</p>"
    "<p>Клевета исключена из Уголовного кодекса<sup>1</sup>.</p><ol><li>Бірінші</li></ol>"
)


def _preview(html: str) -> Preview:
    return Preview(uuid.uuid4(), "Ұсыныстар", "kk", "ru", [], html)


def _parsed_on_a_worker(preview: Preview, style: DocumentStyle, shown: str | None) -> ParsedPreview:
    results: list[ParsedPreview] = []
    worker = threading.Thread(target=lambda: results.append(parsed_preview(preview, style, shown)))
    worker.start()
    worker.join()
    return results[0]


def test_a_document_parsed_on_a_worker_is_the_one_set_html_makes(qtbot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setFont(QFont("DejaVu Serif", 13))
    parsed = _parsed_on_a_worker(_preview(HTML), DocumentStyle.of(browser), None)
    document = parsed.document
    assert document is not None
    assert document.thread() is QThread.currentThread()  # handed to the GUI thread
    expected = QTextDocument()
    expected.setDefaultFont(browser.document().defaultFont())
    expected.setHtml(HTML)
    assert document.toPlainText() == expected.toPlainText()
    assert document.toHtml() == expected.toHtml()
    assert document.defaultFont() == browser.document().defaultFont()


def test_the_document_shown_already_is_not_parsed_again(qtbot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    assert _parsed_on_a_worker(_preview(HTML), DocumentStyle.of(browser), HTML).document is None


def test_the_browser_owns_what_it_shows_and_deletes_what_it_showed(qtbot) -> None:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    style = DocumentStyle.of(browser)
    first = _parsed_on_a_worker(_preview(HTML), style, None).document
    second = _parsed_on_a_worker(_preview(HTML + "<p>Екінші</p>"), style, None).document
    assert first is not None and second is not None
    show_document(browser, first)
    assert browser.toPlainText().startswith("Ұсыныстар")
    deleted: list[bool] = []
    first.destroyed.connect(lambda: deleted.append(True))
    show_document(browser, second)
    assert browser.document() is second and second.parent() is browser
    qtbot.waitUntil(lambda: deleted == [True])
    assert browser.toPlainText().endswith("Екінші")


def test_the_panel_shows_documents_parsed_off_the_gui_thread(qtbot, window: MainWindow) -> None:
    submission_id, _builder = open_submission(window)
    assert window.view is not None and window.workspace is not None
    panel = window.view.document
    refreshed(qtbot, panel)
    assert panel.preview.document().parent() is panel.preview  # shown by show_document
    assert panel.preview.document().findChildren(LayoutPace)  # laid out a slice at a time
    window.workspace.library.update(submission_id, {"title": "Баяндама — новый заголовок"})
    panel.refresh()
    refreshed(qtbot, panel)
    assert panel.preview.document().parent() is panel.preview
    assert "Баяндама — новый заголовок" in panel.preview.toPlainText()

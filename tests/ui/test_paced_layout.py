"""A long document shown in a browser is laid out a slice at a time, not in
Qt's doubling steps, and still laid out to its end; after a resize too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from ui.paced_layout import MOST_STEP_CHARS, laid_out_up_to, pace_layout
from ui.submission.preview_document import show_document

PARAGRAPHS = (
    "<h2>Ұсыныс {n}</h2><p>Журналистің кәсіби қызметіне кедергі келтіргені үшін жауапкершілік "
    "нақтыланып, айыппұлдың мөлшері азайтылсын. Клевета исключена из Уголовного кодекса, "
    "а распространение заведомо ложной информации описано точно и соразмерно.</p>"
)
SLACK = 10_000
"""Qt lays out past the block asked for, to the end of its own chunk (a few
thousand characters)."""
LONG_HTML = "".join(PARAGRAPHS.format(n=n) for n in range(1_600))  # ~400,000 characters


class StepRecorder(QObject):
    """How far the layout had got at each of its timer events (installed after the
    pace, so it sees each event first)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.document = document
        self.reached: list[int] = []
        document.documentLayout().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.reached.append(laid_out_up_to(self.document))
        return False

    def longest_step(self) -> int:
        return max(b - a for a, b in zip(self.reached, self.reached[1:], strict=False))


def _browser(qtbot) -> QTextBrowser:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 600)
    browser.show()
    return browser


def _long_document() -> QTextDocument:
    document = QTextDocument()
    document.setHtml(LONG_HTML)
    assert document.characterCount() > 300_000
    return document


def _laid_out_whole(document: QTextDocument) -> bool:
    return laid_out_up_to(document) == document.characterCount()


def test_a_shown_preview_is_laid_out_in_slices_to_its_end(qtbot) -> None:
    browser = _browser(qtbot)
    document = _long_document()
    show_document(browser, document)
    recorder = StepRecorder(document)
    qtbot.waitUntil(lambda: _laid_out_whole(document), timeout=20_000)
    assert len(recorder.reached) > 5
    assert recorder.longest_step() <= MOST_STEP_CHARS + SLACK
    assert document.documentLayout().documentSize().height() > 10_000  # the whole of it


def test_qt_alone_lays_a_long_document_out_in_larger_steps(qtbot) -> None:
    """What the pace is for, and proof the measure above can fail."""
    browser = _browser(qtbot)
    document = _long_document()
    document.setParent(browser)
    browser.setDocument(document)
    recorder = StepRecorder(document)
    qtbot.waitUntil(lambda: _laid_out_whole(document), timeout=20_000)
    assert recorder.longest_step() > 2 * MOST_STEP_CHARS


def test_a_resized_browser_lays_its_document_out_again_in_slices(qtbot) -> None:
    browser = _browser(qtbot)
    document = _long_document()
    show_document(browser, document)
    qtbot.waitUntil(lambda: _laid_out_whole(document), timeout=20_000)
    browser.resize(500, 600)  # a new width: Qt lays the whole document out again
    qtbot.waitUntil(lambda: not _laid_out_whole(document), timeout=5_000)
    recorder = StepRecorder(document)
    qtbot.waitUntil(lambda: _laid_out_whole(document), timeout=20_000)
    assert recorder.longest_step() <= MOST_STEP_CHARS + SLACK


def test_how_far_a_document_is_laid_out(qtbot) -> None:
    document = _long_document()
    assert laid_out_up_to(document) == 0  # no layout asked for yet
    document.setTextWidth(600)
    document.documentLayout().blockBoundingRect(document.findBlock(50_000))
    reached = laid_out_up_to(document)
    assert 50_000 <= reached < document.characterCount()
    assert document.findBlock(reached - 1).layout().lineCount() > 0
    assert document.findBlock(reached).layout().lineCount() == 0


def test_html_set_into_a_paced_document_is_laid_out_in_slices(qtbot) -> None:
    """The preview panel sets short notices as HTML into the document it shows,
    and falls back to setHtml when a document could not be parsed ahead."""
    browser = _browser(qtbot)
    pace_layout(browser.document())
    browser.setHtml(LONG_HTML)
    recorder = StepRecorder(browser.document())
    qtbot.waitUntil(lambda: _laid_out_whole(browser.document()), timeout=20_000)
    assert recorder.longest_step() <= MOST_STEP_CHARS + SLACK

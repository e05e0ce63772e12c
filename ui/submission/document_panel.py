"""The document beside the editor: a live preview of a submission and its preflight.

The panel follows the record being edited: a submission shows itself; a
recommendation shows the submission holding it (the one already shown, if it
holds it). After every change it reads the document plan again, once the
edits pause (debounced), in the reader process (``workbench.reader_process``),
waited for on a worker thread (``ui.background_reads``): the plan, the
preflight and the HTML of a 300-recommendation submission take half a second
of Python, which would otherwise hold the window back after every pause in
typing (even on a worker thread, as Python runs one thread at a time). Only the
newest read is shown; the worker also parses its HTML into a text document
(``ui.submission.preview_document``); laying that out is left to the GUI
thread, and only while the preview is seen.

A submission exported side by side in two languages is previewed in either,
chosen above the preview (the document's labels and every translated text
follow), or side by side exactly as the export lays it out; the preflight
checks the first language, as before. The HTML comes from the export's own
walk of the document (``workbench.export.html``), so the preview numbers,
footnotes and bibliography are the exported file's.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.labels import untitled, value_label
from ui.paced_layout import pace_layout
from ui.submission.preflight_list import PreflightList
from ui.submission.preview_document import (
    DocumentStyle,
    ParsedPreview,
    parsed_preview,
    show_document,
)
from ui.workspace import Workspace
from workbench.changes import Changes
from workbench.errors import RecordNotFound
from workbench.preview import Preview
from workbench.records import RecordData

REFRESH_DELAY_MS = 300
FOLLOW_DELAY_MS = 150
"""How long another submission stays open before its document is read: going
through the list with the arrow keys starts no read per submission passed (each
takes up to a second of the reader process on a large one)."""
PREVIEW = "preview"
"""The name the panel's reads run under (see ui.background_reads)."""


class DocumentPanel(QTabWidget):
    open_requested = Signal(object)
    appeared = Signal()
    """The panel was hidden and now shows a submission: the window should make room."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_panel")
        self.setMinimumWidth(80)  # a splitter pane: the window may still be made small
        self.workspace = workspace
        self.submission_id: uuid.UUID | None = None
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._on_anchor)
        pace_layout(self.preview.document())  # its own, for the HTML set directly
        self.preflight = PreflightList(self)
        self.preflight.open_requested.connect(self.open_requested)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.preflight)
        self.addTab(self._preview_page(), self.tr("Preview"))
        self.addTab(page, self.tr("Preflight"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._pending_html: str | None = None
        self._pending_document: QTextDocument | None = None
        """The pending HTML, parsed on the worker that read it (ui.submission.preview_document)."""
        self._last_preview: Preview | None = None
        self._shown_html: str | None = None
        """The document in the preview now, not laid out again when it comes back the same."""
        self._anchor: str | None = None
        """Where the next document shown scrolls to (the recommendation opened)."""
        self.currentChanged.connect(lambda _index: self._show_pending_html())
        self.language_box.activated.connect(lambda _index: self.refresh())
        self.side_by_side.toggled.connect(self._on_side_by_side)
        workspace.changed.connect(self._on_changed)
        self._show_nothing()
        self.hide()  # until a submission is opened: the library alone needs the room

    def _preview_page(self) -> QWidget:
        """The preview under its language choice (shown for two-language submissions)."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language_row = QWidget(page)
        row = QHBoxLayout(self.language_row)
        row.setContentsMargins(4, 2, 4, 2)
        self._language_label = QLabel(self.language_row)
        self.language_box = QComboBox(self.language_row)
        self.language_box.setObjectName("preview_language")
        self._language_label.setBuddy(self.language_box)
        self.side_by_side = QCheckBox(self.language_row)
        self.side_by_side.setObjectName("preview_side_by_side")
        self._label_preview_page()
        row.addWidget(self._language_label)
        row.addWidget(self.language_box)
        row.addWidget(self.side_by_side)
        row.addStretch(1)
        self.language_row.hide()
        layout.addWidget(self.language_row)
        layout.addWidget(self.preview)
        return page

    def _label_preview_page(self) -> None:
        self._language_label.setText(self.tr("Language:"))
        self.side_by_side.setText(self.tr("Side by side"))
        self.side_by_side.setToolTip(self.tr("Both languages in two columns, as exported"))

    def retranslate(self) -> None:
        """Relabel in the interface language now installed: the findings and the
        heading are written again from what was last read (reading it again would
        hold the window back for as long as a refresh takes)."""
        self._label_preview_page()
        self.setTabText(0, self.tr("Preview"))
        self.preflight.retranslate()
        for index in range(self.language_box.count()):
            self.language_box.setItemText(index, value_label(self.language_box.itemData(index)))
        shown = self._last_preview
        if self.submission_id is None:
            self._show_nothing()
        elif shown is not None and shown.submission_id == self.submission_id:
            self._show_preview(ParsedPreview(shown, None))  # a document pending stays so
        else:
            self.refresh()

    def _offer_languages(self, first: str, second: str | None) -> str:
        """Fill the choice with the document's languages; the one to preview in."""
        languages = [first] if second in (None, first) else [first, second]
        chosen = self.language_box.currentData()
        if [self.language_box.itemData(i) for i in range(self.language_box.count())] != languages:
            self.language_box.clear()
            for language in languages:
                self.language_box.addItem(value_label(language), language)
        index = self.language_box.findData(chosen)
        self.language_box.setCurrentIndex(max(index, 0))
        self.language_row.setVisible(len(languages) > 1)
        return str(self.language_box.currentData())

    def follow(self, record: RecordData | None) -> None:
        """Show the submission the user is working on, judging by the record they opened."""
        if record is None:
            return
        if record.kind == "submission":
            self.set_submission(record.id)
        elif record.kind == "recommendation":
            holders = self.workspace.services.documents.holding(record.id)
            if holders and self.submission_id not in holders:
                self.set_submission(holders[0])
            if self.submission_id in holders:
                self.show_recommendation(record.id)

    def show_recommendation(self, recommendation_id: uuid.UUID) -> None:
        """Scroll the preview to a recommendation (its heading's anchor): once the
        panel has its size (it may have just appeared), or the anchor is found in a
        layout about to change."""
        anchor = f"rec-{recommendation_id}"
        if self.refreshing or self._pending_html is not None:
            self._anchor = anchor  # again once the document coming is shown
        QTimer.singleShot(0, lambda: self.preview.scrollToAnchor(anchor))

    def set_submission(self, submission_id: uuid.UUID | None) -> None:
        if submission_id != self.submission_id:
            self.submission_id = submission_id
            if submission_id is None:
                self.refresh()
            else:
                self._timer.start(FOLLOW_DELAY_MS)
        appearing = self.isHidden() and self.submission_id is not None
        self.setVisible(self.submission_id is not None)
        if appearing:
            self.appeared.emit()

    def refresh(self) -> None:
        """Read the plan and the findings again, now, on a worker; shown when read."""
        self._timer.stop()
        if self.submission_id is None:
            self._show_nothing()
            return
        documents, submission = self.workspace.services.documents, self.submission_id
        language, side = self.language_box.currentData(), self.side_by_side.isChecked()
        style, shown = DocumentStyle.of(self.preview), self._shown_html
        self.workspace.reads.request(
            PREVIEW,
            lambda _progress: parsed_preview(
                documents.preview(submission, language, side), style, shown
            ),
            self._show_preview,
            self._show_failure,
        )

    @property
    def refreshing(self) -> bool:
        """Whether a refresh is being read (tests wait for it to end)."""
        return self.workspace.reads.busy(PREVIEW) or self._timer.isActive()

    def _show_preview(self, parsed: ParsedPreview) -> None:
        preview = parsed.preview
        if preview.submission_id != self.submission_id:
            return
        self._last_preview = preview
        findings = preview.findings
        self._offer_languages(preview.language, preview.second_language)
        # Laying out the same document again is a stall; one parsed already is kept.
        new = parsed.document is not None or preview.html != self._pending_html
        if preview.html != self._shown_html and new:
            self._pending_html, self._pending_document = preview.html, parsed.document
        if self.currentIndex() == 0:
            self._show_pending_html()
        self.preflight.set_findings(findings)
        problems = sum(1 for f in findings if f.severity != "info")
        self.heading.setText(
            self.tr("“%s”: %d to fix, %d notes")
            % (preview.title or untitled(), problems, len(findings) - problems)
        )
        self.setTabText(1, self.tr("Preflight (%d)") % len(findings))  # as many as listed

    def _show_failure(self, error: BaseException) -> None:
        """The submission is gone (deleted, or undone): nothing to show. Anything else
        is said in the panel rather than in a message box, as a refresh follows typing."""
        self._show_nothing()
        if isinstance(error, RecordNotFound):
            self.submission_id = None
            return
        text = self.tr("The document could not be read (%s). The log file has the details.")
        self.heading.setText(text % type(error).__name__)

    def _on_side_by_side(self, checked: bool) -> None:
        """Both columns make a choice of one language moot."""
        self.language_box.setEnabled(not checked)
        self.refresh()

    def _show_pending_html(self) -> None:
        """Lay the preview out only when it is seen: on long submissions that is most of
        a refresh's time (see benchmarks/preview_benchmark.py)."""
        if self._pending_html is not None:
            bar = self.preview.verticalScrollBar()
            position = bar.value()
            if self._pending_document is not None:
                show_document(self.preview, self._pending_document)
            else:
                self.preview.setHtml(self._pending_html)
            bar.setValue(position)
            self._shown_html, self._pending_html = self._pending_html, None
            self._pending_document = None
        elif self._shown_html is None:
            return  # nothing to scroll in yet
        if self._anchor is not None:
            anchor, self._anchor = self._anchor, None
            QTimer.singleShot(0, lambda: self.preview.scrollToAnchor(anchor))

    def _show_nothing(self) -> None:
        self._pending_html = self._shown_html = self._last_preview = None
        self._pending_document = None
        self.language_row.hide()
        hint = self.tr("Open a submission to see its document here.")
        self.preview.setHtml(f"<p><i>{hint}</i></p>")
        self.preflight.clear()
        self.heading.setText("")
        self.setTabText(1, self.tr("Preflight"))

    def _on_changed(self, _change: Changes) -> None:
        if self.submission_id is not None:
            self._timer.start(REFRESH_DELAY_MS)

    def _on_anchor(self, url: object) -> None:
        fragment = getattr(url, "fragment", lambda: "")()
        if fragment.startswith("rec-"):
            try:
                self.open_requested.emit(uuid.UUID(fragment[4:]))
            except ValueError:
                return
        elif fragment:
            self.preview.scrollToAnchor(fragment)

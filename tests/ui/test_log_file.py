"""The app's log: a day's work leaves no record text in it, and the warnings of the
project layer reach the user in the status bar."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.submissions import open_submission
from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow
from workbench.errors import InvalidField

SECRET = "Құпия айғақ: Иванова М. показала, что её уволили"


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks takes ASCII only)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_editing_exporting_and_failing_leave_no_record_text_in_the_log(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, log_file: Path
) -> None:
    monkeypatch.setattr(ExportDialog, "open_file", staticmethod(lambda _path: True))
    assert window.workspace is not None and window.view is not None
    record_id = window.new_record("tag")
    assert record_id is not None
    _type(window.view.editor.field("name").input, SECRET)
    window.view.editor.flush()
    assert window.workspace.library.get(record_id).fields["name"] == SECRET
    window.workspace.report(InvalidField("tag", "name", f"refused {SECRET!r}"))
    window.undo_action.trigger()
    window.redo_action.trigger()

    submission, _builder = open_submission(window)
    title = window.view.editor.field("title")
    title.input.selectAll()
    _type(title.input, SECRET)
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.docx"))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000) as signal:
        assert window.view is not None
        window.view.editor.flush()
        dialog.start()
    assert signal.args[0] is not None
    window.close()  # purges deleted text, closes the project

    text = log_file.read_text(encoding="utf-8")
    assert "export" in text and "change refused" in text
    for word in SECRET.split():
        assert word not in text, word


def test_a_core_warning_shows_in_the_status_bar_from_any_thread(qtbot, window: MainWindow) -> None:
    def worker() -> None:
        logging.getLogger("workbench.project").warning(
            "could not purge deleted text from %s: %s",
            Path("/home/aigerim/Құжаттар/Жоба.wbproj"),
            ValueError(SECRET),
        )

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "Deleted text is still inside “Жоба.wbproj”" in bar.currentMessage())
    assert "aigerim" not in bar.currentMessage()  # the file by its name
    assert "The log file has the details" in bar.currentMessage()
    assert "builtins.ValueError" in bar.currentMessage()
    assert SECRET not in bar.currentMessage()  # an error by its type, not its message


def test_a_core_warning_reads_in_the_interface_language(qtbot, window: MainWindow) -> None:
    from ui.translations import install_language

    install_language("kk")
    try:
        logging.getLogger("workbench.backups").warning(
            "skipping damaged backup %s", Path("/tmp/Жоба-2026.wbproj")
        )
        bar = window.statusBar()
        qtbot.waitUntil(lambda: "Бүлінген «Жоба-2026.wbproj»" in bar.currentMessage())
    finally:
        install_language("en")


def test_warnings_of_the_window_itself_are_not_repeated_there(window: MainWindow) -> None:
    logging.getLogger("ui.workspace").warning("change refused: %s", "x")
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == ""

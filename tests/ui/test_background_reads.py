"""Reads moved off the GUI thread: only the newest outcome is shown, a closed
project's late outcome is dropped, failures reach their handler, and the preview
shows the submission it was asked for."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication

from tests.ui.submissions import open_submission, settled
from ui.background_reads import BackgroundReads
from ui.main_window import MainWindow
from ui.runner import Task
from ui.submission.document_panel import PREVIEW
from ui.undo import DeleteRecord

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)


def _held(gate: threading.Event, value: object):  # type: ignore[no-untyped-def]
    def work(_progress: object) -> object:
        assert gate.wait(10), "the test never let the work finish"
        return value

    return work


def test_only_the_newest_outcome_is_handed_over(qtbot) -> None:
    reads = BackgroundReads()
    gate, ran, shown = threading.Event(), [], []

    def counted(value: str):  # type: ignore[no-untyped-def]
        def work(_progress: object) -> str:
            ran.append(value)
            return value

        return work

    reads.request("preview", _held(gate, "first"), shown.append, pytest.fail)
    reads.request("preview", counted("second"), shown.append, pytest.fail)
    reads.request("preview", counted("third"), shown.append, pytest.fail)
    assert reads.busy("preview")
    gate.set()
    qtbot.waitUntil(lambda: not reads.busy("preview"), timeout=5000)
    assert shown == ["third"]
    assert ran == ["third"], "a request replaced before it started never runs"


def test_names_do_not_replace_each_other(qtbot) -> None:
    reads = BackgroundReads()
    shown: list[str] = []
    reads.request("preview", lambda _p: "preview", shown.append, pytest.fail)
    reads.request("counts", lambda _p: "counts", shown.append, pytest.fail)
    qtbot.waitUntil(lambda: not reads.busy("preview") and not reads.busy("counts"))
    assert sorted(shown) == ["counts", "preview"]


def test_a_task_handed_over_is_held_by_the_application_until_it_ends(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its thread may still be ending when its outcome arrives: were it still this
    object's child, deleting the object then would destroy a running thread, and Qt
    aborts the process (it did once in a full run, at the end of a test here)."""
    release = threading.Event()

    class Lingering(Task):  # ends its thread only when told, after handing over
        def run(self) -> None:
            super().run()
            release.wait(10)

    monkeypatch.setattr("ui.background_reads.Task", Lingering)
    reads = BackgroundReads()
    shown: list[str] = []
    reads.request("preview", lambda _p: "preview", shown.append, pytest.fail)
    qtbot.waitUntil(lambda: shown == ["preview"])
    [task] = [t for t in (*reads.children(), *QCoreApplication.instance().children())
              if isinstance(t, Lingering)]  # fmt: skip
    assert task.isRunning() and task.parent() is QCoreApplication.instance()
    shiboken6.delete(reads)  # the view goes while the thread still ends: no abort
    release.set()  # then it ends, and deletes itself
    app = QCoreApplication.instance()
    qtbot.waitUntil(lambda: not any(isinstance(c, Lingering) for c in app.children()))


def test_a_failure_reaches_the_failed_handler(qtbot) -> None:
    reads = BackgroundReads()
    failures: list[BaseException] = []

    def broken(_progress: object) -> object:
        raise OSError("disk gone")

    reads.request("preview", broken, pytest.fail, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError)


def test_stopping_drops_the_outcome_of_the_running_read(qtbot) -> None:
    """The project closes while a read runs: stop waits for it, hands nothing over,
    and takes no more requests."""
    reads = BackgroundReads()
    gate, shown = threading.Event(), []
    reads.request("preview", _held(gate, "late"), shown.append, shown.append)
    threading.Timer(0.2, gate.set).start()
    reads.stop()
    reads.request("preview", lambda _p: "after", shown.append, shown.append)
    qtbot.wait(300)
    assert shown == []
    assert not reads.busy("preview")


def test_the_preview_shows_the_submission_asked_for_last(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None and window.view is not None
    first, _builder = open_submission(window)
    library = window.workspace.library
    other = library.create("submission", {"title": "Второе обращение в Мажилис"})
    panel = window.view.document
    settled(qtbot, panel)
    panel.set_submission(first)
    panel.set_submission(other.id)  # before the first read is shown
    settled(qtbot, panel)
    assert "Второе обращение в Мажилис" in panel.preview.toPlainText()
    assert panel.heading.text().startswith("“Второе обращение в Мажилис”")


def test_a_submission_deleted_while_shown_empties_the_preview(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None and window.view is not None
    submission, _builder = open_submission(window)
    panel = window.view.document
    settled(qtbot, panel)
    assert panel.preflight.findings.rowCount() > 0
    record = window.workspace.library.get(submission)
    window.workspace.push(DeleteRecord(window.workspace, record))
    panel.refresh()
    settled(qtbot, panel)
    assert panel.submission_id is None
    assert panel.preflight.findings.rowCount() == 0


def test_closing_the_project_while_the_preview_reads_drops_it(qtbot, window: MainWindow) -> None:
    assert window.view is not None
    open_submission(window)
    panel = window.view.document
    settled(qtbot, panel)
    panel.refresh()  # a read is running as the project closes
    window.close_project()
    qtbot.wait(200)
    assert window.workspace is None


def test_submissions_passed_on_the_way_are_not_read(qtbot, window: MainWindow) -> None:
    """Going through submissions with the arrow keys reads only the one stopped at."""
    assert window.workspace is not None and window.view is not None
    first, _builder = open_submission(window)
    other = window.workspace.library.create("submission", {"title": "Екінші өтініш"})
    panel = window.view.document
    settled(qtbot, panel)
    panel.set_submission(other.id)
    panel.set_submission(first)
    assert panel.refreshing and not window.workspace.reads.busy(PREVIEW)
    panel.set_submission(other.id)
    settled(qtbot, panel)
    assert panel.heading.text().startswith("“Екінші өтініш”")

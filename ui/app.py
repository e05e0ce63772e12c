"""Start the application: logging, QApplication, translations, the main window, a project."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.icons import icon
from ui.main_window import MainWindow
from ui.project_closing import wait_for_closes
from ui.translations import install_language
from workbench.logs import log_uncaught, setup_logging
from workbench.paths import AppPaths
from workbench.settings import Settings, load_settings

log = logging.getLogger(__name__)

EXIT_AFTER_FIRST_PAINT = "WORKBENCH_EXIT_AFTER_FIRST_PAINT"
"""When this is "1", the app prints ``painted`` once its window's first paint is on
screen, then quits: how benchmarks/bundle_benchmark.py times a cold start of the
bundled app, which runs no script of the benchmark's own."""


SERIAL_PAINTING = ("QT_NO_GUI_THREADPOOL", "1")
"""Qt's raster engine paints on the GUI thread alone. Left to itself it hands any
fill of 96 spans or more to a pool of threads and waits for them: on a two-core
laptop with the reader process rendering an export beside the window, the pool's
threads waited for a core, and the window with them (a native profile of the
export dialog's first repaint found the GUI thread waiting on the pool's latch)."""


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, made if there is none (tests share pytest-qt's)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault(*SERIAL_PAINTING)  # read once, when Qt first paints
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Workbench")
    app.setOrganizationName("Workbench")
    app.setWindowIcon(icon("app"))
    return app


def install_translations(app: QApplication, settings: Settings) -> str:
    """Qt's own strings and ours in the interface language (the system's unless
    chosen in settings); returns the language shown."""
    return install_language(settings.interface_language)


def build_window(project: Path | None, paths: AppPaths | None = None) -> MainWindow:
    """The main window with ``project`` open (or the welcome page if it cannot be)."""
    paths = paths or AppPaths.from_environment()
    settings = load_settings(paths)
    app = application()
    install_translations(app, settings)
    window = MainWindow(paths, settings)
    if project is not None:
        window.open_project(project)
    return window


def launch(
    project: Path | None, paths: AppPaths | None = None, share: Path | None = None
) -> MainWindow:
    """The window on screen at once, then ``project`` opened in it: what ``workbench`` does
    (``share``: a bundle to offer for merging once it is open).

    Unlike :func:`build_window`, nothing waits for the project: it opens
    after the window's first paint (see :meth:`MainWindow.open_in_background`).
    Later launches hand their files to this window from then on
    (:mod:`ui.single_instance`).
    """
    paths = paths or AppPaths.from_environment()
    window = build_window(None, paths)
    AfterFirstPaint(window, lambda: _after_first_paint(window, paths))
    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        AfterFirstPaint(window, _report_first_paint_and_quit)
    if project is not None:
        window.open_in_background(project)
    if share is not None:
        window.receive_file(share)
    window.show()
    return window


def _report_first_paint_and_quit() -> None:
    print("painted", flush=True)
    QApplication.quit()


def _after_first_paint(window: MainWindow, paths: AppPaths) -> None:
    setup_logging(paths)
    log.info("the app starts")
    from ui.single_instance import InstanceServer

    server = InstanceServer(paths, window)
    server.received.connect(window.receive_file)
    server.listen()


class AfterFirstPaint(QObject):
    """Runs ``callback`` once ``window`` has painted for the first time and that paint
    is on screen: two turns of the event loop later, after whatever the paint itself
    queued (the project's opening starts on a worker in the first).

    The log file is set up this way: its rotating handler's module (and its socket
    and pickle imports) would otherwise delay the first window by about 10 ms.
    Nothing is logged before it: the window has only been built, and the opening
    ends (and is logged) long after.
    """

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._callback))
        return False


def run_app(project: Path | None, paths: AppPaths | None = None, share: Path | None = None) -> int:
    """Show the window and run until it is closed; the exit code for the command line."""
    app = application()
    window = launch(project, paths, share)
    previous_hook = sys.excepthook

    def log_then_report(*uncaught: Any) -> None:  # an exception no slot caught
        log_uncaught(*uncaught)
        previous_hook(*uncaught)

    sys.excepthook = log_then_report
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    window.deleteLater()  # referenced until here: an unreferenced window would be collected
    wait_for_closes()  # the project closed as the window did, with the window gone
    return code

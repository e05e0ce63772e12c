"""Start the application: QApplication, translations, the main window, a project."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resources import resource
from ui.icons import icon
from ui.main_window import MainWindow
from workbench.paths import AppPaths
from workbench.settings import Settings, load_settings

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, made if there is none (tests share pytest-qt's)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Workbench")
    app.setOrganizationName("Workbench")
    app.setWindowIcon(icon("app"))
    return app


def install_translations(app: QApplication, settings: Settings) -> list[QTranslator]:
    """Qt's own strings and ours in the interface language, where translations exist."""
    language = settings.interface_language
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = resource("translations", f"workbench_{language}.qm")
    if ours.is_file():
        own = QTranslator(app)
        if own.load(ours.read_bytes()):
            app.installTranslator(own)
            installed.append(own)
    return installed


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


def run_app(project: Path | None, paths: AppPaths | None = None) -> int:
    """Show the window and run until it is closed; the exit code for the command line."""
    app = application()
    window = build_window(project, paths)
    window.show()
    return app.exec()

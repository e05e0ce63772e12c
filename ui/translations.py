"""The interface language: Qt's translators for our strings and Qt's own.

Our strings are compiled from ``resources/translations/workbench_LANG.ts``
(see tools/translations.py); Qt's standard buttons and dialogs use the
``qtbase_LANG.qm`` that PySide6 ships. Switching language removes the
translators installed before, so a language can change while the app runs:
Qt then sends every widget a LanguageChange event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource
from workbench.settings import INTERFACE_LANGUAGES

_installed: list[QTranslator] = []
_data: dict[QTranslator, bytes] = {}


def system_language() -> str:
    """The system locale's language if we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else "en"


def effective_language(chosen: str) -> str:
    """The language to show: the one chosen in settings, or the system's if none is."""
    return chosen if chosen in INTERFACE_LANGUAGES else system_language()


def install_language(language: str, extra: QTranslator | None = None) -> str:
    """Show the interface in ``language`` (a code, or "" for the system's); returns it.

    ``extra`` is installed last (so it wins): the pseudo-translation test uses it.
    """
    app = QCoreApplication.instance()
    language = effective_language(language)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _data.clear()
    QLocale.setDefault(QLocale(language))
    if language != "en":
        qt = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", path):
            _installed.append(qt)
        ours = resource("translations", f"workbench_{language}.qm")
        own = QTranslator(app)
        if ours.is_file():
            # QTranslator reads the data in place, never copying it: keep it alive.
            data = ours.read_bytes()
            if own.load(data):
                _data[own] = data
                _installed.append(own)
    if extra is not None:
        _installed.append(extra)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return language


def current_translators() -> tuple[QTranslator, ...]:
    return tuple(_installed)

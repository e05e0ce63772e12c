"""Warnings the core layers log, shown to the user in the window's status bar.

The project layer cannot show anything (it never imports Qt), so a problem it
works around rather than raises (deleted text not purged from the file, no
backup made on open) is a WARNING record on a ``workbench`` or ``db`` logger.
:class:`NoticeHandler` passes such records to the window, on the GUI thread
whichever thread logged them. What the UI itself logs it also shows itself,
so its records are not repeated. A warning the core knows to give is shown in
the interface language (:data:`NOTICE_WORDS`, keyed by the log's own English
template), its files by name; any other as
:func:`workbench.logs.safe_message` renders it: it names the problem and the
file, never an error's own message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.labels import QT_TRANSLATE_NOOP
from workbench.logs import describe_error, safe_message

NOTICE_WORDS = {
    "could not back up %s on open: %s": QT_TRANSLATE_NOOP(
        "Notices", "No backup of “%s” was made on opening it: %s"
    ),
    "skipping damaged backup %s": QT_TRANSLATE_NOOP(
        "Notices", "The damaged backup “%s” was passed over"
    ),
    "ignoring settings %s: %s": QT_TRANSLATE_NOOP(
        "Notices", "Your settings (“%s”) could not be read (%s); the defaults are used"
    ),
    "ignoring unreadable settings: %s": QT_TRANSLATE_NOOP(
        "Notices", "Your settings could not be read (%s); the defaults are used"
    ),
    "could not purge deleted text from %s: %s": QT_TRANSLATE_NOOP(
        "Notices", "Deleted text is still inside “%s”: the file could not be compacted (%s)"
    ),
    "could not sync folder %s after a rename: %s": QT_TRANSLATE_NOOP(
        "Notices", "The folder “%s” could not be synced after saving (%s)"
    ),
}
"""The core's warnings (their English log templates) as the user reads them."""


def notice_text(record: logging.LogRecord) -> str:
    """A warning in the interface language, files named by their name alone."""
    words = NOTICE_WORDS.get(str(record.msg))
    args = record.args if isinstance(record.args, tuple) else ()
    if words is None or len(args) != words.count("%s"):
        return safe_message(record)
    shown = tuple(_shown(value) for value in args)
    return QCoreApplication.translate("Notices", words) % shown


def _shown(value: object) -> str:
    if isinstance(value, BaseException):
        return describe_error(value)
    if isinstance(value, PurePath):
        return value.name
    return str(value)


CORE_LOGGERS = ("workbench", "db")


class NoticeRelay(QObject):
    """Carries a notice from any thread to the GUI thread (a queued signal)."""

    notice = Signal(str)


class NoticeHandler(logging.Handler):
    def __init__(self, relay: NoticeRelay) -> None:
        super().__init__(logging.WARNING)
        self.relay = relay

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.relay.notice.emit(notice_text(record))
        except Exception:  # the window went away meanwhile
            self.handleError(record)


def relay_notices(receiver: QObject, show: Callable[[str], None]) -> NoticeHandler:
    """Show core warnings with ``show(text)`` for as long as ``receiver`` lives."""
    relay = NoticeRelay(receiver)
    relay.notice.connect(show)
    handler = NoticeHandler(relay)
    loggers = [logging.getLogger(name) for name in CORE_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)

    def detach() -> None:
        for logger in loggers:
            logger.removeHandler(handler)

    receiver.destroyed.connect(detach)
    return handler

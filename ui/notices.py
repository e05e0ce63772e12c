"""Warnings the core layers log, shown to the user in the window's status bar.

The project layer cannot show anything (it never imports Qt), so a problem it
works around rather than raises (deleted text not purged from the file, no
backup made on open) is a WARNING record on a ``workbench`` or ``db`` logger.
:class:`NoticeHandler` passes such records to the window, on the GUI thread
whichever thread logged them. What the UI itself logs it also shows itself,
so its records are not repeated. The text shown is the record's message as
:func:`workbench.logs.safe_message` renders it: it names the problem and the
file, never an error's own message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from workbench.logs import safe_message

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
            self.relay.notice.emit(safe_message(record))
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

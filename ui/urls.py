"""Opening web addresses: only http and https ever reach the browser.

A record's URL is typed or pasted by anyone (and arrives with merged work),
so ``file:``, ``javascript:``, custom schemes and the like are refused rather
than handed to the desktop, which might run them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

ALLOWED_SCHEMES = ("http", "https")

opener: Callable[[QUrl], object] = QDesktopServices.openUrl
"""What actually opens a URL; tests replace it."""


def is_openable(text: str) -> bool:
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme().lower() in ALLOWED_SCHEMES and bool(url.host())


def open_url(text: str) -> bool:
    """Open ``text`` in the browser if it is an http(s) address; False if refused."""
    if not is_openable(text):
        return False
    opener(QUrl(text.strip(), QUrl.ParsingMode.StrictMode))
    return True

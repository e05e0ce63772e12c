"""How field values look in lists: dates as ISO, vocabulary as words."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.labels import value_label


def display_value(value: Any, *, choice: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "yes") if value else ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return value_label(text) if choice and text else text.replace("\n", " ")

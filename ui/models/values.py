"""How field values look in lists and editors: dates and times as the interface
language writes them (QLocale's default, set with the language), vocabulary as words."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ui.labels import value_label


def display_value(value: Any, *, choice: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Values", "yes") if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    text = str(value)
    return value_label(text) if choice and text else text.replace("\n", " ")


def format_datetime(value: datetime) -> str:
    """A moment in the user's time zone, written the interface language's short way."""
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_date(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )

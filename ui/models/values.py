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


DATE_FORMAT = "d MMM yyyy"
"""One way to write a date in every list, in every language: "1 Sep 2023",
"1 сент. 2023", "1 қыр. 2023". A locale's short format is ambiguous (English's
is the American 9/1/23) and differs between languages (04.12.26)."""


def format_datetime(value: datetime) -> str:
    """A moment in the user's time zone: its date as :data:`DATE_FORMAT`, then the time."""
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, f"{DATE_FORMAT}, HH:mm")


def format_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)

"""Dates as a document in each language writes them ("1 September 2023",
"1 сентября 2023 г.", "2023 жылғы 1 қыркүйек")."""

from __future__ import annotations

from datetime import date

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря",
    ),
    "kk": (
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
        "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
    ),
}  # fmt: skip


def long_date(iso: str, language: str) -> str:
    """The date written out; an empty or unparsable value is returned as it is."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if language == "ru":
        return f"{day.day} {month} {day.year} г."
    if language == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{day.day} {month} {day.year}"

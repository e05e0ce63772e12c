"""Dates as a document in each language writes them ("1 September 2023",
"1 сентября 2023 г.", "2023 жылғы 1 қыркүйек"), to the precision they are known:
a day, a month ("2023-08": "August 2023") or a year ("2023")."""

from __future__ import annotations

import re
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


_STANDALONE_MONTHS = {
    "en": _MONTHS["en"],
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
        "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
    "kk": _MONTHS["kk"],
}  # fmt: skip
"""A month named alone ("август 2023 г."), where Russian does not decline it."""

_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


def written_date(text: str, language: str) -> str:
    """A date given in text as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, written out
    to that precision in ``language``; any other text as it is (a source's "n.d.")."""
    text = text.strip()
    if _YEAR.fullmatch(text):
        return {"ru": f"{text} г.", "kk": f"{text} жыл"}.get(language, text)
    month = _YEAR_MONTH.fullmatch(text)
    if month and 1 <= int(month.group(2)) <= 12:
        name = _STANDALONE_MONTHS.get(language, _MONTHS["en"])[int(month.group(2)) - 1]
        year = month.group(1)
        if language == "ru":
            return f"{name} {year} г."
        if language == "kk":
            return f"{year} жылғы {name}"
        return f"{name} {year}"
    return long_date(text, language)


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


def parsed_date(text: str) -> str:
    """The ISO date a written one names ("1 сентября 2023 г.", "2023 жылғы 1
    қыркүйек", "September 1, 2023", "01.09.2023", "2023-09-01"), or "" when it
    names no day: the inverse of :func:`long_date`, in any of the languages."""
    text = text.strip().casefold()
    if found := _ISO_DAY.search(text):
        return _iso(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    if found := _DOTTED_DAY.search(text):
        return _iso(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    for names in _MONTHS.values():
        for number, name in enumerate(names, 1):
            name = name.casefold()
            for pattern in _WRITTEN_DAY:
                found = re.search(pattern.format(month=re.escape(name)), text)
                if found:
                    return _iso(int(found.group("year")), number, int(found.group("day")))
    return ""


_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DOTTED_DAY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_WRITTEN_DAY = (
    r"(?<!\d)(?P<day>\d{{1,2}})\s+{month}\s+(?P<year>\d{{4}})",
    r"{month}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})",
    r"(?P<year>\d{{4}})\s+жылғы\s+(?P<day>\d{{1,2}})\s+{month}",
)


def _iso(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def parsed_written_date(text: str) -> str:
    """What :func:`written_date` wrote, read back: ``YYYY-MM-DD``, ``YYYY-MM``
    ("июль 2011 г.", "2011 жылғы шілде", "July 2011") or ``YYYY`` ("2023 г."), or ""."""
    day = parsed_date(text)
    if day:
        return day
    plain = text.strip().casefold().rstrip(".").removesuffix(" г").removesuffix(" жыл").strip()
    if _YEAR.fullmatch(plain):
        return plain
    for names in (*_MONTHS.values(), *_STANDALONE_MONTHS.values()):
        for number, name in enumerate(names, 1):
            name = name.casefold()
            for pattern in (rf"^{name}\s+(\d{{4}})$", rf"^(\d{{4}})\s+жылғы\s+{name}$"):
                if found := re.match(pattern, plain):
                    return f"{found.group(1)}-{number:02d}"
    return ""

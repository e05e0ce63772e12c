"""Column types that keep the database portable and the Python side typed.

UUIDs are stored as their canonical 36-character text (readable in any SQLite
browser, identical across dialects), and datetimes always come back as
timezone-aware UTC so no caller has to guess what a naive time meant.
"""

from __future__ import annotations

import functools
import re
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Dialect, String
from sqlalchemy.types import TypeDecorator


class GUID(TypeDecorator[uuid.UUID]):
    """A UUID kept as canonical lowercase text."""

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(str(value))
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        return None if value is None else _parsed_uuid(value)


@functools.lru_cache(maxsize=32_768)
def _parsed_uuid(text: str) -> uuid.UUID:
    """The UUID a stored id reads as, remembered: reads name the same ids again and
    again (a record's own, then as its links' owner and target), and parsing one
    costs more than finding it here (a 300-recommendation preview parsed 51,000
    ids, a third of the time it took to read). UUIDs are immutable, so sharing
    one object between reads is safe; 32,768 of them take about 6 MB."""
    return uuid.UUID(text)


STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00")
"""A time written exactly as :class:`UTCDateTime` stores it (once it parses): the
form interchange documents write too."""

STORED_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date written exactly as :class:`ISODate` stores it (once it parses)."""


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as ISO 8601 text with microseconds.

    Text (rather than the dialect's DATETIME) sorts correctly in SQLite and
    round-trips through the interchange format without loss.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware UTC time")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


class ISODate(TypeDecorator[date]):
    """A calendar date stored as ISO text (YYYY-MM-DD)."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            raise TypeError(f"expected date, got {type(value).__name__}")
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)

"""Text Word can hold.

A DOCX is XML 1.0: control characters (other than tab, line feed and
carriage return), the non-characters U+FFFE and U+FFFF and unpaired
surrogates cannot be stored. They are dropped, counted and reported, never a
crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_UNHOLDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def unholdable_characters(text: str) -> list[str]:
    return _UNHOLDABLE.findall(text)


def has_unholdable_characters(text: str) -> bool:
    return _UNHOLDABLE.search(text) is not None


def holdable(text: str) -> str:
    return _UNHOLDABLE.sub("", text)


@dataclass
class DroppedCharacters:
    """Where characters were dropped, for the export report."""

    places: dict[str, int] = field(default_factory=dict)

    def clean(self, text: str, where: str) -> str:
        found = _UNHOLDABLE.findall(text)
        if not found:
            return text
        self.places[where] = self.places.get(where, 0) + len(found)
        return _UNHOLDABLE.sub("", text)

    @property
    def total(self) -> int:
        return sum(self.places.values())

"""Alphabetical order as each document language has it, without ICU or Qt.

Python compares strings by code point, which puts the Kazakh letters (ә, ғ,
қ, ң, ө, ұ, ү, һ, і) after я and ё after я as well. Lists a reader checks
by eye (abbreviations, bibliography, record lists) must follow the
alphabet instead:

* Kazakh: а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч
  ш щ ъ ы і ь э ю я;
* Russian: the same order for the letters it has, with ё sorted as е
  (told apart only when all else is equal), as Russian dictionaries do;
* English: a to z.

Letters of the language's own script come before letters of other
scripts; runs of digits compare as numbers (art. 9 before art. 14); case
and accents only break ties.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
LATIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

_CYRILLIC_ORDER = {letter: i for i, letter in enumerate(KAZAKH_ALPHABET)}
_LATIN_ORDER = {letter: i for i, letter in enumerate(LATIN_ALPHABET)}
_RUSSIAN_PRIMARY = {**_CYRILLIC_ORDER, "ё": _CYRILLIC_ORDER["е"]}
_RUNS = re.compile(r"([0-9]+)|([^0-9]+)")

SortKey = tuple[str, str, str]


def _letter(char: str) -> tuple[str, int]:
    """The base letter of ``char`` and a secondary weight for its accent.

    Cyrillic й and ё are letters of their own, not и and е with marks, so
    they are kept whole; Latin é falls back to e.
    """
    if char in _CYRILLIC_ORDER or char in _LATIN_ORDER:
        return char, 0
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    if base != char and (base in _LATIN_ORDER or base in _CYRILLIC_ORDER):
        return base, 1 + sum(ord(mark) for mark in decomposed[1:]) % 1000
    return char, 0


def _weights(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """(own script, other script) orders for ``language``."""
    if language == "kk":
        return _CYRILLIC_ORDER, _LATIN_ORDER
    if language == "ru":
        return _RUSSIAN_PRIMARY, _LATIN_ORDER
    return _LATIN_ORDER, _CYRILLIC_ORDER


def sort_key(text: str, language: str = "en") -> SortKey:
    """A key for ``sorted`` that orders ``text`` as the language's alphabet does.

    The weights are spelt as strings (two characters per letter: its group and
    its place; a number as its length and digits) so that comparing keys, and
    building them with ``str.translate``, runs in C: record lists sort tens of
    thousands of titles by these keys while the user waits.
    """
    tables = _tables(language)
    folded = unicodedata.normalize("NFC", text).casefold()
    primary: list[str] = []
    secondary: list[str] = []
    for number, letters in _RUNS.findall(folded):
        if number:
            digits = number.lstrip("0") or "0"
            primary.append(f"\x01{chr(len(digits))}{digits}")
        else:
            primary.append(letters.translate(tables.primary))
            secondary.append(letters.translate(tables.secondary))
    return "".join(primary), "".join(secondary), text


class _WeightTable(dict[int, str]):
    """A ``str.translate`` table that works out each character's weight on first sight."""

    def __init__(self, language: str, part: int) -> None:
        super().__init__()
        self.language = language
        self.part = part

    def __missing__(self, code: int) -> str:
        weight, accent = _character_weight(chr(code), self.language)
        value = f"{chr(weight[0])}{chr(weight[1])}" if self.part == 0 else chr(accent)
        self[code] = value
        return value


@dataclass(frozen=True)
class _Tables:
    primary: _WeightTable
    secondary: _WeightTable


@lru_cache(maxsize=8)
def _tables(language: str) -> _Tables:
    return _Tables(_WeightTable(language, 0), _WeightTable(language, 1))


def _character_weight(char: str, language: str) -> tuple[tuple[int, int], int]:
    """Primary weight (group, place) and secondary weight (accent) of one character."""
    own, other = _weights(language)
    letter, accent = _letter(char)
    if letter in own:
        weight = (2, own[letter])
    elif letter in other:
        weight = (3, other[letter])
    elif letter.isalpha():
        weight = (4, ord(letter))
    elif letter.isspace():
        weight = (0, 0)
    else:
        weight = (0, ord(letter))
    return weight, accent + (1 if letter == "ё" else 0)


def sorted_texts(texts: list[str], language: str) -> list[str]:
    return sorted(texts, key=lambda text: sort_key(text, language))


ALPHABETICAL_LIMIT = 20_000
"""Longest list put in alphabetical order in Python; longer ones keep SQLite's
code-point order, so a list of 100,000 records still opens at once."""

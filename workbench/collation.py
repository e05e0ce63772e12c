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

KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
LATIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

_CYRILLIC_ORDER = {letter: i for i, letter in enumerate(KAZAKH_ALPHABET)}
_LATIN_ORDER = {letter: i for i, letter in enumerate(LATIN_ALPHABET)}
_RUSSIAN_PRIMARY = {**_CYRILLIC_ORDER, "ё": _CYRILLIC_ORDER["е"]}
_TOKENS = re.compile(r"[0-9]+|[^0-9]")

SortKey = tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]


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
    """A key for ``sorted`` that orders ``text`` as the language's alphabet does."""
    own, other = _weights(language)
    folded = unicodedata.normalize("NFC", text).casefold()
    primary: list[tuple[int, int]] = []
    secondary: list[int] = []
    for token in _TOKENS.findall(folded):
        if token[0] in "0123456789":
            primary.append((1, int(token)))
            continue
        letter, accent = _letter(token)
        if letter in own:
            primary.append((2, own[letter]))
        elif letter in other:
            primary.append((3, other[letter]))
        elif letter.isalpha():
            primary.append((4, ord(letter)))
        elif letter.isspace():
            primary.append((0, 0))
        else:
            primary.append((0, ord(letter)))
        secondary.append(accent + (1 if letter == "ё" else 0))
    return tuple(primary), tuple(secondary), text


def sorted_texts(texts: list[str], language: str) -> list[str]:
    return sorted(texts, key=lambda text: sort_key(text, language))

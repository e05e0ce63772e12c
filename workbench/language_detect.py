"""Which of Workbench's languages a text is written in: English, Russian or Kazakh.

Enough to catch an English paragraph in a Russian export or Russian in the Kazakh
column, offline and at once: the script first (Latin or Cyrillic), then, for
Cyrillic, Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) and the commonest function
words of each language. A text too short to tell, or evenly mixed, is left
undecided (None): names, figures and abbreviations read the same everywhere.
"""

from __future__ import annotations

import re

MIN_LETTERS = 24
"""Fewer letters than this (a name, a unit, "ICCPR") decide nothing."""

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

KAZAKH_WORDS = frozenset(
    [
        "және",
        "мен",
        "бен",
        "пен",
        "бұл",
        "осы",
        "сол",
        "үшін",
        "туралы",
        "деп",
        "да",
        "де",
        "та",
        "те",
        "емес",
        "бар",
        "жоқ",
        "болып",
        "болады",
        "бойынша",
        "сәйкес",
        "арқылы",
        "қарай",
        "дейін",
        "кейін",
        "бірақ",
        "немесе",
        "тиіс",
        "керек",
        "мүмкін",
        "оның",
        "олар",
        "біз",
        "сіз",
        "ол",
        "не",
        "ма",
        "ме",
        "ба",
        "бе",
        "па",
        "пе",
    ]
)
RUSSIAN_WORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "не",
        "на",
        "что",
        "с",
        "со",
        "по",
        "к",
        "ко",
        "из",
        "за",
        "от",
        "до",
        "для",
        "о",
        "об",
        "а",
        "но",
        "как",
        "это",
        "или",
        "же",
        "бы",
        "ли",
        "при",
        "без",
        "также",
        "который",
        "которая",
        "которые",
        "его",
        "ее",
        "её",
        "их",
        "они",
        "он",
        "она",
        "мы",
        "вы",
        "быть",
        "был",
        "была",
        "были",
        "является",
        "может",
        "должен",
        "статья",
        "закона",
    ]
)
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "are",
        "for",
        "on",
        "that",
        "with",
        "by",
        "as",
        "be",
        "or",
        "not",
        "this",
        "it",
        "from",
        "at",
        "an",
        "which",
        "shall",
        "may",
        "should",
        "their",
        "its",
        "was",
        "were",
        "has",
        "have",
    ]
)

_URL = re.compile(r"https?://\S+|www\.\S+")
_CITATION = re.compile(r"\[@[^\]]*\]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str | None:
    """ "en", "ru", "kk", or None when the text is too short or too mixed to say."""
    text = _CITATION.sub(" ", _URL.sub(" ", text))
    words = [word.lower() for word in _WORD.findall(text)]
    letters = "".join(words)
    if len(letters) < MIN_LETTERS:
        return None
    cyrillic = sum(1 for letter in letters if "\u0400" <= letter <= "\u04ff")
    latin = sum(1 for letter in letters if letter.isascii())
    if latin >= 0.7 * len(letters):
        return "en"
    if cyrillic < 0.7 * len(letters):
        return None
    return _kazakh_or_russian(words, letters, cyrillic)


def _kazakh_or_russian(words: list[str], letters: str, cyrillic: int) -> str | None:
    kazakh = sum(1 for word in words if word in KAZAKH_WORDS)
    russian = sum(1 for word in words if word in RUSSIAN_WORDS)
    special = sum(1 for letter in letters if letter in KAZAKH_LETTERS)
    # Kazakh's letters run at several per hundred; a Russian text naming a Kazakh
    # place or body ("Әділ сөз") has a few, and its function words decide.
    if special >= 0.02 * cyrillic and kazakh >= russian:
        return "kk"
    if russian > kazakh:
        return "ru"
    if kazakh > russian or special >= 0.02 * cyrillic:
        return "kk"
    return "ru" if special == 0 else None

"""Word forms: the stems search matches inflected words by.

Russian and Kazakh inflect every noun («свободы слова» is a form of «свобода
слова», «журналистердің» of «журналистер»), so a record is also indexed by the
stem of each of its words, and a query finds it through the stems of its own.
Which stemmer a word goes through depends on its letters, not on the record's
language, so a Russian record quoting English is found in both:

* Latin letters: Snowball's English stemmer (PyStemmer);
* Cyrillic with a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і): the Kazakh
  suffix stripper (:mod:`workbench.kazakh_stem`);
* other Cyrillic: both Snowball's Russian stemmer and the Kazakh stripper,
  since many Kazakh words (журналистер, цензура) use only shared letters.

Each stem is stored with a one-character language tag in front (``1`` English,
``2`` Russian, ``3`` Kazakh), so a Russian stem only meets a Russian stem, and
no word typed by a user can match a stem by accident: FTS5 tokens of words
never start with these tags followed by a stem of another language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import Stemmer

from workbench import kazakh_stem

ENGLISH, RUSSIAN, KAZAKH = "1", "2", "3"
"""Tags in front of a stem, one per stemmer."""

_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
_KAZAKH_ONLY = re.compile(r"[әғқңөұүһі]")

_english = Stemmer.Stemmer("english")
_russian = Stemmer.Stemmer("russian")

MIN_WORD = 3
"""Words shorter than this are indexed and searched as they are (and, и, в, да):
their stems would match almost every record."""


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased, as the index's tokenizer splits them.

    Split first, then lowercased together: lowercasing can change what a
    pattern calls a word character (İ becomes i and a combining dot), and one
    call per text instead of one per word is a third of stemming a merge."""
    found = _WORD.findall(text)
    return " ".join(found).lower().split(" ") if found else []


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """The tagged stems of one lowercase word: none for short words, numbers and
    scripts other than Latin and Cyrillic."""
    if len(word) < MIN_WORD or not word.isalpha():
        return ()
    if _LATIN.search(word):
        return (ENGLISH + _english.stemWord(word),)
    if not _CYRILLIC.search(word):
        return ()
    kazakh = tuple(KAZAKH + stem for stem in kazakh_stem.stems(word))
    if _KAZAKH_ONLY.search(word):
        return kazakh
    return (*(RUSSIAN + stem for stem in russian_stems(word)), *kazakh)


_NOUN_ENDINGS = tuple(
    sorted(
        {
            *("а", "я", "о", "е", "ы", "и", "у", "ю", "ь"),
            *("ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ью"),
            *("ия", "ие", "ию", "ии", "ий", "ием"),
            *("ый", "ая", "яя", "ое", "ее", "ые", "ого", "его", "ому", "ему"),
            *("ым", "им", "ую", "юю", "ых", "их", "ыми", "ими"),
        },
        key=lambda ending: (-len(ending), ending),
    )
)
"""Case endings of Russian nouns and adjectives."""
_FLEETING_VOWEL = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])[оеё](?=[кцн]$)")
"""The vowel genitive plurals insert before a final к, ц or н (поправок, поправка)."""


def russian_stems(word: str) -> tuple[str, ...]:
    """Snowball's Russian stem, and beside it the word without its case ending
    when that differs: Snowball reads защите as a verb (защ) and keeps the vowel
    of поправок, so both stems, each also without a fleeting vowel, are given."""
    word = word.replace("ё", "е")
    found = [_russian.stemWord(word)]
    ending = next((e for e in _NOUN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), "")
    found.append(word[: len(word) - len(ending)])
    found.extend(_FLEETING_VOWEL.sub("", stem) for stem in list(found))
    return tuple(dict.fromkeys(found))


def stem_text(texts: Iterable[str]) -> str:
    """Every distinct stem of ``texts``, space-separated: what the index stores
    for a record's word forms (each once: the exact words carry the counts)."""
    found = (stems(word) for text in texts for word in words(text))
    return " ".join(dict.fromkeys(chain.from_iterable(found)))


def shares_a_stem(word: str, query_stems: frozenset[str]) -> bool:
    """Whether ``word`` (lowercase) is a form of a word whose stems are given."""
    return any(stem in query_stems for stem in stems(word))

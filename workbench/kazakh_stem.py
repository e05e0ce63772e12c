"""A Kazakh suffix stripper: the stem search compares Kazakh words by.

Kazakh is agglutinative: a noun takes, in this order, a plural, a possessive, a
case and (rarely, in legal text, so not stripped here: мерзімін is no мерз with
"I am") a personal ending; a verb takes voice, negation
and a tense, participle or verbal-noun suffix before those. Every suffix comes in
variants chosen by the stem's last vowel (back а о ұ ы, front ә е ө ү і: vowel
harmony) and its last sound (лар after vowels, дар after voiced, тар after
voiceless consonants). Between vowels a stem's final қ, к, п are voiced to ғ, г,
б (құқық → құқығы, кітап → кітабы).

No offline, permissively licensed Kazakh stemmer exists on the package index
(``kazstem`` downloads its transducers when installed and is GPL), so this is a
small one written from the grammar, stripping one slot at a time from the end of
the word, each slot's longest suffix in harmony with what is left, and never
leaving fewer than two letters or a stem without a vowel. Stems then end in the
voiceless consonant (ғ → қ, г → к, б → п), so both sides of the alternation
meet. It over-strips some words (заңды, "legal", meets заң, "law"); search
wants recall, and every form of one word is stripped the same way.

Sources for the suffix tables and their order: the "Kazakh grammar" article
of Wikipedia (plural, possessive, case, verb forms, with their variant tables),
and the morphotactics of Apertium's Kazakh transducer (apertium/apertium-kaz,
read as a reference; none of its GPL code or data is taken). Forms were checked
against the starter library's Kazakh texts (tests/workbench/test_kazakh_stem.py).
"""

from __future__ import annotations

from collections.abc import Iterable

BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әеөүіэи")
"""и counts as front: Russian loans take front suffixes after it (журналистер)."""
NEUTRAL_VOWELS = frozenset("уюё")
"""у, ю and ё decide nothing after a vowel (бұғаттау: there у sounds [w]); after
a consonant у is a back vowel (ресурстар), ю and ё decide nothing."""
HARMONIC_VOWELS = BACK_VOWELS | FRONT_VOWELS
VOWELS = HARMONIC_VOWELS | NEUTRAL_VOWELS
VOICELESS_START = frozenset("тқкп")
"""Suffix variants beginning with these follow a voiceless consonant (кітаптың,
сайтты, ресурсқа); after a vowel or a voiced sound the same suffix begins
otherwise (қаланың, цензураны, заңға), so карта is no кар with a locative."""
VOICELESS_FINALS = frozenset("кқпстфхцчшщбвгд")
"""Final letters the т-, қ-, к- and п- variants follow (б в г д sound voiceless there)."""

VOICED_FINAL = {"ғ": "қ", "г": "к", "б": "п"}
"""A stem's final consonant voiced between vowels, and the letter it stands for."""

MIN_STEM = 2
"""Fewest letters a stem keeps."""
SHORT_STEM_SUFFIXES = frozenset("унл")
"""One-letter consonant suffixes, common word endings too (тау, "mountain"): they
are taken only from a word that keeps three letters."""


def _variants(*forms: str) -> tuple[str, ...]:
    return tuple(sorted(forms, key=len, reverse=True))


NON_POSSESSIVE_CASES = _variants(
    # genitive
    "ның", "нің", "дың", "дің", "тың", "тің",
    # dative
    "ға", "ге", "қа", "ке",
    # accusative (also the past tense: бұғатталды, "was blocked")
    "ны", "ні", "ды", "ді", "ты", "ті",
    # locative, and locative turned attribute (заңдағы, "in the law")
    "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі",
    # ablative
    "дан", "ден", "тан", "тен", "нан", "нен",
    # instrumental
    "мен", "бен", "пен", "ымен", "імен",
)  # fmt: skip
AFTER_POSSESSIVE_CASES = _variants("на", "не", "нда", "нде", "ндағы", "ндегі", "н")
"""Case variants used only after a third-person possessive ы/і (құқығына,
құқығында, құқығын): taken only when what is left ends in that vowel."""

POSSESSIVES = _variants("ы", "і", "сы", "сі", "ымыз", "іміз", "ыңыз", "іңіз")
"""Third person, and first plural and polite second person after a consonant. The
singular ым/ім, ың/ің are left out: rare in legal text, they would cut the many
nouns ending so (шағым, тізілім, басылым, мерзім)."""
PLURALS = _variants("лар", "лер", "дар", "дер", "тар", "тер")
VERB_FORMS = _variants(
    "ған", "ген", "қан", "кен",  # past participle: бұғатталған
    "атын", "етін", "йтын", "йтін", "ытын", "ітін",  # habitual participle
    "у",  # verbal noun: бұғаттау, "blocking"
    "ып", "іп",  # converb
    "са", "се",  # conditional
)  # fmt: skip
PRESENT_CONVERBS = _variants("а", "е", "й")
"""Before a tense's ды/ді: the present (шектел-е-ді, "is limited")."""
NEGATIONS = _variants("ма", "ме", "ба", "бе", "па", "пе")
PASSIVES = _variants("ыл", "іл", "л", "ын", "ін", "н")
PAST_TENSES = frozenset({"ды", "ді", "ты", "ті"})


def _harmony(stem: str) -> str | None:
    """'back' or 'front' from the stem's last deciding vowel; None if none decides."""
    for position in range(len(stem) - 1, -1, -1):
        letter = stem[position]
        if letter in BACK_VOWELS:
            return "back"
        if letter in FRONT_VOWELS:
            return "front"
        inside = 0 < position < len(stem) - 1
        if letter == "у" and inside and stem[position - 1] not in VOWELS:
            return "back"  # a vowel in a loan (ресурс); a final у is a verbal noun's
    return None


def _agrees(stem: str, suffix: str) -> bool:
    """Whether ``suffix`` is the variant ``stem``'s vowels call for."""
    suffix_harmony = _harmony(suffix)
    stem_harmony = _harmony(stem)
    return suffix_harmony is None or stem_harmony is None or suffix_harmony == stem_harmony


def _fits(stem: str, suffix: str, min_stem: int) -> bool:
    """Whether ``suffix`` can follow ``stem``: enough of a stem is left, with a
    vowel, the suffix is the variant its vowels call for, and a suffix that
    begins with a vowel or a voiceless consonant follows a consonant."""
    shortest = max(min_stem, 3) if suffix in SHORT_STEM_SUFFIXES else min_stem
    if len(stem) < shortest or not any(letter in VOWELS for letter in stem):
        return False
    ends_in_vowel = stem[-1] in HARMONIC_VOWELS  # у and ю sound [w], [jw] there
    if ends_in_vowel and suffix[0] in HARMONIC_VOWELS:
        return False
    if suffix[0] in VOICELESS_START and stem[-1] not in VOICELESS_FINALS:
        return False
    if suffix in ("ы", "і") and stem[-1] == "ш":
        return False  # пайдаланушы, ұйымдастырушы: the agent's -шы, not a possessive
    if suffix in ("сы", "сі") and (not ends_in_vowel or stem[-1] in ("ы", "і")):
        return False  # жиналыс|ы, мәжіліс|і: nouns in -ыс/-іс outnumber stems in -ы/-і
    return _agrees(stem, suffix)


def _strip(word: str, suffixes: Iterable[str], *, min_stem: int = MIN_STEM) -> tuple[str, str]:
    """(what is left, the suffix taken): the longest of ``suffixes`` that ends
    ``word`` and :func:`_fits` what it leaves."""
    for suffix in suffixes:
        if word.endswith(suffix) and _fits(word[: -len(suffix)], suffix, min_stem):
            return word[: -len(suffix)], suffix
    return word, ""


def _strip_case(word: str) -> tuple[str, str]:
    stem, suffix = _strip(word, AFTER_POSSESSIVE_CASES)
    if suffix and stem[-1:] in ("ы", "і"):
        return stem, suffix
    return _strip(word, NON_POSSESSIVE_CASES)


def _strip_verb(word: str, after_past_tense: bool, present: bool = True) -> str:
    """A verb's stem: a participle, verbal noun, converb or conditional, then a
    negation and a passive before it (бұғаттамаған, бұғатталған → бұғатта).
    Verbal nouns and participles inflect like nouns (бұғаттауы, жарияланғандар),
    so this runs after the noun's slots."""
    stem, suffix = _strip(word, VERB_FORMS)
    if not suffix and not after_past_tense:
        return word
    if not suffix and present:
        stem, _ = _strip(stem, PRESENT_CONVERBS, min_stem=3)
    stem, _ = _strip(stem, NEGATIONS, min_stem=3)
    stem, _ = _strip(stem, PASSIVES, min_stem=4)
    return stem


def stem(word: str, *, present: bool = True) -> str:
    """The stem of one lowercase Kazakh word (Cyrillic); with ``present``, a tense's
    -еді/-ады read as the present (шектел-е-ді), else as the past (шекте-ді)."""
    rest, case = _strip_case(word)
    rest, possessive = _strip(rest, POSSESSIVES)
    rest, _ = _strip(rest, PLURALS)
    rest = _strip_verb(
        rest, after_past_tense=case in PAST_TENSES and not possessive, present=present
    )
    return _unvoiced(rest)


def _unvoiced(stem: str) -> str:
    """The stem as every form of the word leaves it: the voiced final consonant
    turned back (құқығ → құқық), and a final ст cut to с, because the т of Russian
    loans merges with the suffix's (журналист, журналистер: журналис)."""
    final = VOICED_FINAL.get(stem[-1:])
    if final:
        return stem[:-1] + final
    return stem[:-1] if stem.endswith("ст") else stem


def stems(word: str) -> tuple[str, ...]:
    """The stem, and others where the word reads two ways, so either reading meets
    the word's other forms: a final -ны/-ні is the accusative after a vowel
    (картаны: карта) or н and the possessive (органы: орган); -еді/-ады is the
    present of a verb ending in a consonant (шектеледі: шектел-е-ді) or the past
    of one ending in the vowel (шектеді: шекте-ді)."""
    found = [stem(word), stem(word, present=False)]
    if word[-2:] in ("ны", "ні") and len(word) > 4:
        found.append(stem(word[:-1]))
    return tuple(dict.fromkeys(found))

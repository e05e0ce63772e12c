"""The Kazakh suffix stripper on a table of word forms: every form of a word
meets the others, and different words stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.kazakh_stem import stem, stems

SAME_WORD: dict[str, list[str]] = {
    # plural, possessive, case, in both harmonies; loans from Russian
    "журналист": ["журналистер", "журналистердің", "журналистерге", "журналистері", "журналистің"],
    "заң": ["заңның", "заңға", "заңда", "заңнан", "заңдағы", "заңдар", "заңдары", "заңдарының"],
    "сайт": ["сайттар", "сайттарды", "сайтты", "сайттың", "сайтқа", "сайттардан"],
    "агент": ["агенттер", "агенттердің", "агенттерге", "агенттің"],
    "ақпарат": ["ақпараты", "ақпараттың", "ақпаратқа", "ақпаратты", "ақпараттан"],
    "цензура": ["цензураның", "цензураға", "цензураны", "цензурасы", "цензурада"],
    "сөз": ["сөзі", "сөздер", "сөздің", "сөзге", "сөзден"],
    "тіл": ["тілі", "тілдің", "тілде", "тілдер"],
    "іс": ["ісі", "істер", "істің", "іске"],
    "депутат": ["депутаттар", "депутаттарға", "депутаттың"],
    # a stem's final қ, к, п voiced between vowels
    "құқық": ["құқығы", "құқықтары", "құқықтарының", "құқығына", "құқығын", "құқығында"],
    "бостандық": ["бостандығы", "бостандығын", "бостандыққа", "бостандықтың"],
    "кітап": ["кітабы", "кітаптар", "кітаптың"],
    "жауапкершілік": ["жауапкершілігі", "жауапкершілікке", "жауапкершіліктің"],
    # nouns in -ыс/-іс take the third person ы/і, not сы/сі
    "жиналыс": ["жиналысы", "жиналыстар", "жиналысқа", "жиналыстың"],
    "мәжіліс": ["мәжілісі", "мәжіліске", "мәжілістің", "мәжілісінде"],
    # verbs: verbal noun, participle, passive, negation, past tense
    "бұғаттау": ["бұғатталған", "бұғатталды", "бұғаттамаған", "бұғаттауға", "бұғаттауы"],
    "жариялау": ["жарияланған", "жариялауға", "жариялаған", "жарияланды", "жариялайды"],
    # front-harmony verbal nouns; the present tense; a passive of the present
    "жеткізу": ["жеткізудің", "жеткізуге", "жеткізуі"],
    "өшіру": ["өшірілуі", "өшірді", "өшірілген"],
    "шектеу": ["шектеулер", "шектеулерге", "шектеледі", "шектеді", "шектелмеген"],
    # nouns ending in -ым/-ім are no first-person possessives; у in a loan is back
    "тізілім": ["тізілімі", "тізілімін", "тізілімге", "тізілімнің"],
    "мерзім": ["мерзімі", "мерзімін", "мерзімнің"],
    "ресурс": ["ресурстар", "ресурстарды", "ресурсқа"],
    # the agent's -шы is no possessive
    "пайдаланушы": ["пайдаланушылар", "пайдаланушының", "пайдаланушылардың"],
    # -ны after a vowel, or н and a possessive
    "орган": ["органы", "органдар", "органдары", "органдардың", "органдарының", "органға"],
    "карта": ["картаны", "картасы", "картаға"],
}

DIFFERENT_WORDS = [
    ("заң", "сөз"),
    ("тау", "таулар"[:2]),  # тау, "mountain", is not the syllable та
    ("журналист", "жиналыс"),
    ("бостандық", "бостан"),
    ("министрлер", "министрлік"),  # ministers, a ministry
]


@pytest.mark.parametrize("word", sorted(SAME_WORD))
def test_every_form_of_a_word_meets_it(word: str) -> None:
    """Each form shares a stem with the word (a form read two ways has two)."""
    own = set(stems(word))
    apart = {form: stems(form) for form in SAME_WORD[word] if not own & set(stems(form))}
    assert not apart, (own, apart)


@pytest.mark.parametrize(("one", "other"), DIFFERENT_WORDS)
def test_different_words_keep_different_stems(one: str, other: str) -> None:
    assert not set(stems(one)) & set(stems(other))


def test_a_stem_keeps_two_letters_and_a_vowel() -> None:
    assert stem("тау") == "тау"
    assert stem("су") == "су"
    assert stem("ол") == "ол"


@given(st.text(alphabet="аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", max_size=20))
def test_any_cyrillic_word_stems_to_a_prefix_of_itself_or_its_unvoiced_form(word: str) -> None:
    result = stem(word)
    assert len(result) <= len(word)
    voiced = {"қ": "ғ", "к": "г", "п": "б"}
    if result:
        root = result[:-1]
        assert word.startswith(root)
        assert result[-1] in {word[len(root)] if len(word) > len(root) else "", *voiced, "с"}

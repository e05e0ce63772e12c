"""Alphabetical order per language: Kazakh and Russian as their alphabets have it."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from workbench.collation import KAZAKH_ALPHABET, RUSSIAN_ALPHABET, sort_key, sorted_texts


def test_kazakh_letters_follow_their_base_letters() -> None:
    words = ["ыдыс", "ішкі", "ана", "әке", "бала", "гүл", "ғасыр", "дала", "кітап", "қала"]
    words += ["нан", "ңғ", "орын", "өмір", "ұл", "үй", "ура", "хат", "һәм", "цирк", "ыстық"]
    shuffled = words[:]
    random.Random(9).shuffle(shuffled)
    ordered = sorted_texts(shuffled, "kk")
    for before, after in [
        ("ана", "әке"),
        ("гүл", "ғасыр"),
        ("кітап", "қала"),
        ("нан", "ңғ"),
        ("орын", "өмір"),
        ("ура", "ұл"),
        ("ұл", "үй"),
        ("хат", "һәм"),
        ("ыстық", "ішкі"),
    ]:
        assert ordered.index(before) < ordered.index(after), (before, after, ordered)
    assert ordered.index("әке") < ordered.index("бала")
    assert ordered.index("ғасыр") < ordered.index("дала")
    assert ordered.index("қала") < ordered.index("нан")


def test_each_alphabet_sorts_in_its_own_order() -> None:
    letters = list(KAZAKH_ALPHABET)
    random.Random(1).shuffle(letters)
    assert "".join(sorted_texts(letters, "kk")) == KAZAKH_ALPHABET
    russian = [letter for letter in RUSSIAN_ALPHABET if letter != "ё"]
    random.Random(2).shuffle(russian)
    assert "".join(sorted_texts(russian, "ru")) == RUSSIAN_ALPHABET.replace("ё", "")


def test_code_point_order_would_be_wrong() -> None:
    """The point of the key: plain sorted() puts ә after я."""
    assert sorted(["әке", "яблоко"]) == ["яблоко", "әке"]
    assert sorted_texts(["яблоко", "әке"], "kk") == ["әке", "яблоко"]


def test_russian_sorts_yo_as_ye() -> None:
    assert sorted_texts(["ежедневный", "ёлка", "единый"], "ru") == ["единый", "ежедневный", "ёлка"]
    assert sorted_texts(["ёж", "еж"], "ru") == ["еж", "ёж"]
    # In Kazakh ё is a letter of its own, after е.
    assert sorted_texts(["ёлка", "ежедневный"], "kk") == ["ежедневный", "ёлка"]


def test_numbers_compare_as_numbers_and_case_only_breaks_ties() -> None:
    assert sorted_texts(["ст. 14", "ст. 9", "ст. 131"], "ru") == ["ст. 9", "ст. 14", "ст. 131"]
    assert sorted_texts(["Закон", "акт", "Бюджет"], "ru") == ["акт", "Бюджет", "Закон"]
    assert sorted_texts(["Law", "act", "Code"], "en") == ["act", "Code", "Law"]


def test_own_script_comes_first() -> None:
    mixed = ["ICCPR", "УК", "КоАП", "CoAO"]
    assert sorted_texts(mixed, "ru") == ["КоАП", "УК", "CoAO", "ICCPR"]
    assert sorted_texts(mixed, "en") == ["CoAO", "ICCPR", "КоАП", "УК"]


def test_accented_latin_sorts_with_its_base_letter() -> None:
    assert sorted_texts(["zeta", "éte", "etat"], "en") == ["etat", "éte", "zeta"]


@given(st.lists(st.text(max_size=12), max_size=20), st.sampled_from(["en", "ru", "kk"]))
def test_the_key_is_a_total_order_on_any_text(texts: list[str], language: str) -> None:
    once = sorted_texts(texts, language)
    assert sorted_texts(list(reversed(texts)), language) == once
    assert sorted(once) == sorted(texts)
    keys = [sort_key(text, language) for text in once]
    assert keys == sorted(keys)


def test_record_lists_sort_alphabetically_in_the_language(library) -> None:
    titles = ["Ядролық кодекс", "Әкімшілік кодекс", "Азаматтық кодекс", "Қылмыстық кодекс"]
    ids = {library.create("instrument", {"title": title}).id: title for title in titles}
    in_kazakh = [ids[i] for i in library.ordered_ids("instrument", language="kk")]
    assert in_kazakh == [
        "Азаматтық кодекс",
        "Әкімшілік кодекс",
        "Қылмыстық кодекс",
        "Ядролық кодекс",
    ]
    backwards = [ids[i] for i in library.ordered_ids("instrument", language="kk", descending=True)]
    assert backwards == list(reversed(in_kazakh))
    # Without a language, the database's order (by code point): Ә after Я.
    plain = [ids[i] for i in library.ordered_ids("instrument")]
    assert plain.index("Әкімшілік кодекс") > plain.index("Ядролық кодекс")

"""A reviewer's edit of the shown text carried back onto the record's Markdown
(workbench.review.onto_markdown): the words change, citations and emphasis
stay, and what cannot be carried without guessing is refused (None)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.export.citations import CITATION_GROUP
from workbench.review.onto_markdown import carried, shown_text


def _cited(key: str) -> bool:
    return key != "unknown"


@pytest.mark.parametrize(
    ("markdown", "edited", "expected"),
    [
        (
            "Отменить **статью 130** УК [@rsf-2023, p. 4].",
            "Отменить статью 130 Уголовного кодекса.",
            "Отменить **статью 130** Уголовного кодекса [@rsf-2023, p. 4].",
        ),
        (
            'Закон "О СМИ" следует изменить.',
            "Закон «О СМИ» срочно следует изменить.",
            'Закон "О СМИ" срочно следует изменить.',
        ),
        (
            "Қылмыстық кодекстің **131-бабын** алып тастау [@gc34, 5-б.].",
            "Қылмыстық кодекстің 131-бабын алып тастау. және айыппұлдар",
            "Қылмыстық кодекстің **131-бабын** алып тастау [@gc34, 5-б.]. және айыппұлдар",
        ),
        ("See [the law](http://x.kz/a) now.", "See the law today.", None),
        ("Бірінші.\n\nЕкінші.", "Бірінші.\nЖаңа.\nЕкінші.", "Бірінші.\n\nЖаңа.\n\nЕкінші."),
        ("**Жою** керек", " керек", " керек"),
        ("Текст", "Текст со *звёздочкой* и [скобкой]", "Текст со \\*звёздочкой\\* и \\[скобкой\\]"),
    ],
)
def test_the_words_change_and_the_markup_stays(
    markdown: str, edited: str, expected: str | None
) -> None:
    result = carried(markdown, edited, "ru", _cited)
    if expected is None:  # the link's address stays; only the word after it changed
        assert result == "See [the law](http://x.kz/a) today."
    else:
        assert result == expected
        assert _words(shown_text(result, "ru", _cited)) == _words(edited)


def test_a_title_and_a_proposed_wording_are_taken_as_typed() -> None:
    assert carried("Статья *1*", "Статья *2*", "ru", _cited, "title") == "Статья *2*"


def _words(text: str) -> list[str]:
    quotes = str.maketrans("«»„“", '""""')
    return [line.strip() for line in text.translate(quotes).split("\n")]


_WORD = st.text(
    alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіABCxyz0123", min_size=1, max_size=8
)
_PIECE = st.one_of(
    _WORD,
    _WORD.map(lambda w: f"**{w}**"),
    _WORD.map(lambda w: f"*{w}*"),
    st.sampled_from(["[@rsf-2023]", "[@gc34, 5-б.]", "[@unknown]"]),
)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(_PIECE, min_size=1, max_size=12),
    cut=st.tuples(st.integers(0, 12), st.integers(0, 12)),
    typed=st.lists(_WORD, max_size=3),
)
def test_any_word_edit_is_carried_exactly_or_refused_and_citations_survive(
    pieces: list[str], cut: tuple[int, int], typed: list[str]
) -> None:
    """Any stretch of shown words replaced by any words: the result shows exactly
    the edited text, and every citation of the Markdown is still in it."""
    markdown = " ".join(pieces)
    shown = shown_text(markdown, "kk", _cited)
    words = shown.split(" ")
    start, end = sorted(min(c, len(words)) for c in cut)
    edited = " ".join([*words[:start], *typed, *words[end:]])
    result = carried(markdown, edited, "kk", _cited)
    if result is None:
        return
    assert _words(shown_text(result, "kk", _cited)) == _words(edited)
    assert _citations(result) == _citations(markdown)


def _citations(markdown: str) -> Counter[str]:
    return Counter(found.group(0) for found in CITATION_GROUP.finditer(markdown))


@settings(max_examples=100, deadline=None)
@given(words=st.lists(_WORD, min_size=2, max_size=10), at=st.integers(0, 9), new=_WORD)
def test_a_word_replaced_in_plain_text_is_always_carried(
    words: list[str], at: int, new: str
) -> None:
    """Not refusing everything: in text without markup any one word replaced is
    carried, and nothing else changes."""
    markdown = " ".join(words)
    at = at % len(words)
    edited = " ".join([*words[:at], new, *words[at + 1 :]])
    assert carried(markdown, edited, "ru", _cited) == edited

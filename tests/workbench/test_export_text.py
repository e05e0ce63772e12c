"""The text pieces of the export: Markdown, citations, word diff, dates, unholdable characters."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.export.citations import find_citations
from workbench.export.dates import long_date, written_date
from workbench.export.diff import Piece, as_instruction, is_instruction, word_diff
from workbench.export.markdown import parse
from workbench.export.wordtext import DroppedCharacters, holdable


@given(current=st.text(max_size=80), proposed=st.text(max_size=80))
def test_word_diff_rebuilds_both_wordings(current: str, proposed: str) -> None:
    before, after = word_diff(current, proposed)
    assert "".join(p.text for p in before) == current
    assert "".join(p.text for p in after) == proposed
    assert {p.change for p in before} <= {"same", "deleted"}
    assert {p.change for p in after} <= {"same", "inserted", "instruction"}
    kept = ["".join(p.text for p in side if p.change == "same") for side in (before, after)]
    assert is_instruction(proposed) or kept[0] == kept[1], "what is unmarked is in both"


@given(words=st.lists(st.sampled_from(["свобода", "слова", "(", ")", ".", ",", "сөз", "«", "»"])))
def test_no_punctuation_is_left_unmarked_alone_between_changes(words: list[str]) -> None:
    current = " ".join(words)
    before, after = word_diff(current, "(утратила силу)")
    for side in (before, after):
        for index, piece in enumerate(side):
            if piece.change == "same" and not re.search(r"\w", piece.text):
                neighbours = side[max(index - 1, 0) : index] + side[index + 1 : index + 2]
                assert len(neighbours) < 2 or "same" in {n.change for n in neighbours}


def test_brackets_of_a_replaced_phrase_are_marked_with_it() -> None:
    before, after = word_diff("Статья 174 (краткое содержание).", "(утратила силу)")
    # "(" and ")" lie between changes: marked with them, not left as if kept
    assert [p.change for p in before] == ["deleted"]
    assert [p.change for p in after] == ["inserted"]


def test_an_instruction_is_shown_whole_and_compared_with_nothing() -> None:
    current = "Аккредитация может быть отозвана по основаниям, указанным в статье 5."
    before, after = word_diff(current, "[Исключить основания отзыва аккредитации]")
    assert before == [Piece(current, "same")]
    assert after == [Piece("[Исключить основания отзыва аккредитации]", "instruction")]
    assert as_instruction("Жою", True) == "[Жою]" and as_instruction("[Жою]", False) == "Жою"


def test_word_diff_marks_whole_phrases() -> None:
    before, after = word_diff("fines of 160 to 750 MCI", "fines of up to 100 MCI")
    assert [p.text for p in before if p.change == "deleted"] == ["160 ", "750 "]
    assert [p.text for p in after if p.change == "inserted"] == ["up ", "100 "]


def test_citations_forms() -> None:
    [one, two] = find_citations("See [@rsf-2023, p. 4; @gc34] and [@fh].")
    assert [(i.key, i.locator) for i in one.items] == [("rsf-2023", "p. 4"), ("gc34", "")]
    assert [i.key for i in two.items] == ["fh"]
    assert find_citations("an email [at] example, [@ nobody], [link](x)") == []


def test_markdown_citation_takes_the_place_of_the_space() -> None:
    [block] = parse("Fines rose sharply [@adil-soz].")
    texts = [i.text for i in block.inlines]
    assert texts[0] == "Fines rose sharply"
    assert (
        block.inlines[1].citation is not None
        and block.inlines[1].citation.items[0].key == "adil-soz"
    )


def test_markdown_lists_restart_and_nest() -> None:
    blocks = parse("1. a\n2. b\n\ntext\n\n3. c\n   - d")
    kinds = [(b.kind, b.level) for b in blocks]
    assert kinds == [
        ("ordered", 0),
        ("ordered", 0),
        ("paragraph", 0),
        ("ordered", 0),
        ("bullet", 1),
    ]
    assert blocks[0].list_id != blocks[3].list_id and blocks[3].start == 3


def test_markdown_raw_html_is_text() -> None:
    [block] = parse("<script>alert(1)</script> text")
    assert "".join(i.text for i in block.inlines).startswith("<script>")


@given(st.text(max_size=200))
def test_any_markdown_parses(text: str) -> None:
    parse(text)


def test_long_dates() -> None:
    assert long_date("2023-09-01", "en") == "1 September 2023"
    assert long_date("2023-09-01", "ru") == "1 сентября 2023 г."
    assert long_date("2023-09-01", "kk") == "2023 жылғы 1 қыркүйек"
    assert long_date("", "ru") == ""


def test_unholdable_characters_are_counted_where_found() -> None:
    dropped = DroppedCharacters()
    assert dropped.clean("a\x00b\x0bc\ufffe\ud800", "title") == "abc"
    assert dropped.clean("tab\tand\nline", "text") == "tab\tand\nline"
    assert dropped.places == {"title": 4} and dropped.total == 4
    assert holdable("ok") == "ok"


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("2023-08-01", "en", "1 August 2023"),
        ("2023-08-01", "ru", "1 августа 2023 г."),
        ("2023-08-01", "kk", "2023 жылғы 1 тамыз"),
        ("2023-08", "en", "August 2023"),
        ("2023-08", "ru", "август 2023 г."),
        ("2023-08", "kk", "2023 жылғы тамыз"),
        ("2022", "en", "2022"),
        ("2022", "ru", "2022 г."),
        ("2022", "kk", "2022 жыл"),
        ("n.d.", "ru", "n.d."),
        ("2023-13", "en", "2023-13"),
    ],
)
def test_dates_in_text_are_written_in_the_language_to_their_precision(
    text: str, language: str, written: str
) -> None:
    assert written_date(text, language) == written


def test_an_evidence_date_in_the_document_is_written_out(tmp_path) -> None:
    import docx

    from tests.conftest import TickingClock
    from tests.workbench.export_fixtures import build_small_project
    from workbench.export import export_submission
    from workbench.library import Library

    with build_small_project(tmp_path / "p.wbproj", TickingClock(), language="ru") as project:
        library = Library(project)
        for evidence in library.page("evidence"):
            library.update(evidence.id, {"observed_on": "2022-03-15"})
        out = tmp_path / "ru.docx"
        export_submission(project, out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "2022-03-15" not in text and "15 марта 2022 г." in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Закон «О СМИ», статья „Клевета“ и «цитата „внутри“»"),
        ("kk", "Закон «О СМИ», статья „Клевета“ и «цитата „внутри“»"),
        ("en", "Закон “О СМИ”, статья ‘Клевета’ и “цитата ‘внутри’”"),
    ],
)
def test_straight_quotes_become_the_languages_own(language: str, expected: str) -> None:
    text = "Закон \"О СМИ\", статья 'Клевета' и \"цитата 'внутри'\""
    [block] = parse(text, language)
    assert "".join(inline.text for inline in block.inlines) == expected


def test_an_apostrophe_and_typed_quotes_are_kept() -> None:
    [block] = parse("the law's «Клевета» and “Slander”", "ru")
    assert "".join(inline.text for inline in block.inlines) == "the law’s «Клевета» and “Slander”"

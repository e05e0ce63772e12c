"""Search by word forms: an inflected query finds the record in Russian, Kazakh
and English; exact and prefix matches still come first; the snippet marks the
forms found; the index of an older project is rebuilt with its stems."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from db.schema import alembic_config
from workbench.library import Library
from workbench.project import Project
from workbench.search import search
from workbench.word_forms import KAZAKH, RUSSIAN, stems


def _titles(project: Project, query: str) -> list[str]:
    return [hit.title for hit in search(project, query)]


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Свобода слова", "свободы слова"),
        ("Иностранные агенты", "иностранных агентов"),
        ("Журналистер", "журналистердің"),
        ("Сайттарды бұғаттау", "бұғатталған сайттар"),
        ("Blocking of websites", "blocked website"),
        ("Қылмыстық жауапкершілік", "қылмыстық жауапкершілікке"),
    ],
)
def test_an_inflected_query_finds_the_record(
    project: Project, library: Library, stored: str, query: str
) -> None:
    library.create("critique", {"title": stored})
    library.create("critique", {"title": "Unrelated: право на собрания"})
    assert _titles(project, query) == [stored]


def test_exact_and_prefix_matches_rank_before_word_forms(
    project: Project, library: Library
) -> None:
    # the form-only match has the query word in its title, the exact one only in its body
    library.create("critique", {"title": "Свобода слова", "argument": "Общие замечания."})
    library.create("critique", {"title": "Замечания", "argument": "Гарантии свободы слова."})
    assert _titles(project, "свободы") == ["Замечания", "Свобода слова"]


def test_the_snippet_marks_the_forms_found(project: Project, library: Library) -> None:
    body = " ".join(
        ["filler"] * 30 + ["ограничения", "свободы", "слова", "в", "сети"] + ["filler"] * 30
    )
    library.create("critique", {"title": "Long", "argument": body})
    [hit] = search(project, "свобода слово")
    marked = [hit.snippet[start:end] for start, end in hit.highlights]
    assert marked == ["свободы", "слова"]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")


def test_a_russian_record_quoting_english_is_found_in_both(
    project: Project, library: Library
) -> None:
    library.create(
        "evidence",
        {
            "title": "Рейтинг свободы прессы",
            "summary": "Доклад «World Press Freedom Index» за 2023 год.",
        },
    )
    assert _titles(project, "рейтинге") == ["Рейтинг свободы прессы"]
    assert _titles(project, "indexes") == ["Рейтинг свободы прессы"]


def test_stems_are_tagged_by_language() -> None:
    russian, kazakh = stems("свободы")  # letters both languages share: both stemmers
    assert russian == RUSSIAN + "свобод" and kazakh.startswith(KAZAKH)
    assert stems("құқығы") == (KAZAKH + "құқық",)
    assert stems("и") == () and stems("2023") == ()


def test_numbers_and_short_words_are_still_found_as_typed(
    project: Project, library: Library
) -> None:
    library.create("evidence", {"title": "323 дела в 2023 году"})
    assert _titles(project, "2023 дела") == ["323 дела в 2023 году"]
    assert _titles(project, "в 323") == ["323 дела в 2023 году"]


def test_an_older_project_is_searched_by_word_forms_after_its_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.wbproj"
    with Project.create(path) as project:
        Library(project).create("critique", {"title": "Иностранные агенты"})
    connection = sqlite3.connect(path)
    with connection:
        engine = create_engine("sqlite://", creator=lambda: connection)
        with engine.begin() as bound:
            command.downgrade(alembic_config(bound), "0006_date_precision")
    columns = [row[1] for row in connection.execute("PRAGMA table_info(search_index)")]
    connection.close()
    assert "forms" not in columns
    with Project.open(path) as project:
        assert project.migrated_from == 6
        assert _titles(project, "иностранных агентов") == ["Иностранные агенты"]

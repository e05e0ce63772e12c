"""What importing a document would create: recommendations found as reviews write
them (a numbered list under "Recommendations", or "Recommendation 3." openers),
sections and front matter, notes as citations; our own exports in three
languages give back their ten recommendations and their sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.starter import create_project
from workbench.word_import import (
    Heading,
    Note,
    Paragraph,
    ReadReport,
    Table,
    WordDocument,
    read_word,
)
from workbench.word_import.plan import plan_import


def _document(
    *blocks: Heading | Paragraph | Table, notes: dict[str, str] | None = None
) -> WordDocument:
    found = {m: Note("footnote", m[2:], text) for m, text in (notes or {}).items()}
    return WordDocument(list(blocks), found, ReadReport())


def test_a_numbered_list_under_a_recommendations_heading() -> None:
    plan = plan_import(
        _document(
            Heading(0, "Свобода слова: позиция"),
            Paragraph("Кому: Мажилис Парламента РК"),
            Paragraph("Алматы, 1 сентября 2023 г."),
            Heading(1, "Введение"),
            Paragraph("Текст введения, не рекомендация."),
            Paragraph("маркер во введении", 0, False),
            Heading(1, "Рекомендации"),
            Paragraph("Парламенту следует принять следующие меры."),
            Paragraph("Исключить ст. 174 УК РК. Она применяется произвольно[^fn1].", 0, True),
            Paragraph("в том числе ч. 2", 1, True),
            Paragraph("Отменить реестр «иностранных агентов»", 0, True),
            Paragraph("Пояснение после пункта."),
            Heading(1, "Приложение"),
            Paragraph("Не рекомендация", 0, True),
            notes={"fn1": "Adil Soz, *Мониторинг*, 2022, с. 7."},
        )
    )
    assert (plan.title, plan.addressee, plan.date) == (
        "Свобода слова: позиция",
        "Мажилис Парламента РК",
        "1 сентября 2023",
    )
    assert [(r.title, r.text) for r in plan.recommendations] == [
        (
            "Исключить ст. 174 УК РК.",
            "Она применяется произвольно[@adil-soz-2022, с. 7].\n\n1. в том числе ч. 2",
        ),
        ("Отменить реестр «иностранных агентов»", "Пояснение после пункта."),
    ]
    [section] = plan.sections
    assert section.title == "Рекомендации" and section.recommendations == [0, 1]
    assert section.introduction == "Парламенту следует принять следующие меры."
    assert [s.key for s in plan.sources] == ["adil-soz-2022"]


def test_openers_in_three_languages_and_sections_under_the_heading() -> None:
    plan = plan_import(
        _document(
            Heading(1, "Ұсыныстар"),
            Heading(2, "Онлайн кеңістік"),
            Paragraph("Бұғаттау тек сот шешімімен болуы тиіс."),
            Paragraph("**Ұсыныс 1.** Соттан тыс бұғаттауды алып тастау. Негіздеме мәтіні."),
            Paragraph("дәлел", 0, False),
            Paragraph("2-ұсыныс: Платформалардың міндеттерін нақтылау"),
            Heading(2, "Журналистер"),
            Paragraph("Recommendation 3 – Drop the accreditation grounds. As argued[^fn1]."),
            Heading(3, "Рекомендация 4. Гарантировать безопасность журналистов"),
            Paragraph("Текст рекомендации."),
            notes={"fn1": "Ibid."},
        )
    )
    titles = [r.title for r in plan.recommendations]
    assert titles == [
        "Соттан тыс бұғаттауды алып тастау.",
        "Платформалардың міндеттерін нақтылау",
        "Drop the accreditation grounds.",
        "Гарантировать безопасность журналистов",
    ]
    assert plan.recommendations[0].text == "Негіздеме мәтіні.\n\n- дәлел"  # a list is its part
    assert plan.recommendations[2].text == "As argued."  # "Ibid." with nothing before
    assert plan.recommendations[3].text == "Текст рекомендации."
    assert [(s.title, s.recommendations) for s in plan.sections] == [
        ("Онлайн кеңістік", [0, 1]),
        ("Журналистер", [2, 3]),
    ]
    assert plan.sections[0].introduction == "Бұғаттау тек сот шешімімен болуы тиіс."


def test_a_title_is_plain_text_and_a_long_first_sentence_is_cut() -> None:
    long = "Обеспечить " + "очень " * 60 + "длинную формулировку."
    plan = plan_import(
        _document(
            Heading(1, "Recommendations"),
            Paragraph("Repeal *art. 130* of the CrC [@rsf-2023]. Then more.", 0, True),
            Paragraph(long, 0, True),
        )
    )
    first, second = plan.recommendations
    assert first.title == "Repeal art. 130 of the CrC."
    assert first.text == "Repeal *art. 130* of the CrC [@rsf-2023]. Then more."  # nothing lost
    assert second.title.endswith("…") and len(second.title) <= 201
    assert second.text == long


def _in(language: str, fields: dict, name: str) -> str:
    """A field as a document in ``language`` shows it (its translation, if any)."""
    translated = (fields.get("translations") or {}).get(language, {}).get(name)
    return str(translated or fields[name])


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_our_own_export_plans_back_into_its_recommendations(tmp_path: Path, language: str) -> None:
    project_path = tmp_path / "starter.wbproj"
    create_project(project_path, language=language).close()
    out = tmp_path / "submission.docx"
    assert main(["export", str(project_path), "-o", str(out)]) == 0
    with Project.open(project_path) as project:
        library = Library(project)
        [submission] = library.page("submission")
        record = library.get(submission.id)
        shown = str(record.fields["language"])
        sections = record.children["sections"]
        targets = [library.get(r) for s in sections for r in s["recommendations"]]
        expected = [_in(shown, r.fields, "title") for r in targets]
        wordings = [len(r.children["proposed_wordings"]) for r in targets]
    plan = plan_import(read_word(out))
    assert plan.title == _in(shown, record.fields, "title")
    assert plan.date  # the first page's date, in the document's language
    assert [r.title for r in plan.recommendations] == expected
    assert len(plan.sections) == len(sections)
    assert all(r.text for r in plan.recommendations)
    assert len(plan.sources) > 20
    # the comparative table's rows, each on the recommendation proposing it
    assert [len(r.wordings) for r in plan.recommendations] == wordings
    assert len(plan.wordings) == sum(wordings)


def test_comparative_tables_in_kazakh_and_russian_and_rows_found_by_article() -> None:
    header = ("№", "Құрылымдық элемент", "Қолданыстағы редакция", "Ұсынылып отырған редакция")
    plan = plan_import(
        _document(
            Heading(1, "Рекомендации"),
            Paragraph("Исключить статью 174 УК РК из кодекса.", 0, True),
            Paragraph("Изменить порядок аккредитации.", 0, True),
            Table((header, ("1", "ҚР ҚК, 174-бап", "«…»", "(алып тасталсын)"))),
            Table(
                (
                    ("Норма", "Действующая редакция", "Предлагаемая редакция", "Обоснование"),
                    ("УК РК, статья 174", "Возбуждение розни…", "(исключить)", "ЗОП № 34, п. 46"),
                    ("Закон о СМИ, статья 26", "…", "новая редакция", ""),
                )
            ),
            Table((("Сокращение", "Расшифровка"), ("УК РК", "Уголовный кодекс"))),
        )
    )
    assert [(w.provision, w.proposed) for w in plan.wordings] == [
        ("ҚР ҚК, 174-бап", "(алып тасталсын)"),
        ("УК РК, статья 174", "(исключить)"),
        ("Закон о СМИ, статья 26", "новая редакция"),
    ]
    assert plan.wordings[1].justification == "ЗОП № 34, п. 46"
    first, second = plan.recommendations
    assert first.wordings == [1]  # named by article: «статью 174 УК РК»
    assert second.wordings == []  # rows no recommendation names wait for the user


def test_paragraphs_numbered_by_hand_under_the_heading() -> None:
    plan = plan_import(
        _document(
            Heading(1, "Рекомендации"),
            Paragraph("1. Исключить ст. 174 УК РК. Она применяется произвольно."),
            Paragraph("Пояснение к первому пункту."),
            Paragraph("2) Отменить реестр «иностранных агентов»."),
        )
    )
    assert [(r.title, r.text) for r in plan.recommendations] == [
        ("Исключить ст. 174 УК РК.", "Она применяется произвольно.\n\nПояснение к первому пункту."),
        ("Отменить реестр «иностранных агентов».", ""),
    ]


def test_recommendations_under_no_heading_are_a_section_named_in_the_documents_language() -> None:
    from workbench.word_import.building import LibraryKnowledge, build_proposal

    plan = plan_import(_document(Paragraph("Ұсыныс 1. Цензураны толық жою.")))
    assert [s.title for s in plan.sections] == [""]
    proposal = build_proposal(plan, LibraryKnowledge(), "test", "kk")
    [section] = proposal.row("submission").parts["sections"]
    assert section["title"] == "Ұсыныстар"

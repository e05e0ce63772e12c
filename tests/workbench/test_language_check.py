"""A document's texts are checked against its language: English in a Russian export,
Russian in the Kazakh column are found, named by record and field, in the
preflight and as warnings of ``workbench export``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.cli import main
from workbench.language_detect import detect_language
from workbench.library import Library
from workbench.preflight import check_submission
from workbench.project import Project

TEXTS = {
    "en": [
        "The Criminal Code makes slander a crime punishable by restriction of freedom.",
        "Blocking of websites without a court order should end, and owners be notified.",
    ],
    "ru": [
        "Уголовный кодекс предусматривает ответственность за клевету, что несоразмерно.",
        "Общественный фонд «Әділ сөз» зафиксировал в 2023 году рост исков к журналистам.",
        "Блокировка сайтов без решения суда должна быть прекращена.",
    ],
    "kk": [
        "Қылмыстық кодекс жала жабу үшін жауапкершілікті көздейді, бұл сай емес.",
        "Журналистердің құқықтарын қорғау керек және тіркеу тәртібін жеңілдету қажет.",
        "Сайттарды сот шешімінсіз бұғаттау тоқтатылуы тиіс.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in TEXTS.items() for text in texts]
)
def test_each_language_is_told_apart(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    ["ICCPR, Art. 19", "УК РК, ст. 130", "2023", "https://adilet.zan.kz/rus/docs/K1400000226"],
)
def test_names_figures_and_addresses_decide_nothing(text: str) -> None:
    assert detect_language(text) is None


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _misplaced(project: Project) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (f.kind, f.field, f.detail)
        for f in check_submission(project, fixed(60))
        if f.code == "wrong-language"
    ]


def test_english_in_a_russian_document_is_found(small: Project) -> None:
    library = Library(small)
    assert _misplaced(small) == []  # an English document of English texts
    library.update(fixed(60), {"language": "ru"})
    found = _misplaced(small)
    assert ("recommendation", "text", ("text", "Decriminalise insult", "en", "ru")) in found
    # a title long enough to tell is found; a two-word one is too short (names read alike)
    assert ("recommendation", "title", ("title", "Repeal administrative slander", "en", "ru")) in (
        found
    )
    assert not [f for f in found if f[2][:2] == ("title", "Decriminalise insult")]


def test_russian_in_the_kazakh_column_is_found_but_untranslated_text_only_once(
    small: Project,
) -> None:
    library = Library(small)
    russian = "Декриминализировать оскорбление и перенести его в гражданское право"
    library.update(fixed(60), {"second_language": "kk"})
    library.update(fixed(50), {"translations": {"kk": {"title": russian}}})
    findings = [f for f in check_submission(small, fixed(60)) if f.code == "wrong-language"]
    in_kazakh = [f for f in findings if f.detail[3] == "kk"]
    assert [(f.record_id, f.field, f.detail[2]) for f in in_kazakh] == [(fixed(50), "title", "ru")]
    assert russian in in_kazakh[0].message or "Decriminalise" in in_kazakh[0].message


def test_export_warns_of_text_in_another_language(
    small: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Library(small).update(fixed(60), {"language": "kk"})
    path = small.path
    small.close()
    code = main(["export", str(path), "-o", str(tmp_path / "out.docx")])
    error = capsys.readouterr().err
    assert code == 0
    assert "workbench: warning: The text of “Decriminalise insult” reads as English" in error
    assert "in a document in Kazakh" in error

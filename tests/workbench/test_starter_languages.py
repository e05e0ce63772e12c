"""The starter library in Russian and Kazakh: every text translated, documents in
each language with no English left outside source titles, names and URLs, the
statutes' translated wordings marked unofficial, and the first run offering the
submission in the interface language."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import docx
import pytest

from workbench import cli, kinds, starter_translations
from workbench.bilingual import part_key
from workbench.cli import main
from workbench.export import export_submission
from workbench.export.labels import LABELS
from workbench.library import Library
from workbench.preflight import check_submission
from workbench.project import Project
from workbench.settings import interface_language
from workbench.starter import STARTER_SUBMISSION, create_project, starter_document

LANGUAGES = starter_translations.LANGUAGES
URL = re.compile(r"\w+://\S+|www\.\S+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("starter") / "starter.wbproj"
    create_project(path).close()
    return path


@pytest.fixture(scope="module")
def exports(starter: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    made = {}
    with Project.open(starter) as project:
        for name, first, second in (("ru", "ru", None), ("kk", "kk", None), ("ru-kk", "ru", "kk")):
            made[name] = folder / f"{name}.docx"
            export_submission(project, made[name], language=first, second_language=second)
    return made


def _allowed_latin() -> set[str]:
    """Brand and personal names the translations keep in Latin letters."""
    allowed: set[str] = set()
    for language in LANGUAGES:
        for module in [*starter_translations.MODULES.values(), "submission"]:
            loaded = importlib.import_module(f"resources.starter.{language}.{module}")
            allowed.update(getattr(loaded, "LATIN_NAMES", ()))
    return allowed


def _has_words(text: object) -> bool:
    """Whether a text holds letters (a figure such as "8,361" reads alike in every language)."""
    return isinstance(text, str) and any(character.isalpha() for character in text)


def _texts_to_translate(section: str, record: dict) -> list[str]:
    """The keys of a record's translations its English texts call for."""
    entry = next(k for k in kinds.RECORD_KINDS.values() if k.section == section)
    kind = entry.name
    keys = [name for name in entry.translatable if _has_words(record.get(name))]
    for part in entry.parts:
        for item in record.get(part.name, []):
            keys.extend(
                part_key(part.name, item["id"], name)
                for name in part.translatable
                if _has_words(item.get(name))
            )
    return keys if kind != "source" else []


def test_every_text_of_the_starter_library_is_in_russian_and_kazakh() -> None:
    document = starter_document()
    missing = []
    for entry in kinds.RECORD_KINDS.values():
        for record in document.get(entry.section, []):
            translations = record.get("translations", {})
            for key in _texts_to_translate(entry.section, record):
                for language in LANGUAGES:
                    if not translations.get(language, {}).get(key, "").strip():
                        missing.append(f"{entry.name} {record['id']} {language} {key}")
    assert not missing, "\n".join(missing[:40])


@pytest.mark.parametrize("name", ["ru", "kk", "ru-kk"])
def test_the_exports_hold_no_english_outside_sources_and_names(
    exports: dict[str, Path], name: str
) -> None:
    document = docx.Document(str(exports[name]))
    texts = [p.text for p in document.paragraphs if p.style.name != "Bibliography"]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    allowed = _allowed_latin()
    found = {
        word
        for text in texts
        for word in LATIN_WORD.findall(URL.sub(" ", text))
        if word not in allowed
    }
    assert not found, sorted(found)


def test_the_statutes_translated_wordings_are_marked_unofficial(
    starter: Path, exports: dict[str, Path]
) -> None:
    with Project.open(starter) as project:
        library = Library(project)
        wordings = [
            wording
            for summary in library.page("recommendation")
            for wording in library.get(summary.id).children["proposed_wordings"]
        ]
    assert wordings
    assert all(w.get("current_wording_translation") == "unofficial" for w in wordings)
    for name, languages in (("ru", ["ru"]), ("kk", ["kk"]), ("ru-kk", ["ru", "kk"])):
        text = "\n".join(p.text for p in docx.Document(str(exports[name])).paragraphs)
        for language in languages:
            assert LABELS[language]["unofficial_translation"] in text, (name, language)


def test_check_finds_nothing_untranslated_or_in_another_language(starter: Path) -> None:
    with Project.open(starter) as project:
        library = Library(project)
        library.update(STARTER_SUBMISSION, {"language": "ru", "second_language": "kk"})
        findings = check_submission(project, STARTER_SUBMISSION)
    wrong = [f for f in findings if f.code in ("not-translated", "wrong-language")]
    assert not wrong, "\n".join(f"{f.code} {f.kind} {f.title}: {f.message}" for f in wrong[:30])


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_first_run_offers_the_submission_in_the_interface_language(
    isolated_home, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(cli, "launch_gui", lambda path, share=None: 0)  # no window in tests
    monkeypatch.setenv("LC_ALL", {"ru": "ru_RU.UTF-8", "kk": "kk_KZ.UTF-8"}[language])
    assert main([]) == 0
    with Project.open(isolated_home.default_project) as project:
        assert Library(project).get(STARTER_SUBMISSION).fields["language"] == language


def test_an_english_interface_keeps_the_english_submission(tmp_path: Path) -> None:
    with create_project(tmp_path / "en.wbproj", language="en") as project:
        assert Library(project).get(STARTER_SUBMISSION).fields["language"] == "en"


@pytest.mark.parametrize(
    ("environment", "chosen", "expected"),
    [
        ({"LC_ALL": "ru_RU.UTF-8"}, "", "ru"),
        ({"LANG": "kk_KZ.UTF-8"}, "", "kk"),
        ({"LANG": "de_DE.UTF-8"}, "", "en"),
        ({"LANG": "C.UTF-8"}, "", "en"),
        ({"LANG": "ru_RU.UTF-8"}, "kk", "kk"),
    ],
)
def test_the_interface_language_is_read_before_the_window(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], chosen: str, expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert interface_language(chosen) == expected

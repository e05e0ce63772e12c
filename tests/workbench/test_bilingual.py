"""Records in two languages: stored, searched, dumped, merged and exported side by side."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.schema import SCHEMA_VERSION
from tests.conftest import TickingClock
from tests.ooxml_check import docx_problems
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.bilingual import TRANSLATABLE, normalized, text_in
from workbench.cli import main
from workbench.errors import InvalidField
from workbench.export import export_submission
from workbench.export.labels import LABELS
from workbench.interchange import dump_document
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.project import Project, inspect_file
from workbench.search import search
from workbench.store import load

FIXTURE_V2 = Path(__file__).parents[1] / "data" / "project-v2.wbproj"

KK_TITLE = "Қорлауды қылмыстық санаттан шығару"
KK_TEXT = "Қылмыстық кодекстің **131-бабын** алып тастау."
RU_TITLE = "Декриминализировать оскорбление"
RU_TEXT = "Исключить **статью 131** из Уголовного кодекса."

TRANSLATIONS = {
    "kk": {"title": KK_TITLE, "text": KK_TEXT},
    "ru": {"title": RU_TITLE, "text": RU_TEXT},
}


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


@pytest.fixture
def translated(small: Project) -> Project:
    library = Library(small)
    library.update(fixed(50), {"translations": TRANSLATIONS})
    library.update(
        fixed(60),
        {"translations": {"kk": {"title": "Сөз бостандығына он қадам", "summary": "Үш ұсыныс."}}},
    )
    return small


# --- storing -------------------------------------------------------------------


def test_translations_are_stored_as_part_of_the_record(translated: Project) -> None:
    record = Library(translated).get(fixed(50))
    assert record.fields["translations"] == TRANSLATIONS
    assert record.content()["translations"] == TRANSLATIONS
    assert text_in(record.fields, "title", "kk") == KK_TITLE
    assert text_in(record.fields, "rationale", "kk") == record.fields["rationale"]


def test_a_translation_changes_the_revision_and_none_leaves_content_as_before(
    small: Project,
) -> None:
    library = Library(small)
    before = library.get(fixed(52))
    assert "translations" not in before.content()
    after = library.update(fixed(52), {"translations": {"kk": {"title": "Әкімшілік жала"}}})
    assert after.revision != before.revision
    cleared = library.update(fixed(52), {"translations": {"kk": {"title": "  "}}})
    assert "translations" not in cleared.content()


def test_only_text_fields_of_known_languages_can_be_translated() -> None:
    with pytest.raises(InvalidField):
        normalized("recommendation", {"de": {"title": "x"}})
    with pytest.raises(InvalidField):
        normalized("recommendation", {"kk": {"status": "final"}})
    with pytest.raises(InvalidField):
        normalized("recommendation", {"kk": {"title": 3}})
    with pytest.raises(InvalidField):
        normalized("recommendation", ["kk"])


@given(
    st.dictionaries(
        st.sampled_from(["en", "ru", "kk"]),
        st.dictionaries(st.sampled_from(TRANSLATABLE["recommendation"]), st.text(max_size=20)),
    )
)
def test_normal_form_is_stable(value: dict[str, dict[str, str]]) -> None:
    once = normalized("recommendation", value)
    assert normalized("recommendation", once) == once
    assert all(texts and all(t.strip() for t in texts.values()) for texts in once.values())


def test_search_finds_either_language(translated: Project) -> None:
    assert fixed(50) in {hit.id for hit in search(translated, "қылмыстық санаттан")}
    assert fixed(50) in {hit.id for hit in search(translated, "декриминализировать")}
    assert fixed(50) in {hit.id for hit in search(translated, "decriminalise")}


def test_schema_2_project_migrates_and_takes_translations(tmp_path: Path) -> None:
    path = tmp_path / "v2.wbproj"
    shutil.copy(FIXTURE_V2, path)
    with Project.open(path) as project:
        assert project.migrated_from == 2
        library = Library(project)
        provision = next(r for r in library.page("provision", limit=5))
        updated = library.update(provision.id, {"translations": {"kk": {"heading": "Жала жабу"}}})
        assert updated.fields["translations"] == {"kk": {"heading": "Жала жабу"}}
        assert {hit.kind for hit in search(project, "жала")} == {"provision"}
    assert inspect_file(path).user_version == SCHEMA_VERSION


# --- interchange and merge -------------------------------------------------------


def test_dump_and_load_carry_translations(translated: Project, tmp_path: Path) -> None:
    document = dump_document(translated)
    dumped = next(r for r in document["recommendations"] if r["id"] == str(fixed(50)))
    assert dumped["translations"] == TRANSLATIONS
    with Project.create(tmp_path / "copy.wbproj", clock=TickingClock()) as copy:
        load(copy, document)
        assert Library(copy).get(fixed(50)).fields["translations"] == TRANSLATIONS
        assert dump_document(copy)["recommendations"] == document["recommendations"]


def test_merge_brings_a_colleagues_translation(small: Project, tmp_path: Path) -> None:
    colleague_path = tmp_path / "colleague.wbproj"
    with Project.create(colleague_path, clock=TickingClock()) as colleague:
        load(colleague, dump_document(small))
        Library(colleague).update(
            fixed(53), {"translations": {"kk": {"title": "Сот статистикасы"}}}
        )
        theirs = dump_document(colleague)
    plan = plan_merge(small, theirs)
    apply_merge(small, plan)
    merged = Library(small).get(fixed(53))
    assert merged.fields["translations"] == {"kk": {"title": "Сот статистикасы"}}
    assert fixed(53) in {hit.id for hit in search(small, "статистикасы")}


# --- export -------------------------------------------------------------------------


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _tables_with_columns(document: docx.document.Document, count: int) -> list:
    return [t for t in document.tables if len(t.columns) == count]


def test_export_in_one_other_language_uses_its_wording_and_labels(
    translated: Project, tmp_path: Path
) -> None:
    out = tmp_path / "kk.docx"
    export_submission(translated, out, language="kk")
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Сөз бостандығына он қадам" in texts
    assert f"Ұсыныс 1. {KK_TITLE}" in texts
    assert LABELS["kk"]["recommendations"] in texts
    # Untranslated records keep their own wording rather than leave a hole.
    assert "Ұсыныс 2. Repeal administrative slander" in texts
    assert not [t for t in texts if "Decriminalise insult" in t]


def test_bilingual_export_puts_each_language_in_its_column(
    translated: Project, tmp_path: Path
) -> None:
    out = tmp_path / "ru-kk.docx"
    report = export_submission(translated, out, language="ru", second_language="kk")
    assert report.recommendations == 3
    document = docx.Document(str(out))
    tables = _tables_with_columns(document, 2)
    rows = [row for table in tables for row in table.rows]
    headers = {(row.cells[0].text, row.cells[1].text) for row in rows}
    assert ("Русский", "Қазақша") in headers
    pairs = [(row.cells[0].text, row.cells[1].text) for row in rows]
    # A row per paragraph, each beside its translation.
    assert (f"Рекомендация 1. {RU_TITLE}", f"Ұсыныс 1. {KK_TITLE}") in pairs
    text = next(pair for pair in pairs if "статью 131" in pair[0])
    assert "131-бабын" in text[1] and "статью 131" not in text[1]
    # Labels in each language, in its own column, and both in the headings.
    assert (LABELS["ru"]["rationale"], LABELS["kk"]["rationale"]) in pairs
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    both = f"{LABELS['ru']['recommendations']} / {LABELS['kk']['recommendations']}"
    assert both in headings
    summary = next(pair for pair in pairs if "Үш ұсыныс." in pair[1])
    assert summary[0].startswith("Three recommendations") and "Үш" not in summary[0]


def test_bilingual_recommendations_are_numbered_in_each_column(
    translated: Project, tmp_path: Path
) -> None:
    out = tmp_path / "bi.docx"
    export_submission(translated, out, language="ru", second_language="kk")
    document = docx.Document(str(out))
    numbered = [
        p
        for table in _tables_with_columns(document, 2)
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
        if p.style.name == "Recommendation"
    ]
    assert len(numbered) == 6
    assert [p.text.split(".")[0] for p in numbered] == [
        f"{label} {n}" for n in (1, 2, 3) for label in ("Рекомендация", "Ұсыныс")
    ]
    sequences = [[t.text for t in p._p.iter(f"{W}instrText")] for p in numbered]
    left, right = [" SEQ Recommendation \\* ARABIC "], [" SEQ RecommendationSecond \\* ARABIC "]
    assert sequences == [left, right] * 3  # Word counts each column on its own


def test_submission_option_makes_the_export_bilingual(translated: Project, tmp_path: Path) -> None:
    Library(translated).update(fixed(60), {"second_language": "kk"})
    out = tmp_path / "option.docx"
    export_submission(translated, out)
    document = docx.Document(str(out))
    cells = [c.text for t in _tables_with_columns(document, 2) for r in t.rows for c in r.cells]
    assert "English" in cells and "Қазақша" in cells
    assert any(KK_TITLE in c for c in cells)
    single = tmp_path / "single.docx"
    export_submission(translated, single, second_language="none")
    assert not any(
        "Қазақша" in c.text
        for t in docx.Document(str(single)).tables
        for r in t.rows
        for c in r.cells
    )


def test_cli_exports_two_languages(translated: Project, tmp_path: Path) -> None:
    path = translated.path
    translated.close()
    out = tmp_path / "cli.docx"
    code = main(
        ["export", str(path), "-o", str(out), "--language", "ru", "--second-language", "kk"]
    )
    assert code == 0
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Русский" in cells and any(KK_TITLE in c for c in cells)
    with pytest.raises(SystemExit) as refused:
        main(["export", str(path), "-o", str(out), "--language", "de"])
    assert refused.value.code == 2


def test_each_column_of_a_side_by_side_export_carries_its_language(
    translated: Project, tmp_path: Path
) -> None:
    """Word checks the spelling of the Kazakh column as Kazakh, not as Russian."""
    from docx.oxml.ns import qn

    out = tmp_path / "columns.docx"
    export_submission(translated, out, language="ru", second_language="kk")
    headed = ("Русский", "Қазақша")  # the side-by-side tables' header row
    tables = [
        t
        for t in docx.Document(str(out)).tables
        if len(t.columns) == 2 and tuple(c.text for c in t.rows[0].cells) == headed
    ]
    assert tables
    seen: dict[int, set[str | None]] = {0: set(), 1: set()}
    for table in tables:
        for row in table.rows[1:]:  # the header row names the languages
            for column, cell in enumerate(row.cells):
                for run in cell._tc.iter(qn("w:r")):
                    lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
                    seen[column].add(lang.get(qn("w:val")) if lang is not None else None)
    assert seen == {0: {"ru-RU"}, 1: {"kk-KZ"}}

    assert docx_problems(out) == []  # each run's w:lang where the schema puts it


def test_the_cover_of_a_side_by_side_export_is_in_both_languages(
    translated: Project, tmp_path: Path
) -> None:
    Library(translated).update(
        fixed(60), {"translations": {"kk": {"addressee": "Парламент Мәжілісі"}}}
    )
    out = tmp_path / "cover.docx"
    export_submission(translated, out, language="ru", second_language="kk")
    cover = "\n".join(p.text for p in docx.Document(str(out)).paragraphs[:20])
    assert "Кому / Кімге: " in cover and " / Парламент Мәжілісі" in cover
    assert "1 сентября 2023 г. / 2023 жылғы 1 қыркүйек" in cover


def test_abbreviations_follow_the_alphabet_of_the_language(tmp_path: Path) -> None:
    with Project.create(tmp_path / "abbr.wbproj", clock=TickingClock()) as project:
        library = Library(project)
        names = {"ӘК": "Әкімшілік кодекс", "АК": "Азаматтық кодекс", "ЯК": "Ядролық кодекс"}
        provisions = []
        for short, title in names.items():
            instrument = library.create("instrument", {"short_name": short, "title": title})
            provisions.append(
                library.create("provision", {"unit": "1-бап"}, {"instrument": [instrument.id]}).id
            )
        rec = library.create("recommendation", {"title": "Ұсыныс"}, {"provisions": provisions})
        submission = library.create("submission", {"title": "Өтінім", "language": "kk"})
        from workbench.composition import Composition

        section = Composition(project).add_section(submission.id, "Бөлім").id
        Composition(project).set_section_items(section, [rec.id])
        out = tmp_path / "abbr.docx"
        export_submission(project, out)
    document = docx.Document(str(out))
    table = next(t for t in document.tables if t.rows[0].cells[0].text in names)
    assert [row.cells[0].text for row in table.rows] == ["АК", "ӘК", "ЯК"]


def test_section_titles_and_introductions_in_another_language(
    translated: Project, tmp_path: Path
) -> None:
    from workbench.bilingual import section_key

    library = Library(translated)
    texts = dict(library.get(fixed(60)).fields["translations"]["kk"])
    texts[section_key(fixed(61), "title")] = "Қылмыстық құқық"
    texts[section_key(fixed(61), "introduction")] = "Бөлімге кіріспе."
    library.update(fixed(60), {"translations": {"kk": texts}})
    with pytest.raises(InvalidField):
        normalized("submission", {"kk": {section_key(fixed(61), "recommendations"): "x"}})
    with pytest.raises(InvalidField):
        normalized("recommendation", {"kk": {section_key(fixed(61), "title"): "x"}})
    out = tmp_path / "sections.docx"
    export_submission(translated, out, language="en", second_language="kk")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Criminal law / Қылмыстық құқық" in headings
    assert "Other" in headings  # untranslated: as written, once
    cells = [
        (r.cells[0].text, r.cells[1].text)
        for t in document.tables
        for r in t.rows
        if len(r.cells) == 2
    ]
    assert ("", "Бөлімге кіріспе.") in cells


def test_proposed_wording_in_two_languages_in_the_comparative_table(
    translated: Project, tmp_path: Path
) -> None:
    from workbench.bilingual import wording_key

    library = Library(translated)
    texts = dict(library.get(fixed(50)).fields["translations"]["kk"])
    texts[wording_key(fixed(51), "current_wording")] = (
        "Қорлау айыппұлмен немесе қамаумен жазаланады."
    )
    texts[wording_key(fixed(51), "proposed_wording")] = (
        "Қорлау азаматтық құқық бұзушылық болып табылады."
    )
    library.update(fixed(50), {"translations": {"kk": texts}})
    with pytest.raises(InvalidField):
        normalized("recommendation", {"kk": {wording_key(fixed(51), "provision"): "x"}})
    out = tmp_path / "table.docx"
    export_submission(translated, out, language="en", second_language="kk")
    table = next(t for t in docx.Document(str(out)).tables if len(t.columns) == 5)
    assert (
        table.rows[0].cells[3].text
        == f"{LABELS['en']['col_proposed']} / " + (LABELS["kk"]["col_proposed"])
    )
    proposed = [p.text for p in table.rows[1].cells[3].paragraphs]
    assert proposed[0] == "Insult is a civil wrong."
    assert "азаматтық құқық бұзушылық" in proposed[1]
    # Untranslated justification: written once, not twice.
    justification = [p.text for p in table.rows[1].cells[4].paragraphs if p.text]
    assert len(justification) == 1
    # In Kazakh alone, the table holds the Kazakh wording only.
    single = tmp_path / "kk-table.docx"
    export_submission(translated, single, language="kk", second_language="none")
    table = next(t for t in docx.Document(str(single)).tables if len(t.columns) == 5)
    assert "азаматтық" in table.rows[1].cells[3].text
    assert "civil wrong" not in table.rows[1].cells[3].text

"""Full-text search: scripts, case, prefixes, ranking, snippets, consistency."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.composition import Composition
from workbench.library import Library
from workbench.search import search

KAZAKH_PAIRS = ["Әә", "Ғғ", "Ққ", "Ңң", "Өө", "Ұұ", "Үү", "Һһ", "Іі"]


def _titles(project, query, **kwargs) -> list[str]:
    return [hit.title for hit in search(project, query, **kwargs)]


def test_cyrillic_is_case_insensitive(project, library: Library) -> None:
    library.create("critique", {"title": "Клевета как уголовное преступление"})
    assert _titles(project, "клевета") == ["Клевета как уголовное преступление"]
    assert _titles(project, "КЛЕВЕТА") == ["Клевета как уголовное преступление"]
    assert _titles(project, "уголовное") == ["Клевета как уголовное преступление"]


def test_every_kazakh_letter_folds_case(project, library: Library) -> None:
    for pair in KAZAKH_PAIRS:
        upper, lower = pair
        library.create("tag", {"name": f"{upper}тау"})
        assert _titles(project, f"{lower}тау") == [f"{upper}тау"], pair
        assert _titles(project, f"{upper}ТАУ") == [f"{upper}тау"], pair


def test_kazakh_words_and_latin(project, library: Library) -> None:
    library.create(
        "provision", {"unit": "14-бап", "wording": "Қазақстан Республикасының Конституциясы"}
    )
    library.create("source", {"title": "World Press Freedom Index", "key": "rsf-2023"})
    assert _titles(project, "қазақстан") == ["14-бап"]
    assert _titles(project, "ҚАЗАҚ") == ["14-бап"]  # prefix
    assert _titles(project, "press FREEDOM") == ["World Press Freedom Index"]
    assert _titles(project, "rsf") == ["World Press Freedom Index"]


def test_prefixes_and_all_words_required(project, library: Library) -> None:
    library.create(
        "evidence", {"title": "Blocked resources", "summary": "8,361 sites blocked in 2022"}
    )
    library.create("evidence", {"title": "Blocking of messengers"})
    assert sorted(_titles(project, "block")) == ["Blocked resources", "Blocking of messengers"]
    assert _titles(project, "block sites") == ["Blocked resources"]
    assert _titles(project, "nothing-like-this") == []


def test_title_matches_rank_above_body_matches(project, library: Library) -> None:
    library.create(
        "critique", {"title": "General remarks", "argument": "The slander article is vague."}
    )
    library.create("critique", {"title": "Slander in the Criminal Code", "argument": "Other text."})
    assert _titles(project, "slander") == ["Slander in the Criminal Code", "General remarks"]


def test_snippets_mark_the_matches(project, library: Library) -> None:
    body = " ".join(["filler"] * 40 + ["слово", "клевета", "тут"] + ["filler"] * 40)
    library.create("critique", {"title": "Long", "argument": body})
    [hit] = search(project, "клевет")
    assert len(hit.snippet) < len(body)
    [(start, end)] = hit.highlights
    assert hit.snippet[start:end] == "клевета"


def test_kind_filter(project, library: Library) -> None:
    library.create("tag", {"name": "privacy"})
    library.create("critique", {"title": "privacy intrusions"})
    assert [h.kind for h in search(project, "privacy", kinds=["tag"])] == ["tag"]
    assert len(search(project, "privacy")) == 2


def test_index_follows_updates_deletes_and_links(project, library: Library) -> None:
    crc = library.create("instrument", {"title": "Criminal Code", "short_name": "CrCRK"})
    art = library.create("provision", {"unit": "Article 174"}, {"instrument": [crc.id]})
    assert {h.kind for h in search(project, "crcrk")} == {"instrument", "provision"}
    assert "CrCRK, Article 174" in _titles(project, "crcrk")  # named with its instrument
    library.update(crc.id, {"short_name": "УК"})
    assert search(project, "crcrk") == []
    assert {h.kind for h in search(project, "ук")} == {"instrument", "provision"}
    library.update(art.id, {"heading": "Incitement of discord"})
    assert _titles(project, "discord") == ["УК, Article 174 Incitement of discord"]
    library.delete(art.id)
    assert search(project, "discord") == []
    assert [h.kind for h in search(project, "ук")] == ["instrument"]


def test_proposed_wording_is_searchable(project, library: Library) -> None:
    rec = library.create("recommendation", {"title": "Define censorship"})
    Composition(project).add_proposed_wording(
        rec.id, None, proposed_wording="Цензура — это контроль"
    )
    assert _titles(project, "цензура") == ["Define censorship"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_no_query_can_break_search(project, library: Library, query: str) -> None:
    """FTS5 syntax, quotes, operators, lone punctuation: never an error."""
    search(project, query)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=2, max_size=12))
def test_any_word_finds_its_record(project, library: Library, word: str) -> None:
    record = library.create("tag", {"name": f"zz {word} zz"})
    assert record.id in {hit.id for hit in search(project, word, limit=500)}


def test_a_rebuilt_index_holds_what_each_write_made(project, library: Library) -> None:
    """The index a schema upgrade rebuilds in batches is the one the edits had made,
    entry for entry: provisions named with their instrument, wordings included."""
    from db.search_index import SEARCH_TABLE
    from workbench.search import rebuild_index

    code = library.create("instrument", {"short_name": "УК РК", "title": "Уголовный кодекс"})
    for number in range(1, 520):  # more than one batch of 500
        library.create("provision", {"unit": f"Статья {number}"}, {"instrument": [code.id]})
    recommendation = library.create("recommendation", {"title": "Жала жабуды алып тастау"})
    Composition(project).add_proposed_wording(
        recommendation.id, None, proposed_wording="Статья утрачивает силу.", justification="Ұсыныс"
    )
    query = f"SELECT record_id, kind, title, body, forms FROM {SEARCH_TABLE} ORDER BY 1"
    with project.reading() as session:
        written = session.connection().exec_driver_sql(query).all()
    with project.writing() as writer:
        assert rebuild_index(writer.session) == len(written) == 521
    with project.reading() as session:
        rebuilt = session.connection().exec_driver_sql(query).all()
    assert rebuilt == written
    assert any("Статья утрачивает силу." in row.body for row in rebuilt)
    assert any(row.title == "УК РК, Статья 519" for row in rebuilt), rebuilt[:3]


def test_an_upgrade_keeps_an_index_this_version_would_build_the_same(tmp_path) -> None:
    """Upgrading a schema-11 file (what is indexed has not changed since) keeps its
    index as it was (older files, rebuilt: test_project_schema.py)."""
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from db.schema import SCHEMA_VERSION, alembic_config
    from db.search_index import SEARCH_TABLE
    from workbench.project import Project
    from workbench.search import INDEXED_AS_OF_SCHEMA

    assert INDEXED_AS_OF_SCHEMA <= SCHEMA_VERSION
    path = tmp_path / "v11.wbproj"
    with Project.create(path) as project:
        Library(project).create("evidence", {"title": "Хабарлама туралы есеп"})
    connection = sqlite3.connect(path)
    with connection:
        # A word no record holds, put in the index alone: still there after the
        # upgrade means the index was kept; a rebuild would leave only the records'.
        connection.execute(f"UPDATE {SEARCH_TABLE} SET body = body || ' kepttoken'")
    with connection:
        engine = create_engine("sqlite://", creator=lambda: connection)
        with engine.begin() as bound:
            command.downgrade(alembic_config(bound), "0011_imported_records")
    connection.close()
    with Project.open(path) as project:
        assert project.migrated_from == 11
        assert _titles(project, "kepttoken") == ["Хабарлама туралы есеп"]
        assert _titles(project, "хабарлама") == ["Хабарлама туралы есеп"]

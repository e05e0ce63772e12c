"""Search results in tiers, each ranked within a window of its matches: whatever
the window and the page, every match is listed once, in one stable order, and
word-form matches come last."""

import uuid

import pytest

from db import search_index
from db.search_index import SearchRow
from workbench.library import Library
from workbench.project import Project
from workbench.word_forms import stems


def _library(library: Library) -> dict[str, set[uuid.UUID]]:
    """Records finding «журналисты» in the title, in the body only, or only as a word form."""
    made: dict[str, set[uuid.UUID]] = {"title": set(), "body": set(), "forms": set()}
    for number in range(9):
        made["title"].add(library.create("critique", {"title": f"Журналисты {number}"}).id)
        made["body"].add(
            library.create(
                "evidence", {"title": f"Доклад {number}", "summary": "журналисты арестованы"}
            ).id
        )
        made["forms"].add(library.create("critique", {"title": f"Журналиста {number}"}).id)
        library.create("critique", {"title": f"Суд {number}"})
    return made


def _search(project: Project, query: str, **options: object) -> list[SearchRow]:
    with project.reading() as session:
        return search_index.search(session.connection(), query, stems_of=stems, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("ranked", [4, 1000])
@pytest.mark.parametrize("forms_first", [False, True])
def test_pages_of_a_windowed_ranking_join_into_one_list_of_every_match(
    project: Project,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    forms_first: bool,
    ranked: int,
) -> None:
    """Whichever tier is evaluated first (a long query starts with word forms)."""
    if forms_first:
        monkeypatch.setattr(search_index, "FEW_WORDS", 0)
    made = _library(library)
    whole = _search(project, "журналисты", limit=100, ranked=ranked)
    ids = [row.record_id for row in whole]
    assert len(ids) == len(set(ids)) == 27
    assert set(ids[:18]) == made["title"] | made["body"]
    assert set(ids[18:]) == made["forms"]
    assert [row.exact for row in whole] == [True] * 18 + [False] * 9
    for limit in (1, 2, 4, 5, 9, 10, 30):
        for offset in range(0, 30):
            page = _search(project, "журналисты", limit=limit, offset=offset, ranked=ranked)
            assert [row.record_id for row in page] == ids[offset : offset + limit], (limit, offset)


def test_a_window_as_large_as_the_tier_ranks_it_all_by_bm25(
    project: Project, library: Library
) -> None:
    short = library.create("critique", {"title": "Журналисты"}).id
    made = _library(library)
    ids = [row.record_id for row in _search(project, "журналисты", limit=100, ranked=1000)]
    assert len(ids) == 28
    # the shortest title first, then the other title matches, then body matches
    assert ids[0] == short
    assert set(ids[1:10]) == made["title"]
    assert set(ids[10:19]) == made["body"]


def test_the_kind_filter_applies_in_every_tier_and_no_word_matches_a_kind(
    project: Project, library: Library
) -> None:
    made = _library(library)
    found = {row.record_id for row in _search(project, "журналисты", kinds=["evidence"])}
    assert found == made["body"]
    critiques = {row.record_id for row in _search(project, "журналисты", kinds=["critique"])}
    assert critiques == made["title"] | made["forms"]
    assert _search(project, "critique") == []
    assert _search(project, "evidence") == []

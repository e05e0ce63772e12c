"""Services the GUI's lists need: rows for given ids, and how often each tag is used."""

import uuid
from pathlib import Path

import pytest

from db.models import RECORD_KINDS
from workbench.library import Library
from workbench.project import Project
from workbench.starter import create_project


def test_summaries_for_given_ids(library: Library) -> None:
    first = library.create("critique", {"title": "Vague", "severity": "high"})
    second = library.create("source", {"key": "rsf-2023", "title": "Index"})
    rows = library.summaries([first.id, second.id, uuid.uuid4()])
    assert set(rows) == {first.id, second.id}
    assert rows[first.id].title == "Vague" and rows[first.id].fields["severity"] == "high"
    assert rows[second.id].kind == "source" and "notes" not in rows[second.id].fields
    assert library.summaries([]) == {}


def test_tag_usage_counts_records_per_tag(library: Library) -> None:
    privacy = library.create("tag", {"name": "privacy"})
    unused = library.create("tag", {"name": "unused"})
    library.create("critique", {"title": "a"}, {"tags": [privacy.id]})
    library.create("source", {"title": "b"}, {"tags": [privacy.id]})
    assert library.tag_usage() == {privacy.id: 2}
    assert unused.id not in library.tag_usage()


@pytest.mark.parametrize(
    ("order_by", "descending", "filters"),
    [(None, False, None), ("severity", True, None), ("updated_at", False, {"severity": "high"})],
)
def test_ordered_ids_follow_page_order(library: Library, order_by, descending, filters) -> None:
    tag = library.create("tag", {"name": "t"})
    for n in range(12):
        severity = ("low", "high", "medium")[n % 3]
        tags = {"tags": [tag.id]} if n % 2 else {}
        library.create("critique", {"title": f"c{n % 5}", "severity": severity}, tags)
    for chosen_tag in (None, tag.id):
        options = {"order_by": order_by, "descending": descending, "filters": filters}
        pages = library.page("critique", limit=100, tag=chosen_tag, **options)
        ids = library.ordered_ids("critique", tag=chosen_tag, **options)
        assert ids == [row.id for row in pages]
        assert len(ids) == library.count("critique", filters=filters, tag=chosen_tag)
    with pytest.raises(ValueError):
        library.ordered_ids("critique", order_by="argument; drop table")


def test_a_count_up_to_a_limit_stops_there_whatever_the_filters(library: Library) -> None:
    """How the lists tell a long list from a short one without counting it all."""
    tag = library.create("tag", {"name": "сөз бостандығы"})
    for n in range(9):
        tags = {"tags": [tag.id]} if n % 3 else {}
        severity = "high" if n % 2 else "low"
        library.create("critique", {"title": f"Критика {n}", "severity": severity}, tags)
    for filters, chosen_tag in ((None, None), ({"severity": "high"}, None), (None, tag.id)):
        whole = library.count("critique", filters=filters, tag=chosen_tag)
        assert whole in (9, 4, 6)
        for up_to in (1, whole - 1, whole, whole + 5):
            counted = library.count("critique", filters=filters, tag=chosen_tag, up_to=up_to)
            assert counted == min(whole, up_to)


@pytest.fixture(scope="module")
def starter_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("titles") / "starter.wbproj"
    create_project(path).close()
    return path


def test_titles_are_the_titles_summaries_give(starter_file: Path) -> None:
    """Read alone, every kind's titles read as its list rows name it: a provision
    with its instrument; ids that name nothing are left out."""
    with Project.open(starter_file, read_only=True) as project:
        library = Library(project)
        every = [s.id for kind in RECORD_KINDS for s in library.page(kind, limit=10_000)]
        expected = {i: s.title for i, s in library.summaries(every).items()}
        assert library.titles([*every, uuid.uuid4()]) == expected
        provisions = [s for s in library.page("provision", limit=3)]
        assert all(", " in library.titles([p.id])[p.id] for p in provisions)
        assert library.titles([]) == {}


def test_titles_of_one_kind_given_are_read_without_looking_their_kinds_up(
    starter_file: Path,
) -> None:
    """An outline names recommendations: given the kind, the titles are those read
    without it; an id of another kind is left out, like one naming nothing."""
    with Project.open(starter_file, read_only=True) as project:
        library = Library(project)
        ids = [s.id for s in library.page("recommendation", limit=10_000)]
        [tag] = library.page("tag", limit=1)
        expected = library.titles(ids)
        assert len(expected) == len(ids) > 1
        assert library.titles([*ids, tag.id, uuid.uuid4()], "recommendation") == expected
        [provision] = library.page("provision", limit=1)
        assert library.titles([provision.id], "provision") == library.titles([provision.id])
        assert ", " in library.titles([provision.id], "provision")[provision.id]


def test_titles_keep_kazakh_and_russian_as_typed(library: Library) -> None:
    kazakh = library.create("critique", {"title": "Сөз бостандығы шектеледі"})
    russian = library.create("source", {"key": "adil-soz", "title": "«Әділ сөз»: мониторинг"})
    untitled = library.create("tag", {"name": ""})
    assert library.titles([kazakh.id, russian.id, untitled.id]) == {
        kazakh.id: "Сөз бостандығы шектеледі",
        russian.id: "«Әділ сөз»: мониторинг",
        untitled.id: "",
    }

"""Services the GUI's lists need: rows for given ids, and how often each tag is used."""

import uuid

import pytest

from workbench.library import Library


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

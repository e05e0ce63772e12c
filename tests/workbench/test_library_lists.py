"""Services the GUI's lists need: rows for given ids, and how often each tag is used."""

import uuid

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

"""Share bundles of version 2: one record per line behind an index of ids and
revisions; a merge parses only the records that differ, and version 1 bundles
are still read (workbench.interchange.record_lines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from tests.workbench.bundle_files import members, rewrite
from tests.workbench.export_fixtures import build_small_project
from workbench import interchange
from workbench.interchange.record_lines import UnparsedRecord, from_lines, to_lines
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge, read_theirs
from workbench.project import Project
from workbench.share import read_bundle, share


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _copy_with_a_new_tag(small: Project, tmp_path: Path) -> Path:
    """A colleague's copy of ``small`` with one tag added, shared."""
    theirs = tmp_path / "theirs.wbproj"
    theirs.write_bytes(small.path.read_bytes())
    with Project.open(theirs) as project:
        Library(project).create("tag", {"name": "Жаңа белгі — новая метка"})
        share(project, tmp_path / "theirs.wbshare", include_confidential=True)
    return tmp_path / "theirs.wbshare"


def test_a_bundle_holds_one_record_per_line_behind_its_index(
    small: Project, tmp_path: Path
) -> None:
    share(small, tmp_path / "b.wbshare", include_confidential=True)
    parts = members(tmp_path / "b.wbshare")
    assert json.loads(parts["manifest.json"])["version"] == 2
    head, *lines = parts["interchange.jsonl"].split(b"\n")
    index = json.loads(head)["records"]
    assert len(index) == len(lines) > 10
    for (section, identity, revision), line in zip(index, lines, strict=True):
        record = json.loads(line)
        assert (record["id"], record["revision"]) == (identity, revision)
        assert section in interchange.SECTION_NAMES.values()
    read, dumped = read_bundle(tmp_path / "b.wbshare"), interchange.dump_document(small)
    assert {s: read[s] for s in SECTIONS} == {s: dumped[s] for s in SECTIONS}


SECTIONS = [*interchange.SECTION_NAMES.values(), "tombstones"]


def test_a_merge_never_reads_the_lines_of_records_we_hold(small: Project, tmp_path: Path) -> None:
    """Every line but the new tag's is made unreadable: the merge still adds it,
    so it read no other line."""
    bundle = _copy_with_a_new_tag(small, tmp_path)
    parts = members(bundle)
    head, *lines = parts["interchange.jsonl"].split(b"\n")
    index = json.loads(head)["records"]
    dumped = interchange.dump_document(small)
    ours = {r["id"] for section in interchange.SECTION_NAMES.values() for r in dumped[section]}
    lines = [
        line if entry[1] not in ours else b"{not json"
        for entry, line in zip(index, lines, strict=True)
    ]
    rewrite(bundle, {**parts, "interchange.jsonl": b"\n".join([head, *lines])})
    lazy = read_theirs(bundle)
    assert all(isinstance(item, UnparsedRecord) for item in lazy["tags"])
    plan = plan_merge(small, lazy)
    apply_merge(small, plan, paths=None)
    names = [t.title for t in Library(small).page("tag", limit=1000)]
    assert "Жаңа белгі — новая метка" in names


def test_a_version_1_bundle_is_still_merged(small: Project, tmp_path: Path) -> None:
    bundle = _copy_with_a_new_tag(small, tmp_path)
    document = read_bundle(bundle)
    manifest = {"format": "workbench-share", "version": 1, "encrypted": False}
    rewrite(
        bundle,
        {
            "manifest.json": json.dumps(manifest).encode(),
            "interchange.json": json.dumps(document, ensure_ascii=False).encode(),
        },
    )
    assert read_theirs(bundle) == document  # parsed whole, as version 1 always was
    apply_merge(small, plan_merge(small, read_theirs(bundle)), paths=None)
    assert "Жаңа белгі — новая метка" in [t.title for t in Library(small).page("tag", limit=1000)]


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["tags", "sources"]), _TEXT, _TEXT), max_size=8),
    st.dictionaries(
        _TEXT.filter(lambda k: k not in interchange.SECTION_NAMES.values()), _TEXT, max_size=3
    ),
)
def test_any_document_reads_back_as_written(
    records: list[tuple[str, str, str]], rest: dict[str, str]
) -> None:
    """Any text (line breaks, U+2028, quotes, any script) stays on its record's line."""
    document: dict = {**rest, "tags": [], "sources": []}
    for number, (section, text, revision) in enumerate(records):
        document[section].append({"id": f"{number}-{text}", "revision": revision, "title": text})
    assert from_lines(to_lines(document), lazy=False) == document
    lazy = from_lines(to_lines(document), lazy=True)
    assert [r.parsed("x") for r in lazy["tags"]] == document["tags"]


@pytest.mark.parametrize(
    "entry",
    [
        "tags",  # not a list
        ["tags", "x"],  # too short
        ["tags", "x", "1-a", "more"],  # too long
        ["сілтемелер", "x", "1-a"],  # no such section
        ["tags", 7, "1-a"],  # the id is not text
        ["tags", "x", None],  # the revision is not text
        {"tags": 1, "x": 2, "1-a": 3},  # three keys unpack like three values
    ],
)
def test_a_malformed_index_entry_is_named_by_its_place(entry: object) -> None:
    good = {"id": "тег-1", "revision": "1-a", "name": "Белгі"}
    head = {
        "document": {"format": "workbench", "tags": []},
        "records": [["tags", "тег-1", "1-a"], entry],
    }
    payload = b"\n".join([json.dumps(head).encode(), json.dumps(good).encode(), b"{}"])
    for lazy in (True, False):
        with pytest.raises(
            interchange.InterchangeError, match=r"index \[1\].*section, id, revision"
        ):
            from_lines(payload, lazy=lazy)


def test_an_index_that_counts_other_lines_is_refused() -> None:
    head = {"document": {"tags": []}, "records": [["tags", "a", "1-a"]]}
    for rest in (b"", b"\n", b'\n{"id": "a", "revision": "1-a"}\n{}'):
        with pytest.raises(interchange.InterchangeError, match="indexes 1 records but holds"):
            from_lines(json.dumps(head).encode() + rest, lazy=True)
    empty = {"document": {"tags": []}, "records": []}
    assert from_lines(json.dumps(empty).encode() + b"\n", lazy=True) == {"tags": []}


def test_a_share_gathered_record_by_record_holds_what_the_whole_document_would(
    small: Project, tmp_path: Path
) -> None:
    """The same records, links to withheld evidence dropped, the same carried
    ancestors and flag as the document built whole and filtered."""
    from workbench import ancestors
    from workbench.confidential import WITHHELD, without_confidential

    Library(small).update(
        Library(small).page("recommendation", limit=1)[0].id, {"title": "Изменено — өзгертілді"}
    )
    expected = without_confidential(interchange.dump_document(small))
    with small.reading() as session:
        ancestors.carry(session, expected, interchange.SECTION_NAMES.values())
    share(small, tmp_path / "public.wbshare")
    shared = read_bundle(tmp_path / "public.wbshare")
    for key in [*SECTIONS, WITHHELD, ancestors.CARRIED_KEY]:
        assert shared[key] == expected[key], key
    assert shared[WITHHELD] is True

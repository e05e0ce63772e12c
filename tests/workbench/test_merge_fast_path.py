"""The merge's bulk write keeps ids and times the document gives in their stored form
and binds them as they are: it must store exactly what converting them would."""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import sqlite
from db.types import UTCDateTime
from tests.conftest import TickingClock
from workbench import interchange, store
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.project import Project

TABLES = ("records", "evidence", "sources", "links", "tombstones")


def _base(path: Path) -> None:
    with Project.create(path, author="base", clock=TickingClock()) as project:
        library = Library(project)
        source = library.create("source", {"title": "A report", "key": "report"})
        for number in range(3):
            library.create(
                "evidence",
                {"title": f"finding {number}", "summary": "as first reported"},
                {"source": [source.id]},
            )


def _their_document(base: Path, tmp_path: Path) -> dict[str, Any]:
    """Their copy: every finding edited (one translated, one dated), one new source."""
    theirs = tmp_path / "theirs.wbproj"
    shutil.copyfile(base, theirs)
    with Project.open(theirs, author="colleague") as project:
        library = Library(project)
        findings = library.page("evidence", limit=10)
        for number, finding in enumerate(findings):
            fields: dict[str, Any] = {"summary": f"revised {number}"}
            if number == 0:
                fields["translations"] = {"ru": {"summary": "пересмотрено"}}
            if number == 1:
                fields["observed_on"] = "2025-12-31"
            library.update(finding.id, fields)
        library.create("source", {"title": "A new report", "key": "new"})
        return interchange.dump_document(project)


def _other_forms(document: dict[str, Any]) -> dict[str, Any]:
    """The same document, its ids in capitals and its times at other offsets
    (valid interchange, see docs/interchange.md): none in the stored form."""
    other = json.loads(json.dumps(document))
    for section in interchange.SECTION_NAMES.values():
        for number, item in enumerate(other[section]):
            item["id"] = item["id"].upper()
            for role, targets in item.get("links", {}).items():
                item["links"][role] = [t.upper() for t in targets]
            zone = timezone(timedelta(hours=5, minutes=30)) if number % 2 else UTC
            for name in ("created_at", "updated_at"):
                moment = datetime.fromisoformat(item[name]).astimezone(zone)
                text = moment.isoformat()
                item[name] = text.replace("+00:00", "Z") if zone is UTC else text
    return other


def _merged_rows(base: Path, target: Path, document: dict[str, Any]) -> dict[str, list[tuple]]:
    """Every row of the tables a merge writes, and of the search index, as stored."""
    shutil.copyfile(base, target)
    with Project.open(target) as project:
        apply_merge(project, plan_merge(project, document))
    with closing(sqlite3.connect(target)) as connection:
        rows = {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
            for table in TABLES
        }
        rows["search"] = sorted(
            connection.execute("SELECT rowid, record_id, kind, title, body FROM search_index")
        )
    return rows


def test_stored_and_other_forms_write_the_same_rows(tmp_path: Path) -> None:
    base = tmp_path / "base.wbproj"
    _base(base)
    document = _their_document(base, tmp_path)
    stored = _merged_rows(base, tmp_path / "stored.wbproj", document)
    other = _merged_rows(base, tmp_path / "other.wbproj", _other_forms(document))
    assert stored == other
    updated = [row for row in stored["evidence"] if row[3].startswith("revised")]
    assert len(updated) == 3
    assert len(stored["sources"]) == 2
    assert any("пересмотрено" in row[4] for row in stored["search"])
    # And what the rows hold is what the column types would have written.
    kept = {item["id"]: item for item in document["evidence"]}
    for row in stored["records"]:
        record_id, _kind, created_at, updated_at, _by, _revision, ancestors, translations = row
        item = kept.get(record_id)
        if item is None:
            continue
        assert created_at == _as_stored(item["created_at"])
        assert updated_at == _as_stored(item["updated_at"])
        assert ancestors == json.dumps(item["ancestors"])
        assert translations == json.dumps(item.get("translations", {}))


def test_merge_of_either_form_dumps_the_same(tmp_path: Path) -> None:
    base = tmp_path / "base.wbproj"
    _base(base)
    document = _their_document(base, tmp_path)
    dumps = []
    for name, version in (("stored", document), ("other", _other_forms(document))):
        target = tmp_path / f"{name}.wbproj"
        shutil.copyfile(base, target)
        with Project.open(target) as project:
            apply_merge(project, plan_merge(project, version))
            dumped = interchange.dump_document(project)
        dumped.pop("created_at")
        dumps.append(dumped)
    assert dumps[0] == dumps[1]
    assert dumps[0]["evidence"] == document["evidence"]


def _as_stored(text: str) -> str:
    processed = UTCDateTime().process_bind_param(datetime.fromisoformat(text), None)  # type: ignore[arg-type]
    assert processed is not None
    return processed


zones = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(
    moment=st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
    ),
    zone=zones,
    spec=st.sampled_from(["auto", "seconds", "microseconds"]),
)
def test_a_time_kept_as_given_is_the_time_stored(moment: datetime, zone: Any, spec: str) -> None:
    text = moment.astimezone(zone).isoformat(timespec=spec)
    parsed = interchange.parse_record(
        "tag",
        "tags[0]",
        {
            "id": str(uuid.uuid4()),
            "revision": "1-a",
            "created_at": text,
            "updated_at": text,
            "name": "x",
        },
    )
    row = store._stored_row(str(parsed.id), parsed)
    assert row["created_at"] == row["updated_at"] == _as_stored(text)


@given(st.lists(st.text(max_size=12), max_size=6))
def test_histories_are_written_as_json_dumps_writes_them(history: list[str]) -> None:
    assert store._json_texts(history) == json.dumps(history)


TIME = "2026-01-01T00:00:00.000000+00:00"
SOURCE = "00000000-0000-4000-8000-000000000001"
FINDING = "00000000-0000-4000-8000-000000000002"


@pytest.mark.parametrize(
    ("key", "value", "where"),
    [
        ("title", 5, "evidence[0] (id {}).title"),
        ("title", "x" * 2001, "evidence[0] (id {}).title"),
        ("evidence_kind", "bogus", "evidence[0] (id {}).evidence_kind"),
        ("created_at", "2026-01-01", "evidence[0] (id {}).created_at"),
        ("updated_at", "2026-01-01T00:00:00.000000", "evidence[0] (id {}).updated_at"),
        ("ancestors", [1], "evidence[0] (id {}).ancestors"),
        ("links", {"source": ["not an id"]}, "evidence[0] (id {}).links.source"),
        ("links", {"source": [str(uuid.UUID(int=9))]}, "evidence (id {}).links.source"),
        ("observed_on", "2026-13-01", "evidence[0] (id {}).observed_on"),
    ],
)
def test_a_hostile_record_is_refused_naming_record_and_field(
    key: str, value: Any, where: str
) -> None:
    """Checking many records fast still names the record and field at fault."""
    finding = {
        "id": FINDING,
        "revision": "1-b",
        "ancestors": [],
        "created_at": TIME,
        "updated_at": TIME,
        "title": "finding",
        "links": {"source": [SOURCE]},
        key: value,
    }
    source = {"id": SOURCE, "revision": "1-a", "created_at": TIME, "updated_at": TIME}
    document = {
        "format": interchange.FORMAT_NAME,
        "version": 1,
        "sources": [source],
        "evidence": [finding],
    }
    with pytest.raises(interchange.InterchangeError) as raised:
        interchange.validate(document, {})
    assert raised.value.where == where.format(FINDING)


def test_a_large_write_gets_a_larger_page_cache_then_the_old_one(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project, project.engine.connect() as connection:
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        with sqlite.page_cache(connection, 4096):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -4096
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_a_link_to_a_record_we_deleted_is_dropped_from_their_newer_record(
    tmp_path: Path,
) -> None:
    ours, theirs = tmp_path / "ours.wbproj", tmp_path / "theirs.wbproj"
    with Project.create(ours, clock=TickingClock()) as project:
        library = Library(project)
        tag = library.create("tag", {"name": "kept by them"})
        other = library.create("tag", {"name": "kept by both"})
        critique = library.create("critique", {"title": "c"}, {"tags": [tag.id, other.id]})
    shutil.copyfile(ours, theirs)
    with Project.open(ours) as project:
        Library(project).delete(tag.id)
    with Project.open(theirs) as project:
        Library(project).update(critique.id, {"title": "edited by them"})
        document = interchange.dump_document(project)
    with Project.open(ours) as project:
        # Deleting the tag changed our critique's links too: theirs is taken whole.
        apply_merge(project, plan_merge(project, document), on_conflict="theirs")
        merged = Library(project).get(critique.id)
        assert not Library(project).exists(tag.id)
    assert merged.fields["title"] == "edited by them"
    assert merged.links["tags"] == (other.id,)


def test_the_collector_resumes_as_it_was_with_nothing_young_left_to_scan(tmp_path: Path) -> None:
    base = tmp_path / "base.wbproj"
    _base(base)
    document = _their_document(base, tmp_path)
    with Project.open(base) as project:
        assert gc.isenabled()
        plan_merge(project, document)
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
        assert gc.get_count()[0] < 700  # no collection of the whole plan pending
        gc.disable()
        try:
            plan_merge(project, document)
            assert not gc.isenabled()
        finally:
            gc.enable()

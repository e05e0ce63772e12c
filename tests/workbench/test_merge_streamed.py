"""Interchange JSON is merged as it is read, one record at a time: the plan is the one
reading the file whole gives, a fault is refused in the same words, and the records
we already hold are not kept in memory."""

from __future__ import annotations

import json
import shutil
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from workbench import interchange
from workbench.interchange import InterchangeError, StreamedDocument, read_document
from workbench.library import Library
from workbench.merge import MergePlan, apply_merge, plan_merge, read_theirs
from workbench.project import Project

KAZAKH = "Журналистің кәсіби қызметіне кедергі келтіру үшін жауапкершілік"
RUSSIAN = "Клевета исключена из Уголовного кодекса в 2020 году"


def _base(path: Path, findings: int = 4, text: str = RUSSIAN) -> None:
    with Project.create(path, author="base", clock=TickingClock()) as project:
        library = Library(project)
        source = library.create("source", {"title": "Доклад", "key": "report"})
        for number in range(findings):
            library.create(
                "evidence",
                {"title": f"{KAZAKH} {number}", "summary": text},
                {"source": [source.id]},
                record_id=uuid.UUID(int=100 + number),
            )


def _theirs(base: Path, folder: Path) -> dict[str, Any]:
    """A colleague's copy: findings edited, one deleted, a source added."""
    copy = folder / "theirs.wbproj"
    shutil.copyfile(base, copy)
    with Project.open(copy, author="colleague") as project:
        library = Library(project)
        library.update(uuid.UUID(int=100), {"summary": "пересмотрено"})
        library.update(uuid.UUID(int=101), {"summary": "қайта қаралды"})
        library.delete(uuid.UUID(int=102))
        library.create("source", {"title": "Новый доклад", "key": "new"})
        return interchange.dump_document(project)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("streamed") / "base.wbproj"
    _base(path)
    return path


@pytest.fixture(scope="module")
def ours(base: Path) -> Path:
    """Our copy of the base, only ever read (a plan writes nothing) or copied."""
    path = base.parent / "ours.wbproj"
    shutil.copyfile(base, path)
    with Project.open(path, author="me") as project:
        Library(project).update(uuid.UUID(int=101), {"title": "изменено у нас"})  # a conflict
    return path


@pytest.fixture(scope="module")
def document(base: Path) -> dict[str, Any]:
    return _theirs(base, base.parent)


def _plan_shape(plan: MergePlan) -> list[tuple[Any, ...]]:
    return sorted(
        (str(c.id), c.kind, c.title, c.action.value, c.conflict.value, c.fields, c.automatic)
        for c in plan.changes
    )


def _both_plans(project_path: Path, file: Path) -> tuple[MergePlan, MergePlan]:
    with Project.open(project_path, author="me") as project:
        streamed = plan_merge(project, read_theirs(file))
        whole = plan_merge(project, read_document(file))
    return streamed, whole


def test_a_json_file_is_streamed_and_plans_as_read_whole(
    ours: Path, document: dict[str, Any], tmp_path: Path
) -> None:
    file = tmp_path / "theirs.json"
    file.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    assert isinstance(read_theirs(file), StreamedDocument)
    streamed, whole = _both_plans(ours, file)
    assert _plan_shape(streamed) == _plan_shape(whole)
    assert streamed.summary()["conflicts"]["evidence"] == 1
    assert streamed.summary()["deleted"]["evidence"] == 1
    assert streamed.theirs == whole.theirs and streamed.theirs  # only records that differ
    assert set(streamed.theirs) == set(whole.theirs)


def test_a_streamed_merge_writes_what_a_whole_one_does(
    ours: Path, document: dict[str, Any], tmp_path: Path
) -> None:
    file = tmp_path / "theirs.json"
    file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    results = []
    for read in (read_theirs, read_document):
        target = tmp_path / f"{read.__name__}.wbproj"
        shutil.copyfile(ours, target)
        with Project.open(target, author="me") as project:
            apply_merge(project, plan_merge(project, read(file)), on_conflict="theirs")
            dumped = interchange.dump_document(project)
        results.append({k: v for k, v in dumped.items() if k not in ("created_at", "project")})
    assert results[0] == results[1]
    summaries = [item["summary"] for item in results[0]["evidence"]]
    assert "пересмотрено" in summaries and "қайта қаралды" in summaries


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    indent=st.sampled_from([None, 0, 1, 4]),
    order=st.permutations(["format", "version", "sources", "evidence", "tombstones", "tags"]),
    ids_in_capitals=st.booleans(),
)
def test_any_layout_of_the_file_plans_the_same(
    ours: Path,
    document: dict[str, Any],
    tmp_path: Path,
    indent: int | None,
    order: list[str],
    ids_in_capitals: bool,
) -> None:
    """Members in any order (records before the header), any white space, ids in
    another valid form: the same plan as the file read whole."""
    reordered = {key: document[key] for key in order if key in document}
    reordered.update(document)  # the rest, after
    if ids_in_capitals:
        reordered = json.loads(json.dumps(reordered))
        for section in interchange.SECTION_NAMES.values():
            for item in reordered.get(section, []):
                item["id"] = item["id"].upper()
    file = tmp_path / "layout.json"
    file.write_text(json.dumps(reordered, ensure_ascii=False, indent=indent), encoding="utf-8")
    streamed, whole = _both_plans(ours, file)
    assert _plan_shape(streamed) == _plan_shape(whole)


def _faulty(document: dict[str, Any]) -> dict[str, bytes]:
    text = json.dumps(document, ensure_ascii=False)
    first = document["evidence"][0]
    repeated = json.loads(text)
    repeated["evidence"].append(dict(first, id=first["id"].upper()))
    not_array = dict(document, evidence={"not": "an array"})
    return {
        "cut short": text[: len(text) // 2].encode(),
        "lone surrogate": text.replace(RUSSIAN, "\\ud800", 1).encode(),
        "not UTF-8": text.encode().replace(RUSSIAN.encode(), b"\xff\xfe", 1),
        "not an object": b"[1, 2, 3]",
        "NaN": text.replace('"version": 1', '"version": NaN', 1).encode(),
        "id given twice": json.dumps(repeated, ensure_ascii=False).encode(),
        "section not an array": json.dumps(not_array, ensure_ascii=False).encode(),
        "unknown format": text.replace("workbench-interchange", "other-format", 1).encode(),
    }


FAULTS = [
    "cut short",
    "lone surrogate",
    "not UTF-8",
    "not an object",
    "NaN",
    "id given twice",
    "section not an array",
    "unknown format",
]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulty_file_is_refused_in_the_words_of_a_whole_read(
    ours: Path, document: dict[str, Any], tmp_path: Path, fault: str
) -> None:
    file = tmp_path / "faulty.json"
    file.write_bytes(_faulty(document)[fault])
    before = ours.read_bytes()
    messages = []
    with Project.open(ours, author="me") as project:
        for read in (read_theirs, read_document):
            with pytest.raises(InterchangeError) as raised:
                plan_merge(project, read(file))
            messages.append(str(raised.value))
    assert messages[0] == messages[1]
    assert ours.read_bytes() == before


def test_records_we_hold_are_not_kept_in_memory(tmp_path: Path) -> None:
    """A file of records all at our revisions: the plan holds one at a time, where
    reading the file whole holds them all (about its size again as objects)."""
    ours = tmp_path / "ours.wbproj"
    _base(ours, findings=120, text=(KAZAKH + " ") * 300)  # about 20 KiB a record
    file = tmp_path / "same.json"
    with Project.open(ours, author="me") as project:
        interchange.dump(project, file)
        peaks = []
        for read in (read_theirs, read_document):
            tracemalloc.start()
            try:
                plan = plan_merge(project, read(file))
                peaks.append(tracemalloc.get_traced_memory()[1])
            finally:
                tracemalloc.stop()
            assert not plan.changes
    size = file.stat().st_size
    assert size > 2 * 1024 * 1024
    assert peaks[1] > size  # the whole document as objects
    assert peaks[0] < peaks[1] / 4, (peaks, size)

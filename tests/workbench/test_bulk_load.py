"""`workbench load` streams the file: the same records as loading the parsed document,
whatever the order of its arrays, links to records further down, nothing written when a
record near the end is broken; the stream reader agrees with json.loads."""

import json
import random
from pathlib import Path

import pytest

from workbench import interchange, jsonstream, store
from workbench.bulk_load import load_file
from workbench.interchange import InterchangeError
from workbench.jsonstream import JsonStreamError, members
from workbench.project import Project
from workbench.starter import create_project


def _records(project: Project) -> dict[str, dict]:
    document = interchange.dump_document(project)
    return {
        item["id"]: item
        for section in [*interchange.SECTION_NAMES.values(), "tombstones"]
        for item in document[section]
    }


@pytest.fixture
def starter_document(tmp_path: Path) -> dict:
    with create_project(tmp_path / "starter.wbproj") as project:
        return interchange.dump_document(project)


@pytest.mark.parametrize("order", ["as dumped", "reversed"])
def test_a_streamed_load_gives_what_loading_the_document_gives(
    tmp_path: Path, starter_document: dict, monkeypatch: pytest.MonkeyPatch, order: str
) -> None:
    monkeypatch.setattr("workbench.bulk_load.BATCH", 7)  # many batches, links across them
    keys = list(starter_document)
    if order == "reversed":  # tags before the records that link to them, header last
        keys.reverse()
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({k: starter_document[k] for k in keys}, indent=1), "utf-8")
    with Project.create(tmp_path / "a.wbproj") as streamed:
        report = load_file(streamed, path)
        got = _records(streamed)
    with Project.create(tmp_path / "b.wbproj") as parsed:
        expected_report = store.load(parsed, starter_document)
        expected = _records(parsed)
    assert got == expected and report == expected_report
    assert sum(report.added.values()) == len(expected) > 100


def test_a_broken_record_near_the_end_changes_nothing(
    tmp_path: Path, starter_document: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("workbench.bulk_load.BATCH", 5)
    starter_document["tags"][-1]["name"] = 42
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(starter_document), "utf-8")
    with Project.create(tmp_path / "a.wbproj") as project:
        with pytest.raises(InterchangeError, match=r"tags\[\d+\]"):
            load_file(project, path)
        assert _records(project) == {}


def test_the_stream_reader_agrees_with_json_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonstream, "CHUNK", 5)  # values cut at every possible place
    rng = random.Random(3)
    document = {
        "format": "x",
        "version": 12345678901234567890,
        "empty": [],
        "nested": {"a": [1, 2, {"b": None}]},
        "items": [{"n": rng.random(), "t": 'ё қ \u2028 "q" \\'} for _ in range(50)],
        "numbers": [rng.randint(-(10**12), 10**12) for _ in range(50)] + [1e-7, -0.0],
        "last": 10,
    }
    path = tmp_path / "d.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    rebuilt: dict = {}
    for key, index, value in members(path):
        if index is None:
            rebuilt[key] = value
        else:
            rebuilt.setdefault(key, []).append(value)
    assert rebuilt == {k: v for k, v in document.items() if v != []}


@pytest.mark.parametrize(
    "text",
    ["[1, 2]", '{"a": [1, 2', '{"a": 1,}', '{"a": 1} x', '{"a" 1}', '{"a": [1 2]}', ""],
)
def test_the_stream_reader_refuses_what_is_not_a_json_object(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, "utf-8")
    with pytest.raises(JsonStreamError):
        list(members(path))

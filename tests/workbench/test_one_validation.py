"""``load`` and ``merge`` read interchange JSON through one reader and one
validation: the same hostile file gets the same exit code and the same one-line
message from both, and leaves the project as it was."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.interchange import InterchangeError, dump_document, parse_record
from workbench.library import Library
from workbench.project import Project
from workbench.revision_check import parsed_content
from workbench.revisions import next_revision


def _project(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "privacy"})
        document = dump_document(project)
    return path, orjson.loads(orjson.dumps(document))


def _dump(path: Path) -> Any:
    with Project.open(path) as project:
        document = dump_document(project)
    document.pop("created_at", None)
    return orjson.loads(orjson.dumps(document))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def _both(
    capsys: pytest.CaptureFixture[str], project: Path, source: Path
) -> tuple[int, str, int, str]:
    load_code, load_err = _run(capsys, "load", str(project), str(source))
    merge_code, merge_err = _run(capsys, "merge", str(project), str(source))
    return load_code, load_err, merge_code, merge_err


def _tag(document: dict[str, Any]) -> dict[str, Any]:
    tags: list[dict[str, Any]] = document["tags"]
    return tags[0]


def _edited(document: dict[str, Any]) -> dict[str, Any]:
    """The tag at a new revision: a merge passes over what it holds already."""
    tag = _tag(document)
    tag["ancestors"] = [tag["revision"]]
    tag["revision"] = _NEXT
    return tag


_NEXT = "2-" + "f" * 32


def _wrong_kind_tombstone(document: dict[str, Any]) -> bytes:
    tag = _tag(document)
    tombstone = {
        "id": tag["id"],
        "kind": "recommendation",
        "revision": _NEXT,
        "ancestors": [tag["revision"]],
        "deleted_at": tag["updated_at"],
        "changed_by": "someone",
    }
    document["tags"] = []
    document["tombstones"] = [tombstone]
    return orjson.dumps(document)


def _field(value: str) -> Any:
    def make(document: dict[str, Any]) -> bytes:
        _edited(document)["name"] = "@@"
        return _revised(orjson.dumps(document).replace(b'"@@"', value.encode()))

    return make


def _revised(raw: bytes) -> bytes:
    """The document with its edited tag at the revision Workbench would give it, when
    the tag is valid at all: a forged revision is a fault of its own."""
    try:
        document = orjson.loads(raw)
        tag = _tag(document)
        record = parse_record("tag", "tags[0]", tag)
    except (orjson.JSONDecodeError, InterchangeError):
        return raw
    tag["revision"] = next_revision(tag["ancestors"][0], parsed_content(record))
    return orjson.dumps(document)


def _id_twice(document: dict[str, Any]) -> bytes:
    tag = _edited(document)
    twin = copy.deepcopy(tag)
    twin["id"] = tag["id"].upper()
    document["tags"].append(twin)
    return orjson.dumps(document)


def _too_long(document: dict[str, Any]) -> bytes:
    _edited(document)["name"] = "x" * 100_000
    return orjson.dumps(document)


def _link_to_a_tag(document: dict[str, Any]) -> bytes:
    tag = _tag(document)
    finding = {
        "id": "00000000-0000-4000-8000-000000000001",
        "revision": "1-b",
        "ancestors": [],
        "created_at": tag["created_at"],
        "updated_at": tag["updated_at"],
        "title": "finding",
        "links": {"source": [tag["id"]]},
    }
    document["evidence"] = [finding]
    return orjson.dumps(document)


HOSTILE = {
    "link to a record of the wrong kind": _link_to_a_tag,
    "tombstone of another kind": _wrong_kind_tombstone,
    "lone surrogate": _field('"\\ud800"'),
    "5,000-digit integer": _field("1" + "0" * 5000),
    "NaN": _field("NaN"),
    "Infinity": _field("Infinity"),
    "number too large": _field("1e999"),
    "id given twice in two spellings": _id_twice,
    "field over its limit": _too_long,
}


def _same_line(message: str) -> str:
    return re.sub(r"workbench (load|merge)", "workbench", message.strip())


@pytest.mark.parametrize("make", list(HOSTILE.values()), ids=list(HOSTILE))
def test_load_and_merge_refuse_alike(tmp_path: Path, capsys, make) -> None:
    project, document = _project(tmp_path)
    before = _dump(project)
    source = tmp_path / "hostile.json"
    source.write_bytes(make(document))
    load_code, load_err, merge_code, merge_err = _both(capsys, project, source)
    assert (load_code, merge_code) == (2, 2), (load_err, merge_err)
    assert "Traceback" not in load_err + merge_err
    assert len(load_err.strip().splitlines()) == 1
    assert _same_line(load_err) == _same_line(merge_err)
    assert _dump(project) == before


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_JSON)
def test_any_json_in_a_field_loads_back_or_is_refused_by_both(
    tmp_path_factory: pytest.TempPathFactory, capsys, value: Any
) -> None:
    tmp_path = tmp_path_factory.mktemp("field")
    project, document = _project(tmp_path)
    encoded = orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS) if _orjson_can(value) else None
    text = encoded.decode() if encoded is not None else "NaN"
    source = tmp_path / "field.json"
    source.write_bytes(_field(text)(document))
    before = _dump(project)
    load_code, load_err, merge_code, merge_err = _both(capsys, project, source)
    if load_code == 0:
        assert merge_code == 0, merge_err
        assert _tag(_dump(project))["name"] == value
    elif merge_code == 0:
        pytest.fail(f"load refused what merge took: {load_err}")
    else:
        assert (load_code, merge_code) == (2, 2), (load_err, merge_err)
        assert _same_line(load_err) == _same_line(merge_err)
        assert _dump(project) == before


def _orjson_can(value: Any) -> bool:
    try:
        orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        return False
    return True


@pytest.mark.parametrize(
    ("constant", "named"),
    [("NaN", "NaN (not a number"), ("-Infinity", "Infinity (an infinite number")],
)
def test_nan_and_infinity_are_named_plainly_at_their_line(
    tmp_path: Path, capsys, constant: str, named: str
) -> None:
    """Read whole or streamed, a file over many lines is refused at the line of the
    fault, in the same words, which say what is there."""
    project, document = _project(tmp_path)
    _edited(document)["name"] = "@@"
    text = json.dumps(document, indent=2).replace('"@@"', constant)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if constant in row)
    source = tmp_path / "nan.json"
    source.write_text(text, encoding="utf-8")
    load_code, load_err, merge_code, merge_err = _both(capsys, project, source)
    assert (load_code, merge_code) == (2, 2)
    assert _same_line(load_err) == _same_line(merge_err)
    assert named in load_err and load_err.strip().endswith(f"at line {line}")


def test_a_deletion_of_an_id_we_hold_deleted_as_another_kind_is_refused_alike(
    tmp_path: Path, capsys
) -> None:
    """An id names one record for good, deleted or not: a tombstone of another kind
    for it is refused by both, in the same words."""
    project, document = _project(tmp_path)
    with Project.open(project) as opened:
        Library(opened).delete(uuid.UUID(_tag(document)["id"]))
    (ours,) = _dump(project)["tombstones"]
    before = _dump(project)
    tombstone = {**ours, "kind": "recommendation", "ancestors": [ours["revision"]]}
    tombstone["revision"] = next_revision(ours["revision"], {"deleted": True})
    document["tags"] = []
    document["tombstones"] = [tombstone]
    source = tmp_path / "deletion.json"
    source.write_bytes(orjson.dumps(document))
    load_code, load_err, merge_code, merge_err = _both(capsys, project, source)
    assert (load_code, merge_code) == (2, 2), (load_err, merge_err)
    assert "holds this id as a deleted tag" in load_err
    assert _same_line(load_err) == _same_line(merge_err)
    assert _dump(project) == before

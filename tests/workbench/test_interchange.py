"""Interchange: dump -> load -> dump is the identity; broken documents change nothing."""

import copy
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench import interchange, store
from workbench.cli import main
from workbench.composition import Composition
from workbench.interchange import InterchangeError
from workbench.library import Library
from workbench.project import Project


def _records_of(document: dict) -> dict:
    """Everything but the header fields that name the dump itself."""
    return {k: v for k, v in document.items() if k not in ("created_at", "project")}


def _populate(project: Project) -> None:
    library = Library(project)
    composition = Composition(project)
    tag = library.create("tag", {"name": "criminal defamation", "theme": True})
    source = library.create("source", {"key": "rsf-2023", "url": "https://rsf.org/en/index"})
    code = library.create("instrument", {"title": "Criminal Code", "short_name": "CrCRK"})
    art = library.create(
        "provision", {"unit": "Article 131", "wording": "«…»"}, {"instrument": [code.id]}
    )
    evidence = library.create(
        "evidence", {"title": "RSF", "value": "134/180"}, {"source": [source.id], "tags": [tag.id]}
    )
    critique = library.create(
        "critique",
        {"title": "Prison for speech"},
        {"provisions": [art.id], "evidence": [evidence.id]},
    )
    rec = library.create(
        "recommendation",
        {"title": "Decriminalise slander", "text": "Repeal **art. 131** [@rsf-2023]."},
        {"provisions": [art.id], "critiques": [critique.id], "evidence": [evidence.id]},
    )
    composition.add_proposed_wording(rec.id, art.id, current_wording="old", proposed_wording="")
    composition.set_status(rec.id, "final", "agreed")
    submission = library.create("submission", {"title": "To the Mazhilis", "language": "ru"})
    section = composition.add_section(submission.id, "Criminal law").id
    composition.set_section_items(section, [rec.id])
    composition.record_export(submission.id, path="x.docx", sha256="f" * 64, snapshot={"n": 1})
    gone = library.create("tag", {"name": "to delete"})
    library.delete(gone.id)


@pytest.fixture
def populated(project: Project) -> Project:
    _populate(project)
    return project


def test_dump_load_dump_is_identical(populated: Project, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    interchange.dump(populated, first)
    with Project.create(tmp_path / "empty.wbproj") as target:
        report = store.load(target, first)
        assert sum(report.added.values()) == 8 and sum(report.deleted.values()) == 0
        second = tmp_path / "second.json"
        interchange.dump(target, second)
        first_doc, second_doc = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        assert _records_of(first_doc) == _records_of(second_doc)
        assert len(second_doc["tombstones"]) == 1
        again = store.load(target, first)  # loading twice changes nothing
        assert sum(again.added.values()) == 0 and sum(again.updated.values()) == 8
        assert _records_of(interchange.dump_document(target)) == _records_of(first_doc)


def test_document_header(populated: Project) -> None:
    document = interchange.dump_document(populated)
    assert document["format"] == "workbench-interchange" and document["version"] == 1
    assert document["project"]["id"] == str(populated.identity().id)
    assert {"app_version", "created_at"} <= set(document)
    [rec] = document["recommendations"]
    assert (
        rec["revision"].startswith("3-") and len(rec["ancestors"]) == 2
    )  # create, wording, status


def test_tombstone_in_a_document_deletes_the_record(populated: Project, tmp_path: Path) -> None:
    library = Library(populated)
    [tag] = [r for r in library.page("tag") if r.title == "criminal defamation"]
    with Project.create(tmp_path / "copy.wbproj") as copy_project:
        store.load(copy_project, interchange.dump_document(populated))
        library.delete(tag.id)
        report = store.load(copy_project, interchange.dump_document(populated))
        assert report.deleted["tag"] == 1
        assert Library(copy_project).counts()["tag"] == 0
        evidence = Library(copy_project).page("evidence")[0]
        assert Library(copy_project).get(evidence.id).links["tags"] == ()


def _break(document: dict, how: str) -> dict | str:
    broken = copy.deepcopy(document)
    if how == "invalid-json":
        return json.dumps(document)[:-20]
    if how == "wrong-format":
        broken["format"] = "zotero-rdf"
    elif how == "newer-version":
        broken["version"] = 99
    elif how == "wrong-type":
        broken["provisions"][0]["unit"] = 131
    elif how == "bad-choice":
        broken["critiques"][0]["severity"] = "apocalyptic"
    elif how == "missing-link":
        broken["critiques"][0]["links"]["provisions"] = [str(uuid.uuid4())]
    elif how == "link-wrong-kind":
        broken["critiques"][0]["links"]["provisions"] = [broken["sources"][0]["id"]]
    elif how == "duplicate-uuid":
        broken["tags"].append(dict(broken["tags"][0]))
    elif how == "duplicate-across-kinds":
        broken["sources"][0]["id"] = broken["tags"][0]["id"]
    elif how == "text-too-long":
        broken["recommendations"][0]["title"] = "x" * 2001
    elif how == "bad-time":
        broken["evidence"][0]["created_at"] = "last Tuesday"
    elif how == "not-an-object":
        return "[1, 2, 3]"
    return broken


FAULTS = {
    "invalid-json": "not valid JSON",
    "wrong-format": "format is 'zotero-rdf'",
    "newer-version": "interchange version 99",
    "wrong-type": "provisions[0]",
    "bad-choice": "critiques[0]",
    "missing-link": "neither in the document nor the project",
    "link-wrong-kind": "a source, where a provision is expected",
    "duplicate-uuid": "appears more than once",
    "duplicate-across-kinds": "appears more than once",
    "text-too-long": "characters; the limit is",
    "bad-time": "created_at",
    "not-an-object": "must be a JSON object",
}


@pytest.mark.parametrize("how", list(FAULTS))
def test_broken_documents_are_refused_and_change_nothing(
    populated: Project, tmp_path: Path, capsys, how: str
) -> None:
    document = interchange.dump_document(populated)
    # Make every record look changed, so a partial load would be visible.
    for rec in document["tags"]:
        rec["name"] = rec["name"] + " (changed)"
    broken = _break(document, how)
    path = tmp_path / f"{how}.json"
    path.write_text(broken if isinstance(broken, str) else json.dumps(broken), encoding="utf-8")
    before = _records_of(interchange.dump_document(populated))
    populated.close()

    code = main(["load", str(populated.path), str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert FAULTS[how] in captured.err
    with Project.open(populated.path) as reopened:
        assert _records_of(interchange.dump_document(reopened)) == before


def test_field_errors_name_record_and_field(populated: Project) -> None:
    document = interchange.dump_document(populated)
    document["provisions"][0]["unit"] = 131
    provision_id = document["provisions"][0]["id"]
    with pytest.raises(InterchangeError) as caught:
        store.load(populated, document)
    assert caught.value.where == f"provisions[0] (id {provision_id}).unit"
    assert "expected text" in caught.value.problem


def test_cli_dump_and_load(populated: Project, tmp_path: Path, capsys) -> None:
    populated.close()
    out = tmp_path / "dump.json"
    assert main(["dump", str(populated.path), "-o", str(out)]) == 0
    target = tmp_path / "t.wbproj"
    assert main(["new", str(target), "--empty"]) == 0
    capsys.readouterr()
    assert main(["load", str(target), str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"]["recommendation"] == 1 and report["deleted"]["tag"] == 0
    assert not list(tmp_path.glob(".*.partial"))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_any_text_survives_dump_and_load(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("unicode")
    with Project.create(folder / "a.wbproj") as source:
        Library(source).create("critique", {"title": text[:50], "argument": text})
        interchange.dump(source, folder / "a.json")
        with Project.create(folder / "b.wbproj") as target:
            store.load(target, folder / "a.json")
            assert _records_of(interchange.dump_document(target)) == _records_of(
                interchange.dump_document(source)
            )

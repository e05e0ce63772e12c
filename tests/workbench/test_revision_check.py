"""A revision always names one content: ``load`` gives a record changed outside
Workbench a new revision, ``merge`` refuses one as damaged or forged, ``check``
finds one changed in the file itself, and every revision the app makes passes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from workbench.cli import main
from workbench.exits import EXIT_BAD_INPUT, EXIT_FINDINGS
from workbench.interchange import SECTION_NAMES, dump_document, parse_record
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.project import Project
from workbench.records import display_title
from workbench.revision_check import (
    altered_deletions,
    document_hidden,
    record_names_its_content,
    stored_records,
)
from workbench.revisions import names_content, next_revision
from workbench.share import read_bundle, share
from workbench.starter import create_project, install_starter, starter_document
from workbench.store import load

TITLE = "Set clear criteria and limits for disclosing platform users' data"
"""A recommendation of the starter library (the issue's example)."""


def _starter(path: Path) -> None:
    create_project(path).close()


def _dump(path: Path) -> dict[str, Any]:
    with Project.open(path) as project:
        document = dump_document(project)
    document.pop("created_at", None)
    return orjson.loads(orjson.dumps(document))


def _recommendation(document: dict[str, Any], title: str = TITLE) -> dict[str, Any]:
    return next(r for r in document["recommendations"] if r["title"] == title)


def _by_id(document: dict[str, Any], record_id: str) -> dict[str, Any]:
    return next(r for r in document["recommendations"] if r["id"] == record_id)


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_bytes(orjson.dumps(document))
    return path


def _mismatches(path: Path) -> list[tuple[str, uuid.UUID, str]]:
    """Every record and deletion stored with content its revision does not name,
    as `check` reads them."""
    with Project.open(path) as project, project.reading() as session:
        records = [
            (kind, uuid.UUID(item["id"]), display_title(kind, item))
            for kind, item, matches in stored_records(session)
            if not matches
        ]
        return records + list(altered_deletions(session))


# --- the starter and the app's own revisions ---------------------------------------


def test_the_starter_library_names_its_content(tmp_path: Path) -> None:
    document = starter_document()
    hidden = frozenset(document_hidden(document))
    for kind, section in SECTION_NAMES.items():
        for item in document.get(section, []):
            record = parse_record(kind, section, item)
            assert record_names_its_content(record, hidden), item["id"]
    with Project.create(tmp_path / "p.wbproj") as project:
        report = install_starter(project)
    assert report.changed_outside == ()
    assert sum(report.added.values()) > 0
    assert _mismatches(tmp_path / "p.wbproj") == []


def test_every_revision_the_app_makes_names_its_content(tmp_path: Path) -> None:
    """Edits, deletions, undoing one, confidential links, and merges resolved every
    way (conflicting copies, edit against delete, dangling links dropped)."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    _starter(ana)
    shutil.copyfile(ana, bek)
    target = _recommendation(_dump(ana))["id"]
    other = _dump(ana)["recommendations"][1]["id"]
    with Project.open(ana, clock=TickingClock()) as project:
        library = Library(project)
        library.update(uuid.UUID(target), {"title": "Ana's title"})
        secret = library.create("evidence", {"title": "Memo", "confidentiality": "internal"})
        library.link(uuid.UUID(target), "evidence", secret.id)
        deletion = library.delete(uuid.UUID(other))
        library.restore(deletion)
        library.delete(uuid.UUID(other))
        share(project, tmp_path / "from-ana.wbshare")
    with Project.open(bek, clock=TickingClock()) as project:
        library = Library(project)
        library.update(uuid.UUID(target), {"title": "Bek's title"})
        library.update(uuid.UUID(other), {"title": "Bek kept it"})
        share(project, tmp_path / "from-bek.wbshare")
    for policy in ("both", "theirs", "mine"):
        for mine, theirs in ((ana, "from-bek"), (bek, "from-ana")):
            copy = tmp_path / f"{policy}-{mine.name}"
            shutil.copyfile(mine, copy)
            bundle = str(tmp_path / f"{theirs}.wbshare")
            assert main(["merge", str(copy), bundle, "--on-conflict", policy]) == 0
            assert _mismatches(copy) == [], (policy, mine.name)
    assert _mismatches(ana) == [] and _mismatches(bek) == []


# --- load ------------------------------------------------------------------------------


def test_load_gives_a_record_changed_outside_workbench_a_new_revision(
    tmp_path: Path, capsys
) -> None:
    project = tmp_path / "a.wbproj"
    _starter(project)
    document = _dump(project)
    edited = _recommendation(document)
    named = edited["revision"]
    edited["title"] = "Retitled in the file"
    source = _write(tmp_path / "a.json", document)
    capsys.readouterr()
    assert main(["load", str(project), str(source), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["changed_outside"] == [
        {"kind": "recommendation", "id": edited["id"], "title": "Retitled in the file"}
    ]
    stored = _by_id(_dump(project), edited["id"])
    assert stored["title"] == "Retitled in the file"
    assert stored["ancestors"][: len(edited["ancestors"]) + 1] == [named, *edited["ancestors"]]
    assert stored["revision"] != named
    assert _mismatches(project) == []
    # The plain report says it in words, once per record.
    edited["title"] = "Retitled again"
    assert main(["load", str(project), str(_write(source, document))]) == 0
    out = capsys.readouterr().out
    assert "re-revised: 1 (changed outside Workbench)" in out
    assert f"recommendation 'Retitled again' [{edited['id']}]" in out


def test_load_of_an_unchanged_dump_re_revises_nothing(tmp_path: Path, capsys) -> None:
    project, other = tmp_path / "a.wbproj", tmp_path / "b.wbproj"
    _starter(project)
    Project.create(other).close()
    source = _write(tmp_path / "a.json", _dump(project))
    capsys.readouterr()
    assert main(["load", str(other), str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed_outside"] == []
    assert _dump(other)["recommendations"] == _dump(project)["recommendations"]


def test_load_gives_a_forged_deletion_a_deletions_revision(tmp_path: Path, capsys) -> None:
    project = tmp_path / "a.wbproj"
    document, gone = _forged_deletion(project)
    capsys.readouterr()
    assert main(["load", str(project), str(_write(tmp_path / "a.json", document)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["changed_outside"] == [{"kind": "tag", "id": gone["id"], "title": "(deleted)"}]
    (tombstone,) = _dump(project)["tombstones"]
    assert tombstone["ancestors"][0] == "9-forged"
    assert names_content(tombstone["revision"], tombstone["ancestors"], {"deleted": True})


def _forged_deletion(project: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """A starter project with a tag nothing links to, and its dump deleting that tag
    under a revision no deletion has."""
    _starter(project)
    with Project.open(project) as opened:
        Library(opened).create("tag", {"name": "spare"})
    document = _dump(project)
    gone = next(t for t in document["tags"] if t["name"] == "spare")
    document["tags"].remove(gone)
    document["tombstones"] = [
        {
            "id": gone["id"], "kind": "tag", "revision": "9-forged",
            "ancestors": [gone["revision"]], "deleted_at": gone["updated_at"],
            "changed_by": "someone",
        }
    ]  # fmt: skip
    return document, gone


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_load_names_exactly_the_records_edited_in_the_file(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    tmp_path = tmp_path_factory.mktemp("edits")
    project = tmp_path / "a.wbproj"
    _starter(project)
    document = _dump(project)
    records = document["recommendations"]
    chosen = data.draw(st.sets(st.integers(0, len(records) - 1), max_size=4))
    texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
    for index in chosen:
        records[index]["text"] = records[index]["text"] + "!" + data.draw(texts)
    with Project.open(project) as opened:
        report = load(opened, document)
    assert {str(record_id) for _, record_id, _ in report.changed_outside} == {
        records[i]["id"] for i in chosen
    }
    assert _mismatches(project) == []


# --- merge ------------------------------------------------------------------------------


def test_merge_refuses_a_record_that_does_not_match_its_revision(tmp_path: Path, capsys) -> None:
    ours = tmp_path / "a.wbproj"
    _starter(ours)
    before = _dump(ours)
    document = _dump(ours)
    forged = _recommendation(document)
    forged["ancestors"] = [forged["revision"], *forged["ancestors"]]
    forged["revision"] = next_revision(forged["revision"], {"title": "anything"})
    forged["title"] = "Forged"
    capsys.readouterr()
    code = main(["merge", str(ours), str(_write(tmp_path / "theirs.json", document))])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert len(err.strip().splitlines()) == 1
    assert "recommendation 'Forged'" in err and forged["id"] in err
    assert "does not match its revision" in err
    assert "Traceback" not in err
    assert _dump(ours) == before


def test_merge_refuses_a_deletion_that_does_not_match_its_revision(tmp_path: Path, capsys) -> None:
    ours = tmp_path / "a.wbproj"
    document, gone = _forged_deletion(ours)
    before = _dump(ours)
    capsys.readouterr()
    code = main(["merge", str(ours), str(_write(tmp_path / "theirs.json", document))])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert f"tombstones (id {gone['id']})" in err and "does not match its revision" in err
    assert _dump(ours) == before


def test_a_share_of_a_record_whose_old_revision_covers_a_withheld_link_still_merges(
    tmp_path: Path,
) -> None:
    """A revision made before links to confidential records left the hash covers
    them: the share gives the stripped record a new revision on top, which the
    receiver can check, and the sender takes back without a question."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    _starter(ana)
    Project.create(bek).close()
    with Project.open(ana, clock=TickingClock()) as project:
        library = Library(project)
        secret = library.create("evidence", {"title": "Memo", "confidentiality": "internal"})
        target = uuid.UUID(_recommendation(_dump_open(project))["id"])
        library.link(target, "evidence", secret.id)
    _cover_links_in_revision(ana, target)
    assert _mismatches(ana) == []
    with Project.open(ana) as project:
        share(project, tmp_path / "to-bek.wbshare")
    shipped = _by_id(read_bundle(tmp_path / "to-bek.wbshare"), str(target))
    assert shipped["ancestors"][0] == _by_id(_dump(ana), str(target))["revision"]
    assert main(["merge", str(bek), str(tmp_path / "to-bek.wbshare")]) == 0
    assert _mismatches(bek) == []
    with Project.open(bek) as project:
        share(project, tmp_path / "to-ana.wbshare")
    assert main(["merge", str(ana), str(tmp_path / "to-ana.wbshare")]) == 0
    merged = _by_id(_dump(ana), str(target))
    assert str(secret.id) in merged["links"]["evidence"]
    assert _mismatches(ana) == []


def _dump_open(project: Project) -> dict[str, Any]:
    return orjson.loads(orjson.dumps(dump_document(project)))


def _cover_links_in_revision(path: Path, record_id: uuid.UUID) -> None:
    """Give the record the revision an older Workbench gave it: its confidential
    links inside the hash (still a revision that names its content)."""
    with Project.open(path) as project:
        item = _by_id(_dump_open(project), str(record_id))
        content = {k: v for k, v in item.items() if k not in _META}
        revision = next_revision(item["ancestors"][0], content)
        with project.writing() as writer:
            writer.session.connection().exec_driver_sql(
                "UPDATE records SET revision = ? WHERE id = ?", (revision, str(record_id))
            )


_META = ("id", "revision", "ancestors", "created_at", "updated_at", "changed_by")


# --- check ------------------------------------------------------------------------------


def test_check_finds_a_record_changed_in_the_file_itself(tmp_path: Path, capsys) -> None:
    project = tmp_path / "a.wbproj"
    _starter(project)
    record = _recommendation(_dump(project))
    with closing(sqlite3.connect(project)) as connection:
        connection.execute(
            "UPDATE recommendations SET text = 'altered' WHERE id = ?", (record["id"],)
        )
        connection.commit()
    capsys.readouterr()
    assert main(["check", str(project), "--json"]) == EXIT_FINDINGS
    findings = json.loads(capsys.readouterr().out)["findings"]
    (found,) = [f for f in findings if f["code"] == "revision-mismatch"]
    assert (found["kind"], found["id"], found["title"]) == ("recommendation", record["id"], TITLE)
    assert main(["check", str(project)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "does not match its revision" in line)
    assert f"recommendation '{TITLE}'" in line and record["id"] in line


def test_check_finds_no_mismatch_in_a_project_the_app_wrote(tmp_path: Path, capsys) -> None:
    project = tmp_path / "a.wbproj"
    _starter(project)
    capsys.readouterr()
    main(["check", str(project), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in findings if f["code"] == "revision-mismatch"]


# --- the reproduction --------------------------------------------------------


def test_two_copies_changed_in_their_dumps_never_merge_silently(tmp_path: Path, capsys) -> None:
    """Dump a; change a recommendation's title in the dump and load it into a; change
    its text in a second copy of the dump and load that into b (a copy of a made
    before): the merge must see the two changes, not report nothing to do."""
    a, b = tmp_path / "a.wbproj", tmp_path / "b.wbproj"
    _starter(a)
    shutil.copyfile(a, b)
    assert main(["dump", str(a), "-o", str(tmp_path / "a.json")]) == 0
    dumped = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    title_changed = json.loads(json.dumps(dumped))
    _recommendation(title_changed)["title"] = "Retitled by Ana"
    text_changed = json.loads(json.dumps(dumped))
    _recommendation(text_changed)["text"] = "Rewritten by Bek"
    record_id = _recommendation(dumped)["id"]
    assert main(["load", str(a), str(_write(tmp_path / "ana.json", title_changed))]) == 0
    assert main(["load", str(b), str(_write(tmp_path / "bek.json", text_changed))]) == 0
    revision_a = _by_id(_dump(a), record_id)["revision"]
    revision_b = _by_id(_dump(b), record_id)["revision"]
    assert revision_a != revision_b  # not silent: the copies no longer claim one content
    capsys.readouterr()
    code = main(["merge", str(a), str(b), "--dry-run", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code in (0, 1)  # a conflict, or a clean three-way merge
    # The starter's contents are both copies' common ancestor: a clean three-way merge.
    assert sum(report["merged"].values()) == 1 and code == 0, report
    assert main(["merge", str(a), str(b)]) == 0
    merged = _by_id(_dump(a), record_id)
    assert merged["title"] == "Retitled by Ana" and merged["text"] == "Rewritten by Bek"


def test_merge_of_a_copy_loaded_from_an_edited_dump_is_accepted(tmp_path: Path) -> None:
    """A record re-revised by load is a revision like any other: merged elsewhere."""
    a, b = tmp_path / "a.wbproj", tmp_path / "b.wbproj"
    _starter(a)
    shutil.copyfile(a, b)
    document = _dump(a)
    _recommendation(document)["title"] = "Retitled in the file"
    assert main(["load", str(a), str(_write(tmp_path / "a.json", document))]) == 0
    with Project.open(b) as project:
        apply_merge(project, plan_merge(project, _dump(a)))
    assert _recommendation(_dump(b), "Retitled in the file")
    assert _mismatches(b) == []


# --- properties -------------------------------------------------------------------------

_STEPS = st.lists(
    st.sampled_from(["edit", "link", "unlink", "conceal", "publish", "delete", "restore"]),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_STEPS)
def test_any_sequence_of_edits_leaves_every_revision_naming_its_content(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str]
) -> None:
    """Edits, links to evidence made confidential and public again, deletions and
    their undoing: whatever the order, every stored record matches its revision."""
    path = tmp_path_factory.mktemp("steps") / "p.wbproj"
    with Project.create(path, clock=TickingClock()) as project:
        library = Library(project)
        evidence = library.create("evidence", {"title": "Memo"})
        critique = library.create("critique", {"title": "A critique"})
        deletion = None
        for number, step in enumerate(steps):
            alive = deletion is None
            if step == "edit" and alive:
                library.update(critique.id, {"title": f"Critique {number}"})
            elif step == "link" and alive:
                library.set_links(critique.id, "evidence", [evidence.id])
            elif step == "unlink" and alive:
                library.set_links(critique.id, "evidence", [])
            elif step in ("conceal", "publish"):
                level = "internal" if step == "conceal" else "public"
                library.update(evidence.id, {"confidentiality": level})
            elif step == "delete" and alive:
                deletion = library.delete(critique.id)
            elif step == "restore" and deletion is not None:
                library.restore(deletion)
                deletion = None
    assert _mismatches(path) == []


def test_the_same_edit_without_the_confidential_link_reaches_the_same_revision(
    tmp_path: Path,
) -> None:
    """A colleague who never held the confidential evidence makes the same edit to
    the record citing it, and reaches the same revision."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    with Project.create(ana, clock=TickingClock()) as project:
        library = Library(project)
        critique = library.create("critique", {"title": "A critique"})
        secret = library.create("evidence", {"title": "Memo", "confidentiality": "internal"})
        library.link(critique.id, "evidence", secret.id)
        share(project, tmp_path / "to-bek.wbshare")
    Project.create(bek).close()
    assert main(["merge", str(bek), str(tmp_path / "to-bek.wbshare")]) == 0
    for path in (ana, bek):
        with Project.open(path) as project:
            Library(project).update(critique.id, {"title": "Edited alike"})
    revisions = [
        next(r for r in _dump(path)["critiques"] if r["id"] == str(critique.id))["revision"]
        for path in (ana, bek)
    ]
    assert revisions[0] == revisions[1]
    assert _mismatches(ana) == [] and _mismatches(bek) == []

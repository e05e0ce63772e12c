"""Review notes: brought in once, resolved and reopened through the unit of work,
counted for the preflight, carried by dumps, loads, shares and merges (both
sides' notes kept, one side's resolution beside the other's replies), and a
project of schema 11 opens with its records' revisions intact."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from db.schema import alembic_config
from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench import interchange, store
from workbench.changes import RecordRef
from workbench.cli import main
from workbench.errors import InvalidField, RecordNotFound
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge, read_theirs
from workbench.merge.three_way import merge_content
from workbench.preflight import check_submission
from workbench.project import Project
from workbench.review_notes import (
    NewNote,
    Reply,
    add_notes,
    notes_of,
    set_status,
    unresolved,
)
from workbench.services import ProjectServices
from workbench.share import share

RECOMMENDATION, SUBMISSION = fixed(50), fixed(60)
WHEN = datetime(2025, 3, 4, 9, 15, tzinfo=UTC)


def _note(origin: str, text: str = "Нужна ссылка на решение суда.", **more: Any) -> NewNote:
    return NewNote(
        field="rationale",
        text=text,
        quote="заведомо ложных сведений",
        language="ru",
        author="Айгерим",
        written_at=WHEN,
        origin=origin,
        **more,
    )


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def test_notes_come_in_once_with_their_replies_and_a_new_revision(small: Project) -> None:
    before = Library(small).get(RECOMMENDATION).revision
    reply = Reply("Ерлан", datetime(2025, 3, 5, 10, 0, tzinfo=UTC), "Сделаю.")
    changes = add_notes(small, RECOMMENDATION, [_note("e1/0", replies=(reply,)), _note("e1/1")])
    assert changes.updated == {RecordRef("recommendation", RECOMMENDATION)}
    after = Library(small).get(RECOMMENDATION)
    assert after.revision != before
    first, second = notes_of(small, RECOMMENDATION)
    assert (first.author, first.quote, first.written_at) == (
        "Айгерим",
        "заведомо ложных сведений",
        WHEN,
    )
    assert first.replies == (reply,) and second.replies == ()
    assert first.status == "open" and not first.resolved and first.origin == "e1/0"
    again = add_notes(small, RECOMMENDATION, [_note("e1/1"), _note("e1/1"), _note("e1/2")])
    assert [n.origin for n in notes_of(small, RECOMMENDATION)] == ["e1/0", "e1/1", "e1/2"]
    assert again.updated == {RecordRef("recommendation", RECOMMENDATION)}
    revision = Library(small).get(RECOMMENDATION).revision
    assert not add_notes(small, RECOMMENDATION, [_note("e1/0")])  # nothing new: no change
    assert Library(small).get(RECOMMENDATION).revision == revision


def test_a_note_without_an_origin_or_a_date_is_kept_each_time(small: Project) -> None:
    hand = NewNote(field="summary", text="Мәтінді қысқарту керек.")
    add_notes(small, SUBMISSION, [hand, hand])
    notes = notes_of(small, SUBMISSION)
    assert [n.text for n in notes] == ["Мәтінді қысқарту керек."] * 2
    assert notes[0].id != notes[1].id and notes[0].written_at is None


def test_the_same_comment_has_the_same_note_id_on_every_copy(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        with build_small_project(tmp_path / f"{name}.wbproj", TickingClock()) as project:
            add_notes(project, RECOMMENDATION, [_note("e1/0")])
            ids.append(notes_of(project, RECOMMENDATION)[0].id)
    assert ids[0] == ids[1]


def test_resolving_and_reopening_go_through_the_writer(small: Project) -> None:
    add_notes(small, RECOMMENDATION, [_note("e1/0"), _note("e1/1")])
    note = notes_of(small, RECOMMENDATION)[0]
    revision = Library(small).get(RECOMMENDATION).revision
    changes = set_status(small, RECOMMENDATION, note.id, "resolved")
    assert changes.updated == {RecordRef("recommendation", RECOMMENDATION)}
    assert notes_of(small, RECOMMENDATION)[0].resolved
    assert Library(small).get(RECOMMENDATION).revision != revision
    assert unresolved(small, [RECOMMENDATION, SUBMISSION]) == {RECOMMENDATION: 1}
    assert not set_status(small, RECOMMENDATION, note.id, "resolved")  # as it is: no change
    set_status(small, RECOMMENDATION, note.id, "open")
    assert unresolved(small, [RECOMMENDATION]) == {RECOMMENDATION: 2}


def test_wrong_owners_statuses_and_values_are_refused(small: Project) -> None:
    with pytest.raises(InvalidField, match="holds no review notes"):
        add_notes(small, fixed(31), [_note("x")])  # an evidence
    with pytest.raises(RecordNotFound):
        add_notes(small, uuid.uuid4(), [_note("x")])
    with pytest.raises(InvalidField) as caught:
        add_notes(small, RECOMMENDATION, [NewNote(field="x" * 3000, text="")])
    assert caught.value.field == "field"
    add_notes(small, RECOMMENDATION, [_note("e1/0")])
    note = notes_of(small, RECOMMENDATION)[0]
    with pytest.raises(InvalidField):
        set_status(small, RECOMMENDATION, note.id, "done")
    with pytest.raises(RecordNotFound):
        set_status(small, SUBMISSION, note.id, "resolved")  # not that record's note


def test_the_facade_offers_the_notes(small: Project) -> None:
    services = ProjectServices(small)
    services.notes.add(SUBMISSION, [NewNote(field="introduction", text="Қысқарту керек.")])
    [note] = services.notes.of(SUBMISSION)
    services.notes.set_status(SUBMISSION, note.id, "resolved")
    assert services.notes.unresolved([SUBMISSION]) == {}


def test_the_preflight_names_each_record_with_open_notes(small: Project) -> None:
    add_notes(small, RECOMMENDATION, [_note("e1/0"), _note("e1/1")])
    add_notes(small, SUBMISSION, [NewNote(field="summary", text="Қысқарту керек.", origin="e1/5")])
    add_notes(small, fixed(52), [_note("e1/7")])
    set_status(small, fixed(52), notes_of(small, fixed(52))[0].id, "resolved")
    found = [f for f in check_submission(small, SUBMISSION) if f.code == "unresolved-review-notes"]
    assert [(f.kind, f.record_id, f.detail[0], f.severity) for f in found] == [
        ("submission", SUBMISSION, "1", "warning"),
        ("recommendation", RECOMMENDATION, "2", "warning"),
    ]


def test_notes_round_trip_through_a_dump_and_a_load(small: Project, tmp_path: Path) -> None:
    add_notes(small, RECOMMENDATION, [_note("e1/0", replies=(Reply("Ерлан", None, "Да."),))])
    document = interchange.dump_document(small)
    [item] = [r for r in document["recommendations"] if r["id"] == str(RECOMMENDATION)]
    assert item["review_notes"][0]["replies"] == [{"author": "Ерлан", "date": "", "text": "Да."}]
    others = [r for r in document["recommendations"] if r["id"] != str(RECOMMENDATION)]
    assert all("review_notes" not in r for r in [*others, *document["submissions"]])
    with Project.create(tmp_path / "loaded.wbproj") as loaded:
        report = store.load(loaded, document)
        assert report.changed_outside == ()  # each revision names its content
        assert interchange.dump_document(loaded)["recommendations"] == document["recommendations"]


@pytest.mark.parametrize(
    ("replies", "problem"),
    [
        ("no", "must be an array"),
        (["no"], "must be an object"),
        ([{"who": "x"}], "has no key 'who'"),
        ([{"text": 5}], "expected text"),
    ],
)
def test_a_document_s_malformed_replies_are_refused(
    small: Project, replies: Any, problem: str
) -> None:
    add_notes(small, RECOMMENDATION, [_note("e1/0")])
    document = interchange.dump_document(small)
    [item] = [r for r in document["recommendations"] if r["id"] == str(RECOMMENDATION)]
    item["review_notes"][0]["replies"] = replies
    with pytest.raises(interchange.InterchangeError, match=problem):
        interchange.validate(document, {}, {})


def _shared_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the small project that exchanged one note."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    with build_small_project(ana, TickingClock()) as project:
        add_notes(project, RECOMMENDATION, [_note("e1/0")])
        share(project, tmp_path / "first.wbshare")
    with Project.create(bek, author="Bek") as project:
        apply_merge(project, plan_merge(project, read_theirs(tmp_path / "first.wbshare")))
    return ana, bek


def _merged_into(target: Path, source: Path) -> None:
    bundle = source.with_suffix(".wbshare")
    with Project.open(source, read_only=True) as project:
        share(project, bundle)
    with Project.open(target) as project:
        plan = plan_merge(project, read_theirs(bundle))
        assert not plan.conflicts
        apply_merge(project, plan)


def test_a_merge_keeps_both_sides_notes_and_joins_status_and_replies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ana, bek = _shared_pair(tmp_path)
    with Project.open(ana) as project:
        [note] = notes_of(project, RECOMMENDATION)
        set_status(project, RECOMMENDATION, note.id, "resolved")
        add_notes(project, RECOMMENDATION, [_note("e2/0", "Ана: уточнить.")])
    with Project.open(bek) as project:
        add_notes(project, RECOMMENDATION, [_note("e3/0", "Бек: сократить.")])
        add_notes(project, SUBMISSION, [NewNote(field="summary", text="Қысқа.", origin="e3/1")])
    _merged_into(ana, bek)
    _merged_into(bek, ana)
    states = []
    for path in (ana, bek):
        with Project.open(path, read_only=True) as project:
            notes = notes_of(project, RECOMMENDATION)
            assert (notes[0].origin, notes[0].status) == ("e1/0", "resolved")
            assert {n.origin for n in notes} == {"e1/0", "e2/0", "e3/0"}
            assert [n.origin for n in notes_of(project, SUBMISSION)] == ["e3/1"]
            records = interchange.dump_document(project)["recommendations"]
            states.append({r["id"]: r.get("review_notes") for r in records})
        main(["check", str(path), "--json"])
        findings = json.loads(capsys.readouterr().out)["findings"]
        assert "revision-mismatch" not in {finding["code"] for finding in findings}
    assert states[0] == states[1]  # (the confidential evidence Ana's share withheld aside)


def _content(notes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"title": "Рекомендация", "links": {}, **({"review_notes": notes} if notes else {})}


def _item(number: int, status: str = "open", replies: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=number)),
        "field": "text",
        "language": "kk",
        "quote": "",
        "author": "Айгерим",
        "written_at": None,
        "text": f"Ескерту {number}",
        "replies": [{"author": "Ерлан", "date": "", "text": r} for r in replies],
        "status": status,
        "origin": f"e/{number}",
    }


side = st.fixed_dictionaries(
    {
        "added": st.lists(st.integers(10, 14), unique=True, max_size=3),
        "removed": st.sets(st.integers(0, 2), max_size=1),
        "resolved": st.sets(st.integers(0, 2)),
        "replied": st.dictionaries(st.integers(0, 2), st.sampled_from(["Иә", "Жоқ", "Дұрыс"])),
    }
)


def _edited(base: list[dict[str, Any]], edit: dict[str, Any], offset: int) -> list[dict[str, Any]]:
    notes = []
    for item in base:
        number = uuid.UUID(item["id"]).int
        if number in edit["removed"]:
            continue
        changed = dict(item)
        if number in edit["resolved"]:
            changed["status"] = "resolved"
        if number in edit["replied"]:
            reply = {"author": "Ерлан", "date": "", "text": edit["replied"][number]}
            changed["replies"] = [*item["replies"], reply]
        notes.append(changed)
    return notes + [_item(number + offset) for number in edit["added"]]


@settings(max_examples=150, deadline=None)
@given(base_count=st.integers(0, 3), mine=side, theirs=side)
def test_merging_notes_keeps_every_addition_and_agrees_both_ways(
    base_count: int, mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    base = [_item(n, replies=("Бастапқы",) if n == 1 else ()) for n in range(base_count)]
    ours, other = _edited(base, mine, 0), _edited(base, theirs, 10)
    merged = merge_content("recommendation", _content(base), _content(ours), _content(other))
    back = merge_content("recommendation", _content(base), _content(other), _content(ours))
    removed_edited = {
        pid
        for pid, was in ((i["id"], i) for i in base)
        for a, b in ((ours, other), (other, ours))
        if any(x["id"] == pid for x in a) != any(x["id"] == pid for x in b)
        and next(x for x in (*a, *b) if x["id"] == pid) != was
    }
    if removed_edited:
        assert "review_notes" in merged.conflicts
        return
    assert merged.clean and back.clean
    assert merged.content.get("review_notes") != []  # an empty list is left out
    notes = merged.content.get("review_notes", [])
    by_id = {n["id"]: n for n in notes}
    for edit, offset in ((mine, 0), (theirs, 10)):
        for number in edit["added"]:
            assert str(uuid.UUID(int=number + offset)) in by_id
        for number in edit["resolved"]:
            if str(uuid.UUID(int=number)) in by_id:
                assert by_id[str(uuid.UUID(int=number))]["status"] == "resolved"
        for number, text in edit["replied"].items():
            if str(uuid.UUID(int=number)) in by_id:
                assert text in [r["text"] for r in by_id[str(uuid.UUID(int=number))]["replies"]]
    assert sorted(by_id) == sorted(n["id"] for n in back.content.get("review_notes", []))
    for note in notes:
        again = next(n for n in back.content["review_notes"] if n["id"] == note["id"])
        assert again["status"] == note["status"]
        assert sorted(r["text"] for r in again["replies"]) == sorted(
            r["text"] for r in note["replies"]
        )


def test_a_schema_11_project_opens_upgraded_with_its_revisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v11.wbproj"
    with build_small_project(path, TickingClock()) as project:
        before = interchange.dump_document(project)
    connection = sqlite3.connect(path)
    with connection:
        engine = create_engine("sqlite://", creator=lambda: connection)
        with engine.begin() as bound:
            command.downgrade(alembic_config(bound), "0011_imported_records")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "review_notes" not in tables
    with Project.open(path) as project:
        assert project.migrated_from == 11
        after = interchange.dump_document(project)
        add_notes(project, RECOMMENDATION, [_note("e1/0")])
    for section in ("recommendations", "submissions"):
        assert after[section] == before[section]  # no revision moved, no key added
    main(["check", str(path), "--json"])
    codes = {finding["code"] for finding in json.loads(capsys.readouterr().out)["findings"]}
    assert "unresolved-review-notes" in codes and "revision-mismatch" not in codes

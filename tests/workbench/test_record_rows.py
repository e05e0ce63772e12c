"""Records read by id as plain rows are the records the ORM reads
(workbench.record_rows): an export, a preview and an undo snapshot read them so,
and a difference would change a document, a revision or what an undo puts back."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from tests.workbench.test_plain_records import (
    ANY_EVIDENCE,
    create_evidence,
    small_project_in_other_forms,
)
from workbench import records, store
from workbench.library import Library
from workbench.project import Project
from workbench.record_rows import load_many
from workbench.records import RecordData
from workbench.review_notes import NewNote, Reply, add_notes
from workbench.starter import starter_document


def _through_orm(project: Project, ids: list[uuid.UUID]) -> dict[uuid.UUID, RecordData]:
    found: dict[uuid.UUID, RecordData] = {}
    with project.reading() as session:
        for kind, of_kind in records.ids_by_kind(session, ids).items():
            found.update(records.load_through_orm(session, kind, of_kind))
    return found


def _shape(data: RecordData) -> list[Any]:
    """What equality of two RecordData leaves out: the order of names and roles."""
    return [list(data.fields), list(data.links), list(data.children)]


def _assert_read_the_same(project: Project, ids: list[uuid.UUID]) -> dict[uuid.UUID, RecordData]:
    with project.reading() as session:
        plain = load_many(session, ids)
    orm = _through_orm(project, ids)
    assert plain.keys() == orm.keys()
    for record_id, data in orm.items():
        assert plain[record_id] == data, data.kind
        assert _shape(plain[record_id]) == _shape(data)
        assert plain[record_id].content() == data.content()
    return plain


def _every_id(project: Project) -> list[uuid.UUID]:
    with project.reading() as session:
        return [row.id for row in session.query(records.Record.id)]


def test_the_starter_library_reads_the_same_both_ways(tmp_path: Path) -> None:
    with Project.create(tmp_path / "starter.wbproj") as project:
        store.load(project, starter_document())
        ids = _every_id(project)
        read = _assert_read_the_same(project, ids)
    kinds_read = {data.kind for data in read.values()}
    assert {"recommendation", "submission", "provision", "evidence", "source"} <= kinds_read
    assert any(data.children["proposed_wordings"] for data in read.values() if data.children)


def test_review_notes_links_in_order_and_missing_ids(tmp_path: Path) -> None:
    """A recommendation with Kazakh review notes and a reply, links in a chosen
    order, and ids that name nothing (absent from both results)."""
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        library = Library(project)
        provisions = [
            library.create("provision", {"unit": f"{n}-бап", "wording": f"Бап мәтіні {n}"})
            for n in (3, 1, 2)
        ]
        recommendation = library.create(
            "recommendation",
            {"title": "Жала жабуды қылмыстық құқық бұзушылықтар қатарынан алып тастау"},
            {"provisions": [p.id for p in provisions]},
        )
        note = NewNote(
            field="text",
            text="Дәлелдеме қосыңыз",
            language="kk",
            author="Айгүл",
            written_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            replies=(Reply(author="Иван", text="Добавлю", written_at=None),),
        )
        add_notes(project, recommendation.id, [note])
        ids = [*_every_id(project), uuid.uuid4(), uuid.uuid4()]
        read = _assert_read_the_same(project, ids)
    shown = read[recommendation.id]
    assert shown.links["provisions"] == tuple(p.id for p in provisions)
    assert [n["text"] for n in shown.children["review_notes"]] == ["Дәлелдеме қосыңыз"]
    assert len(read) == len(ids) - 2


def test_values_stored_in_another_form_read_the_same(tmp_path: Path) -> None:
    path = small_project_in_other_forms(tmp_path)
    with Project.open(path) as project:
        read = _assert_read_the_same(project, _every_id(project))
    sources = [data for data in read.values() if data.kind == "source"]
    assert {data.created_at for data in sources} == {datetime(2026, 1, 1, tzinfo=UTC)}
    assert {data.ancestors for data in sources} == {("1-aa",)}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(**ANY_EVIDENCE)
def test_any_evidence_reads_the_same_both_ways(
    project: Project,
    title: str,
    summary: str,
    observed: date | None,
    translated: dict[str, dict[str, str]],
) -> None:
    evidence, source = create_evidence(project, title, summary, observed, translated)
    read = _assert_read_the_same(project, [evidence.id, source.id])
    assert read[evidence.id].fields["summary"] == summary

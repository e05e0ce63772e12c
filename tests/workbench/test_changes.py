"""Each mutating service says what it changed, as the unit of work saw it."""

import uuid

import pytest

from workbench.changes import NO_CHANGES, Changes, RecordRef
from workbench.composition import Composition
from workbench.errors import InvalidLink
from workbench.library import Library
from workbench.outline import read_outline, rename_section
from workbench.project import Project
from workbench.services import ProjectServices


def refs(*pairs: tuple[str, uuid.UUID]) -> frozenset[RecordRef]:
    return frozenset(RecordRef(kind, record_id) for kind, record_id in pairs)


def test_create_reports_the_new_record_and_its_targets(library: Library) -> None:
    tag = library.create("tag", {"name": "свобода слова"})
    assert tag.changes == Changes(created=refs(("tag", tag.id)))
    evidence = library.create("evidence", {"title": "Сот шешімдері"}, {"tags": [tag.id]})
    changes = evidence.changes
    assert changes.created == refs(("evidence", evidence.id))
    assert changes.updated == frozenset() and changes.deleted == frozenset()
    assert changes.linked == refs(("tag", tag.id))
    assert changes.structural and changes.lists == {"evidence"}
    assert changes.kinds == {"evidence", "tag"} and changes.links == {tag.id}


def test_update_reports_the_record_and_nothing_when_nothing_changed(library: Library) -> None:
    tag = library.create("tag", {"name": "privacy"})
    renamed = library.update(tag.id, {"name": "Құпиялылық"})
    assert renamed.changes == Changes(updated=refs(("tag", tag.id)))
    assert not renamed.changes.structural and renamed.changes.lists == frozenset()
    same = library.update(tag.id, {"name": "Құпиялылық"})
    assert same.changes == NO_CHANGES and not same.changes
    assert library.get(tag.id).changes == NO_CHANGES  # a read changed nothing


def test_links_report_the_owner_and_the_targets_added_or_removed(library: Library) -> None:
    first = library.create("tag", {"name": "один"})
    second = library.create("tag", {"name": "два"})
    critique = library.create("critique", {"title": "Критика"})
    linked = library.link(critique.id, "tags", first.id)
    assert linked.changes == Changes(
        updated=refs(("critique", critique.id)), linked=refs(("tag", first.id))
    )
    both = library.set_links(critique.id, "tags", [first.id, second.id])
    assert both.changes.linked == refs(("tag", second.id))
    reordered = library.set_links(critique.id, "tags", [second.id, first.id])
    assert reordered.changes == Changes(updated=refs(("critique", critique.id)))
    unlinked = library.unlink(critique.id, "tags", first.id)
    assert unlinked.changes.linked == refs(("tag", first.id))
    with pytest.raises(InvalidLink):
        library.link(critique.id, "tags", critique.id)


def test_delete_and_its_undo_report_the_record_and_who_pointed_at_it(library: Library) -> None:
    tag = library.create("tag", {"name": "цензура"})
    evidence = library.create("evidence", {"title": "Доклад"}, {"tags": [tag.id]})
    critique = library.create("critique", {"title": "Критика"}, {"evidence": [evidence.id]})

    deletion = library.delete(evidence.id)
    assert deletion.changes.deleted == refs(("evidence", evidence.id))
    assert deletion.changes.updated == refs(("critique", critique.id))
    assert deletion.changes.linked == refs(("tag", tag.id))
    assert deletion.changes.structural and deletion.changes.lists == {"evidence"}

    restored = library.restore(deletion)
    assert restored.changes.created == refs(("evidence", evidence.id))
    assert restored.changes.updated == refs(("critique", critique.id))
    assert restored.changes.linked == refs(("tag", tag.id))
    assert library.get(critique.id).links["evidence"] == (evidence.id,)


def test_parts_of_a_recommendation_report_their_owner(project: Project) -> None:
    library, composition = Library(project), Composition(project)
    provision = library.create("provision", {"unit": "Статья 26"})
    rec = library.create("recommendation", {"title": "Ұсыныс"})
    owner = Changes(updated=refs(("recommendation", rec.id)))

    added = composition.add_proposed_wording(rec.id, provision.id, proposed_wording="новая")
    assert added.changes == owner
    assert composition.update_proposed_wording(added.id, justification="себебі") == owner
    assert composition.remove_proposed_wording(added.id) == owner
    status = composition.set_status(rec.id, "submitted", "отправлено")
    assert status.changes == owner and status.fields["status"] == "submitted"
    [step] = status.children["status_history"]
    assert composition.revert_status(rec.id, uuid.UUID(str(step["id"])), "draft") == owner


def test_section_edits_report_the_outline_and_the_recommendations_that_moved(
    project: Project,
) -> None:
    library, composition = Library(project), Composition(project)
    recs = [library.create("recommendation", {"title": f"Ұсыныс {n}"}).id for n in range(3)]
    submission = library.create("submission", {"title": "В Мажилис"}).id
    outline_change = Changes(updated=refs(("submission", submission)), outline=True)

    first = composition.add_section(submission, "Уголовное право")
    assert first.changes == outline_change
    second = composition.add_section(submission, "Медиа", position=0).id
    placed = composition.set_section_items(first.id, recs)
    assert placed == Changes(
        updated=refs(("submission", submission)),
        linked=refs(*(("recommendation", r) for r in recs)),
        outline=True,
    )
    assert placed.submissions == {submission}
    moved = composition.set_section_items(first.id, [recs[0], recs[2], recs[1]])
    assert moved.linked == refs(("recommendation", recs[1]), ("recommendation", recs[2]))
    assert composition.move_section(second, 1) == outline_change
    renamed = rename_section(read_outline(project, submission), second, "Бұқаралық ақпарат")
    assert composition.write_outline(renamed) == outline_change
    assert [s.title for s in read_outline(project, submission).sections] == [
        "Уголовное право",
        "Бұқаралық ақпарат",
    ]
    assert composition.remove_section(second) == outline_change
    with pytest.raises(InvalidLink):
        composition.set_section_items(first.id, [submission])
    assert [s.id for s in read_outline(project, submission).sections] == [first.id]


def test_an_export_logged_changes_no_record(project: Project) -> None:
    """The log is local: an export makes no revision, only says the log moved."""
    submission = Library(project).create("submission", {"title": "Өтініш"}).id
    revision = Library(project).get(submission).revision
    logged = Composition(project).record_export(
        submission, path="өтініш.docx", sha256="0" * 64, snapshot={}
    )
    assert logged.changes == Changes(exports=True)
    assert Library(project).get(submission).revision == revision
    [entry] = Composition(project).export_log(submission)
    assert entry.path == "өтініш.docx"


def test_merging_changes_keeps_each_record_once() -> None:
    record, other = uuid.uuid4(), uuid.uuid4()
    created = Changes(created=refs(("tag", record)))
    updated = Changes(updated=refs(("tag", record), ("tag", other)))
    assert created | updated == Changes(created=refs(("tag", record)), updated=refs(("tag", other)))
    deleted = Changes(deleted=refs(("tag", record)))
    assert (created | deleted) == deleted
    assert (Changes(outline=True) | Changes(exports=True)) == Changes(outline=True, exports=True)
    bulk = Changes.of_bulk([record], ["tag"])
    assert bulk.structural and bulk.records == {record} and bulk.lists == {"tag"}


def test_the_facade_offers_every_service_of_the_project(project: Project) -> None:
    services = ProjectServices(project)
    submission = services.library.create("submission", {"title": "Submission"}).id
    section = services.composition.add_section(submission, "Бөлім").id
    assert [s.id for s in read_outline(project, submission).sections] == [section]
    assert services.search("Submission")
    assert services.exports.project is project and services.merges.project is project

"""Library services: every kind created, read, updated, linked and deleted."""

import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import RECORD_KINDS
from workbench.composition import Composition
from workbench.errors import InvalidField, InvalidLink, RecordNotFound
from workbench.library import Library
from workbench.records import field_specs

SAMPLE_FIELDS = {
    "instrument": {"title": "Criminal Code", "short_name": "CrCRK", "instrument_kind": "code"},
    "provision": {"unit": "Article 131", "heading": "Slander", "wording_is_quotation": True},
    "critique": {"title": "Prison for words", "category": "disproportionate_sanction"},
    "evidence": {"title": "RSF 2023", "value": "134/180", "observed_on": "2023-05-03"},
    "source": {"key": "rsf-2023", "title": "World Press Freedom Index", "url": "https://rsf.org"},
    "recommendation": {"title": "Decriminalise slander", "action": "repeal"},
    "submission": {"title": "Submission to the Mazhilis", "language": "ru"},
    "tag": {"name": "freedom of expression", "theme": True},
}


@pytest.mark.parametrize("kind", list(RECORD_KINDS))
def test_create_read_update_delete_every_kind(library: Library, kind: str) -> None:
    created = library.create(kind, SAMPLE_FIELDS[kind])
    assert created.kind == kind
    assert created.changed_by == "Test Author"
    assert created.revision.startswith("1-") and created.ancestors == ()
    assert created.created_at == created.updated_at
    for name, value in SAMPLE_FIELDS[kind].items():
        expected = date.fromisoformat(value) if field_specs(kind)[name].type is date else value
        assert library.get(created.id).fields[name] == expected

    first_field = next(n for n, s in field_specs(kind).items() if s.type is str and not s.choices)
    updated = library.update(created.id, {first_field: "Изменено — өзгертілді"})
    assert updated.fields[first_field] == "Изменено — өзгертілді"
    assert updated.revision.startswith("2-") and updated.ancestors == (created.revision,)
    assert updated.updated_at > created.updated_at and updated.created_at == created.created_at

    library.delete(created.id)
    with pytest.raises(RecordNotFound):
        library.get(created.id)
    assert library.counts()[kind] == 0
    assert library.tombstone_count() == 1


def test_an_update_that_changes_nothing_keeps_the_revision(library: Library) -> None:
    tag = library.create("tag", {"name": "privacy"})
    assert library.update(tag.id, {"name": "privacy"}).revision == tag.revision


def test_same_edit_gives_same_revision_on_two_copies(library: Library) -> None:
    """Content-addressed revisions: identical histories, identical ids."""
    a = library.create("tag", {"name": "x"}, record_id=uuid.UUID(int=1))
    b = library.create("tag", {"name": "x"}, record_id=uuid.UUID(int=2))
    assert a.revision == b.revision
    assert (
        library.update(a.id, {"name": "y"}).revision == library.update(b.id, {"name": "y"}).revision
    )


def test_invalid_values_are_refused_with_kind_and_field(library: Library) -> None:
    with pytest.raises(InvalidField, match=r"critique\.category"):
        library.create("critique", {"category": "rudeness"})
    with pytest.raises(InvalidField, match=r"evidence\.observed_on"):
        library.create("evidence", {"observed_on": "yesterday"})
    with pytest.raises(InvalidField, match=r"tag\.theme"):
        library.create("tag", {"theme": "yes"})
    with pytest.raises(InvalidField, match=r"source\.colour: no such field"):
        library.create("source", {"colour": "red"})
    with pytest.raises(InvalidField, match="characters; the limit is"):
        library.create("source", {"title": "x" * 5000})
    assert sum(library.counts().values()) == 0


def test_links_are_ordered_checked_and_cited_by(library: Library) -> None:
    crc = library.create("instrument", SAMPLE_FIELDS["instrument"])
    art131 = library.create("provision", {"unit": "Article 131"}, {"instrument": [crc.id]})
    art174 = library.create("provision", {"unit": "Article 174"}, {"instrument": [crc.id]})
    critique = library.create("critique", {"title": "Vague"})
    critique = library.set_links(critique.id, "provisions", [art174.id, art131.id])
    assert critique.links["provisions"] == (art174.id, art131.id)
    assert critique.revision.startswith("2-")
    critique = library.link(critique.id, "provisions", art131.id, position=0)
    assert critique.links["provisions"] == (art131.id, art174.id)

    backlinks = library.backlinks(art131.id)
    assert [(b.owner_kind, b.role) for b in backlinks] == [("critique", "provisions")]
    assert {b.owner_kind for b in library.backlinks(crc.id)} == {"provision"}

    with pytest.raises(InvalidLink, match="must point to a provision"):
        library.link(critique.id, "provisions", crc.id)
    with pytest.raises(InvalidLink, match="no record"):
        library.link(critique.id, "evidence", uuid.uuid4())
    with pytest.raises(InvalidLink, match="at most one"):
        other = library.create("instrument", {"title": "Code on Administrative Offences"})
        library.set_links(art131.id, "instrument", [crc.id, other.id])
    with pytest.raises(InvalidLink, match="linked twice"):
        library.set_links(critique.id, "provisions", [art131.id, art131.id])
    with pytest.raises(InvalidLink, match="no such link"):
        library.link(critique.id, "sources", art131.id)

    critique = library.unlink(critique.id, "provisions", art131.id)
    assert critique.links["provisions"] == (art174.id,)


def test_deleting_a_target_removes_links_and_changes_their_owner(library: Library) -> None:
    provision = library.create("provision", {"unit": "Article 73-3"})
    critique = library.create("critique", {"title": "x"}, {"provisions": [provision.id]})
    library.delete(provision.id)
    after = library.get(critique.id)
    assert after.links["provisions"] == ()
    assert after.revision != critique.revision and after.ancestors[0] == critique.revision


def test_recommendation_parts_change_its_revision(library: Library, project) -> None:
    composition = Composition(project)
    provision = library.create("provision", {"unit": "Article 26"})
    rec = library.create("recommendation", {"title": "Define censorship"})
    wording_id = composition.add_proposed_wording(
        rec.id, provision.id, current_wording="old", proposed_wording="new", justification="why"
    ).id
    after = library.get(rec.id)
    assert after.revision != rec.revision
    [wording] = after.children["proposed_wordings"]
    assert wording == {
        "id": str(wording_id),
        "provision": str(provision.id),
        "current_wording": "old",
        "proposed_wording": "new",
        "justification": "why",
    }
    composition.update_proposed_wording(wording_id, proposed_wording="newer")
    assert library.get(rec.id).children["proposed_wordings"][0]["proposed_wording"] == "newer"

    data = composition.set_status(rec.id, "submitted", "Sent to the Mazhilis")
    data = composition.set_status(rec.id, "partly_accepted", "Art. 26 amended in part")
    assert data.fields["status"] == "partly_accepted"
    assert [s["status"] for s in data.children["status_history"]] == [
        "submitted",
        "partly_accepted",
    ]
    assert data.children["status_history"][1]["author"] == "Test Author"
    with pytest.raises(InvalidField):
        composition.set_status(rec.id, "lost")

    composition.remove_proposed_wording(wording_id)
    assert library.get(rec.id).children["proposed_wordings"] == ()
    library.delete(provision.id)  # a wording's provision may go; the wording stays


def test_submission_sections_hold_ordered_recommendations(library: Library, project) -> None:
    composition = Composition(project)
    recs = [library.create("recommendation", {"title": f"R{i}"}) for i in range(3)]
    submission = library.create("submission", {"title": "To the Mazhilis"})
    first = composition.add_section(submission.id, "Criminal law").id
    second = composition.add_section(submission.id, "Media law").id
    composition.set_section_items(first, [recs[2].id, recs[0].id])
    composition.set_section_items(second, [recs[1].id])
    composition.move_section(second, 0)
    sections = library.get(submission.id).children["sections"]
    assert [s["title"] for s in sections] == ["Media law", "Criminal law"]
    assert sections[1]["recommendations"] == [str(recs[2].id), str(recs[0].id)]

    library.delete(recs[2].id)
    sections = library.get(submission.id).children["sections"]
    assert sections[1]["recommendations"] == [str(recs[0].id)]

    with pytest.raises(InvalidLink):
        composition.set_section_items(first, [submission.id])
    composition.remove_section(second)
    assert [s["title"] for s in library.get(submission.id).children["sections"]] == ["Criminal law"]

    composition.record_export(submission.id, path="/tmp/x.docx", sha256="0" * 64, snapshot={"a": 1})
    assert composition.export_count(submission.id) == 1
    library.delete(submission.id)
    assert library.counts()["recommendation"] == 2


def test_pages_are_sorted_and_bounded(library: Library) -> None:
    for name in ["в", "a", "б", "c"]:
        library.create("tag", {"name": name})
    page = library.page("tag", offset=1, limit=2)
    assert [row.title for row in page] == ["c", "б"]
    assert [r.title for r in library.page("tag", descending=True, limit=1)] == ["в"]
    with pytest.raises(ValueError):
        library.page("tag", order_by="nonsense")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_unicode_text_round_trips(library: Library, text: str) -> None:
    record = library.create("critique", {"title": text[:100], "argument": text})
    loaded = library.get(record.id)
    assert loaded.fields["argument"] == text and loaded.fields["title"] == text[:100]


def test_undoing_a_delete_puts_everything_back(library: Library, project) -> None:
    composition = Composition(project)
    first = library.create("provision", {"unit": "Article 130"})
    target = library.create("provision", {"unit": "Article 131", "wording": "текст"})
    critique = library.create("critique", {"title": "c"}, {"provisions": [first.id, target.id]})
    rec = library.create("recommendation", {"title": "r"}, {"provisions": [target.id]})
    wording_id = composition.add_proposed_wording(rec.id, target.id, proposed_wording="new").id

    deletion = library.delete(target.id)
    assert deletion.record.fields["wording"] == "текст"
    assert library.get(critique.id).links["provisions"] == (first.id,)
    assert library.get(rec.id).children["proposed_wordings"][0]["provision"] is None

    restored = library.restore(deletion)
    assert restored.id == target.id and restored.fields["wording"] == "текст"
    assert restored.revision.startswith("3-")  # created, deleted, restored
    assert library.tombstone_count() == 0
    assert library.get(critique.id).links["provisions"] == (first.id, target.id)
    assert library.get(rec.id).links["provisions"] == (target.id,)
    wording = library.get(rec.id).children["proposed_wordings"][0]
    assert wording["id"] == str(wording_id) and wording["provision"] == str(target.id)


def test_undoing_a_recommendation_delete_restores_its_place_in_sections(
    library: Library, project
) -> None:
    composition = Composition(project)
    recs = [library.create("recommendation", {"title": f"R{i}"}) for i in range(3)]
    submission = library.create("submission", {"title": "S"})
    section = composition.add_section(submission.id, "I").id
    composition.set_section_items(section, [r.id for r in recs])
    composition.add_proposed_wording(recs[1].id, None, proposed_wording="kept")
    deletion = library.delete(recs[1].id)
    assert library.get(submission.id).children["sections"][0]["recommendations"] == [
        str(recs[0].id),
        str(recs[2].id),
    ]
    restored = library.restore(deletion)
    assert restored.children["proposed_wordings"][0]["proposed_wording"] == "kept"
    assert library.get(submission.id).children["sections"][0]["recommendations"] == [
        str(r.id) for r in recs
    ]


def test_filters_by_field_and_tag(library: Library) -> None:
    privacy = library.create("tag", {"name": "privacy"})
    library.create(
        "evidence", {"title": "a", "confidentiality": "confidential"}, {"tags": [privacy.id]}
    )
    library.create("evidence", {"title": "b", "confidentiality": "public"}, {"tags": [privacy.id]})
    library.create("evidence", {"title": "c", "confidentiality": "confidential"})
    secret = {"confidentiality": "confidential"}
    assert [r.title for r in library.page("evidence", filters=secret)] == ["a", "c"]
    assert library.count("evidence", filters=secret) == 2
    assert [r.title for r in library.page("evidence", tag=privacy.id)] == ["a", "b"]
    assert library.count("evidence", filters=secret, tag=privacy.id) == 1
    assert library.count("evidence") == 3
    row = library.page("evidence", limit=1)[0]
    assert row.fields["confidentiality"] == "confidential" and "summary" not in row.fields
    with pytest.raises(InvalidField):
        library.count("evidence", filters={"confidentiality": "secret-ish"})

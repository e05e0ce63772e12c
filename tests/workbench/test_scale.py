"""Large-project paths give the same answers as the simple ones they replace: all
submissions planned together (check), links read by the batch (dump)."""

from pathlib import Path

from sqlalchemy import select

from db.models import Record
from workbench import interchange
from workbench.composition import Composition
from workbench.export.plan import build_plan, build_plans, build_second_plan
from workbench.library import Library
from workbench.preflight import check_submission, check_submissions
from workbench.records import read_links
from workbench.starter import create_project


def test_submissions_checked_together_find_what_each_finds_alone(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.wbproj") as project:
        [starter] = Library(project).page("submission")
        second = Library(project).create("submission", {"title": "Second"})
        Composition(project).add_section(second.id, "Empty section")
        ids = [starter.id, second.id]
        alone = [f for i in ids for f in check_submission(project, i)]
        together = list(check_submissions(project, ids))
    assert together == alone
    assert any(f.code == "empty-section" for f in together)
    assert {f.record_id for f in together} >= {second.id}


def test_dumped_links_are_those_read_record_by_record(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.wbproj") as project:
        document = interchange.dump_document(project)
        with project.reading() as session:
            expected = {
                str(r.id): {
                    role: [str(t) for t in ts] for role, ts in read_links(session, r).items()
                }
                for r in session.scalars(select(Record))
            }
    dumped = {
        item["id"]: item["links"]
        for section in interchange.SECTION_NAMES.values()
        for item in document[section]
    }
    assert dumped.keys() == expected.keys()
    assert all(dumped[i] == expected[i] for i in dumped)
    assert sum(len(ts) for links in dumped.values() for ts in links.values()) > 100


def test_plans_made_together_equal_plans_made_alone(tmp_path: Path) -> None:
    """Cited sources are read once for all plans; each plan still lists what it
    left out, of what it cites."""
    with create_project(tmp_path / "p.wbproj") as project:
        [starter] = Library(project).page("submission")
        second = Library(project).create("submission", {"title": "Second"})
        for key, title in (("witness-7", "Interview"), ("witness-8", "Not cited")):
            Library(project).create(
                "source", {"key": key, "title": title, "confidentiality": "confidential"}
            )
        ids = [starter.id, second.id, starter.id]
        Library(project).update(
            second.id, {"second_language": "kk", "introduction": "Сұхбат [@witness-7, p. 2]."}
        )
        alone = [build_plan(project, i) for i in ids]
        pairs = list(build_plans(project, ids))
        seconds = [build_second_plan(project, plan) for plan in alone]
    assert [pair[1] for pair in pairs] == seconds
    assert seconds[1] is not None and seconds[1].language == "kk"
    together = [pair[0] for pair in pairs]
    assert together == alone
    assert alone[0].sources and [e.title for e in alone[1].excluded] == ["Interview"]

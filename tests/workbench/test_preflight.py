"""Preflight finds each kind of problem and names the record at fault; check exits 1."""

import json
from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.cli import main
from workbench.composition import Composition
from workbench.library import Library
from workbench.preflight import check_project, check_submission, check_submissions
from workbench.project import Project


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _codes(findings) -> set[tuple[str, str]]:
    return {(f.code, str(f.record_id)) for f in findings}


def test_submission_findings_point_at_their_records(small: Project) -> None:
    library, composition = Library(small), Composition(small)
    composition.add_section(fixed(60), "Nothing here yet")
    bare = library.create("evidence", {"title": "Unsourced claim", "summary": "bad\x07bell"})
    library.link(fixed(52), "evidence", bare.id)
    findings = check_submission(small, fixed(60))
    codes = _codes(findings)
    assert ("unknown-citation-key", str(fixed(50))) in codes
    assert ("recommendation-without-evidence", str(fixed(53))) in codes
    assert ("empty-section", str(fixed(60))) in codes
    assert ("evidence-without-source", str(bare.id)) in codes
    assert ("unholdable-characters", str(bare.id)) in codes
    assert ("provision-without-proposed-wording", str(fixed(52))) in codes
    assert not any(f.code == "confidential-exported" for f in findings)
    [unknown] = [f for f in findings if f.code == "unknown-citation-key"]
    assert unknown.severity == "error" and unknown.field == "rationale"
    assert "[@unknown-key]" in unknown.message


def test_confidential_items_that_would_be_exported_are_flagged(small: Project) -> None:
    findings = check_submission(small, fixed(60), include_confidential=True)
    assert ("confidential-exported", str(fixed(31))) in _codes(findings)


def test_library_check(small: Project) -> None:
    report = check_project(small)
    assert report.integrity_ok
    codes = _codes(report.findings)
    assert ("source-without-url", str(fixed(4))) in codes
    assert ("evidence-without-source", str(fixed(31))) not in codes  # it has a source
    assert ("unknown-citation-key", str(fixed(50))) in codes
    assert report.has_problems


def test_check_command_exit_codes(small: Project, tmp_path: Path, capsys) -> None:
    small.close()
    assert main(["check", str(small.path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["integrity_ok"] is True
    assert {"severity", "code", "message", "kind", "id", "title", "field"} == set(
        data["findings"][0]
    )
    clean = tmp_path / "clean.wbproj"
    assert main(["new", str(clean), "--empty"]) == 0
    capsys.readouterr()
    assert main(["check", str(clean)]) == 0
    assert "No findings" in capsys.readouterr().out


def test_the_starter_library_passes_its_own_check(tmp_path: Path, capsys) -> None:
    path = tmp_path / "starter.wbproj"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 0
    severities = {f["severity"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert severities <= {"info"}


def test_check_shows_its_progress_on_stderr(
    small: Project, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a terminal (forced here), check says where it is; stdout stays the report."""
    small.close()
    monkeypatch.setenv("WORKBENCH_PROGRESS", "1")
    assert main(["check", str(small.path), "--json"]) == 1
    captured = capsys.readouterr()
    assert "Checking: 2 of 2 steps (100%)" in captured.err
    assert json.loads(captured.out)["integrity_ok"] is True


def test_texts_a_side_by_side_export_would_leave_untranslated_are_noted(small: Project) -> None:
    library = Library(small)
    assert not any(f.code == "not-translated" for f in check_submission(small, fixed(60)))
    library.update(fixed(60), {"second_language": "kk"})
    recommendation = library.get(fixed(52))
    translated = {
        "kk": {
            name: f"{name} (kk)"
            for name in ("title", "text", "rationale")
            if recommendation.fields.get(name)
        }
    }
    library.update(fixed(52), {"translations": translated})
    findings = [f for f in check_submission(small, fixed(60)) if f.code == "not-translated"]
    by_record = {f.record_id: f for f in findings}
    assert fixed(52) not in by_record  # all its texts are in Kazakh
    submission = by_record[fixed(60)]
    assert submission.severity == "info" and submission.kind == "submission"
    assert submission.message.startswith("Not translated into Kazakh: title")
    assert all(f.severity == "info" for f in findings)
    assert any(f.kind == "recommendation" for f in findings)  # the others
    every = check_submissions(small, [fixed(60)])  # as `workbench check` runs them
    assert {f.record_id for f in every if f.code == "not-translated"} == set(by_record)


def test_findings_name_provisions_with_their_instrument_and_records_by_title(
    tmp_path: Path,
) -> None:
    from workbench.starter import create_project

    with create_project(tmp_path / "starter.wbproj") as project:
        [submission] = Library(project).page("submission")
        findings = check_submission(project, submission.id)
    unworded = [f for f in findings if f.code == "provision-without-proposed-wording"]
    assert unworded, "the starter library leaves some provisions without wording"
    for finding in unworded:
        assert ", " in finding.detail[0] and finding.detail[0] in finding.message
    undated = [f for f in findings if f.code == "source-without-date"]
    assert undated and all(f"“{f.title}”" in f.message for f in undated)


def test_check_reports_each_problem_once_naming_its_record(small: Project, capsys) -> None:
    """The library-wide check and the submission's both see an empty section and
    evidence with no source: `check` reports each once, the section's under the
    submission's own title, the evidence's with what it costs the document."""
    library, composition = Library(small), Composition(small)
    composition.add_section(fixed(60), "Бос бөлім")
    bare = library.create("evidence", {"title": "Утверждение без источника"})
    library.link(fixed(52), "evidence", bare.id)
    submission_title = str(library.get(fixed(60)).fields["title"])

    assert main(["check", str(small.path), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    keys = [(f["code"], f["id"], f["field"], f["message"]) for f in findings]
    assert len(keys) == len(set(keys))  # nothing listed twice
    [empty] = [f for f in findings if f["code"] == "empty-section" and "Бос бөлім" in f["message"]]
    assert empty["kind"] == "submission" and empty["id"] == str(fixed(60))
    assert empty["title"] == submission_title
    [unsourced] = [f for f in findings if f["id"] == str(bare.id)]
    assert unsourced["code"] == "evidence-without-source"
    assert "Утверждение без источника" in unsourced["message"]
    assert "footnote will be missing" in unsourced["message"]


def test_evidence_with_a_translated_title_is_reported_once(small: Project, capsys) -> None:
    """The library check names evidence by its own title, a Russian submission's by
    the Russian one: still one problem."""
    library = Library(small)
    bare = library.create(
        "evidence",
        {"title": "Claim", "translations": {"ru": {"title": "Утверждение без источника"}}},
    )
    library.link(fixed(52), "evidence", bare.id)
    library.update(fixed(60), {"language": "ru"})
    assert main(["check", str(small.path), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["code"] for f in findings if f["id"] == str(bare.id)] == ["evidence-without-source"]


def test_the_library_check_names_what_each_record_holds_and_whether_it_was_altered(
    small: Project,
) -> None:
    """One pass reads each record for its texts, its proposed wordings' among them,
    and its revision: a Kazakh recommendation whose wording cites an unknown key and
    holds a bell, stored title changed outside Workbench afterwards, is named for
    all three, by the title it now has; evidence citing a known key, for neither;
    evidence holding a bell and no citation, for the bell."""
    library, composition = Library(small), Composition(small)
    library.create(
        "recommendation",
        {"title": "Жала жабуды қылмыстық құқықтан алып тастау", "text": "Мәтін"},
        record_id=fixed(70),
    )
    composition.add_proposed_wording(
        fixed(70),
        fixed(20),
        current_wording="Қорлау айыппұлмен жазаланады.",
        proposed_wording="Қорлау азаматтық құқық бұзушылық [@белгісіз-кілт].",
        justification="Қылмыстық жаза тым ауыр\x07",
    )
    clean = library.create("evidence", {"title": "Таза дәлел", "summary": "[@gc34] бойынша"})
    bell = library.create("evidence", {"title": "Қоңырау", "summary": "Дыбыс\x07 белгісі"})
    altered_title = "Жала жабу туралы өзгертілген атау"
    with small.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE recommendations SET title = ? WHERE id = ?", (altered_title, str(fixed(70)))
        )

    found = {
        (f.code, f.field): f for f in check_project(small).findings if f.record_id == fixed(70)
    }
    assert set(found) == {
        ("unknown-citation-key", "proposed_wordings"),
        ("unholdable-characters", "proposed_wordings"),
        ("revision-mismatch", ""),
    }
    assert {f.title for f in found.values()} == {altered_title}
    assert found["unknown-citation-key", "proposed_wordings"].detail[0] == "белгісіз-кілт"
    assert "U+0007" in found["unholdable-characters", "proposed_wordings"].message
    findings = check_project(small).findings
    [unsourced] = [f.code for f in findings if f.record_id == clean.id]
    assert unsourced == "evidence-without-source"  # its text and revision are sound
    assert {(f.code, f.field) for f in findings if f.record_id == bell.id} == {
        ("evidence-without-source", "source"),
        ("unholdable-characters", "summary"),  # no citation in it, still read
    }

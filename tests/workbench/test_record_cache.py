"""The preview keeps the records it read and reads again only those that changed: the
document and its findings are always those a plan read afresh gives."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.composition import Composition
from workbench.export.html import plan_html
from workbench.export.plan import build_plan, build_plans
from workbench.library import Library
from workbench.preflight import check_plan
from workbench.project import Project
from workbench.services import Documents
from workbench.starter import create_project


@pytest.fixture
def starter(tmp_path: Path) -> Iterator[Project]:
    create_project(tmp_path / "p.wbproj").close()
    with Project.open(tmp_path / "p.wbproj") as project:
        yield project


def _submission(project: Project) -> uuid.UUID:
    return Library(project).page("submission", limit=1)[0].id


def _as_read_afresh(project: Project, submission: uuid.UUID) -> tuple[str, list[str]]:
    [(plan, second)] = build_plans(project, [submission])
    return plan_html(plan), [f.message for f in check_plan(project, plan, second)]


def _as_kept(documents: Documents, submission: uuid.UUID) -> tuple[str, list[str]]:
    preview = documents.preview(submission)
    return preview.html, [f.message for f in preview.findings]


def test_an_unchanged_library_is_not_read_again(starter: Project) -> None:
    documents, submission = Documents(starter), _submission(starter)
    first = _as_kept(documents, submission)
    read = documents.kept.reads
    assert read > 20
    assert _as_kept(documents, submission) == first == _as_read_afresh(starter, submission)
    assert documents.kept.reads == read


def test_an_edit_is_read_again_and_nothing_else(starter: Project) -> None:
    documents, submission = Documents(starter), _submission(starter)
    _as_kept(documents, submission)
    plan = build_plan(starter, submission)
    recommendation = plan.recommendations[0]
    read = documents.kept.reads
    Library(starter).update(
        recommendation.id, {"title": "Декриминализировать клевету — өзгертілді"}
    )
    shown = _as_kept(documents, submission)
    assert "Декриминализировать клевету — өзгертілді" in shown[0]
    assert shown == _as_read_afresh(starter, submission)
    assert documents.kept.reads == read + 1


def test_parts_and_links_changed_are_read_again(starter: Project) -> None:
    documents, submission = Documents(starter), _submission(starter)
    _as_kept(documents, submission)
    plan = build_plan(starter, submission)
    recommendation = next(r for r in plan.recommendations if r.evidence)
    Composition(starter).add_proposed_wording(
        recommendation.id, None, proposed_wording="Статья 130 утрачивает силу."
    )
    assert "Статья 130 утрачивает силу." in _as_kept(documents, submission)[0]
    Library(starter).unlink(recommendation.id, "evidence", recommendation.evidence[0].id)
    assert _as_kept(documents, submission) == _as_read_afresh(starter, submission)


_EDITS = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=50), st.sampled_from(["title", "text"]), st.text()
    ),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=_EDITS)
def test_any_edits_show_as_a_fresh_read_shows_them(starter: Project, edits) -> None:
    documents, submission = Documents(starter), _submission(starter)
    _as_kept(documents, submission)
    plan = build_plan(starter, submission)
    library = Library(starter)
    for index, field, text in edits:
        recommendation = plan.recommendations[index % len(plan.recommendations)]
        value = text.replace("\x00", "") or "—"
        library.update(recommendation.id, {field: value})
    assert _as_kept(documents, submission) == _as_read_afresh(starter, submission)


def test_an_export_after_the_preview_writes_what_a_fresh_read_writes(
    starter: Project, tmp_path: Path
) -> None:
    """The export reads through the records the preview kept: after an edit its
    document is the one an export reading everything afresh writes."""
    from zipfile import ZipFile

    from workbench.export import export_submission
    from workbench.services import ProjectServices

    services, submission = ProjectServices(starter), _submission(starter)
    services.documents.preview(submission)  # the preview has read the document
    plan = build_plan(starter, submission)
    Library(starter).update(plan.recommendations[-1].id, {"title": "Қайта қаралған ұсыныс"})
    services.exports.export(submission, tmp_path / "kept.docx")
    export_submission(starter, tmp_path / "fresh.docx", submission=str(submission))

    def body(name: str) -> bytes:
        with ZipFile(tmp_path / name) as package:
            return package.read("word/document.xml")

    assert "Қайта қаралған ұсыныс".encode() in body("kept.docx")
    assert body("kept.docx") == body("fresh.docx")
    assert services.documents.kept.reads > 0

"""Undoing a whole merge puts back exactly what was there; redoing gives the merge back.
Field-by-field resolutions can keep both sides' values where a field can hold both."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workbench.test_merge import _apply, _copies, operation
from workbench import interchange
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge, redo_merge, undo_merge
from workbench.project import Project
from workbench.search import search

TAG = uuid.UUID(int=1)
CRITIQUE = uuid.UUID(int=11)


def _exact(project: Project) -> dict[str, Any]:
    """Everything the project holds, times and authors included (the header's time aside)."""
    document = interchange.dump_document(project)
    document.pop("created_at")
    return document


def _document(path: Path) -> dict[str, Any]:
    with Project.open(path) as project:
        return interchange.dump_document(project)


def test_undo_restores_every_record_exactly_and_redo_reapplies(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    with Project.open(a, author="ana") as project:
        library = Library(project)
        library.create("tag", {"name": "zebra crossing"})
        library.update(uuid.UUID(int=2), {"description": "edited by Ana"})
        library.delete(uuid.UUID(int=3))
        library.delete(uuid.UUID(int=10))  # the critique links to it: the link goes too
        library.update(TAG, {"name": "Ana's name"})
    theirs = _document(a)
    with Project.open(b, author="bek") as project:
        Library(project).update(TAG, {"name": "Bek's name"})
        before = _exact(project)
        plan = plan_merge(project, theirs)
        result = apply_merge(project, plan, on_conflict="both", undoable=True)
        assert result.undo is not None and result.copies
        after = _exact(project)
        assert after != before
        assert [h.title for h in search(project, "zebra")] == ["zebra crossing"]

        undo_merge(project, result.undo)
        assert _exact(project) == before
        assert search(project, "zebra") == []
        assert Library(project).get(CRITIQUE).links["provisions"] == (uuid.UUID(int=10),)

        redo_merge(project, result.undo)
        assert _exact(project) == after
        assert [h.title for h in search(project, "zebra")] == ["zebra crossing"]

        undo_merge(project, result.undo)
        again = plan_merge(project, theirs)  # after an undo the merge is as new
        assert [c.action for c in again.changes] == [c.action for c in plan.changes]


def test_field_by_field_both_keeps_both_texts_and_links(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    with Project.open(a) as project:
        library = Library(project)
        library.update(CRITIQUE, {"title": "Ana's title", "argument": "Ana argues."})
        library.link(CRITIQUE, "tags", uuid.UUID(int=2))
    theirs = _document(a)
    with Project.open(b) as project:
        library = Library(project)
        library.update(CRITIQUE, {"title": "Bek's title", "argument": "Bek argues."})
        library.link(CRITIQUE, "tags", uuid.UUID(int=3))
        plan = plan_merge(project, theirs)
        [conflict] = plan.conflicts
        assert set(conflict.fields) == {"title", "argument", "links.tags"}
        choices = {"title": "theirs", "argument": "both", "links.tags": "both"}
        apply_merge(project, plan, resolutions={CRITIQUE: choices})
        merged = library.get(CRITIQUE)
        assert merged.fields["title"] == "Ana's title"
        assert merged.fields["argument"] == "Bek argues.\n\nAna argues."
        assert merged.links["tags"] == (uuid.UUID(int=1), uuid.UUID(int=3), uuid.UUID(int=2))
        assert not plan_merge(project, theirs).conflicts


def test_both_on_a_short_field_falls_back_to_mine(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    with Project.open(a) as project:
        Library(project).update(TAG, {"name": "Ana's name"})
    theirs = _document(a)
    with Project.open(b) as project:
        Library(project).update(TAG, {"name": "Bek's name"})
        plan = plan_merge(project, theirs)
        apply_merge(project, plan, resolutions={TAG: {"name": "both"}})
        assert Library(project).get(TAG).fields["name"] == "Bek's name"


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    mine=st.lists(operation, max_size=6),
    theirs=st.lists(operation, max_size=6),
    policy=st.sampled_from(["mine", "theirs", "both"]),
)
def test_undo_of_any_merge_restores_the_project(tmp_path_factory, mine, theirs, policy) -> None:
    folder = tmp_path_factory.mktemp("undo")
    a, b = _copies(folder)
    _apply(a, "ana", mine)
    _apply(b, "bek", theirs)
    document = _document(a)
    target = folder / "target.wbproj"
    shutil.copyfile(b, target)
    with Project.open(target) as project:
        before = _exact(project)
        result = apply_merge(
            project, plan_merge(project, document), on_conflict=policy, undoable=True
        )
        after = _exact(project)
        if result.undo is None:
            assert after == before  # nothing to merge, nothing changed
            return
        undo_merge(project, result.undo)
        assert _exact(project) == before
        redo_merge(project, result.undo)
        assert _exact(project) == after

"""Merging diverged copies: idempotent, order-independent with 'both', nothing lost."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from workbench import interchange
from workbench.cli import main
from workbench.library import Library
from workbench.merge import MergeConflicts, apply_merge, plan_merge, read_theirs
from workbench.project import Project
from workbench.share import share

BASE_TAGS = 4


def _base(path: Path) -> None:
    with Project.create(path, author="base", clock=TickingClock()) as project:
        library = Library(project)
        tags = [
            library.create("tag", {"name": f"tag {n}"}, record_id=uuid.UUID(int=n + 1))
            for n in range(BASE_TAGS)
        ]
        provision = library.create("provision", {"unit": "Article 1"}, record_id=uuid.UUID(int=10))
        library.create(
            "critique",
            {"title": "critique"},
            {"provisions": [provision.id], "tags": [tags[0].id]},
            record_id=uuid.UUID(int=11),
        )


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.wbproj", tmp_path / "b.wbproj"
    _base(a)
    shutil.copyfile(a, b)
    return a, b


def _state(project: Project) -> dict[str, dict]:
    """Every record and tombstone by id: revision, history and content (not times or author)."""
    document = interchange.dump_document(project)
    state: dict[str, dict] = {}
    for section in interchange.SECTION_NAMES.values():
        for item in document[section]:
            state[item["id"]] = {
                k: v for k, v in item.items() if k not in ("created_at", "updated_at", "changed_by")
            }
    for tombstone in document["tombstones"]:
        state[tombstone["id"]] = {"deleted": True, "revision": tombstone["revision"]}
    return state


def _merge(into: Path, theirs: Path, policy: str = "both") -> None:
    """Merge as a colleague would: from a share bundle file of theirs."""
    bundle = theirs.with_name(f"{theirs.stem}-for-{into.stem}.wbshare")
    with Project.open(theirs) as source:
        share(source, bundle, include_confidential=True)
    with Project.open(into) as project:
        apply_merge(project, plan_merge(project, read_theirs(bundle)), on_conflict=policy)


operation = st.tuples(
    st.sampled_from(["update", "create", "delete", "link", "unlink", "critique", "provision"]),
    st.integers(min_value=0, max_value=20),
    st.text(alphabet="abcйқ", max_size=3),
)


def _apply(path: Path, author: str, operations: list[tuple[str, int, str]]) -> None:
    with Project.open(path, author=author) as project:
        library = Library(project)
        for action, index, text in operations:
            if action in ("critique", "provision"):
                _edit_other_kind(library, action, text)
                continue
            tags = library.page("tag", limit=100)
            if action == "create" or not tags:
                library.create("tag", {"name": f"{author} {text}"})
                continue
            tag = tags[index % len(tags)]
            if action == "update":
                library.update(tag.id, {"description": text})
            elif action == "delete":
                library.delete(tag.id)
            elif action == "link" and library.exists(uuid.UUID(int=11)):
                library.link(uuid.UUID(int=11), "tags", tag.id)
            elif action == "unlink" and library.exists(uuid.UUID(int=11)):
                library.unlink(uuid.UUID(int=11), "tags", tag.id)


def _edit_other_kind(library: Library, kind: str, text: str) -> None:
    """Edit the base critique's title or the provision's unit, if still there."""
    record_id, name = (
        (uuid.UUID(int=11), "title") if kind == "critique" else (uuid.UUID(int=10), "unit")
    )
    if library.exists(record_id):
        library.update(record_id, {name: f"{kind} {text}"})


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mine=st.lists(operation, max_size=6), theirs=st.lists(operation, max_size=6))
def test_diverged_copies_converge(tmp_path_factory, mine, theirs) -> None:
    folder = tmp_path_factory.mktemp("merge")
    before, merged_a, merged_b = _merged_both_ways(folder, mine, theirs, ("both", "both"))
    assert merged_a == merged_b  # the order of merging does not matter
    assert before <= set(merged_a)  # no record either side had is lost
    again = _state_after_merge_again(folder / "b_merged.wbproj", folder / "a.wbproj")
    assert again == merged_b  # merging the same file twice changes nothing the second time


def _merged_both_ways(
    folder: Path, mine: list, theirs: list, policies: tuple[str, str]
) -> tuple[set[str], dict, dict]:
    """Ana's copy edited with ``mine`` and Bek's with ``theirs``, then each merged into
    a copy of the other (Ana's into Bek's with the first policy): the ids the two
    held before, and the records each merged copy ends with."""
    a, b = _copies(folder)
    _apply(a, "ana", mine)
    _apply(b, "bek", theirs)
    with Project.open(a) as pa, Project.open(b) as pb:
        before = set(_state(pa)) | set(_state(pb))
    a_into_b, b_into_a = folder / "b_merged.wbproj", folder / "a_merged.wbproj"
    shutil.copyfile(b, a_into_b)
    shutil.copyfile(a, b_into_a)
    _merge(a_into_b, a, policies[0])
    _merge(b_into_a, b, policies[1])
    with Project.open(a_into_b) as x, Project.open(b_into_a) as y:
        return before, _state(y), _state(x)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mine=st.lists(operation, max_size=6), theirs=st.lists(operation, max_size=6))
def test_the_same_choice_on_both_sides_converges(tmp_path_factory, mine, theirs) -> None:
    """Ana's version wins on both sides: Bek takes theirs, Ana keeps hers."""
    folder = tmp_path_factory.mktemp("choice")
    before, merged_a, merged_b = _merged_both_ways(folder, mine, theirs, ("theirs", "mine"))
    assert merged_a == merged_b
    assert before <= set(merged_a)


def _state_after_merge_again(into: Path, theirs: Path) -> dict:
    with Project.open(theirs) as source:
        document = interchange.dump_document(source)
    with Project.open(into) as project:
        plan = plan_merge(project, document)
        assert not plan.conflicts
        assert {c.action for c in plan.changes} <= {"keep"}
        apply_merge(project, plan)
        return _state(project)


def test_simple_merge_adds_updates_deletes(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    with Project.open(a) as project:
        library = Library(project)
        library.create("tag", {"name": "new"})
        library.update(uuid.UUID(int=2), {"description": "edited by Ana"})
        library.delete(uuid.UUID(int=3))
        document = interchange.dump_document(project)
    with Project.open(b) as project:
        plan = plan_merge(project, document)
        summary = plan.summary()
        assert sum(summary["added"].values()) == 1
        assert summary["updated"]["tag"] == 1 and summary["deleted"]["tag"] == 1
        assert not plan.conflicts
        result = apply_merge(project, plan)
        assert result.backup is not None and result.backup.exists()
        library = Library(project)
        assert library.get(uuid.UUID(int=2)).fields["description"] == "edited by Ana"
        assert not library.exists(uuid.UUID(int=3))


def test_conflicts_refuse_mine_theirs_both_and_fields(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    target = uuid.UUID(int=1)
    with Project.open(a) as project:
        Library(project).update(target, {"name": "Ana's name", "description": "Ana's text"})
        document = interchange.dump_document(project)
    with Project.open(b) as project:
        Library(project).update(target, {"name": "Bek's name"})
        plan = plan_merge(project, document)
        [conflict] = plan.conflicts
        assert conflict.conflict == "edit/edit" and set(conflict.fields) == {"name", "description"}
        before = _state(project)
        with pytest.raises(MergeConflicts):
            apply_merge(project, plan)
        assert _state(project) == before  # refused: nothing changed
        apply_merge(project, plan, resolutions={target: {"name": "mine", "description": "theirs"}})
        merged = Library(project).get(target)
        assert (
            merged.fields["name"] == "Bek's name" and merged.fields["description"] == "Ana's text"
        )
        again = plan_merge(project, document)
        assert not again.conflicts


@pytest.mark.parametrize(
    ("policy", "name", "copies"),
    [("mine", "Bek's name", 0), ("theirs", "Ana's name", 0), ("both", None, 1)],
)
def test_whole_record_policies(tmp_path: Path, policy: str, name: str | None, copies: int) -> None:
    a, b = _copies(tmp_path)
    target = uuid.UUID(int=1)
    with Project.open(a) as project:
        Library(project).update(target, {"name": "Ana's name"})
        document = interchange.dump_document(project)
    with Project.open(b) as project:
        Library(project).update(target, {"name": "Bek's name"})
        result = apply_merge(project, plan_merge(project, document), on_conflict=policy)
        assert len(result.copies) == copies
        names = {r.title for r in Library(project).page("tag", limit=50)}
        if name is not None:
            assert name in names and len({"Ana's name", "Bek's name"} & names) == 1
        else:
            assert "Ana's name" in names or "Ana's name (conflicting copy)" in names
            assert any("(conflicting copy)" in n for n in names)


def test_edit_against_delete(tmp_path: Path) -> None:
    a, b = _copies(tmp_path)
    target = uuid.UUID(int=1)
    with Project.open(a) as project:
        Library(project).delete(target)
        document = interchange.dump_document(project)
    with Project.open(b) as project:
        Library(project).update(target, {"description": "still needed"})
        plan = plan_merge(project, document)
        [conflict] = plan.conflicts
        assert conflict.conflict == "edit/delete"
        apply_merge(project, plan, on_conflict="mine")
        assert Library(project).get(target).fields["description"] == "still needed"
        assert not plan_merge(
            project, document
        ).conflicts  # our edit now descends from their delete


def test_cli_merge_of_project_file_json_and_bundle(tmp_path: Path, capsys) -> None:
    import json

    a, b = _copies(tmp_path)
    with Project.open(a) as project:
        Library(project).create("tag", {"name": "from Ana"})
    assert main(["dump", str(a), "-o", str(tmp_path / "a.json")]) == 0
    assert main(["share", str(a), "-o", str(tmp_path / "a.wbshare")]) == 0
    capsys.readouterr()
    for theirs in (a, tmp_path / "a.json", tmp_path / "a.wbshare"):
        assert main(["merge", str(b), str(theirs), "--dry-run", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["added"]["tag"] == 1 and report["dry_run"] is True
    assert main(["merge", str(b), str(a)]) == 0
    assert main(["merge", str(b), str(tmp_path / "a.wbshare"), "--json"]) == 0
    capsys.readouterr()
    streamed = read_theirs(tmp_path / "a.json")  # read only as the merge walks it
    assert ("format", None, "workbench-interchange") in streamed.members()


def test_a_dry_run_changes_nothing_and_works_while_the_project_is_open(
    tmp_path: Path, capsys
) -> None:
    """No lock taken (the app may have the project open), and a project of an older
    schema is upgraded only as a temporary copy: the file keeps every byte."""
    import json
    import shutil

    from db.sqlite import read_header
    from workbench.paths import AppPaths

    a, b = _copies(tmp_path)
    with Project.open(a) as project:
        Library(project).create("tag", {"name": "from Ana"})
    assert main(["share", str(a), "-o", str(tmp_path / "a.wbshare")]) == 0
    with Project.open(b):  # as the app would hold it
        capsys.readouterr()
        assert main(["merge", str(b), str(tmp_path / "a.wbshare"), "--dry-run", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["added"]["tag"] == 1
    older = tmp_path / "older.wbproj"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "project-v2.wbproj", older)
    before = older.read_bytes()
    backups = AppPaths.from_environment().backups
    made = set(backups.glob("older-*")) if backups.exists() else set()
    assert main(["merge", str(older), str(tmp_path / "a.wbshare"), "--dry-run"]) == 0
    assert older.read_bytes() == before and read_header(older).user_version == 2
    assert (set(backups.glob("older-*")) if backups.exists() else set()) == made

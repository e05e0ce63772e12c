"""Properties of merge resolution on its own: content in, content out, no project.

Two colleagues who merge each other's work must end with the same records, so
resolving has to be deterministic, blind to which side is "mine" where the
rules say so, and a no-op when both sides agree; and no text may be lost or
altered on the way, whatever its script.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from workbench.interchange import ParsedTombstone
from workbench.merge import (
    CONFLICT_POLICIES,
    Change,
    Choice,
    Comparison,
    ConflictShape,
    MergeAction,
    Version,
    combinable,
    compare,
    differing_fields,
)
from workbench.merge.resolve import (
    COPY_SUFFIX,
    combined,
    content,
    field_by_field,
    merge_revision,
    resolve_conflict,
)

RECORD = uuid.UUID(int=7)
TARGETS = [str(uuid.UUID(int=n)) for n in range(100, 106)]
CATEGORIES = ("vagueness", "privacy", "other")
FIELD_NAMES = ("title", "category", "argument", "severity", "translations")
KEYS = (*FIELD_NAMES, "links.evidence", "links.tags")

texts = st.text(max_size=40)
revisions = st.builds(
    lambda generation, tail: f"{generation}-{tail}",
    st.integers(min_value=1, max_value=9),
    st.text(alphabet="0123456789abcdef", min_size=4, max_size=8),
)
times = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.isoformat(timespec="microseconds"))
translations = st.dictionaries(
    st.sampled_from(["kk", "ru"]),
    st.dictionaries(st.sampled_from(["title", "argument"]), texts, max_size=2),
    max_size=2,
)
choices = st.sampled_from([Choice.MINE, Choice.THEIRS, Choice.BOTH])
versions = st.builds(
    lambda revision, ancestors, deleted: Version(revision, tuple(ancestors), deleted),
    revisions,
    st.lists(revisions, max_size=3),
    st.booleans(),
)


@st.composite
def critiques(draw: st.DrawFn, revision: st.SearchStrategy[str] = revisions) -> dict[str, Any]:
    """One critique as interchange JSON, its metadata and content drawn."""
    return {
        "id": str(RECORD),
        "revision": draw(revision),
        "ancestors": draw(st.lists(revisions, max_size=3)),
        "created_at": draw(times),
        "updated_at": draw(times),
        "changed_by": draw(texts),
        "title": draw(texts),
        "category": draw(st.sampled_from(CATEGORIES)),
        "argument": draw(texts),
        "severity": "medium",
        "translations": draw(translations),
        "links": {
            "evidence": draw(st.lists(st.sampled_from(TARGETS), unique=True, max_size=3)),
            "tags": draw(st.lists(st.sampled_from(TARGETS), unique=True, max_size=2)),
        },
    }


def _version(item: dict[str, Any]) -> Version:
    return Version(item["revision"], tuple(item["ancestors"]), False)


def _edit_conflict(fields: tuple[str, ...] = ()) -> Change:
    return Change(RECORD, "critique", "", MergeAction.CONFLICT, ConflictShape.EDIT_EDIT, fields)


def _resolved(ours: dict[str, Any], theirs: dict[str, Any], resolution: Any) -> Any:
    outcome = resolve_conflict(
        _edit_conflict(), ours, theirs, _version(ours), None, resolution, frozenset()
    )
    return [(w.kind, w.id, w.item) for w in outcome.writes], outcome.copies


# --- comparing ------------------------------------------------------------------------


@given(versions, versions)
def test_comparing_from_the_other_side_swaps_ours_and_theirs(a: Version, b: Version) -> None:
    mirrored = {
        Comparison.SAME: Comparison.SAME,
        Comparison.CONFLICT: Comparison.CONFLICT,
        Comparison.OURS: Comparison.THEIRS,
        Comparison.THEIRS: Comparison.OURS,
    }
    if a.revision in b.ancestors and b.revision in a.ancestors:
        return  # each descends from the other: a history no real records have
    assert compare(b, a) == mirrored[compare(a, b)]
    assert compare(a, a) == Comparison.SAME


# --- one version with itself -------------------------------------------------------------


@given(critiques(), st.dictionaries(st.sampled_from(KEYS), choices))
def test_merging_a_version_with_itself_changes_nothing(
    item: dict[str, Any], chosen: dict[str, Choice]
) -> None:
    assert differing_fields(item, item) == ()
    assert field_by_field("critique", item, item, chosen) == content(item)
    for name in KEYS:
        if combinable("critique", name):
            value = item["links"][name[6:]] if name.startswith("links.") else item[name]
            assert combined("critique", name, value, value) == value


# --- two versions ----------------------------------------------------------------------------


@given(critiques(), critiques(), st.sampled_from([Choice.MINE, Choice.THEIRS, Choice.BOTH]))
def test_resolution_is_deterministic(
    ours: dict[str, Any], theirs: dict[str, Any], choice: Choice
) -> None:
    if ours["revision"] == theirs["revision"]:
        return
    assert _resolved(ours, theirs, choice) == _resolved(ours, theirs, choice)


@given(critiques(), critiques())
def test_keeping_both_gives_the_same_records_whoever_merges(
    ours: dict[str, Any], theirs: dict[str, Any]
) -> None:
    if ours["revision"] == theirs["revision"]:
        return
    mine = _resolved(ours, theirs, Choice.BOTH)
    assert mine == _resolved(theirs, ours, Choice.BOTH)
    (_, kept_id, _), (_, copy_id, copy) = mine[0]
    assert mine[1] == [copy_id] and kept_id == RECORD != copy_id
    assert copy["title"].endswith(COPY_SUFFIX)


@given(critiques(), critiques())
def test_my_choice_on_one_side_is_their_choice_on_the_other(
    ours: dict[str, Any], theirs: dict[str, Any]
) -> None:
    if ours["revision"] == theirs["revision"]:
        return
    assert _resolved(ours, theirs, Choice.MINE) == _resolved(theirs, ours, Choice.THEIRS)


@given(critiques(), critiques(), st.sampled_from([Choice.MINE, Choice.THEIRS]))
def test_a_resolved_revision_descends_from_both_sides(
    ours: dict[str, Any], theirs: dict[str, Any], choice: Choice
) -> None:
    if ours["revision"] == theirs["revision"]:
        return
    [(_, _, kept)], _ = _resolved(ours, theirs, choice)
    assert {ours["revision"], theirs["revision"]} <= set(kept["ancestors"])
    assert kept["revision"] not in (ours["revision"], theirs["revision"])
    chosen = ours if choice == Choice.MINE else theirs
    assert content(kept) == content(chosen)


@given(critiques(), critiques(), st.dictionaries(st.sampled_from(KEYS), choices))
def test_field_by_field_takes_each_field_from_the_side_chosen(
    ours: dict[str, Any], theirs: dict[str, Any], chosen: dict[str, Choice]
) -> None:
    merged = field_by_field("critique", ours, theirs, chosen)
    for name in FIELD_NAMES:
        choice = chosen.get(name, Choice.MINE)
        if choice == Choice.THEIRS:
            assert merged[name] == theirs[name]
        elif choice == Choice.MINE or not combinable("critique", name):
            assert merged[name] == ours[name]


@given(texts, texts)
def test_any_text_survives_being_combined(mine: str, theirs: str) -> None:
    both = combined("critique", "argument", mine, theirs)
    if mine and theirs and mine != theirs:
        assert both == f"{mine}\n\n{theirs}"
    else:
        assert both in (mine, theirs) and (mine in both and theirs in both)


@given(critiques(), critiques())
def test_any_text_survives_a_whole_record_choice(
    ours: dict[str, Any], theirs: dict[str, Any]
) -> None:
    if ours["revision"] == theirs["revision"]:
        return
    [(_, _, kept)], _ = _resolved(ours, theirs, Choice.THEIRS)
    assert (kept["title"], kept["argument"], kept["translations"]) == (
        theirs["title"],
        theirs["argument"],
        theirs["translations"],
    )


@given(critiques(), st.sets(st.sampled_from(TARGETS)))
def test_links_to_records_confidential_here_do_not_change_the_revision(
    item: dict[str, Any], hidden: set[str]
) -> None:
    """A colleague who cannot see those records holds no links to them: both reach
    the same revision for the same merge."""
    visible = {
        role: [t for t in targets if t not in hidden] for role, targets in item["links"].items()
    }
    here = merge_revision("3-abc", content(item), frozenset(hidden))
    there = merge_revision("3-abc", {**content(item), "links": visible}, frozenset())
    assert here == there


@given(critiques(), revisions, st.lists(revisions, max_size=3), st.sampled_from(list(Choice)))
def test_an_edit_against_a_deletion_resolves_the_same_from_either_side(
    item: dict[str, Any], revision: str, ancestors: list[str], choice: Choice
) -> None:
    """We edited and they deleted, resolved keeping the edit (or the deletion), gives
    what they get when they resolve our edit against their deletion the same way."""
    if revision == item["revision"]:
        return
    deleted_at = datetime.fromisoformat(item["updated_at"])
    tombstone = ParsedTombstone(
        RECORD, "critique", revision, ancestors, deleted_at, item["changed_by"]
    )
    deletion = Version(revision, tuple(ancestors), True)
    edit_delete = Change(RECORD, "critique", "", MergeAction.CONFLICT, ConflictShape.EDIT_DELETE)
    delete_edit = Change(RECORD, "critique", "", MergeAction.CONFLICT, ConflictShape.DELETE_EDIT)
    keep_edit = choice != Choice.THEIRS
    here = resolve_conflict(edit_delete, item, None, _version(item), tombstone, choice, frozenset())
    there = resolve_conflict(
        delete_edit,
        None,
        item,
        deletion,
        None,
        Choice.THEIRS if keep_edit else Choice.MINE,
        frozenset(),
    )
    assert [w.item for w in here.writes] == [w.item for w in there.writes]
    assert [t.revision for t in here.deletions] == [t.revision for t in there.deletions]
    assert bool(here.writes) == keep_edit


def test_the_closed_sets_are_the_texts_reports_and_arguments_always_used() -> None:
    assert [str(a) for a in MergeAction] == [
        "add", "update", "delete", "conflict", "keep", "remember-deletion", "merge-deletions",
        "merge",
    ]  # fmt: skip
    assert [str(s) for s in ConflictShape] == ["", "edit/edit", "edit/delete", "delete/edit"]
    assert CONFLICT_POLICIES == ("refuse", "mine", "theirs", "both")
    assert json.dumps({"conflict": ConflictShape.EDIT_DELETE}) == '{"conflict": "edit/delete"}'
    assert Choice("both") is Choice.BOTH and Choice.MINE == "mine"

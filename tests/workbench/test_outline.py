"""Outline edits (pure functions, checked with hypothesis) and writing them in one transaction;
the composition services undo relies on (status reverted, wording put back in place)."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.citekeys import citation_keys
from workbench.composition import Composition
from workbench.errors import InvalidLink
from workbench.library import Library
from workbench.outline import (
    Outline,
    OutlineSection,
    add_section,
    place_items,
    read_outline,
    remove_section,
    rename_section,
    step_item,
)
from workbench.project import Project


def _outline(sizes: list[int]) -> Outline:
    counter = iter(range(10_000))
    return Outline(
        uuid.UUID(int=0),
        tuple(
            OutlineSection(
                uuid.UUID(int=1000 + n),
                f"S{n}",
                "",
                tuple(uuid.UUID(int=next(counter) + 1) for _ in range(k)),
            )
            for n, k in enumerate(sizes)
        ),
    )


sizes = st.lists(st.integers(0, 5), min_size=1, max_size=4)


@given(sizes, st.data())
def test_place_items_keeps_every_recommendation_once(sizes: list[int], data: st.DataObject) -> None:
    outline = _outline(sizes)
    everything = outline.recommendations()
    moving = data.draw(st.lists(st.sampled_from(everything), unique=True)) if everything else []
    target = data.draw(st.sampled_from(outline.sections))
    row = data.draw(st.integers(-1, len(target.items)))
    moved = place_items(outline, moving, target.id, row)
    assert sorted(moved.recommendations()) == sorted(everything)
    placed = moved.sections[moved.section_index(target.id)].items
    start = placed.index(moving[0]) if moving else 0
    assert list(placed[start : start + len(moving)]) == moving


@given(sizes, st.data())
def test_step_down_then_up_is_identity_inside_a_section(
    sizes: list[int], data: st.DataObject
) -> None:
    outline = _outline(sizes)
    candidates = [(s.id, i) for s in outline.sections for i in s.items[:-1]]
    if not candidates:
        return
    section_id, item = data.draw(st.sampled_from(candidates))
    down = step_item(outline, section_id, item, +1)
    assert down != outline
    assert step_item(down, section_id, item, -1) == outline


def test_step_past_the_end_moves_into_the_next_section() -> None:
    outline = _outline([2, 1])
    first, second = outline.sections
    moved = step_item(outline, first.id, first.items[1], +1)
    assert moved.sections[1].items == (first.items[1], *second.items)
    assert step_item(outline, second.id, second.items[0], +1) == outline


def test_write_outline_round_trips_and_refuses_duplicates(project: Project) -> None:
    library = Library(project)
    recs = [library.create("recommendation", {"title": f"R{i}"}).id for i in range(3)]
    sub = library.create("submission", {"title": "Sub"}).id
    outline, first = add_section(read_outline(project, sub), "One")
    outline, second = add_section(outline, "Two")
    outline = place_items(outline, recs, first, -1)
    Composition(project).write_outline(outline)
    assert read_outline(project, sub) == outline
    outline = place_items(outline, [recs[2], recs[0]], second, 0)
    outline = rename_section(outline, first, "First")
    Composition(project).write_outline(outline)
    stored = read_outline(project, sub)
    assert stored == outline
    assert stored.sections[0].title == "First" and stored.sections[1].items == (recs[2], recs[0])
    Composition(project).write_outline(remove_section(outline, first))
    assert [s.id for s in read_outline(project, sub).sections] == [second]
    broken = Outline(sub, (OutlineSection(second, "Two", "", (recs[0], recs[0])),))
    with pytest.raises(InvalidLink):
        Composition(project).write_outline(broken)
    assert [s.id for s in read_outline(project, sub).sections] == [second]


def test_revert_status_and_wording_position(project: Project) -> None:
    library = Library(project)
    composition = Composition(project)
    provision = library.create("provision", {"unit": "Art. 1"}).id
    rec = library.create("recommendation", {"title": "R"}).id
    change = uuid.uuid4()
    composition.set_status(rec, "final", "ready", change_id=change)
    composition.revert_status(rec, change, "draft")
    data = library.get(rec)
    assert data.fields["status"] == "draft" and data.children["status_history"] == ()
    a = composition.add_proposed_wording(rec, provision, proposed_wording="a").id
    b = composition.add_proposed_wording(rec, None, proposed_wording="b").id
    composition.remove_proposed_wording(a)
    composition.add_proposed_wording(rec, provision, proposed_wording="a", wording_id=a, position=0)
    ids = [w["id"] for w in library.get(rec).children["proposed_wordings"]]
    assert ids == [str(a), str(b)]


def test_citation_keys_are_source_keys(project: Project) -> None:
    library = Library(project)
    library.create("source", {"key": "rsf-2023", "title": "Index"})
    library.create("source", {"key": "", "title": "No key"})
    assert [(k.key, k.title) for k in citation_keys(project)] == [("rsf-2023", "Index")]

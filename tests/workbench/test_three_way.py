"""The three-way merge of one record's content (workbench.merge.three_way): examples
in English, Russian and Kazakh, and properties over random concurrent edits of
texts, ordered sets and parts (symmetry, idempotence, no edit lost, three copies)."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.merge.model import FieldOutcome
from workbench.merge.text_merge import sentences
from workbench.merge.three_way import (
    ContentMerge,
    TextConflict,
    merge_content,
    merge_ordered,
    merge_text,
)

T1, T2, T3, T4 = (f"00000000-0000-4000-8000-00000000000{i}" for i in range(1, 5))


def recommendation(**changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "title": "Set clear criteria for disclosing platform users' data",
        "text": "Platforms disclose data on request. Criteria are vague.\n\n"
        "Courts rarely review requests. Users are not told.",
        "rationale": "Закон не содержит критериев. Суды не проверяют запросы.\n\n"
        "Пользователи не узнают о раскрытии.",
        "action": "amend",
        "priority": "high",
        "links": {"provisions": [], "critiques": [], "evidence": [], "tags": [T1, T2]},
        "proposed_wordings": [],
        "status_history": [],
    }
    content.update(changes)
    return content


def both_ways(kind: str, base: Any, mine: Any, theirs: Any) -> ContentMerge:
    """The merge as we run it, checked against the merge as they run it."""
    ours, other = merge_content(kind, base, mine, theirs), merge_content(kind, base, theirs, mine)
    assert ours.conflicts == other.conflicts
    if ours.clean:
        assert ours.content == other.content
    return ours


# --- fields ----------------------------------------------------------------------------


def test_edits_to_different_fields_take_each_side_without_a_question() -> None:
    base = recommendation()
    mine = recommendation(title="Set clear criteria and limits for disclosing users' data")
    theirs = recommendation(text=base["text"] + "\n\nAn independent body should review them.")
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content == {**base, "title": mine["title"], "text": theirs["text"]}
    outcomes = {f.name: f.outcome for f in merged.fields}
    assert outcomes["title"] == FieldOutcome.MINE
    assert outcomes["text"] == FieldOutcome.THEIRS
    assert outcomes["priority"] == FieldOutcome.UNCHANGED
    assert merged.automatic == ("text",)


def test_a_short_field_both_changed_differently_is_a_conflict_holding_ours() -> None:
    base = recommendation()
    merged = both_ways(
        "recommendation", base, recommendation(priority="low"), recommendation(priority="medium")
    )
    assert merged.conflicts == ("priority",)
    assert merged.content["priority"] == "low"
    same = both_ways(
        "recommendation", base, recommendation(title="Same"), recommendation(title="Same")
    )
    assert same.clean and [f.outcome for f in same.fields if f.name == "title"] == ["same"]


def test_different_paragraphs_of_one_text_merge() -> None:
    base = recommendation()
    mine = recommendation(text=base["text"].replace("are vague", "are vague and broad"))
    theirs = recommendation(text=base["text"].replace("rarely review", "never review"))
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content["text"] == (
        "Platforms disclose data on request. Criteria are vague and broad.\n\n"
        "Courts never review requests. Users are not told."
    )
    assert merged.automatic == ("text",)


def test_different_sentences_of_one_russian_paragraph_merge() -> None:
    base = recommendation()
    mine = recommendation(rationale=base["rationale"].replace("критериев", "ясных критериев"))
    theirs = recommendation(rationale=base["rationale"].replace("Суды не", "Суды почти никогда не"))
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content["rationale"] == (
        "Закон не содержит ясных критериев. Суды почти никогда не проверяют запросы.\n\n"
        "Пользователи не узнают о раскрытии."
    )


def test_the_same_kazakh_sentence_changed_on_both_sides_is_a_conflict() -> None:
    base_text = (
        "Заң өлшемдерді белгілемейді. Соттар сұрауларды тексермейді.\n\nПайдаланушылар білмейді."
    )
    base = recommendation(text=base_text)
    mine = recommendation(
        text=base_text.replace("Соттар сұрауларды тексермейді.", "Соттар сирек тексереді.")
        + "\n\nЖаңа абзац."
    )
    theirs = recommendation(
        text=base_text.replace("Соттар сұрауларды тексермейді.", "Соттар ешқашан тексермейді.")
    )
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.conflicts == ("text",)
    (text_field,) = [f for f in merged.fields if f.name == "text"]
    assert text_field.regions == (
        TextConflict(
            "Соттар сұрауларды тексермейді.",
            "Соттар сирек тексереді.",
            "Соттар ешқашан тексермейді.",
        ),
    )
    assert text_field.value == mine["text"]  # ours stands in the region; their edits elsewhere
    assert text_field.base == base_text and text_field.theirs == theirs["text"]


def test_two_texts_written_into_an_empty_field_are_both_kept_apart() -> None:
    assert merge_text("", "Мой текст.", "Их текст.").text == "Их текст.\n\nМой текст."
    assert merge_text("Бір.", "Бір. Екі.", "Бір. Үш.").text == "Бір. Екі. Үш."


def test_a_text_merge_keeps_their_edit_outside_the_conflicting_sentence() -> None:
    base = "One. Two.\n\nThree."
    merged = merge_text(base, "One. Deux.\n\nThree.", "One. Dos.\n\nTres.")
    assert merged.text == "One. Deux.\n\nTres."
    assert merged.conflicts == (TextConflict("Two.", "Deux.", "Dos."),)


def test_paragraphs_added_at_one_place_on_both_sides_are_both_kept_in_one_order() -> None:
    base = "Бірінші абзац.\n\nЕкінші абзац."
    mine = base + "\n\nМенің абзацым."
    theirs = base + "\n\nОлардың абзацы."
    forward, backward = merge_text(base, mine, theirs), merge_text(base, theirs, mine)
    assert forward == backward and forward.clean
    assert forward.text == base + "\n\nМенің абзацым.\n\nОлардың абзацы."


def test_sentences_end_at_russian_and_kazakh_punctuation_but_not_at_abbreviations() -> None:
    text = (
        "Согласно ст. 5 Закона, т. е. всегда. «Это ясно!» Далее… "
        "Мыс. бап т.б. қалды. Mr. Smith agreed."
    )
    assert sentences(text) == [
        "Согласно ст. 5 Закона, т. е. всегда.",
        " ",
        "«Это ясно!»",
        " ",
        "Далее…",
        " ",
        "Мыс. бап т.б. қалды.",
        " ",
        "Mr. Smith agreed.",
    ]
    assert "".join(sentences(text + "\n\nNew.\n")) == text + "\n\nNew.\n"


# --- links -----------------------------------------------------------------------------


def test_links_added_and_removed_on_both_sides_all_apply() -> None:
    base = recommendation()
    mine = recommendation(links={**base["links"], "tags": [T2, T3]})  # T1 removed, T3 added
    theirs = recommendation(links={**base["links"], "tags": [T1, T2, T4], "evidence": [T1]})
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content["links"]["tags"] == [T2, T3, T4]  # added after T2 on both: sorted
    assert merged.content["links"]["evidence"] == [T1]
    assert set(merged.automatic) == {"links.tags", "links.evidence"}


def test_a_reorder_on_one_side_and_an_addition_on_the_other_both_apply() -> None:
    base = recommendation(links={**recommendation()["links"], "tags": [T1, T2, T3]})
    mine = recommendation(links={**base["links"], "tags": [T3, T1, T2]})
    theirs = recommendation(links={**base["links"], "tags": [T1, T4, T2, T3]})
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.content["links"]["tags"] == [T3, T1, T4, T2]


def test_links_added_after_the_same_link_on_both_sides_are_no_conflict() -> None:
    assert merge_ordered(["a"], ["a", "c"], ["a", "b"]) == ["a", "b", "c"]
    assert merge_ordered(["a"], ["a", "b"], ["a", "c"]) == ["a", "b", "c"]


def test_a_single_link_changed_on_both_sides_is_a_conflict() -> None:
    base = {"unit": "Art. 5", "heading": "", "links": {"instrument": [T1], "tags": []}}
    mine = {**base, "links": {"instrument": [T2], "tags": []}}
    theirs = {**base, "links": {"instrument": [T3], "tags": [T4]}}
    merged = both_ways("provision", base, mine, theirs)
    assert merged.conflicts == ("links.instrument",)
    assert merged.content["links"] == {"instrument": [T2], "tags": [T4]}


# --- parts -----------------------------------------------------------------------------


def wording(pid: str, proposed: str = "New wording.", justification: str = "") -> dict[str, Any]:
    return {
        "id": pid,
        "provision": None,
        "current_wording": "Old wording.",
        "proposed_wording": proposed,
        "justification": justification,
    }


def test_parts_added_removed_and_edited_field_by_field_merge() -> None:
    base = recommendation(proposed_wordings=[wording(T1), wording(T2), wording(T3)])
    mine = recommendation(
        proposed_wordings=[wording(T1, proposed="Жаңа редакция."), wording(T3), wording(T4)]
    )
    theirs = recommendation(
        proposed_wordings=[wording(T1, justification="Because."), wording(T2), wording(T3)]
    )
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content["proposed_wordings"] == [
        wording(T1, proposed="Жаңа редакция.", justification="Because."),
        wording(T3),
        wording(T4),
    ]


def test_a_part_removed_on_one_side_and_edited_on_the_other_is_a_conflict() -> None:
    base = recommendation(proposed_wordings=[wording(T1), wording(T2)])
    edited = recommendation(proposed_wordings=[wording(T1), wording(T2, proposed="Edited.")])
    removed = recommendation(proposed_wordings=[wording(T1)])
    merged = both_ways("recommendation", base, edited, removed)
    assert merged.conflicts == ("proposed_wordings",)
    assert merged.content["proposed_wordings"] == edited["proposed_wordings"]
    assert merge_content("recommendation", base, removed, edited).content == removed


def test_status_changes_added_on_both_sides_are_kept_in_time_order() -> None:
    def change(pid: str, at: str) -> dict[str, Any]:
        return {"id": pid, "status": "draft", "changed_at": at, "author": "", "note": ""}

    base = recommendation(status_history=[change(T4, "2026-01-01T00:00:00")])
    mine = recommendation(
        status_history=[*base["status_history"], change(T1, "2026-03-01T00:00:00")]
    )
    theirs = recommendation(
        status_history=[*base["status_history"], change(T2, "2026-02-01T00:00:00")]
    )
    merged = both_ways("recommendation", base, mine, theirs)
    assert [c["id"] for c in merged.content["status_history"]] == [T4, T2, T1]


def test_a_sections_list_of_recommendations_merges_as_an_ordered_set() -> None:
    def section(items: list[str], title: str = "Раздел 1") -> dict[str, Any]:
        return {"id": T1, "title": title, "introduction": "", "recommendations": items}

    base = {
        "title": "Submission",
        "links": {"tags": []},
        "sections": [section([T2])],
        "exports": [],
    }
    mine = {**base, "sections": [section([T2, T3], title="Бөлім 1")]}
    theirs = {**base, "sections": [section([T4, T2])]}
    merged = both_ways("submission", base, mine, theirs)
    assert merged.clean
    assert merged.content["sections"] == [section([T4, T2, T3], title="Бөлім 1")]


# --- translations ----------------------------------------------------------------------


def test_translations_merge_per_language_and_text() -> None:
    base = recommendation(translations={"ru": {"title": "Критерии", "text": "Один. Два."}})
    mine = recommendation(translations={"ru": {"title": "Критерии", "text": "Один. Два изменён."}})
    theirs = recommendation(
        translations={
            "kk": {"title": "Өлшемдер"},
            "ru": {"title": "Критерии", "text": "Один! Два."},
        }
    )
    merged = both_ways("recommendation", base, mine, theirs)
    assert merged.clean
    assert merged.content["translations"] == {
        "kk": {"title": "Өлшемдер"},
        "ru": {"title": "Критерии", "text": "Один! Два изменён."},
    }
    clash = both_ways(
        "recommendation",
        base,
        recommendation(translations={"ru": {"title": "Мои критерии", "text": "Один. Два."}}),
        recommendation(translations={"ru": {"title": "Их критерии", "text": "Один. Два."}}),
    )
    assert clash.conflicts == ("translations",)
    assert clash.content["translations"]["ru"]["title"] == "Мои критерии"


def test_a_field_one_side_dropped_is_dropped() -> None:
    base = recommendation(second_language="kk")
    mine = recommendation()  # back to the default: left out of the content
    merged = both_ways("recommendation", base, mine, base)
    assert "second_language" not in merged.content
    assert merged.content == mine
    (dropped,) = [f for f in merged.fields if f.name == "second_language"]
    assert (dropped.outcome, dropped.base, dropped.mine, dropped.value) == (
        "mine",
        "kk",
        None,
        None,
    )


# --- properties: texts -----------------------------------------------------------------

WORDS = ("Закон", "Суд", "Заң", "Сот", "Court", "Platform", "Өтініш", "Право")
TERMINALS = (".", "!", "?", "…", ".»")

Document = list[list[str]]


class Fresh:
    """Sentences and ids never seen before (so each edit can be traced in a result)."""

    def __init__(self) -> None:
        self.counter = itertools.count(1)

    def sentence(self, data: st.DataObject) -> str:
        word = data.draw(st.sampled_from(WORDS))
        return f"{word} {next(self.counter)}{data.draw(st.sampled_from(TERMINALS))}"


def render(document: Document) -> str:
    return "\n\n".join(" ".join(paragraph) for paragraph in document)


def edit_document(
    data: st.DataObject, fresh: Fresh, document: Document, only: int | None = None
) -> Document:
    """``document`` after a few random edits (only inside paragraph ``only`` if given)."""
    result = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(0, 4))):
        p = only if only is not None else data.draw(st.integers(0, len(result) - 1))
        paragraph = result[p]
        i = data.draw(st.integers(0, len(paragraph) - 1))
        operations = ["change", "insert", "delete"] + ([] if only is not None else ["paragraph"])
        operation = data.draw(st.sampled_from(operations))
        if operation == "change":
            paragraph[i] = fresh.sentence(data)
        elif operation == "insert":
            paragraph.insert(data.draw(st.integers(0, len(paragraph))), fresh.sentence(data))
        elif operation == "delete" and len(paragraph) > 1:
            del paragraph[i]
        elif operation == "paragraph":
            result.insert(data.draw(st.integers(0, len(result))), [fresh.sentence(data)])
    return result


def base_document(data: st.DataObject, fresh: Fresh, paragraphs: int | None = None) -> Document:
    count = paragraphs or data.draw(st.integers(1, 4))
    return [
        [fresh.sentence(data) for _ in range(data.draw(st.integers(1, 3)))] for _ in range(count)
    ]


def flat(document: Document) -> set[str]:
    return {s for paragraph in document for s in paragraph}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_text_merges_are_symmetric_idempotent_and_lose_no_edit(data: st.DataObject) -> None:
    fresh = Fresh()
    base = base_document(data, fresh)
    mine, theirs = edit_document(data, fresh, base), edit_document(data, fresh, base)
    b, m, t = render(base), render(mine), render(theirs)
    forward, backward = merge_text(b, m, t), merge_text(b, t, m)
    assert [(c.base, c.theirs, c.mine) for c in backward.conflicts] == [
        (c.base, c.mine, c.theirs) for c in forward.conflicts
    ]
    assert merge_text(b, m, m).text == m and merge_text(b, b, t).text == t
    assert merge_text(b, m, b).text == m
    if forward.clean:
        assert forward.text == backward.text
        present = set(sentences(forward.text))
        for side in (mine, theirs):
            assert flat(side) - flat(base) <= present  # every sentence added is there
            assert not (flat(base) - flat(side)) & present  # every one removed is gone
    else:
        for conflict in forward.conflicts:
            assert conflict.mine in forward.text


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_three_copies_editing_different_paragraphs_converge_in_any_order(
    data: st.DataObject,
) -> None:
    fresh = Fresh()
    base = base_document(data, fresh, paragraphs=6)
    copies = [render(edit_document(data, fresh, base, only=p)) for p in (0, 2, 4)]
    b = render(base)
    results = set()
    for first, second, third in itertools.permutations(copies):
        pair = merge_text(b, first, second)
        whole = merge_text(b, pair.text, third)
        assert pair.clean and whole.clean
        results.add(whole.text)
    assert len(results) == 1


# --- properties: ordered sets ----------------------------------------------------------


def edit_list(
    data: st.DataObject, fresh: Fresh, items: list[str], zone: range | None = None
) -> list[str]:
    """``items`` after random insertions, removals and moves (only around the items
    of ``zone``, and no moves, if given)."""
    result = list(items)
    for _ in range(data.draw(st.integers(0, 4))):
        places = [i for i, x in enumerate(result) if zone is None or x in [items[z] for z in zone]]
        operations = ["insert", "remove"] + (["move"] if zone is None else [])
        operation = data.draw(st.sampled_from(operations))
        if operation == "insert":
            at = data.draw(st.sampled_from(places)) + 1 if places else _where(result, items, zone)
            result.insert(at if zone is not None else data.draw(st.integers(0, len(result))),
                          f"n{next(fresh.counter)}")  # fmt: skip
        elif result and places:
            item = result.pop(data.draw(st.sampled_from(places)))
            if operation == "move":
                result.insert(data.draw(st.integers(0, len(result))), item)
    return result


def _where(result: list[str], items: list[str], zone: range | None) -> int:
    """Where a zone whose items are all removed was: right after the item before it
    (never touched, being outside every zone), so an insertion stays in the zone's
    place and does not meet another copy's at the head of the list."""
    return result.index(items[zone.start - 1]) + 1 if zone and zone.start else 0


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_ordered_merges_are_symmetric_idempotent_and_lose_no_edit(data: st.DataObject) -> None:
    fresh = Fresh()
    base = [f"b{i}" for i in range(data.draw(st.integers(0, 6)))]
    mine, theirs = edit_list(data, fresh, base), edit_list(data, fresh, base)
    merged = merge_ordered(base, mine, theirs)
    assert merged == merge_ordered(base, theirs, mine)
    assert merge_ordered(base, mine, mine) == mine
    assert merge_ordered(base, base, theirs) == theirs
    assert merge_ordered(base, mine, base) == mine
    assert len(merged) == len(set(merged))
    expected = (set(mine) & set(theirs)) | (set(mine) - set(base)) | (set(theirs) - set(base))
    assert set(merged) == expected
    for side, other in ((mine, theirs), (theirs, mine)):
        if [x for x in other if x in base] == [x for x in base if x in other]:
            kept = [x for x in side if x in merged]  # only this side reordered: its order holds
            assert [x for x in merged if x in kept] == kept


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_three_copies_editing_different_places_of_a_list_converge(data: st.DataObject) -> None:
    fresh = Fresh()
    base = [f"b{i}" for i in range(12)]
    copies = [edit_list(data, fresh, base, zone=range(z, z + 3)) for z in (0, 4, 8)]
    results = set()
    for first, second, third in itertools.permutations(copies):
        results.add(tuple(merge_ordered(base, merge_ordered(base, first, second), third)))
    assert len(results) == 1


def test_three_copies_adding_runs_at_one_place_keep_every_item_and_each_run_whole() -> None:
    """Each copy adds at the head of the list (one after removing the first tag). The
    order of the three runs may depend on the order of merging (the documented limit:
    nothing stored tells which copy a run came from); what holds in every order is
    that every item is there once and each copy's run is whole and in its order."""
    base = [f"t{i}" for i in range(12)]
    copies = [
        ["n14", "n13", *base[1:]],
        ["n16", *[t for t in base if t not in ("t4", "t5", "t6")]],
        ["n19", *[t for t in base if t not in ("t8", "t9", "t10")]],
    ]
    expected_tail = [t for t in base if t not in ("t0", "t4", "t5", "t6", "t8", "t9", "t10")]
    for first, second, third in itertools.permutations(copies):
        merged = merge_ordered(base, merge_ordered(base, first, second), third)
        assert merged[4:] == expected_tail
        assert sorted(merged[:4]) == ["n13", "n14", "n16", "n19"]
        assert any(merged[i : i + 2] == ["n14", "n13"] for i in range(3))


# --- properties: parts -----------------------------------------------------------------


def edit_parts(
    data: st.DataObject, fresh: Fresh, parts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    result = copy.deepcopy(parts)
    for _ in range(data.draw(st.integers(0, 3))):
        operation = data.draw(st.sampled_from(["add", "remove", "edit", "edit"]))
        if operation == "add":
            at = data.draw(st.integers(0, len(result)))
            result.insert(at, wording(f"p{next(fresh.counter)}", proposed=fresh.sentence(data)))
        elif result and operation == "remove":
            del result[data.draw(st.integers(0, len(result) - 1))]
        elif result:
            part = result[data.draw(st.integers(0, len(result) - 1))]
            name = data.draw(
                st.sampled_from(["proposed_wording", "justification", "current_wording"])
            )
            part[name] = fresh.sentence(data)
    return result


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_parts_merges_are_symmetric_idempotent_and_lose_no_edit(data: st.DataObject) -> None:
    fresh = Fresh()
    parts = [
        wording(f"b{i}", proposed=fresh.sentence(data)) for i in range(data.draw(st.integers(0, 4)))
    ]
    base = recommendation(proposed_wordings=parts)
    mine = recommendation(proposed_wordings=edit_parts(data, fresh, parts))
    theirs = recommendation(proposed_wordings=edit_parts(data, fresh, parts))
    merged = both_ways("recommendation", base, mine, theirs)
    assert merge_content("recommendation", base, mine, mine).content == mine
    assert merge_content("recommendation", base, base, theirs).content == theirs
    assert merge_content("recommendation", base, mine, base).content == mine
    if not merged.clean:
        return
    result = {p["id"]: p for p in merged.content["proposed_wordings"]}
    was = {p["id"]: p for p in parts}
    for side in (mine, theirs):
        held = {p["id"]: p for p in side["proposed_wordings"]}
        assert set(held) - set(was) <= set(result)
        assert not (set(was) - set(held)) & set(result)
        other = {p["id"]: p for p in (theirs if side is mine else mine)["proposed_wordings"]}
        for pid, part in held.items():
            for name, value in part.items():
                if pid in was and value != was[pid][name] and other[pid][name] == was[pid][name]:
                    assert result[pid][name] == value  # an edit only one side made is kept


# --- properties: whole records ---------------------------------------------------------


def edit_record(
    data: st.DataObject, fresh: Fresh, base: dict[str, Any], text: Document, slot: int
) -> dict[str, Any]:
    """``base`` edited in the places of copy ``slot`` only: one paragraph of its text,
    the tags around one place, one part, one language of its translations."""
    edited = copy.deepcopy(base)
    edited["text"] = render(edit_document(data, fresh, text, only=2 * slot))
    tags = base["links"]["tags"]
    edited["links"]["tags"] = edit_list(data, fresh, tags, zone=range(4 * slot, 4 * slot + 3))
    part = edited["proposed_wordings"][slot]
    name = data.draw(st.sampled_from(["proposed_wording", "justification", "current_wording"]))
    part[name] = data.draw(st.sampled_from([part[name], fresh.sentence(data)]))
    language = ("ru", "kk", "en")[slot]
    if data.draw(st.booleans()):
        edited.setdefault("translations", {})[language] = {"title": fresh.sentence(data)}
    return edited


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_three_copies_of_a_record_edited_in_different_places_converge(
    data: st.DataObject,
) -> None:
    fresh = Fresh()
    text = base_document(data, fresh, paragraphs=6)
    parts = [wording(f"b{i}", proposed=fresh.sentence(data)) for i in range(3)]
    base = recommendation(text=render(text), proposed_wordings=parts)
    base["links"]["tags"] = [f"t{i}" for i in range(12)]
    copies = [edit_record(data, fresh, base, text, slot) for slot in range(3)]
    results = []
    for first, second, third in itertools.permutations(copies):
        pair = both_ways("recommendation", base, first, second)
        whole = both_ways("recommendation", base, pair.content, third)
        assert pair.clean and whole.clean
        results.append(whole.content)
    assert all(result == results[0] for result in results)
    for edited in copies:  # each copy's edits are in the result
        assert (
            results[0]["proposed_wordings"][copies.index(edited)]
            == edited["proposed_wordings"][copies.index(edited)]
        )


TRANSLATION_KEYS = ("title", "text", "rationale")


def edit_translations(
    data: st.DataObject, fresh: Fresh, translations: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    result = copy.deepcopy(translations)
    for _ in range(data.draw(st.integers(0, 3))):
        language = data.draw(st.sampled_from(["ru", "kk"]))
        key = data.draw(st.sampled_from(TRANSLATION_KEYS))
        texts = result.setdefault(language, {})
        if key in texts and data.draw(st.booleans()):
            del texts[key]
        elif key == "title":
            texts[key] = fresh.sentence(data)
        else:
            written = texts.get(key, fresh.sentence(data))
            document = [[paragraph] for paragraph in written.split("\n\n")]
            texts[key] = render(edit_document(data, fresh, document))
        if not texts:
            del result[language]
    return result


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_translation_merges_are_symmetric_and_idempotent(data: st.DataObject) -> None:
    fresh = Fresh()
    translations = edit_translations(data, fresh, {})
    base = recommendation(translations=translations) if translations else recommendation()
    sides = []
    for _ in range(2):
        edited = edit_translations(data, fresh, translations)
        sides.append(recommendation(translations=edited) if edited else recommendation())
    mine, theirs = sides
    merged = both_ways("recommendation", base, mine, theirs)
    assert merge_content("recommendation", base, mine, mine).content == mine
    assert merge_content("recommendation", base, base, theirs).content == theirs
    if merged.clean:
        result = merged.content.get("translations", {})
        for side in (mine, theirs):
            for language, texts in side.get("translations", {}).items():
                for key, text in texts.items():
                    if text != translations.get(language, {}).get(key) and key == "title":
                        assert result[language][key] == text


ANY_TEXT = st.text(alphabet="аәбқ xy.!?…«»“”\n", max_size=40)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT)
def test_any_texts_merge_the_same_both_ways(base: str, mine: str, theirs: str) -> None:
    assert "".join(sentences(mine)) == mine
    forward, backward = merge_text(base, mine, theirs), merge_text(base, theirs, mine)
    assert [(c.base, c.theirs, c.mine) for c in backward.conflicts] == [
        (c.base, c.mine, c.theirs) for c in forward.conflicts
    ]
    if forward.clean:
        assert forward.text == backward.text
    assert merge_text(base, mine, mine).text == mine
    assert merge_text(base, base, theirs).text == theirs

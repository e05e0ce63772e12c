"""A merge plan reads our side only for the ids their document names (looked up),
or everything when the document names a large share of the project: either way
the plan is the same, and a fault is refused in the same words."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TickingClock
from workbench import interchange
from workbench.interchange import InterchangeError, StreamedDocument
from workbench.library import Library
from workbench.merge import MergePlan, our_rows, plan, plan_merge, read_theirs
from workbench.merge.our_rows import OurRows
from workbench.project import Project

FINDINGS = 40
SOURCE = uuid.UUID(int=1)
KAZAKH = "Журналистің кәсіби қызметіне кедергі келтіру үшін жауапкершілік"


def _finding(number: int) -> uuid.UUID:
    return uuid.UUID(int=100 + number)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("our_rows") / "base.wbproj"
    with Project.create(path, author="base", clock=TickingClock()) as project:
        library = Library(project)
        library.create("source", {"title": "Доклад", "key": "report"}, record_id=SOURCE)
        for number in range(FINDINGS):
            library.create(
                "evidence",
                {"title": f"{KAZAKH} {number}", "summary": "Клевета"},
                {"source": [SOURCE]},
                record_id=_finding(number),
            )
    return path


@pytest.fixture(scope="module")
def ours(base: Path) -> Path:
    """Ours: one finding edited (they edit it too), one deleted (they edit it)."""
    path = base.parent / "ours.wbproj"
    shutil.copyfile(base, path)
    with Project.open(path, author="me") as project:
        library = Library(project)
        library.update(_finding(1), {"title": "изменено у нас"})
        library.delete(_finding(2))
    return path


@pytest.fixture(scope="module")
def changes(base: Path) -> dict[str, Any]:
    """Their changes alone, as a colleague exports only what they edited: the new
    finding links to our source, which the document does not hold."""
    copy = base.parent / "theirs.wbproj"
    shutil.copyfile(base, copy)
    with Project.open(base, author="base") as project:
        before = {
            item["id"]: item["revision"] for item in _items(interchange.dump_document(project))
        }
    with Project.open(copy, author="colleague") as project:
        library = Library(project)
        for number in (0, 1, 2):
            library.update(_finding(number), {"summary": f"пересмотрено {number}"})
        library.delete(_finding(3))
        library.create(
            "evidence", {"title": "Жаңа дерек", "summary": "новое"}, {"source": [SOURCE]}
        )
        document = interchange.dump_document(project)
    for section in (*interchange.SECTION_NAMES.values(), "tombstones"):
        document[section] = [
            item for item in document.get(section, []) if before.get(item["id"]) != item["revision"]
        ]
    return document


def _items(document: dict[str, Any]) -> list[dict[str, Any]]:
    sections = (*interchange.SECTION_NAMES.values(), "tombstones")
    return [item for section in sections for item in document.get(section, [])]


@pytest.fixture(params=["looked up", "read whole"])
def reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Our side read either way: every id looked up, or every row read at once."""
    monkeypatch.setattr(our_rows, "LOOKUP_COST", 0 if request.param == "looked up" else 10**9)
    return str(request.param)


def _plan_shape(merge_plan: MergePlan) -> list[tuple[Any, ...]]:
    return sorted(
        (str(c.id), c.kind, c.title, c.action.value, c.conflict.value, c.fields)
        for c in merge_plan.changes
    )


def _plan(path: Path, document: Any) -> MergePlan:
    with Project.open(path, author="me") as project:
        return plan_merge(project, document)


EXPECTED = [
    (str(_finding(0)), "evidence", "update"),
    (str(_finding(1)), "evidence", "conflict"),  # both edited (no common content carried)
    (str(_finding(2)), "evidence", "conflict"),  # we deleted, they edited
    (str(_finding(3)), "evidence", "delete"),
]


def test_a_few_changes_plan_alike_looked_up_or_read_whole(
    ours: Path, changes: dict[str, Any], reading: str
) -> None:
    planned = _plan(ours, json.loads(json.dumps(changes)))
    shape = [(i, kind, action) for i, kind, _, action, *_ in _plan_shape(planned)]
    assert [row for row in shape if row[0] in dict.fromkeys(s[0] for s in EXPECTED)] == EXPECTED
    added = [row for row in shape if row[2] == "add"]
    assert len(added) == 1 and len(shape) == 5


@pytest.mark.parametrize("form", ["ids in capitals", "streamed in batches of two"])
def test_other_forms_of_the_document_plan_as_the_plain_one(
    ours: Path,
    changes: dict[str, Any],
    reading: str,
    form: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _plan_shape(_plan(ours, json.loads(json.dumps(changes))))
    document: Any = json.loads(json.dumps(changes))
    if form == "ids in capitals":
        for item in _items(document):
            item["id"] = item["id"].upper()
    else:
        monkeypatch.setattr(plan._Sieve, "BATCH", 2)
        file = tmp_path / "theirs.json"
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        document = read_theirs(file)
        assert isinstance(document, StreamedDocument)
    assert _plan_shape(_plan(ours, document)) == expected


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("a link to a record neither side holds", "which is neither in the document nor"),
        ("an id we hold as another kind", "but the project holds this id as a source"),
        ("an id we hold as a deletion of another kind", "holds this id as a deleted evidence"),
    ],
)
def test_a_fault_is_refused_in_the_same_words_either_way(
    ours: Path, changes: dict[str, Any], reading: str, fault: str, words: str
) -> None:
    document = json.loads(json.dumps(changes))
    new = next(i for i in document["evidence"] if uuid.UUID(i["id"]).int >= 100 + FINDINGS)
    if fault == "a link to a record neither side holds":
        new["links"]["source"] = [str(uuid.uuid4())]
    elif fault == "an id we hold as another kind":
        new["id"] = str(SOURCE)
    else:  # finding 2 is deleted here; they send a source of that id
        with Project.open(ours, author="me") as project:
            source = interchange.dump_document(project)["sources"][0]
        document["sources"] = [{**source, "id": str(_finding(2)), "key": "other"}]
        document["evidence"] = [i for i in document["evidence"] if i["id"] != str(_finding(2))]
    with pytest.raises(InterchangeError) as refused:
        _plan(ours, document)
    assert words in str(refused.value)


def test_only_the_ids_asked_about_are_read_until_they_near_a_fifth(ours: Path) -> None:
    def kind_and_deleted(text: str) -> tuple[str, int] | None:
        row = rows.get(text)
        return None if row is None else (row[0], row[2])

    with Project.open(ours, author="me") as project:
        rows = OurRows(project)
        rows.read([str(_finding(0)), str(_finding(2)), "not an id"])
        assert kind_and_deleted(str(_finding(0))) == ("evidence", 0)
        assert kind_and_deleted(str(_finding(2))) == ("evidence", 1)  # our deletion
        assert kind_and_deleted(str(_finding(5))) is None  # held, but not asked about
        rows.read([str(_finding(0)), str(_finding(2))] * 10)  # asked before: counts for nothing
        assert kind_and_deleted(str(_finding(5))) is None
        # 42 held: 3 + 8 ids asked, at 5 rows' cost each, cost more than reading all.
        rows.read(str(_finding(n)) for n in range(4, 4 + FINDINGS // our_rows.LOOKUP_COST))
        assert kind_and_deleted(str(_finding(FINDINGS - 1))) == ("evidence", 0)
        assert kind_and_deleted(str(SOURCE)) == ("source", 0)

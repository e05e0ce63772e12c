"""Three-way merges of real project files: edits to different fields or paragraphs
merge with no question, only overlapping edits ask, the two colleagues converge,
and a merge without a known common ancestor asks as before."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from workbench import interchange
from workbench.cli import main
from workbench.library import Library
from workbench.merge import MergeAction, apply_merge, plan_merge, read_theirs
from workbench.project import Project
from workbench.share import share
from workbench.starter import create_project

RECOMMENDATION = uuid.UUID("0c3f2d94-6378-53f4-9b8a-825ac0550666")
"""A starter recommendation: "Set clear criteria and limits for disclosing platform users' data"."""


@pytest.fixture(scope="module")
def starter_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("starter") / "starter.wbproj"
    create_project(path).close()
    return path


@pytest.fixture
def copies(starter_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Ana's and Bek's copies of one project made from the starter library (``cp``)."""
    a, b = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    shutil.copyfile(starter_file, a)
    shutil.copyfile(starter_file, b)
    return a, b


def _edit(path: Path, author: str, fields: dict[str, str]) -> None:
    with Project.open(path, author=author) as project:
        Library(project).update(RECOMMENDATION, fields)


def _fields(path: Path) -> dict[str, object]:
    with Project.open(path, read_only=True) as project:
        return dict(Library(project).get(RECOMMENDATION).fields)


def _state(path: Path) -> dict[str, dict[str, object]]:
    """Every record by id: revision and content, without times and authors."""
    with Project.open(path, read_only=True) as project:
        document = interchange.dump_document(project)
    skip = ("created_at", "updated_at", "changed_by")
    return {
        item["id"]: {k: v for k, v in item.items() if k not in skip}
        for section in interchange.SECTION_NAMES.values()
        for item in document[section]
    }


def _merge(capsys: pytest.CaptureFixture[str], ours: Path, theirs: Path, *extra: str) -> dict:
    code = main(["merge", str(ours), str(theirs), "--json", *extra])
    report = json.loads(capsys.readouterr().out)
    report["exit"] = code
    return report


def test_edits_to_different_fields_merge_with_no_question_and_converge(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ana, bek = copies
    _edit(ana, "Ana", {"title": "Критерии раскрытия данных пользователей платформ"})
    kazakh = "Заңда платформа пайдаланушыларының деректерін беру шектерін белгілеу."
    _edit(bek, "Bek", {"text": kazakh})

    dry = _merge(capsys, ana, bek, "--dry-run")
    assert dry["exit"] == 0 and sum(dry["conflicts"].values()) == 0
    assert [d["automatic"] for d in dry["merged_details"]] == [["text"]]

    assert _merge(capsys, ana, bek)["exit"] == 0  # the default policy (refuse) is not needed
    assert _merge(capsys, bek, ana)["exit"] == 0
    merged = _fields(ana)
    assert merged["title"] == "Критерии раскрытия данных пользователей платформ"
    assert merged["text"].startswith("Заңда платформа")
    assert _state(ana) == _state(bek)  # one revision, one content, on both sides

    again = _merge(capsys, ana, bek, "--dry-run")
    assert sum(sum(again[label].values()) for label in ("updated", "merged", "conflicts")) == 0


def test_merging_each_other_at_the_same_time_reaches_one_revision(
    copies: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ana, bek = copies
    _edit(ana, "Ana", {"title": "Ana's title"})
    _edit(bek, "Bek", {"rationale": "Bek's rationale."})
    ana_before = tmp_path / "ana-before.wbproj"
    shutil.copyfile(ana, ana_before)
    assert _merge(capsys, ana, bek)["exit"] == 0
    assert _merge(capsys, bek, ana_before)["exit"] == 0
    assert _state(ana) == _state(bek)


def test_only_the_overlapping_sentence_asks(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ana, bek = copies
    base = str(_fields(ana)["text"])
    _edit(ana, "Ana", {"title": "Ana's title", "text": "Ана переписала это предложение."})
    _edit(bek, "Bek", {"text": base + " Bek adds another."})
    _edit(bek, "Bek", {"text": "Rewritten by Bek entirely."})

    dry = _merge(capsys, ana, bek, "--dry-run")
    assert dry["exit"] == 1  # a choice is needed and the default refuses
    (conflict,) = dry["conflict_details"]
    assert conflict["fields"] == ["text"] and conflict["automatic"] == []
    values = conflict["values"]["text"]
    assert values["ancestor"] == base
    assert values["mine"] == "Ана переписала это предложение."
    assert values["theirs"] == "Rewritten by Bek entirely."

    assert _merge(capsys, ana, bek, "--on-conflict", "theirs")["exit"] == 0
    merged = _fields(ana)
    assert merged["title"] == "Ana's title"  # kept: only the text was theirs to decide
    assert merged["text"] == "Rewritten by Bek entirely."


def test_a_bundle_carries_the_ancestor_its_receiver_never_kept(tmp_path: Path) -> None:
    """Ana made the record and sent it: she kept no ancestor, Bek did, and his bundle
    carries it back, so their later edits to different paragraphs merge."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    create_project(ana, empty=True).close()
    create_project(bek, empty=True).close()
    with Project.open(ana, author="Ana") as project:
        record = (
            Library(project)
            .create(
                "recommendation",
                {
                    "title": "Декриминализировать клевету",
                    "text": "Бірінші азат жол.\n\nВторой абзац.",
                },
            )
            .id
        )
        share(project, tmp_path / "a.wbshare")
    with Project.open(bek, author="Bek") as project:
        apply_merge(project, plan_merge(project, read_theirs(tmp_path / "a.wbshare")))
        Library(project).update(record, {"text": "Бірінші азат жол.\n\nВторой абзац Бека."})
        share(project, tmp_path / "b.wbshare")
    with Project.open(ana, author="Ana") as project:
        Library(project).update(record, {"text": "Бірінші азат жол, Ана.\n\nВторой абзац."})
        plan = plan_merge(project, read_theirs(tmp_path / "b.wbshare"))
        assert [c.action for c in plan.changes] == [MergeAction.MERGE]
        apply_merge(project, plan)
        text = Library(project).get(record).fields["text"]
    assert text == "Бірінші азат жол, Ана.\n\nВторой абзац Бека."


def test_without_a_known_ancestor_every_differing_field_asks(
    copies: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A project from before ancestors were kept: the merge asks as it always did."""
    ana, bek = copies
    for path in copies:
        with sqlite3.connect(path) as connection:
            connection.execute("DELETE FROM record_bases")
        connection.close()
    _edit(ana, "Ana", {"title": "Ana's title"})
    _edit(bek, "Bek", {"text": "Bek's text."})
    (conflict,) = _merge(capsys, ana, bek, "--dry-run")["conflict_details"]
    assert conflict["fields"] == ["title", "text"] and "values" not in conflict


def test_a_revision_two_copies_made_alike_is_the_ancestor_of_what_followed(
    starter_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ana and Chingiz made the same edit (one revision); Chingiz then undid it. Ana
    merges Bek's work first, then Chingiz's: the merge compares with the revision
    they shared, so Chingiz's undoing stands, as it does in the other order."""
    ana, bek, chingiz = (tmp_path / f"{name}.wbproj" for name in ("ana", "bek", "chingiz"))
    for path in (ana, bek, chingiz):
        shutil.copyfile(starter_file, path)
    original = str(_fields(ana)["title"])
    _edit(ana, "Ana", {"title": "Раскрытие данных"})
    _edit(chingiz, "Chingiz", {"title": "Раскрытие данных"})
    _edit(chingiz, "Chingiz", {"title": original})
    _edit(bek, "Bek", {"rationale": "Бектің негіздемесі."})
    other_order = tmp_path / "ana-other-order.wbproj"
    shutil.copyfile(ana, other_order)

    for first, second in ((bek, chingiz), (chingiz, bek)):
        target = ana if first == bek else other_order
        assert _merge(capsys, target, first)["exit"] == 0
        assert _merge(capsys, target, second)["exit"] == 0
        assert _fields(target)["title"] == original
        assert _fields(target)["rationale"] == "Бектің негіздемесі."


def test_a_shared_revision_nobody_kept_asks_rather_than_an_older_one(
    copies: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The newest revision both histories hold was made on both sides and kept by
    neither; the older one both know would undo Bek's undoing, so the merge asks."""
    ana, bek = copies
    original = str(_fields(ana)["title"])
    for path, author in ((ana, "Ana"), (bek, "Bek")):
        _edit(path, author, {"title": "Раскрытие данных"})
    _edit(ana, "Ana", {"rationale": "Ана's rationale."})
    _edit(bek, "Bek", {"title": original})
    (conflict,) = _merge(capsys, ana, bek, "--dry-run")["conflict_details"]
    assert "title" in conflict["fields"] and "values" not in conflict


def test_a_deletion_forgets_the_ancestors_kept(copies: tuple[Path, Path], tmp_path: Path) -> None:
    ana, bek = copies
    with Project.open(bek, author="Bek") as project:
        Library(project).delete(RECOMMENDATION)
        share(project, tmp_path / "b.wbshare")
    with Project.open(ana, author="Ana") as project:
        apply_merge(project, plan_merge(project, read_theirs(tmp_path / "b.wbshare")))
    with sqlite3.connect(ana) as connection:
        held = connection.execute(
            "SELECT count(*) FROM record_bases WHERE record_id = ?", (str(RECOMMENDATION),)
        ).fetchone()[0]
    connection.close()
    assert held == 0


def test_at_most_four_contents_are_kept_per_record_the_newest(tmp_path: Path) -> None:
    from workbench import ancestors

    path = tmp_path / "p.wbproj"
    create_project(path, empty=True).close()
    record = uuid.uuid4()
    with Project.open(path) as project:
        with project.writing() as writer:
            ancestors.remember(
                writer.session,
                [(record, f"{n}-{n:032x}", {"title": f"версия {n}"}) for n in range(1, 7)],
            )
        with project.reading() as session:
            kept = ancestors.contents_of(session, [record])[record]
    assert ancestors.MAX_BASES_PER_RECORD == 4
    assert sorted(kept) == [f"{n}-{n:032x}" for n in range(3, 7)]
    assert kept["6-" + f"{6:032x}"] == {"title": "версия 6"}

"""Accepting and rejecting a reviewer's changes (workbench.review.accepting): the
records change as the reviewer's Word showed, their citations and emphasis kept,
undo puts them back, and a document brought in again proposes nothing twice.
Documents are edited here as Word writes tracked changes (w:ins, w:del)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_translated_project, fixed
from tests.workbench.reviewed_copies import (
    REVIEWER,
    W15_URI,
    W,
    comment_on,
    comments_part,
    edited,
    paragraph_of,
    run,
    tracked,
)
from tests.workbench.test_review import SUMMARY, TEXT, TITLE, _review_edits
from workbench.cli import main
from workbench.export import export_submission
from workbench.export.anchors import anchor_name
from workbench.library import Library
from workbench.merge.apply import undo_merge
from workbench.project import Project
from workbench.review.accepting import decide, keep_comments
from workbench.review.comparing import Review, review_document
from workbench.review.proposals import applied
from workbench.review_notes import notes_of

RECOMMENDATION = fixed(50)
SUBMISSION = fixed(60)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "проект.wbproj"
    build_translated_project(path, TickingClock()).close()
    return path


def _export(project: Path, target: Path, **options: str) -> Path:
    with Project.open(project) as opened:
        export_submission(opened, target, **options)  # type: ignore[arg-type]
    return target


def _reviewed(project: Path, tmp_path: Path, edit=_review_edits, **options: str) -> Path:
    exported = _export(project, tmp_path / "экспорт.docx", **({"language": "ru"} | options))
    return edited(exported, tmp_path / "рецензия.docx", edit)


def _keys(review: Review, anchor: str | None = None) -> list[str]:
    return [p.key for f in review.fields if anchor in (None, f.anchor) for p in f.undecided]


def _russian(project: Project, record_id=RECOMMENDATION) -> dict[str, str]:
    return Library(project).get(record_id).fields["translations"]["ru"]


def test_every_proposal_applied_to_the_exported_text_gives_the_reviewed_one(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path) as project:
        review = review_document(project, reviewed)
    assert {f.anchor for f in review.fields} == {TITLE, TEXT, SUMMARY}
    for field in review.fields:
        assert applied(field.exported, field.proposals) == field.reviewed
    kinds = {f.anchor: [p.kind for p in f.proposals] for f in review.fields}
    assert kinds == {TITLE: ["replacement"], TEXT: ["insertion"], SUMMARY: ["edit"]}


def test_accepting_writes_the_reviewed_words_keeping_citations_and_emphasis(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path, author="Сауле") as project:
        done = decide(
            project,
            review_document(project, reviewed),
            accept=_keys(review := review_document(project, reviewed)),
        )
        assert set(done.written) == {TITLE, TEXT, SUMMARY} and not done.conflicts
        russian = _russian(project)
        assert russian["title"] == "Отменить наказание за оскорбление"
        assert russian["text"].startswith("Исключить **статью 131** [@rsf-2023]. и штрафы")
        assert _russian(project, SUBMISSION)["summary"] == "Четыре рекомендации."
        record = Library(project).get(RECOMMENDATION)
        assert record.changed_by == f"Сауле + {REVIEWER}"
        assert review.fields  # the review it decided on


def test_undo_puts_the_records_back_and_the_changes_are_proposed_again(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path) as project:
        before = Library(project).get(RECOMMENDATION)
        review = review_document(project, reviewed)
        done = decide(project, review, accept=_keys(review))
        assert done.undo is not None
        assert review_document(project, reviewed).fields == ()  # nothing proposed twice
        undo_merge(project, done.undo)
        after_undo = Library(project).get(RECOMMENDATION)
        assert after_undo.revision == before.revision
        assert after_undo.fields["translations"] == before.fields["translations"]
        again = review_document(project, reviewed)
        assert {f.anchor for f in again.fields} == {TITLE, TEXT, SUMMARY}
        assert not any(f.conflict for f in again.fields)


def test_rejected_changes_write_nothing_and_are_not_proposed_again(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path) as project:
        before = Library(project).get(RECOMMENDATION).revision
        review = review_document(project, reviewed)
        done = decide(project, review, reject=_keys(review, TITLE))
        assert done.undo is None and done.written == ()
        assert Library(project).get(RECOMMENDATION).revision == before
        again = review_document(project, reviewed)
        assert {f.anchor for f in again.fields} == {TEXT, SUMMARY}


def test_changes_of_one_text_accepted_one_at_a_time_all_land(
    project_path: Path, tmp_path: Path
) -> None:
    """Two tracked insertions in one text, accepted in two sittings: the second is
    not a conflict with the first (the record holds what accepting wrote)."""

    def two_insertions(root: etree._Element) -> None:
        paragraph = paragraph_of(root, TEXT)
        first_run = paragraph.find(f"{W}r")
        first_run.addprevious(tracked("ins", 910, run("Срочно: ")))
        paragraph.append(tracked("ins", 911, run(" и штрафы")))

    reviewed = _reviewed(project_path, tmp_path, two_insertions)
    with Project.open(project_path) as project:
        review = review_document(project, reviewed)
        first, second = _keys(review, TEXT)
        decide(project, review, accept=[first])
        assert _russian(project)["text"].startswith("Срочно: Исключить **статью 131**")
        later = review_document(project, reviewed)
        [field] = later.fields
        assert not field.conflict and [p.key for p in field.undecided] == [second]
        decide(project, later, accept=[second])
        text = _russian(project)["text"]
        assert text.startswith("Срочно: Исключить **статью 131** [@rsf-2023]. и штрафы")
        assert review_document(project, reviewed).fields == ()


def test_a_text_changed_since_the_export_is_a_conflict_and_not_written(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path) as project:
        library = Library(project)
        translations = dict(library.get(RECOMMENDATION).fields["translations"])
        translations["ru"] = {**translations["ru"], "title": "Название, изменённое позже"}
        library.update(RECOMMENDATION, {"translations": translations})
        review = review_document(project, reviewed)
        done = decide(project, review, accept=_keys(review))
        assert done.conflicts == (TITLE,)
        assert _russian(project)["title"] == "Название, изменённое позже"
        assert TITLE not in done.written and TEXT in done.written


def test_a_change_in_the_second_column_goes_to_that_language(
    project_path: Path, tmp_path: Path
) -> None:
    """A side-by-side Russian and Kazakh export: the Kazakh column's text edited
    with tracking on lands in the Kazakh translation, the Russian one untouched."""
    kazakh_text = anchor_name(RECOMMENDATION, "text", "kk")

    def kazakh_edit(root: etree._Element) -> None:
        starts = [
            b
            for b in root.iter(f"{W}bookmarkStart")
            if b.get(f"{W}name", "").startswith(kazakh_text)
        ]
        starts[0].getparent().append(tracked("ins", 920, run(" және айыппұлдар")))

    reviewed = _reviewed(project_path, tmp_path, kazakh_edit, second_language="kk")
    with Project.open(project_path) as project:
        russian_before = _russian(project)
        review = review_document(project, reviewed)
        assert [f.language for f in review.fields] == ["kk"]
        decide(project, review, accept=_keys(review))
        kazakh = Library(project).get(RECOMMENDATION).fields["translations"]["kk"]["text"]
        assert "**131-бабын**" in kazakh and "[@gc34, 5-б.]" in kazakh
        assert "айыппұлдар" in kazakh
        assert _russian(project) == russian_before


def test_the_command_line_accepts_by_key_and_all_and_refuses_an_unknown_key(
    project_path: Path, tmp_path: Path, capsys
) -> None:
    reviewed = _reviewed(project_path, tmp_path)
    listing = _run_json(["review", str(project_path), str(reviewed), "--json"], capsys)
    [title] = [f for f in listing["fields"] if f["anchor"] == TITLE]
    [replacement] = title["proposals"]
    assert replacement["kind"] == "replacement" and replacement["decided"] is None
    assert replacement["inserted"] == "Отменить наказание за оскорбление"

    before = project_path.read_bytes()
    code = main(["review", str(project_path), str(reviewed), "--accept", "0000000000000000"])
    assert code == 2 and "no undecided change" in capsys.readouterr().err
    assert project_path.read_bytes() == before  # refused before anything was written

    argv = ["review", str(project_path), str(reviewed), "--json", "--accept", replacement["key"]]
    after = _run_json(argv, capsys)
    assert after["decided"] == {
        "written": [TITLE],
        "conflicts": [],
        "not_carried": [],
        "notes_kept": 0,
    }
    assert TITLE not in {f["anchor"] for f in after["fields"]}
    argv = ["review", str(project_path), str(reviewed), "--json", "--accept", "all"]
    argv += ["--reviewer", "someone else"]
    assert _run_json(argv, capsys)["decided"]["written"] == []
    argv[-1] = REVIEWER
    assert _run_json(argv, capsys)["decided"]["written"] == [TEXT]  # hers: tracked
    argv = ["review", str(project_path), str(reviewed), "--json", "--accept", "all"]
    assert _run_json(argv, capsys)["decided"]["written"] == [SUMMARY]  # typed untracked
    with Project.open(project_path) as project:
        assert _russian(project)["title"] == "Отменить наказание за оскорбление"


def _run_json(argv: list[str], capsys) -> dict:
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def _commented(project_path: Path, tmp_path: Path) -> Path:
    """An export whose recommendation's rationale has a comment with a reply, and
    whose submission's title (no record's text) has another."""
    exported = _export(project_path, tmp_path / "экспорт.docx", language="ru")
    rationale = anchor_name(RECOMMENDATION, "rationale", "ru")

    def edit(root: etree._Element) -> None:
        comment_on(paragraph_of(root, rationale), "0")
        heading = next(p for p in root.iter(f"{W}p") if "Десять шагов" in "".join(p.itertext()))
        comment_on(heading, "2")

    comments = comments_part(
        [
            ("0", REVIEWER, "Нужна ссылка на решение суда", "0A000001"),
            ("1", "Бек", "Добавлю в понедельник", "0A000002"),
            ("2", "Бек", "Заголовок длинноват", "0A000003"),
        ]
    )
    extended = (
        f'<w15:commentsEx xmlns:w15="{W15_URI}">'
        '<w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>'
        "</w15:commentsEx>"
    ).encode()
    parts = {"word/comments.xml": comments, "word/commentsExtended.xml": extended}
    return edited(exported, tmp_path / "с комментариями.docx", edit, parts)


def test_comments_are_kept_as_review_notes_once_and_undo_takes_them_back(
    project_path: Path, tmp_path: Path
) -> None:
    reviewed = _commented(project_path, tmp_path)
    with Project.open(project_path) as project:
        review = review_document(project, reviewed)
        assert not any(review.is_kept(c) for f in review.fields for c in f.comments)
        kept = keep_comments(project, review)
        assert kept.notes == 2 and kept.undo is not None
        [note] = notes_of(project, RECOMMENDATION)
        assert (note.field, note.language, note.author) == ("rationale", "ru", REVIEWER)
        assert note.text == "Нужна ссылка на решение суда" and not note.resolved
        assert [(r.author, r.text) for r in note.replies] == [("Бек", "Добавлю в понедельник")]
        assert note.written_at is not None and note.quote
        [elsewhere] = notes_of(project, SUBMISSION)
        assert (elsewhere.field, elsewhere.text) == ("", "Заголовок длинноват")

        again = review_document(project, reviewed)  # the same document brought in again
        assert all(again.is_kept(c) for f in again.fields for c in f.comments)
        assert keep_comments(project, again).notes == 0
        assert len(notes_of(project, RECOMMENDATION)) == 1

        undo_merge(project, kept.undo)
        assert notes_of(project, RECOMMENDATION) == [] and notes_of(project, SUBMISSION) == []


def test_the_command_line_keeps_comments_as_notes(
    project_path: Path, tmp_path: Path, capsys
) -> None:
    reviewed = _commented(project_path, tmp_path)
    argv = ["review", str(project_path), str(reviewed), "--json", "--keep-comments"]
    report = _run_json(argv, capsys)
    assert report["decided"]["notes_kept"] == 2
    [field] = report["fields"]
    assert [c["kept"] for c in field["comments"]] == [True]
    assert [c["kept"] for c in report["comments_elsewhere"]] == [True]
    assert _run_json(argv, capsys)["decided"]["notes_kept"] == 0  # each comment once


def test_a_review_read_before_the_record_changed_writes_nothing_over_the_change(
    project_path: Path, tmp_path: Path
) -> None:
    """The review was read, then the title was edited (another window, a merge):
    accepting with that review finds the title is not what it was and leaves it."""
    reviewed = _reviewed(project_path, tmp_path)
    with Project.open(project_path) as project:
        review = review_document(project, reviewed)
        library = Library(project)
        translations = dict(library.get(RECOMMENDATION).fields["translations"])
        translations["ru"] = {**translations["ru"], "title": "Изменено после чтения"}
        library.update(RECOMMENDATION, {"translations": translations})
        done = decide(project, review, accept=_keys(review, TITLE))
        assert done.conflicts == (TITLE,) and done.written == () and done.undo is None
        assert _russian(project)["title"] == "Изменено после чтения"


def test_a_translation_deleted_whole_is_left_to_the_user(
    project_path: Path, tmp_path: Path
) -> None:
    def delete_the_summary(root: etree._Element) -> None:
        paragraph = paragraph_of(root, SUMMARY)
        for old in paragraph.findall(f"{W}r"):
            old.addprevious(tracked("del", 930, run(old.findtext(f"{W}t") or "", deleted=True)))
            paragraph.remove(old)

    reviewed = _reviewed(project_path, tmp_path, delete_the_summary)
    with Project.open(project_path) as project:
        review = review_document(project, reviewed)
        done = decide(project, review, accept=_keys(review, SUMMARY))
        # No Russian summary would make the Russian document show the English one:
        # not what the reviewer meant, so it is left to the user, and said.
        assert done.written == () and done.not_carried == (SUMMARY,)
        assert _russian(project, SUBMISSION)["summary"] == "Три рекомендации."

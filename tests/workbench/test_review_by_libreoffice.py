"""A side-by-side Russian and Kazakh export reviewed by LibreOffice itself (a
macro typing with Track Changes on and commenting, tests/workbench/
libreoffice_review.py), brought back: the reviewer's name on each change and
comment, and accepting everything puts each column's words into its own
language, citations and emphasis kept. One LibreOffice run for the module."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_translated_project, fixed
from tests.workbench.libreoffice_review import Edit, review_in_libreoffice
from workbench.export import export_submission
from workbench.export.anchors import anchor_name
from workbench.library import Library
from workbench.project import Project
from workbench.review.accepting import decide, keep_comments
from workbench.review.comparing import Review, review_document
from workbench.review_notes import notes_of

pytestmark = pytest.mark.slow

RECOMMENDATION = fixed(50)
REVIEWER = "Бек Сейітов"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("libreoffice-review")
    project = folder / "проект.wbproj"
    build_translated_project(project, TickingClock()).close()
    exported = folder / "екі-тілде.docx"
    with Project.open(project) as opened:
        export_submission(opened, exported, language="ru", second_language="kk")
    edits = [
        Edit("Декриминализировать", "Отменить наказание за"),
        Edit("алып тастау", "толық алып тастау", comment="Мерзімін көрсетіңіз"),
    ]
    return project, review_in_libreoffice(exported, folder / "рецензия.docx", REVIEWER, edits)


def _read(project: Path, document: Path) -> Review:
    with Project.open(project, read_only=True) as opened:
        return review_document(opened, document)


def test_libreoffices_tracked_changes_and_comments_come_back_with_their_author(
    reviewed: tuple[Path, Path],
) -> None:
    project, document = reviewed
    review = _read(project, document)
    by_anchor = {f.anchor: f for f in review.fields}
    title = by_anchor[anchor_name(RECOMMENDATION, "title", "ru")]
    [replacement] = title.proposals
    assert (replacement.kind, replacement.author) == ("replacement", REVIEWER)
    assert (replacement.removed, replacement.text) == (
        "Декриминализировать",
        "Отменить наказание за",
    )
    kazakh = by_anchor[anchor_name(RECOMMENDATION, "text", "kk")]
    assert kazakh.language == "kk"
    assert [c.text for c in kazakh.comments] == ["Мерзімін көрсетіңіз"]
    assert kazakh.comments[0].author == REVIEWER
    assert {p.author for f in review.fields for p in f.proposals} == {REVIEWER}


def test_accepting_everything_puts_each_columns_words_into_its_language(
    reviewed: tuple[Path, Path], tmp_path: Path
) -> None:
    source, document = reviewed
    project = tmp_path / "копия.wbproj"
    project.write_bytes(source.read_bytes())
    review = _read(project, document)
    keys = [p.key for f in review.fields for p in f.undecided]
    with Project.open(project, author="Сауле") as opened:
        done = decide(opened, review, accept=keys)
        assert done.not_carried == () and done.conflicts == ()
        record = Library(opened).get(RECOMMENDATION)
    translations = record.fields["translations"]
    assert translations["ru"]["title"] == "Отменить наказание за оскорбление"
    kazakh = translations["kk"]["text"]
    assert kazakh == "Қылмыстық кодекстің **131-бабын** толық алып тастау [@gc34, 5-б.]."
    assert record.changed_by == f"Сауле + {REVIEWER}"
    with Project.open(project) as opened:  # LibreOffice's comment, kept as a note
        assert keep_comments(opened, _read(project, document)).notes == 1
        [note] = notes_of(opened, RECOMMENDATION)
    assert (note.author, note.text, note.language) == (REVIEWER, "Мерзімін көрсетіңіз", "kk")
    assert note.written_at is not None and "алып тастау" in note.quote
    again = _read(project, document)  # only the commented text is left to see
    assert [(f.anchor, f.undecided) for f in again.fields] == [
        (anchor_name(RECOMMENDATION, "text", "kk"), ())
    ]

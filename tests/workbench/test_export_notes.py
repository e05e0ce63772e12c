"""An export's notes name records by kind and title (never by id), and keep what the
window needs to word them in the interface's language (workbench.export.notes)."""

from __future__ import annotations

from pathlib import Path

from tests.workbench.test_hostile_templates import _macros, _reference, _write
from workbench.composition import Composition
from workbench.export import export_submission
from workbench.export.language_check import MisplacedText
from workbench.export.notes import (
    LABELS,
    CharactersDropped,
    LeftOut,
    Place,
    TemplatePartLeftOut,
    UnknownCitation,
    template_part,
)
from workbench.library import Library
from workbench.project import Project

RECOMMENDATION = "Жала жабуды қылмыстық кодекстен алып тастау\x07"
EVIDENCE = "Сот статистикасы: журналистерге қарсы істер"
SECTION = "Сөз бостандығы\x0b"


def test_every_kind_of_note_names_its_record_by_title(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        library = Library(project)
        composition = Composition(project)
        evidence = library.create(
            "evidence", {"title": EVIDENCE, "confidentiality": "confidential"}
        )
        recommendation = library.create(
            "recommendation",
            {
                "title": RECOMMENDATION,
                "text": "Бап жойылсын [@belgisiz-kilt].",
                "rationale": "The article punishes criticism of officials and should be repealed.",
            },
            {"evidence": [evidence.id]},
        )
        submission = library.create(
            "submission", {"title": "Парламентке ұсыныстар", "language": "kk"}
        )
        section = composition.add_section(submission.id, SECTION).id
        composition.set_section_items(section, [recommendation.id])
        template = _reference()
        _macros(template)
        report = export_submission(
            project, tmp_path / "out.docx", template=_write(tmp_path / "t.docx", template)
        )
    notes = report.notes()
    assert LeftOut("evidence", EVIDENCE, "confidential") in notes
    assert CharactersDropped(Place("recommendation", RECOMMENDATION), 1) in notes
    assert CharactersDropped(Place("section", SECTION), 1) in notes
    assert UnknownCitation("belgisiz-kilt", 1) in notes
    assert TemplatePartLeftOut("macros") in notes
    assert any(isinstance(note, MisplacedText) and note.found == "en" for note in notes)
    warnings = report.warnings()
    assert len(warnings) == len(notes)
    assert f"dropped 1 character(s) Word cannot hold from recommendation '{RECOMMENDATION}'" in (
        warnings
    )
    assert not any(str(recommendation.id) in line for line in warnings), "named by title"
    assert f"recommendation {recommendation.id}" in report.dropped_characters, "the JSON keeps ids"


def test_a_submission_field_and_the_labels_are_places_too(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        library = Library(project)
        library.create("submission", {"title": "Ұсыныстар\x01", "addressee": "Мәжіліс\x02"})
        report = export_submission(project, tmp_path / "out.docx")
    places = {note.place for note in report.notes() if isinstance(note, CharactersDropped)}
    assert Place("submission", "Ұсыныстар\x01", "title") in places
    assert Place("submission", "Ұсыныстар\x01", "addressee") in places
    assert Place(LABELS).english() == "the document's labels"


def test_a_link_to_an_outside_file_is_read_back_with_its_target() -> None:
    read = template_part("external image (http://example.org/қадағалау.png)")
    assert read == TemplatePartLeftOut("external image", "http://example.org/қадағалау.png")
    assert (
        read.english()
        == "left out of the template: external image (http://example.org/қадағалау.png)"
    )
    assert template_part("macros") == TemplatePartLeftOut("macros")

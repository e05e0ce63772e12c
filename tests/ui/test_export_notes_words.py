"""The export's notes read in the interface's language: a Kazakh or Russian user
is told in their language what was left out of their submission and where."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui.submissions import make_cited_evidence_confidential, open_submission
from ui.dialogs.export_dialog import ExportDialog
from ui.export_notes import note_text
from ui.main_window import MainWindow
from ui.translations import install_language
from workbench.export.language_check import MisplacedText
from workbench.export.notes import (
    ABBREVIATIONS,
    LABELS,
    CharactersDropped,
    LeftOut,
    Place,
    TemplatePartLeftOut,
    UnknownCitation,
)
from workbench.export.plan import SOURCE_NOT_PUBLIC

pytestmark = pytest.mark.usefixtures("english_afterwards")

TITLE = "Сот статистикасы"
NOTES = [
    LeftOut("evidence", TITLE, "confidential"),
    LeftOut("evidence", TITLE, SOURCE_NOT_PUBLIC),
    CharactersDropped(Place("recommendation", TITLE), 2),
    CharactersDropped(Place("section", TITLE), 1),
    CharactersDropped(Place("submission", TITLE, "addressee"), 1),
    CharactersDropped(Place(ABBREVIATIONS), 1),
    CharactersDropped(Place(LABELS), 1),
    UnknownCitation("belgisiz", 3),
    TemplatePartLeftOut("macros"),
    TemplatePartLeftOut("custom XML bindings"),
    TemplatePartLeftOut("external image", "http://example.org/x.png"),
    MisplacedText("recommendation", None, TITLE, "text", "en", "kk"),  # type: ignore[arg-type]
]
NAMING_A_RECORD = {0, 1, 2, 3, 11}
ENGLISH_WORD = re.compile(
    r"\b(?!ActiveX|Word|XML|image|http|example|org|png|belgisiz)[A-Za-z]{3,}\b"
)
"""An English word left in a sentence of the interface (the values put in are not)."""


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_note_is_worded_in_the_interface_language(qapp, language: str) -> None:
    install_language(language)
    for number, note in enumerate(NOTES):
        text = note_text(note)
        assert not ENGLISH_WORD.search(text), text
        assert (TITLE in text) == (number in NAMING_A_RECORD), text


def test_in_english_each_note_names_the_record_and_the_reason(qapp) -> None:
    install_language("en")
    texts = [note_text(note) for note in NOTES]
    assert texts[0] == f"Left out Evidence “{TITLE}” (confidential)."
    assert texts[2] == f"Recommendation “{TITLE}”: 2 characters Word cannot hold were dropped."
    assert texts[10] == (
        "Left out of the template: a link to an outside file (image, http://example.org/x.png)."
    )
    assert texts[11] == f"“{TITLE}”, Text: the text reads as English; the document is in Kazakh."


def test_the_export_dialog_lists_its_notes_in_kazakh(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    submission, _builder = open_submission(window)
    title = "Сот статистикасы: журналистерге қарсы істер"
    make_cited_evidence_confidential(window, submission, title)
    install_language("kk")
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.confidential.setChecked(False)
    dialog.path.setText(str(tmp_path / "Ұсыныстар.docx"))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        assert dialog.start()
    notes = dialog.notes.toPlainText().splitlines()
    assert f"Құжатқа енгізілмеді: Дәлел «{title}» (құпия)." in notes
    assert len(notes) == len(dialog.report.notes())
    assert not any(note.startswith("left out") for note in notes)

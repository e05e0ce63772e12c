"""A recommendation's and a submission's review notes in the record editor:
quoted text, note and replies shown; Resolve and Reopen go through the undo stack."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.main_window import MainWindow
from workbench.review_notes import NewNote, Reply

WHEN = datetime(2025, 3, 4, 9, 15, tzinfo=UTC)


def _first(window: MainWindow, kind: str):
    assert window.workspace is not None
    return window.workspace.library.page(kind, limit=1)[0].id


def _texts(window: MainWindow) -> list[str]:
    assert window.view is not None and window.view.editor.notes_box is not None
    return [label.text() for label in window.view.editor.notes_box.findChildren(QLabel)]


def test_resolving_a_note_is_undone_and_redone(qtbot, window: MainWindow) -> None:
    workspace, view = window.workspace, window.view
    assert workspace is not None and view is not None
    record_id = _first(window, "recommendation")
    note = NewNote(
        field="rationale",
        text="Нужна ссылка на решение суда.",
        quote="заведомо ложных сведений",
        language="ru",
        author="Айгерим",
        written_at=WHEN,
        replies=(Reply("Ерлан", None, "Сделаю до пятницы."),),
        origin="e1/0",
    )
    workspace.announce(workspace.services.notes.add(record_id, [note]))
    view.open_record(record_id)
    box = view.editor.notes_box
    assert box is not None and box.isVisible()
    texts = _texts(window)
    assert "Нужна ссылка на решение суда." in texts
    assert "“заведомо ложных сведений”" in texts
    assert "↳ Ерлан: Сделаю до пятницы." in texts
    assert any(t.startswith("Айгерим, ") and "Rationale (Russian)" in t for t in texts)
    [shown] = box.notes
    qtbot.mouseClick(box.buttons[shown.id], Qt.MouseButton.LeftButton)
    assert workspace.services.notes.unresolved([record_id]) == {}
    assert box.buttons[shown.id].text() == "Reopen" and box.notes[0].resolved
    assert workspace.undo_stack.undoText() == "Resolve review note"
    workspace.undo_stack.undo()
    assert workspace.services.notes.unresolved([record_id]) == {record_id: 1}
    assert box.buttons[shown.id].text() == "Resolve"
    workspace.undo_stack.redo()
    assert box.notes[0].resolved
    qtbot.mouseClick(box.buttons[shown.id], Qt.MouseButton.LeftButton)  # reopen
    assert workspace.undo_stack.undoText() == "Reopen review note"
    assert not box.notes[0].resolved


def test_a_submission_shows_its_notes_and_a_record_without_shows_none(
    window: MainWindow,
) -> None:
    workspace, view = window.workspace, window.view
    assert workspace is not None and view is not None
    submission = _first(window, "submission")
    view.open_record(_first(window, "recommendation"))
    assert view.editor.notes_box is not None and not view.editor.notes_box.isVisible()
    hand = NewNote(field="section_introduction", text="Кіріспені қысқарту керек.", author="")
    heading = NewNote(field="", text="Тақырып тым ұзын.", author="Бек")  # on no record's text
    workspace.announce(workspace.services.notes.add(submission, [hand, heading]))
    view.open_record(submission)
    box = view.editor.notes_box
    assert box is not None and box.isVisible()
    assert box.title() == "Review notes (2 open of 2)"
    assert "A reviewer, on Section introduction" in _texts(window)
    assert "Бек, on the document" in _texts(window)

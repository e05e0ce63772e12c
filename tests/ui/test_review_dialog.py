"""File ▸ Bring In Reviewed Document…: a copy of the starter's export that a
reviewer changed and commented on is read on a worker and listed per record
text; Enter on a row opens its record; nothing in the project changes."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt

from tests.ui.keys import press
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
from ui.dialogs.review_dialog import ReviewDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)


def _reviewed_copy(window: MainWindow, folder: Path) -> tuple[Path, str]:
    """The starter submission exported, then its first recommendation's title
    added to with tracking on and commented on; that recommendation's title."""
    assert window.workspace is not None and window.view is not None
    services = window.workspace.services
    submission = window.view.current_submission()
    assert submission is not None
    services.exports.export(submission, folder / "export.docx")
    logged = services.composition.export_log(submission)[-1].snapshot["anchors"]
    [(name, entry)] = [
        (n, e) for n, e in logged.items() if e["field"] == "title" and "Fully" in e["text"]
    ]

    def edit(root: etree._Element) -> None:
        paragraph = paragraph_of(root, name)
        paragraph.append(tracked("ins", 901, run(" (кешіктірмей)")))
        comment_on(paragraph, "0")

    comments = comments_part([("0", REVIEWER, "Мерзімін көрсетіңіз", "0B000001")])
    extended = f'<w15:commentsEx xmlns:w15="{W15_URI}"/>'.encode()
    parts = {"word/comments.xml": comments, "word/commentsExtended.xml": extended}
    return edited(folder / "export.docx", folder / "пікірлер.docx", edit, parts), entry["id"]


def test_the_reviewers_changes_and_comments_are_listed_and_open_their_record(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    copy, record = _reviewed_copy(window, tmp_path)
    assert window.workspace is not None and window.view is not None
    project = window.workspace.project.path
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    dialog = ReviewDialog(window.workspace, window)
    dialog.open_requested.connect(window.view.open_record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(copy))  # QTest types Latin letters only; the name is Kazakh
    with qtbot.waitSignal(dialog.read_back, timeout=30_000) as blocker:
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    review = blocker.args[0]
    assert review is not None and len(review.fields) == 1
    top = dialog.tree.topLevelItem(0)
    assert top is not None and "Fully decriminalise" in top.text(0) and "title" in top.text(0)
    children = [(top.child(n).text(0), top.child(n).text(1)) for n in range(top.childCount())]
    assert ("«(кешіктірмей)»", f"inserted: {REVIEWER}, 2026-12-01") in children
    assert ("Мерзімін көрсетіңіз", f"comment: {REVIEWER}, 2026-12-01") in children
    assert "As the reviewer left it:" in dialog.detail.toPlainText()
    assert "(кешіктірмей)" in dialog.detail.toPlainText()
    assert dialog.status.text() == "Texts with changes or comments: 1."

    opened: list[object] = []
    dialog.open_requested.connect(opened.append)
    dialog.tree.setCurrentItem(top)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(window.view.editor.record_id) == record)
    assert [str(r) for r in opened] == [record]  # once, and the dialog stays
    assert dialog.isVisible()
    dialog.close()
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_a_document_from_elsewhere_is_refused_naming_why(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import docx

    plain = tmp_path / "хат.docx"
    docx.Document().save(str(plain))
    assert window.workspace is not None
    dialog = ReviewDialog(window.workspace, window, path=plain)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.read_back, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None
    assert "is not a document Workbench exported" in dialog.status.text()
    assert dialog.tree.topLevelItemCount() == 0


def test_the_file_menu_offers_it_while_a_project_is_open(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.review_action in file_menu.actions()
    assert window.review_action.isEnabled()
    window.close_project()
    assert not window.review_action.isEnabled()


def _activate(qtbot, dialog: ReviewDialog) -> None:
    """The dialog the active window, as a user's click makes it: its mnemonics
    (Alt+A...) are shortcuts of the active window only."""
    dialog.activateWindow()
    dialog.raise_()
    qtbot.waitUntil(dialog.isActiveWindow)


def _title(window: MainWindow, record: str) -> str:
    assert window.workspace is not None
    return window.workspace.services.library.get(uuid.UUID(record)).fields["title"]


def test_a_change_accepted_with_a_key_press_lands_in_its_record_and_undo_takes_it_back(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The reviewer's Kazakh insertion selected and accepted (Alt+A): the record's
    title takes it, the change leaves the list, the window's undo stack holds it,
    and Edit ▸ Undo puts the title back; the copy read again proposes it again."""
    copy, record = _reviewed_copy(window, tmp_path)
    assert window.workspace is not None
    title = _title(window, record)
    dialog = ReviewDialog(window.workspace, window, path=copy)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.read_back, timeout=30_000):
        dialog.read()
    top = dialog.tree.topLevelItem(0)
    assert top is not None
    [change] = [
        top.child(n) for n in range(top.childCount()) if "(кешіктірмей)" in top.child(n).text(0)
    ]
    assert dialog.accept_button.isEnabled() and dialog.reject_button.isEnabled()
    _activate(qtbot, dialog)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(change)
    with qtbot.waitSignal(dialog.decided, timeout=30_000) as blocker:
        press("Alt+A")
    decided = blocker.args[0]
    assert decided is not None and len(decided.written) == 1
    assert _title(window, record) == f"{title} (кешіктірмей)"
    assert "Accepted into 1 text(s)" in dialog.status.text()
    remaining = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert all(
        "(кешіктірмей)»" not in item.child(n).text(0)
        for item in remaining
        for n in range(item.childCount())
    )
    stack = window.workspace.undo_stack
    assert stack.undoText().startswith("Accept changes from")
    stack.undo()
    qtbot.waitUntil(lambda: _title(window, record) == title)
    with qtbot.waitSignal(dialog.read_back, timeout=30_000) as again:
        dialog.read()
    assert len(again.args[0].fields[0].undecided) == 1


def _second_reviewer_adds_to_the_text(window: MainWindow, copy: Path, record: str) -> Path:
    """``copy`` with a second reviewer's tracked insertion in the record's text."""
    assert window.workspace is not None and window.view is not None
    submission = window.view.current_submission()
    assert submission is not None
    logged = window.workspace.services.composition.export_log(submission)[-1].snapshot["anchors"]
    [name] = [n for n, e in logged.items() if e["id"] == record and e["field"] == "text"]

    def edit(root: etree._Element) -> None:
        insertion = tracked("ins", 950, run(" Жедел."))
        insertion.set(f"{W}author", "Dana")
        paragraph_of(root, name).append(insertion)

    return edited(copy, copy.with_name("екі-пікір.docx"), edit)


def test_accept_all_from_one_reviewer_then_reject_the_rest(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Two reviewers: Accept All From Dana takes only her insertion into the text;
    Айгерим's change, rejected from its text's row, writes nothing and is gone."""
    copy, record = _reviewed_copy(window, tmp_path)
    copy = _second_reviewer_adds_to_the_text(window, copy, record)
    assert window.workspace is not None
    title = _title(window, record)
    text = window.workspace.services.library.get(uuid.UUID(record)).fields["text"]
    dialog = ReviewDialog(window.workspace, window, path=copy)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.read_back, timeout=30_000):
        dialog.read()
    names = [dialog.reviewers.itemText(n) for n in range(dialog.reviewers.count())]
    assert names == sorted(["Dana", REVIEWER], key=str.casefold)
    dialog.reviewers.setCurrentIndex(names.index("Dana"))
    with qtbot.waitSignal(dialog.decided, timeout=30_000):
        qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    fields = window.workspace.services.library.get(uuid.UUID(record)).fields
    assert fields["text"].rstrip().endswith("Жедел.") and fields["text"] != text
    assert fields["title"] == title
    changed_by = window.workspace.services.library.get(uuid.UUID(record)).changed_by
    assert changed_by.endswith(" + Dana")

    pushed = window.workspace.undo_stack.count()
    top = dialog.tree.topLevelItem(0)
    assert top is not None and "title" in top.text(0)
    dialog.tree.setCurrentItem(top)  # a text's row stands for all of its changes
    with qtbot.waitSignal(dialog.decided, timeout=30_000):
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert _title(window, record) == title
    assert window.workspace.undo_stack.count() == pushed  # a rejection is no edit
    assert dialog.review is not None and all(not f.undecided for f in dialog.review.fields)
    assert not dialog.accept_all_button.isEnabled()  # nobody's changes are left


def test_keep_comments_as_notes_puts_them_on_the_record_once_and_undo_removes_them(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    copy, record = _reviewed_copy(window, tmp_path)
    assert window.workspace is not None
    notes = window.workspace.services.notes
    dialog = ReviewDialog(window.workspace, window, path=copy)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.read_back, timeout=30_000):
        dialog.read()
    assert dialog.keep_button.isEnabled()
    _activate(qtbot, dialog)
    dialog.tree.setFocus()
    with qtbot.waitSignal(dialog.decided, timeout=30_000) as blocker:
        press("Alt+N")
    assert blocker.args[0].notes == 1
    [note] = notes.of(uuid.UUID(record))
    assert (note.author, note.text, note.field) == (REVIEWER, "Мерзімін көрсетіңіз", "title")
    top = dialog.tree.topLevelItem(0)
    assert top is not None
    kept = [top.child(n).text(1) for n in range(top.childCount())]
    assert any(text.endswith("— kept as a note") for text in kept)
    assert not dialog.keep_button.isEnabled()  # nothing left to keep
    window.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: notes.of(uuid.UUID(record)) == [])

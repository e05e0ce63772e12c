"""File ▸ Bring In Reviewed Document…: a copy of the starter's export that a
reviewer changed and commented on is read on a worker and listed per record
text; Enter on a row opens its record; nothing in the project changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt

from tests.workbench.reviewed_copies import (
    REVIEWER,
    W15_URI,
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

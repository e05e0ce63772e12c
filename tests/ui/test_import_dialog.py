"""File ▸ Import Word Document… on a real project: the rows a Kazakh document
proposes, unticked with the Space key, a row given another kind, a source kept
new instead of the library's, the import written, then taken back by one undo;
a bad file named in the dialog with the project unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.labels import role_label
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workbench import interchange
from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.starter import create_project

pytestmark = pytest.mark.xcb  # again on a real X display (tests/ui/test_real_display.py)


@pytest.fixture(scope="module")
def kazakh_submission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter submission exported in Kazakh."""
    folder = tmp_path_factory.mktemp("kazakh")
    create_project(folder / "kk.wbproj", language="kk").close()
    out = folder / "Ұсыныстар.docx"
    assert main(["export", str(folder / "kk.wbproj"), "-o", str(out)]) == 0
    return out


def _exact(project: Project) -> dict[str, Any]:
    document = interchange.dump_document(project)
    document.pop("created_at")
    return document


def _read(qtbot, workspace: Workspace, path: Path) -> tuple[ImportDialog, Any]:
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))  # QTest types Latin letters only; the name is Kazakh
    with qtbot.waitSignal(dialog.proposed, timeout=30_000) as blocker:
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    return dialog, blocker.args[0]


def _select(qtbot, dialog: ImportDialog, key: str) -> int:
    number = next(n for n, row in enumerate(dialog.model.rows) if row.key == key)
    dialog.table.selectRow(number)
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: dialog.current_row() is dialog.model.rows[number])
    return number


def test_rows_changed_in_the_preview_then_imported_and_undone_at_once(
    qtbot, workspace: Workspace, kazakh_submission: Path
) -> None:
    before = _exact(workspace.project)
    dialog, proposal = _read(qtbot, workspace, kazakh_submission)
    assert proposal is not None and proposal.language == "kk"
    assert dialog.import_button.isEnabled() and dialog.model.rowCount() > 50
    assert "10 recommendations" in dialog.counts_label.text()  # the sources are the library's

    dropped = _select(qtbot, dialog, "recommendation:10")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # unticked from the keyboard
    assert not dialog.model.rows[dropped].include
    counts = proposal.counts()
    assert counts["recommendation"] == 9

    _select(qtbot, dialog, "recommendation:9")
    assert dialog.kind_box.isEnabled()
    shown = dialog.text.toPlainText()  # its text, then what it links to, by title
    assert proposal.row("recommendation:9").fields["text"] in shown
    assert f"{role_label('critiques')}: " in shown
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("critique"))
    dialog.kind_box.activated.emit(dialog.kind_box.currentIndex())
    assert proposal.row("recommendation:9").kind == "critique"

    source = next(r for r in proposal.records if r.kind == "source" and r.same_as is not None)
    _select(qtbot, dialog, source.key)
    assert dialog.same_box.isVisible() and dialog.same_box.currentData() == source.same_as
    dialog.same_box.setCurrentIndex(0)  # "(a new source)"
    dialog.same_box.activated.emit(0)
    assert source.same_as is None

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result is not None and result.backup is not None and result.backup.exists()
    library = workspace.library
    assert not library.exists(proposal.row("recommendation:10").id)
    assert library.get(proposal.row("recommendation:9").id).kind == "critique"
    assert library.get(source.id).fields["title"] == source.title
    after = _exact(workspace.project)

    stack = workspace.undo_stack
    assert stack.count() == 1 and kazakh_submission.name in stack.undoText()
    stack.undo()
    assert _exact(workspace.project) == before
    stack.redo()
    assert _exact(workspace.project) == after
    dialog.close()


def test_the_same_document_again_has_nothing_new(
    qtbot, workspace: Workspace, kazakh_submission: Path
) -> None:
    first, _ = _read(qtbot, workspace, kazakh_submission)
    with qtbot.waitSignal(first.imported, timeout=30_000):
        qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    first.close()
    written = _exact(workspace.project)
    again, _ = _read(qtbot, workspace, kazakh_submission)
    with qtbot.waitSignal(again.imported, timeout=30_000) as blocker:
        qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is None and "Nothing new" in again.status.text()
    assert _exact(workspace.project) == written and workspace.undo_stack.count() == 1
    again.close()


def test_a_later_version_meeting_edits_is_reviewed_in_the_merge_dialog(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    """The second export of a submission whose title both the document and the user
    changed opens the merge's review, field by field; applied, it is one more undo."""
    starter = tmp_path / "theirs" / "starter.wbproj"  # the workspace's is tmp_path's
    starter.parent.mkdir()
    create_project(starter).close()
    first, later = tmp_path / "first.docx", tmp_path / "later.docx"
    assert main(["export", str(starter), "-o", str(first)]) == 0
    dialog, proposal = _read(qtbot, workspace, first)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    imported = proposal.row("recommendation:3")
    workspace.library.update(imported.id, {"title": "Ана's title"})
    with Project.open(starter) as project:
        library = Library(project)
        [theirs] = [
            s for s in library.page("recommendation", limit=100) if s.title == imported.title
        ]
        library.update(theirs.id, {"title": "The document's new title"})
    assert main(["export", str(starter), "-o", str(later)]) == 0

    reviewed: list[MergeDialog] = []

    def apply_in_review() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, MergeDialog) and not reviewed:
            reviewed.append(modal)
            assert modal.plan is not None and len(modal.plan.conflicts) == 1
            qtbot.mouseClick(modal.apply_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: modal.outcome is not None, timeout=30_000)
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(apply_in_review)
    timer.start(50)
    dialog, _ = _read(qtbot, workspace, later)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert reviewed and blocker.args[0] is not None
    assert (
        workspace.library.get(imported.id).fields["title"] == "Ана's title"
    )  # mine, unless chosen
    stack = workspace.undo_stack
    assert stack.count() == 2 and "later.docx" in stack.undoText()
    dialog.close()


def test_a_bad_file_is_named_and_nothing_changes(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "Позиция.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    before = _exact(workspace.project)
    dialog, proposal = _read(qtbot, workspace, bad)
    assert proposal is None and not dialog.import_button.isEnabled()
    assert "Позиция.docx" in dialog.status.text() and ".docx" in dialog.status.text()
    assert _exact(workspace.project) == before
    dialog.close()


def test_the_file_menu_offers_the_import(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    assert window.import_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.import_action.isEnabled()
    window.close_project()
    assert not window.import_action.isEnabled()

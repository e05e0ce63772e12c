"""Search as you type and open a result; link through the picker, see the backlink; undo."""

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.dialogs.link_picker import LinkPickerDialog
from ui.main_window import MainWindow
from ui.models import roles
from workbench.search import MAX_QUERY_CHARS


def test_search_as_you_type_and_enter_opens_the_result(qtbot, window: MainWindow) -> None:
    view = window.view
    assert view is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "slander")
    assert view.middle.currentWidget() is view.search
    qtbot.waitUntil(lambda: view.search.model.rowCount() > 0, timeout=3000)  # no Enter needed
    kinds = {view.search.model.hit(r).kind for r in range(view.search.model.rowCount())}
    assert len(kinds) > 1  # every kind is searched
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = view.search.model.hit(1)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert view.editor.record_id == second.id
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and view.middle.currentWidget() is view.list


def test_search_finds_a_record_just_typed(qtbot, window: MainWindow) -> None:
    record_id = window.new_record("evidence")
    assert window.view is not None
    qtbot.keyClicks(window.view.editor.field("title").input, "Zanzibarish figure")
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zanzib")
    window.view.search.run_search()  # what the pause would do
    assert window.view.search.model.hit(0).id == record_id


def _drive_picker(query: str, found: list) -> None:
    """Type into the modal picker and press Enter, as a user would."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LinkPickerDialog)
    QTest.keyClicks(dialog.search_box, query)
    QTest.keyClick(dialog.search_box, Qt.Key.Key_Return)
    found.append(dialog.chosen)


def test_link_through_the_picker_see_the_backlink_and_undo(qtbot, window: MainWindow) -> None:
    view = window.view
    assert view is not None and window.workspace is not None
    library = window.workspace.library
    critique = window.new_record("critique")
    found: list = []
    QTimer.singleShot(0, lambda: _drive_picker("slander", found))
    qtbot.mouseClick(view.editor.link_editors["provisions"].link_button, Qt.MouseButton.LeftButton)
    [target] = found
    assert target is not None and library.get(target).kind == "provision"
    assert library.get(critique).links["provisions"] == (target,)
    listed = view.editor.link_editors["provisions"].list.references
    assert listed.rowCount() == 1 and listed.data(listed.index(0), roles.RECORD_ID) == target

    # the provision's editor shows the critique under "cited by"; activating it goes back
    view.open_record(target)
    qtbot.waitUntil(lambda: not window.workspace.reads.busy("backlinks"))  # read on a worker
    backlinks = view.editor.backlinks.references
    owners = [
        backlinks.data(backlinks.index(r), roles.RECORD_ID) for r in range(backlinks.rowCount())
    ]
    assert critique in owners

    window.undo_action.trigger()
    assert library.get(critique).links["provisions"] == ()
    qtbot.waitUntil(lambda: not window.workspace.reads.busy("backlinks"))
    backlinks = view.editor.backlinks.references  # the open provision's editor followed
    owners = [
        backlinks.data(backlinks.index(r), roles.RECORD_ID) for r in range(backlinks.rowCount())
    ]
    assert critique not in owners
    window.redo_action.trigger()
    assert library.get(critique).links["provisions"] == (target,)

    # unlink through the button, then undo it
    view.open_record(critique)
    links = view.editor.link_editors["provisions"]
    links.list.setCurrentIndex(links.list.references.index(0))
    qtbot.mouseClick(links.unlink_button, Qt.MouseButton.LeftButton)
    assert library.get(critique).links["provisions"] == ()
    window.undo_action.trigger()
    assert library.get(critique).links["provisions"] == (target,)


def test_picker_lists_records_of_its_kind_and_leaves_out_the_excluded(qtbot, workspace) -> None:
    first = workspace.library.page("source", limit=1)[0]
    dialog = LinkPickerDialog(workspace, "source", exclude={first.id})
    qtbot.addWidget(dialog)
    ids = [dialog.results.hit(r).id for r in range(dialog.results.rowCount())]
    assert ids and first.id not in ids
    assert {dialog.results.hit(r).kind for r in range(dialog.results.rowCount())} == {"source"}
    qtbot.keyClicks(dialog.search_box, "freedom")
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Return)
    assert dialog.result() == LinkPickerDialog.DialogCode.Accepted
    assert dialog.chosen == dialog.results.hit(1).id


def test_picker_query_is_bounded_like_search(qtbot, workspace) -> None:
    """A pasted page of text is cut at the length search answers within."""
    dialog = LinkPickerDialog(workspace, "critique")
    qtbot.addWidget(dialog)
    dialog.search_box.setFocus()
    QApplication.clipboard().setText("клевета " * 1000)
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.search_box.text()) == MAX_QUERY_CHARS


def test_deleting_a_linked_record_and_undoing_puts_the_link_back(window: MainWindow) -> None:
    assert window.workspace is not None and window.view is not None
    library = window.workspace.library
    owner = next(
        r for r in library.page("recommendation", limit=50) if library.get(r.id).links["provisions"]
    )
    target = library.get(owner.id).links["provisions"][0]
    window.view.open_record(target)
    window.delete_action.trigger()
    assert target not in library.get(owner.id).links["provisions"]
    window.undo_action.trigger()
    assert library.get(owner.id).links["provisions"][0] == target


def test_the_search_box_stops_at_the_longest_query_searched(qtbot, window: MainWindow) -> None:
    from workbench.search import MAX_QUERY_CHARS

    window.search_box.setText("slander " * 300)  # what a paste does
    assert len(window.search_box.text()) == MAX_QUERY_CHARS


def test_cited_by_lists_the_submissions_holding_a_recommendation(qtbot, window: MainWindow) -> None:
    """A recommendation is in a submission's outline (a part, not a link): the
    submission is listed under Cited by all the same."""
    assert window.view is not None and window.workspace is not None
    library = window.workspace.library
    [submission] = library.page("submission")
    held = library.get(submission.id).children["sections"][0]["recommendations"][0]
    window.view.open_record(uuid.UUID(held))
    qtbot.waitUntil(lambda: not window.workspace.reads.busy("backlinks"))
    references = window.view.editor.backlinks.references
    rows = [
        (references.data(references.index(r), roles.RECORD_ID), references.index(r).data())
        for r in range(references.rowCount())
    ]
    assert any(record_id == submission.id for record_id, _text in rows), rows
    owners = {b.owner_id: b.role for b in library.backlinks(uuid.UUID(held))}
    assert owners[submission.id] == "sections"

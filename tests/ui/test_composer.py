"""Compose a recommendation from library items through the GUI: pick, drag in and reorder
its links, write with [@key] completion, propose wording with the changes marked, record its
status with the authority's response; undo every step."""

import uuid

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ui.compose.citation_completer import CitationCompleter
from ui.compose.composer import RecommendationComposer
from ui.dialogs.link_picker import LinkPickerDialog
from ui.editors.fields import MarkdownField
from ui.editors.links import LinkRoleEditor, placed
from ui.main_window import MainWindow
from ui.models import roles
from workbench.library import Library


def _library(window: MainWindow) -> Library:
    assert window.workspace is not None
    return window.workspace.library


def _drag_from_list(window: MainWindow, kind: str, rows: list[int], target: LinkRoleEditor):
    """Drag rows of the library list onto a link list: the list's own mime data, dropped."""
    view = window.view
    assert view is not None
    view.show_kind(kind)
    model = view.list.model
    data = model.mimeData([model.index(row, 0) for row in rows])
    ids = [model.data(model.index(row, 0), roles.RECORD_ID) for row in rows]
    drop = target.list.model()
    assert drop.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert drop.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    return ids


def _pick(query: str, found: list) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LinkPickerDialog)
    QTest.keyClicks(dialog.search_box, query)
    QTest.keyClick(dialog.search_box, Qt.Key.Key_Return)
    found.append(dialog.chosen)


def test_compose_a_recommendation_from_library_items(qtbot, window: MainWindow) -> None:
    library = _library(window)
    view = window.view
    assert view is not None
    rec = window.new_record("recommendation")
    assert rec is not None
    editor = view.editor
    qtbot.keyClicks(editor.field("title").input, "Decriminalise defamation")
    editor.flush()
    composer = editor.extension
    assert isinstance(composer, RecommendationComposer)
    assert "status" not in editor._fields  # the status lives in the composer, with its history

    # pick a targeted provision through the picker, then drag two critiques and two
    # pieces of evidence in from the library list
    found: list = []
    QTimer.singleShot(0, lambda: _pick("slander", found))
    provisions = editor.link_editors["provisions"]
    qtbot.mouseClick(provisions.link_button, Qt.MouseButton.LeftButton)
    [provision] = found
    critiques = _drag_from_list(window, "critique", [0, 1], editor.link_editors["critiques"])
    evidence = _drag_from_list(window, "evidence", [0, 1], editor.link_editors["evidence"])
    # a provision dropped on the evidence list is refused
    view.show_kind("provision")
    wrong = view.list.model.mimeData([view.list.model.index(0, 0)])
    assert not editor.link_editors["evidence"].model.canDropMimeData(
        wrong, Qt.DropAction.CopyAction, -1, -1, QModelIndex()
    )
    stored = library.get(rec)
    assert stored.links["provisions"] == (provision,)
    assert stored.links["critiques"] == tuple(critiques)
    assert stored.links["evidence"] == tuple(evidence)

    # reorder with the keyboard (Alt+Down), and by dragging within the list
    evidence_list = editor.link_editors["evidence"].list
    evidence_list.setFocus()
    evidence_list.setCurrentIndex(evidence_list.model().index(0, 0))
    qtbot.keyClick(evidence_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert library.get(rec).links["evidence"] == (evidence[1], evidence[0])
    assert evidence_list.current_id() == evidence[0]  # the moved row stays highlighted
    critique_model = editor.link_editors["critiques"].model
    data = critique_model.mimeData([critique_model.index(1, 0)])
    critique_model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert library.get(rec).links["critiques"] == (critiques[1], critiques[0])
    window.undo_action.trigger()
    assert library.get(rec).links["critiques"] == tuple(critiques)

    # write the text with citation completion
    text = editor.field("text")
    assert isinstance(text, MarkdownField)
    text.text.setFocus()
    qtbot.keyClicks(text.text, "Repeal article 174 [@rsf")
    [completer] = [c for c in text.text.children() if isinstance(c, CitationCompleter)]
    assert completer.view().isVisible() and completer.completionCount() == 1
    qtbot.keyClick(completer.view(), Qt.Key.Key_Return)
    qtbot.keyClicks(text.text, " now.")
    editor.flush()
    assert library.get(rec).fields["text"] == "Repeal article 174 [@rsf-2023] now."

    # propose wording for the targeted provision: side by side, the changes marked
    wordings = composer.wordings
    row = wordings.editor_for(provision)
    qtbot.mouseClick(row.add_button, Qt.MouseButton.LeftButton)
    current = library.get(provision).fields["wording"]
    [wording] = library.get(rec).children["proposed_wordings"]
    assert wording["provision"] == str(provision) and wording["current_wording"] == current
    assert wording["proposed_wording"] == current  # starts from it: only changes are marked
    row = wordings.editor_for(provision)
    assert "line-through" not in row.marked_current.toHtml()
    proposed = row.inputs["proposed_wording"]
    proposed.setFocus()
    proposed.selectAll()
    qtbot.keyClicks(proposed, "Dissemination of knowingly false information is a civil wrong.")
    assert "underline" in row.marked_proposed.toHtml()  # insertions marked as typed
    row.flush()
    [wording] = library.get(rec).children["proposed_wordings"]
    assert wording["proposed_wording"].endswith("is a civil wrong.")
    if current:
        assert "line-through" in row.marked_current.toHtml()  # deletions struck through

    # status with the authority's response, kept in the history
    status = composer.status
    status.status.setCurrentIndex(status.status.findData("rejected"))
    qtbot.keyClicks(status.note, "Committee: not now")
    qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    stored = library.get(rec)
    assert stored.fields["status"] == "rejected"
    [step] = stored.children["status_history"]
    assert step["status"] == "rejected" and step["note"] == "Committee: not now"
    assert status.history.topLevelItemCount() == 1
    assert status.history.topLevelItem(0).text(3) == "Committee: not now"

    # every step undoes, newest first: status, wording text, wording, text, order, links
    window.undo_action.trigger()
    stored = library.get(rec)
    assert stored.fields["status"] == "draft" and stored.children["status_history"] == ()
    assert status.history.topLevelItemCount() == 0
    window.undo_action.trigger()
    assert library.get(rec).children["proposed_wordings"][0]["proposed_wording"] == current
    assert wordings.editor_for(provision).inputs["proposed_wording"].toPlainText() == current
    window.undo_action.trigger()
    assert library.get(rec).children["proposed_wordings"] == ()
    window.redo_action.trigger()
    [again] = library.get(rec).children["proposed_wordings"]
    assert again["id"] == wording["id"]  # redo brings back the same wording


def test_removed_wording_comes_back_in_place(qtbot, window: MainWindow) -> None:
    library = _library(window)
    view = window.view
    assert view is not None
    rec = next(
        r.id
        for r in library.page("recommendation")
        if len(library.get(r.id).children["proposed_wordings"]) >= 1
    )
    view.open_record(rec)
    composer = view.editor.extension
    assert isinstance(composer, RecommendationComposer)
    before = library.get(rec).children["proposed_wordings"]
    first = next(e for e in composer.wordings.editors if e.wording is not None)
    qtbot.mouseClick(first.findChild(QPushButton, "remove_wording"), Qt.MouseButton.LeftButton)
    assert len(library.get(rec).children["proposed_wordings"]) == len(before) - 1
    window.undo_action.trigger()
    assert library.get(rec).children["proposed_wordings"] == before


def _first_wording_row(window: MainWindow):
    """(library, recommendation id, the editor row) of the first recommendation
    with a proposed wording, opened in the composer."""
    library = _library(window)
    assert window.view is not None
    rec = next(
        r.id
        for r in library.page("recommendation")
        if library.get(r.id).children["proposed_wordings"]
    )
    window.view.open_record(rec)
    composer = window.view.editor.extension
    assert isinstance(composer, RecommendationComposer)
    row = next(e for e in composer.wordings.editors if e.wording is not None)
    return library, rec, row


def test_a_proposal_marked_as_an_instruction(qtbot, window: MainWindow) -> None:
    """The box puts the proposal in square brackets (saved like typing): shown in
    italics, nothing struck in the current wording; unticked, brackets gone."""
    library, rec, row = _first_wording_row(window)
    text = "Жою: аккредитациядан бас тарту негіздері"
    row.inputs["proposed_wording"].setPlainText(text)
    row.instruction.setChecked(True)
    row.flush()
    [stored] = [
        w for w in library.get(rec).children["proposed_wordings"] if w["id"] == row.wording["id"]
    ]
    assert stored["proposed_wording"] == f"[{text}]"
    assert "italic" in row.marked_proposed.toHtml()
    assert "line-through" not in row.marked_current.toHtml()
    row.instruction.setChecked(False)
    assert row.inputs["proposed_wording"].toPlainText() == text


def test_the_translations_of_a_wording_marked_unofficial(qtbot, window: MainWindow) -> None:
    """The box is saved at once as one step, and undone like any edit."""
    library, rec, row = _first_wording_row(window)

    def stored() -> str:
        [wording] = [
            w
            for w in library.get(rec).children["proposed_wordings"]
            if w["id"] == row.wording["id"]
        ]
        return wording.get("current_wording_translation", "official")

    was = stored()
    row.unofficial.setChecked(was != "unofficial")
    assert stored() != was
    window.view.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: stored() == was)
    assert row.unofficial.isChecked() == (was == "unofficial")


@given(
    st.lists(st.integers(0, 20), unique=True, max_size=8),
    st.lists(st.integers(0, 30), unique=True, min_size=1, max_size=4),
    st.integers(-2, 12),
)
def test_placed_puts_the_dropped_targets_together_once(current, dropped, row) -> None:
    ids = [uuid.UUID(int=n) for n in current]
    moving = [uuid.UUID(int=n) for n in dropped]
    result = placed(ids, moving, row)
    assert sorted(result) == sorted(set(ids) | set(moving))
    start = result.index(moving[0])
    assert result[start : start + len(moving)] == moving
    assert [t for t in result if t not in moving] == [t for t in ids if t not in moving]


def test_link_list_model_and_completion_keys(qtbot, qtmodeltester, window: MainWindow) -> None:
    library = _library(window)
    view = window.view
    assert view is not None
    rec = library.page("recommendation")[0].id
    view.open_record(rec)
    links = view.editor.link_editors["provisions"]
    assert links.model.rowCount() >= 2
    qtmodeltester.check(links.model)
    # a single-target role takes the first dropped record in place of the old one
    evidence = library.page("evidence")[0].id
    view.open_record(evidence)
    source_links = view.editor.link_editors["source"]
    view.show_kind("source")
    model = view.list.model
    data = model.mimeData([model.index(3, 0), model.index(4, 0)])
    wanted = model.data(model.index(3, 0), roles.RECORD_ID)
    assert source_links.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert library.get(evidence).links["source"] == (wanted,)
    # Tab completes too; a bracket already closed is not closed twice
    text = view.editor.field("summary")
    assert isinstance(text, MarkdownField)
    text.text.setFocus()
    text.set_value("See [@] there.")
    cursor = text.text.textCursor()
    cursor.setPosition(len("See [@"))
    text.text.setTextCursor(cursor)
    qtbot.keyClicks(text.text, "ohchr")
    [completer] = [c for c in text.text.children() if isinstance(c, CitationCompleter)]
    assert completer.view().isVisible()
    qtbot.keyClick(completer.view(), Qt.Key.Key_Tab)
    assert text.text.toPlainText() == "See [@ohchr-gc34] there."
    # outside a citation nothing is offered
    qtbot.keyClicks(text.text, " @rsf")
    assert not completer.view().isVisible()

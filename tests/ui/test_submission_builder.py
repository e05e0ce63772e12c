"""The submission builder on the starter submission: its outline model, reordering by drag and
drop and by keyboard with the live preview following, sections added, renamed and removed,
recommendations put in and taken out; preflight findings that open the record at fault."""

import re

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.submissions import open_submission, refreshed, settled
from ui.compose.citation_completer import CitationCompleter
from ui.main_window import MainWindow
from ui.models import roles
from ui.submission.outline_model import OutlineModel
from ui.undo import UpdateFields
from workbench.changes import Changes
from workbench.library import Library
from workbench.outline import read_outline


def _numbered_titles(html_text: str) -> list[str]:
    """Recommendation headings of the preview, in order ("Recommendation 3. Title")."""
    return re.findall(r"Recommendation (\d+\. [^\n]+)", html_text)


def _preview_order(window: MainWindow) -> list[str]:
    assert window.view is not None
    return _numbered_titles(window.view.document.preview.toPlainText())


def _library(window: MainWindow) -> Library:
    assert window.workspace is not None
    return window.workspace.library


def test_outline_model_passes_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    _submission, builder = open_submission(window)
    assert builder.model.rowCount() == 5
    qtmodeltester.check(builder.model)
    assert isinstance(builder.model, OutlineModel)


def test_reorder_by_drag_and_by_keyboard_and_the_preview_follows(qtbot, window: MainWindow) -> None:
    submission, builder = open_submission(window)
    view = window.view
    assert view is not None and window.workspace is not None
    document = view.document
    assert document.isVisible() and document.submission_id == submission
    library = _library(window)
    outline = read_outline(window.workspace.project, submission)
    titles = {r: library.get(r).title for r in outline.recommendations()}
    first_order = _preview_order(window)
    assert first_order == [
        f"{n}. {titles[r]}" for n, r in enumerate(outline.recommendations(), start=1)
    ]
    assert builder.model.index(0, 0, builder.model.index(0, 0)).data() == first_order[0]

    # drag the first recommendation of section 1 to the top of section 2 (real mime data)
    model = builder.model
    moved = outline.sections[0].items[0]
    data = model.mimeData([model.index(0, 0, model.index(0, 0))])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    after_drag = read_outline(window.workspace.project, submission)
    assert moved not in after_drag.sections[0].items and after_drag.sections[1].items[0] == moved
    expected = [titles[r] for r in after_drag.recommendations()]
    qtbot.waitUntil(
        lambda: [t.split(". ", 1)[1] for t in _preview_order(window)] == expected, timeout=3000
    )
    assert _preview_order(window) != first_order

    # drag a section to the top
    sections_before = [s.id for s in after_drag.sections]
    data = model.mimeData([model.index(2, 0)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    after_sections = read_outline(window.workspace.project, submission)
    assert [s.id for s in after_sections.sections] == [
        sections_before[2],
        sections_before[0],
        sections_before[1],
        *sections_before[3:],
    ]

    # keyboard: Alt+Down moves the highlighted recommendation down, Alt+Up moves a section up
    tree = builder.tree
    tree.setFocus()
    crowded = max(after_sections.sections, key=lambda section: len(section.items))
    assert len(crowded.items) >= 2
    section_row = after_sections.section_index(crowded.id)
    section_index = builder.model.index_of(crowded.id)
    first_item = builder.model.index(0, 0, section_index)
    tree.setCurrentIndex(first_item)
    item = first_item.data(roles.RECORD_ID)
    before_keys = _preview_order(window)
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after_key = read_outline(window.workspace.project, submission)
    assert after_key.sections[section_row].items[1] == item
    assert builder.current() == (crowded.id, item)  # still highlighted
    qtbot.waitUntil(lambda: _preview_order(window) != before_keys, timeout=3000)
    expected = [titles[r] for r in after_key.recommendations()]
    assert [t.split(". ", 1)[1] for t in _preview_order(window)] == expected

    # every reorder is one undo step
    window.undo_action.trigger()
    assert read_outline(window.workspace.project, submission) == after_sections
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert read_outline(window.workspace.project, submission) == outline
    qtbot.waitUntil(lambda: _preview_order(window) == first_order, timeout=3000)


def test_add_rename_remove_sections_and_recommendations(qtbot, window: MainWindow) -> None:
    submission, builder = open_submission(window)
    assert window.workspace is not None
    project = window.workspace.project
    library = _library(window)
    original = read_outline(project, submission)

    builder.tree.setCurrentIndex(builder.model.index(4, 0))
    section_id = builder.add_section("Annex")
    assert section_id is not None
    outline = read_outline(project, submission)
    assert [s.title for s in outline.sections][-1] == "Annex"

    # rename with F2, as a user would
    builder.tree.setFocus()
    builder.select(section_id)
    qtbot.keyClick(builder.tree, Qt.Key.Key_F2)
    editor = builder.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Annex"
    editor.selectAll()
    qtbot.keyClicks(editor, "Annex: other matters")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(
        lambda: read_outline(project, submission).sections[-1].title == "Annex: other matters",
        timeout=2000,
    )

    # a new recommendation dropped in from the library list goes into the highlighted section
    rec = library.create("recommendation", {"title": "Publish court statistics"}).id
    window.view.show_kind("recommendation")
    list_model = window.view.list.model
    list_model.reload()
    data = list_model.mimeData([list_model.index(list_model.row_of(rec), 0)])
    index = builder.model.index_of(section_id)
    assert builder.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, index)
    assert read_outline(project, submission).sections[-1].items == (rec,)

    # Delete takes it out of the section, then removes the section
    builder.select(section_id, rec)
    qtbot.keyClick(builder.tree, Qt.Key.Key_Delete)
    assert read_outline(project, submission).sections[-1].items == ()
    builder.select(section_id)
    qtbot.keyClick(builder.tree, Qt.Key.Key_Delete)
    assert read_outline(project, submission) == original

    for _ in range(5):
        window.undo_action.trigger()
    assert read_outline(project, submission) == original
    for _ in range(3):
        window.redo_action.trigger()
    assert read_outline(project, submission).sections[-1].id == section_id  # same ids on redo


def test_preflight_finds_an_injected_problem_and_a_click_opens_the_record(
    qtbot, window: MainWindow
) -> None:
    submission, _builder = open_submission(window)
    assert window.workspace is not None and window.view is not None
    library = _library(window)
    document = window.view.document
    findings = document.preflight.findings
    codes = lambda: [  # noqa: E731
        findings.index(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(findings.rowCount())
    ]
    assert "unknown-citation-key" not in codes()
    outline = read_outline(window.workspace.project, submission)
    culprit = library.get(outline.sections[2].items[0])
    text = culprit.fields["text"] + " See [@no-such-source]."
    window.workspace.push(UpdateFields(window.workspace, culprit, {"text": text}))
    qtbot.waitUntil(lambda: "unknown-citation-key" in codes(), timeout=3000)
    document.setCurrentIndex(1)
    row = codes().index("unknown-citation-key")
    item = findings.index(row, 0)
    problem = findings.index(row, 1).data()
    assert "no-such-source" in problem and item.data() == "Error"  # errors come first
    document.preflight.scrollTo(item)
    QApplication.processEvents()
    rect = document.preflight.visualRect(item)
    qtbot.mouseClick(
        document.preflight.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, rect.center().y())
    )
    assert window.view.editor.record_id == culprit.id
    assert document.submission_id == submission  # the panel still shows the submission
    # Enter on a finding opens it too
    window.view.open_record(submission)
    document.preflight.setCurrentIndex(item)
    document.preflight.setFocus()
    qtbot.keyClick(document.preflight, Qt.Key.Key_Return)
    assert window.view.editor.record_id == culprit.id


def test_section_introduction_is_edited_below_the_outline(qtbot, window: MainWindow) -> None:
    submission, builder = open_submission(window)
    assert window.workspace is not None and window.view is not None
    project = window.workspace.project
    before = read_outline(project, submission)
    second = before.sections[1]
    builder.select(second.id, second.items[0])  # a recommendation's row shows its section's
    assert builder.introduction.isEnabled()
    assert second.title in builder.introduction_label.text()
    builder.introduction.setFocus()
    builder.introduction.moveCursor(builder.introduction.textCursor().MoveOperation.End)
    qtbot.keyClicks(builder.introduction, " Blocking needs a court [@rsf")
    [completer] = [c for c in builder.introduction.children() if isinstance(c, CitationCompleter)]
    qtbot.keyClick(completer.view(), Qt.Key.Key_Return)
    builder.select(before.sections[0].id)  # moving on saves
    stored = read_outline(project, submission).sections[1].introduction
    assert " ".join(stored.split()).endswith("Blocking needs a court [@rsf-2023]")
    shown = builder.introduction.markdown()
    assert shown.split() == before.sections[0].introduction.split()
    qtbot.waitUntil(
        lambda: "Blocking needs a court" in window.view.document.preview.toPlainText(),
        timeout=3000,
    )
    window.undo_action.trigger()
    assert read_outline(project, submission) == before


def test_a_two_language_submission_is_previewed_in_either(qtbot, window: MainWindow) -> None:
    submission, _builder = open_submission(window)
    assert window.workspace is not None and window.view is not None
    panel = window.view.document
    assert panel.language_row.isHidden()  # one language: nothing to choose
    library = _library(window)
    record = library.get(submission)
    translations = {"ru": {"title": "Обращение на русском"}}
    window.workspace.push(
        UpdateFields(
            window.workspace, record, {"second_language": "ru", "translations": translations}
        )
    )
    refreshed(qtbot, panel)
    box = panel.language_box
    assert not panel.language_row.isHidden()
    assert [box.itemData(i) for i in range(box.count())] == [record.fields["language"], "ru"]
    assert box.itemText(1) == "Русский"  # a language is listed by its own name
    first = panel.preview.toPlainText()
    assert record.fields["title"] in first and "Обращение на русском" not in first
    box.setCurrentIndex(1)
    box.activated.emit(1)
    settled(qtbot, panel)
    russian = panel.preview.toPlainText()
    assert "Обращение на русском" in russian and "Краткое изложение" in russian
    refreshed(qtbot, panel)  # a later edit keeps the language chosen
    assert box.currentData() == "ru" and "Обращение на русском" in panel.preview.toPlainText()


def test_a_two_language_submission_is_previewed_side_by_side_as_exported(
    qtbot, window: MainWindow
) -> None:
    submission, _builder = open_submission(window)
    assert window.workspace is not None and window.view is not None
    panel = window.view.document
    library = _library(window)
    record = library.get(submission)
    translations = {"ru": {"title": "Обращение на русском"}}
    window.workspace.push(
        UpdateFields(
            window.workspace, record, {"second_language": "ru", "translations": translations}
        )
    )
    refreshed(qtbot, panel)
    assert not panel.side_by_side.isChecked()  # one language at a time, as before
    panel.side_by_side.setChecked(True)
    settled(qtbot, panel)
    both = panel.preview.toPlainText()
    assert record.fields["title"] in both and "Обращение на русском" in both
    assert "Русский" in both  # the column heading, as in the exported document
    assert not panel.language_box.isEnabled()
    panel.side_by_side.setChecked(False)
    settled(qtbot, panel)
    assert "Обращение на русском" not in panel.preview.toPlainText()
    assert panel.language_box.isEnabled()


def test_a_merge_that_renames_a_recommendation_renames_it_in_the_outline(
    window: MainWindow,
) -> None:
    """A merge (or its undo) reports what it wrote in bulk, not record by record: the
    outline still shows the new title."""
    submission, builder = open_submission(window)
    assert window.workspace is not None
    first = read_outline(window.workspace.project, submission).recommendations()[0]
    _library(window).update(first, {"title": "Отменить уголовную ответственность за клевету"})
    window.workspace.announce(
        Changes(bulk=frozenset({first}), bulk_kinds=frozenset({"recommendation"}))
    )
    shown = builder.model.index(0, 0, builder.model.index(0, 0)).data()
    assert shown == "1. Отменить уголовную ответственность за клевету"


def test_the_preview_follows_the_outline_selection(qtbot, window: MainWindow) -> None:
    """Highlighting a recommendation deep in the outline scrolls the preview to it."""
    _submission, builder = open_submission(window)
    assert window.view is not None
    window.view.resize(1280, 800)
    preview = window.view.document.preview
    qtbot.waitUntil(lambda: preview.toPlainText() != "")
    scroll = preview.verticalScrollBar()
    assert scroll.maximum() > 0, "the preview is longer than its pane"
    model = builder.tree.model()
    last_section = model.index(model.rowCount() - 1, 0)
    last = model.index(model.rowCount(last_section) - 1, 0, last_section)
    first = model.index(0, 0, model.index(0, 0))
    builder.tree.setCurrentIndex(first)
    qtbot.wait(50)
    at_first = scroll.value()
    builder.tree.setCurrentIndex(last)
    qtbot.waitUntil(lambda: scroll.value() > at_first + preview.viewport().height())
    builder.tree.setCurrentIndex(model.index(0, 0))  # a section: its first recommendation
    qtbot.waitUntil(lambda: scroll.value() == at_first)

"""Opening another record of the kind shown fills the editors already built for
it instead of building them anew; nothing typed in one record reaches another."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.keys import type_text
from tests.ui.relabelling import relabelled
from tests.ui.submissions import open_submission
from ui.editors.fields import FieldEditor, LineField, MarkdownField
from ui.main_window import MainWindow
from ui.project_view import ProjectView
from workbench.library import Library
from workbench.outline import read_outline

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)


def _focus(qtbot, window: MainWindow, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Keys typed next go to ``widget`` (a real display gives them to the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _library(window: MainWindow) -> Library:
    assert window.workspace is not None
    return window.workspace.library


def test_records_of_one_kind_share_the_editors_and_keep_their_own_text(
    qtbot, window: MainWindow
) -> None:
    library = _library(window)
    first = library.create("source", {"title": "Первый источник", "url": "https://a.kz"})
    second = library.create("source", {"title": "Екінші дереккөз", "notes": "Ескерту"})
    view = window.view
    assert view is not None
    window.activateWindow()  # a real display gives keys to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    view.open_record(first.id)
    title = view.editor.field("title")
    assert isinstance(title, LineField) and title.line.text() == "Первый источник"
    title.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title.line)
    title.line.end(False)
    type_text(" и дополнен", title.line)
    qtbot.waitUntil(lambda: title.line.text().endswith("дополнен"))  # keys arrive late on X
    view.open_record(second.id)  # saves what was typed in the first, then shows the second
    assert view.editor.field("title") is title  # the same editors, filled again
    assert title.line.text() == "Екінші дереккөз"
    assert view.editor.field("url").line.text() == ""  # nothing left from the first
    notes = view.editor.field("notes")
    assert isinstance(notes, MarkdownField) and notes.text.markdown().strip() == "Ескерту"
    assert library.get(first.id).fields["title"] == "Первый источник и дополнен"
    assert library.get(second.id).fields["title"] == "Екінші дереккөз"
    window.undo_action.trigger()  # the typing in the first record, undone as one step
    assert library.get(first.id).fields["title"] == "Первый источник"


def test_another_kind_and_back_fills_the_editors_kept_for_it(qtbot, window: MainWindow) -> None:
    """Following a link to another kind and back reuses the first kind's editors,
    filled with the record opened (nothing of the one shown before), and what is
    typed there is saved to that record."""
    library = _library(window)
    first = library.create("source", {"title": "Источник", "notes": "Бірінші ескерту"})
    second = library.create("source", {"title": "Дереккөз"})
    tag = library.create("tag", {"name": "Белгі"})
    view = window.view
    assert view is not None
    view.open_record(first.id)
    source_title, source_notes = view.editor.field("title"), view.editor.field("notes")
    view.open_record(tag.id)
    assert "title" not in view.editor._fields and view.editor.field("name").line.text() == "Белгі"
    assert window.findChild(LineField, "field_title") is None  # kept off the window
    view.open_record(second.id)
    assert view.editor.field("title") is source_title  # kept, not built anew
    assert source_title.line.text() == "Дереккөз"
    assert isinstance(source_notes, MarkdownField) and source_notes.text.markdown().strip() == ""
    _focus(qtbot, window, source_title.line)
    source_title.line.end(False)
    type_text(", толықтырылған", source_title.line)
    qtbot.waitUntil(lambda: source_title.line.text().endswith("толықтырылған"))
    view.editor.flush()  # leaving the field does the same
    assert library.get(second.id).fields["title"] == "Дереккөз, толықтырылған"
    assert library.get(first.id).fields["title"] == "Источник"
    view.open_record(tag.id)
    assert view.editor.field("name").line.text() == "Белгі"


def _source_kept_behind_a_tag(window: MainWindow) -> tuple[ProjectView, uuid.UUID, FieldEditor]:
    """A source opened, then a tag: the view, the source's id and its title's editor
    (kept off screen now)."""
    library = _library(window)
    source = library.create("source", {"title": "Источник"})
    tag = library.create("tag", {"name": "Белгі"})
    view = window.view
    assert view is not None
    view.open_record(source.id)
    source_title = view.editor.field("title")
    view.open_record(tag.id)
    return view, source.id, source_title


def test_a_language_switch_builds_every_kind_anew(qtbot, window: MainWindow) -> None:
    """Editors kept for other kinds were labelled in the language before: dropped."""
    view, source, source_title = _source_kept_behind_a_tag(window)
    tag_name = view.editor.field("name")
    relabelled(qtbot, window)
    assert view.editor.field("name") is not tag_name
    view.open_record(source)
    assert view.editor.field("title") is not source_title
    assert view.editor.field("title").line.text() == "Источник"


def test_an_outline_kept_off_screen_shows_what_changed_meanwhile(qtbot, window: MainWindow) -> None:
    """A recommendation renamed while another kind is shown is renamed in its
    submission's outline when the submission is opened again."""
    library = _library(window)
    starter, builder = open_submission(window)
    assert window.workspace is not None
    [first] = read_outline(window.workspace.project, starter).sections[0].items[:1]
    view = window.view
    assert view is not None
    view.open_record(first)
    assert view.editor.extension is not builder
    title = view.editor.field("title")
    assert isinstance(title, LineField)
    _focus(qtbot, window, title.line)
    title.line.clear()  # what is typed next is the whole title
    type_text("Жаңа атау, новое название", title.line)
    qtbot.waitUntil(lambda: title.line.text() == "Жаңа атау, новое название")
    view.editor.flush()
    view.open_record(starter)
    assert view.editor.extension is builder  # kept, not built anew
    section = builder.model.index(0, 0)
    assert builder.model.index(0, 0, section).data() == "1. Жаңа атау, новое название"
    assert library.get(first).fields["title"] == "Жаңа атау, новое название"


def test_submissions_share_the_outline_and_nothing_of_one_reaches_the_other(
    qtbot, window: MainWindow
) -> None:
    """The outline's highlighted row, its section's introduction and what was typed
    there belong to the submission they were in."""
    library = _library(window)
    assert window.workspace is not None
    project = window.workspace.project
    starter, builder = open_submission(window)
    before = read_outline(project, starter)
    section = before.sections[1]
    builder.select(section.id)
    window.activateWindow()  # a real display gives keys to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    builder.introduction.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is builder.introduction)
    builder.introduction.moveCursor(builder.introduction.textCursor().MoveOperation.End)
    type_text(" Қосымша мәтін", builder.introduction)
    qtbot.waitUntil(lambda: builder.introduction.markdown().rstrip().endswith("мәтін"))
    other = library.create("submission", {"title": "Предложения Б"})
    view = window.view
    assert view is not None
    view.open_record(other.id)
    assert view.editor.extension is builder  # the same outline, filled again
    assert view.editor.field("title").line.text() == "Предложения Б"
    assert builder.model.rowCount() == 0 and builder.current() is None
    assert not builder.introduction.isEnabled() and builder.introduction.markdown() == ""
    stored = read_outline(project, starter).sections[1].introduction
    assert stored.rstrip().endswith("Қосымша мәтін")  # saved in its own submission
    assert read_outline(project, other.id).sections == ()
    view.open_record(starter)
    assert builder.current() is None and not builder.introduction.isEnabled()
    assert builder.model.rowCount() == len(before.sections)
    window.undo_action.trigger()  # the typing, one step
    assert read_outline(project, starter) == before


def test_recommendations_share_the_editor_and_the_composer_shows_each_afresh(
    window: MainWindow,
) -> None:
    library = _library(window)
    recommendations = [library.get(s.id) for s in library.page("recommendation", limit=100)]
    first, second = [
        r
        for r in recommendations
        if r.children["proposed_wordings"] and r.children["status_history"]
    ][:2]
    view = window.view
    assert view is not None
    view.open_record(first.id)
    composer, title = view.editor.extension, view.editor.field("title")
    assert composer is not None and composer.reusable
    composer.status.note.setText("Жауап күтілуде — ответ ожидается")  # typed, not recorded
    view.open_record(second.id)
    assert view.editor.extension is composer and view.editor.field("title") is title
    assert title.line.text() == second.fields["title"]
    assert composer.status.note.text() == ""  # the note was for the first
    history = composer.status.history
    assert history.topLevelItemCount() == len(second.children["status_history"])
    shown = {str(editor.provision_id) for editor in composer.wordings.editors}
    assert {w["provision"] for w in second.children["proposed_wordings"]} <= shown
    assert all(editor.parent() is composer.wordings for editor in composer.wordings.editors)
    assert library.get(first.id).children == first.children  # nothing of it changed


def test_editors_kept_off_screen_go_with_the_project(qtbot, window: MainWindow) -> None:
    """Kept outside the window's widget tree, they are deleted (on the GUI thread)
    when the project's editor is."""
    import shiboken6

    _view, _source, source_title = _source_kept_behind_a_tag(window)
    assert isinstance(source_title, LineField)
    kept = source_title.line
    assert shiboken6.isValid(kept)
    window.close_project()
    qtbot.waitUntil(lambda: not shiboken6.isValid(kept))

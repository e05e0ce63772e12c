"""Create, edit and delete a record of every kind through the widgets; undo and redo each."""

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.keys import press, type_text
from ui.editors.fields import ChoiceField, DateField, LineField, MarkdownField
from ui.labels import KIND_ORDER
from ui.main_window import MainWindow
from workbench.library import Library
from workbench.records import field_specs

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)


@pytest.fixture(autouse=True)
def active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts (Ctrl+B, Ctrl+Z) act in the active window only: on a real display
    the window must be made active, as a user's click makes it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _library(window: MainWindow) -> Library:
    assert window.workspace is not None
    return window.workspace.library


def _first(kind: str, editor_type: type) -> str:
    """The first field of a kind edited with ``editor_type`` (title, long text...)."""

    for name, spec in field_specs(kind).items():
        if editor_type is field_editor_type(spec):
            return name
    raise AssertionError(f"{kind} has no {editor_type.__name__}")


def field_editor_type(spec):
    from ui.editors import fields

    if spec.type is bool:
        return fields.FlagField
    if spec.type.__name__ == "date":
        return fields.DateField
    if spec.choices:
        return fields.ChoiceField
    if fields.is_long_text(spec):
        return fields.MarkdownField
    return fields.UrlField if spec.name == "url" else fields.LineField


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_create_edit_delete_every_kind_with_undo_and_redo(qtbot, window: MainWindow, kind) -> None:
    library = _library(window)
    before = library.counts()[kind]
    view = window.view
    assert view is not None

    # create
    record_id = window.new_record(kind)
    assert isinstance(record_id, uuid.UUID)
    assert library.counts()[kind] == before + 1
    assert view.editor.record_id == record_id and view.list.kind == kind
    assert view.list.model.rowCount() == before + 1

    # edit a one-line field by typing, and a long text with formatting
    title = _first(kind, LineField)
    line = view.editor.field(title)
    assert isinstance(line, LineField)
    qtbot.keyClicks(line.line, "Kazakh title")
    view.editor.flush()  # leaving the field does the same
    long_name = _first(kind, MarkdownField)
    long_field = view.editor.field(long_name)
    assert isinstance(long_field, MarkdownField)
    long_field.text.setFocus()
    qtbot.keyClicks(long_field.text, "plain ")
    qtbot.keyClick(long_field.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(long_field.text, "strong")
    view.editor.flush()
    stored = library.get(record_id).fields
    assert stored[title] == "Kazakh title"
    assert stored[long_name] == "plain **strong**"

    # a choice is saved at once
    choice_names = [n for n, s in field_specs(kind).items() if s.choices]
    if choice_names:
        combo = view.editor.field(choice_names[0])
        assert isinstance(combo, ChoiceField)
        spec = field_specs(kind)[choice_names[0]]
        other = next(i for i, c in enumerate(spec.choices) if c != spec.default)
        combo.combo.setCurrentIndex(other)
        combo.combo.activated.emit(other)
        assert library.get(record_id).fields[choice_names[0]] == spec.choices[other]

    # delete, then undo brings it back as it was, redo deletes it again
    edited = library.get(record_id)
    window.delete_action.trigger()
    assert not library.exists(record_id) and view.editor.record_id is None
    window.undo_action.trigger()
    assert library.get(record_id).fields == edited.fields
    window.redo_action.trigger()
    assert not library.exists(record_id)
    window.undo_action.trigger()  # restore again, then walk the edits back
    view.editor.show_record(record_id)
    if choice_names:
        window.undo_action.trigger()
        assert (
            library.get(record_id).fields[choice_names[0]]
            == field_specs(kind)[choice_names[0]].default
        )
    window.undo_action.trigger()
    assert library.get(record_id).fields[long_name] == ""
    assert view.editor.field(long_name).value() == ""  # the open editor follows the undo
    window.undo_action.trigger()
    assert library.get(record_id).fields[title] == ""
    assert view.editor.field(title).value() == ""
    window.redo_action.trigger()
    assert library.get(record_id).fields[title] == "Kazakh title"
    assert view.editor.field(title).value() == "Kazakh title"
    window.undo_action.trigger()
    window.undo_action.trigger()  # undo the create itself
    assert not library.exists(record_id)
    assert library.counts()[kind] == before
    window.redo_action.trigger()
    assert library.exists(record_id) and library.counts()[kind] == before + 1


def test_typing_is_saved_after_a_pause_without_any_save_action(qtbot, window: MainWindow) -> None:
    library = _library(window)
    record_id = window.new_record("critique")
    assert window.view is not None
    line = window.view.editor.field("title")
    assert isinstance(line, LineField)
    qtbot.keyClicks(line.line, "Saved by itself")
    qtbot.waitUntil(
        lambda: library.get(record_id).fields["title"] == "Saved by itself", timeout=3000
    )
    assert (
        window.view.list.model.data(
            window.view.list.model.index(window.view.list.model.row_of(record_id), 0)
        )
        == "Saved by itself"
    )


def test_leaving_a_record_saves_it_and_ctrl_z_in_a_field_undoes_across_records(
    qtbot, window: MainWindow
) -> None:
    library = _library(window)
    view = window.view
    assert view is not None
    first = window.new_record("source")
    qtbot.keyClicks(view.editor.field("key").input, "first-key")
    second = window.new_record("source")  # switching records saves the first
    assert library.get(first).fields["key"] == "first-key"
    field = view.editor.field("key")
    field.input.setFocus()
    qtbot.keyClicks(field.input, "second-key")
    qtbot.keyClick(field.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.get(second).fields["key"] == ""  # saved, then undone by the window's stack
    qtbot.keyClick(field.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not library.exists(second)  # undoing the creation of the second record
    qtbot.keyClick(window.view.list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.get(first).fields["key"] == ""
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view.list.view, Qt.Key.Key_Z, shift)
    assert library.get(first).fields["key"] == "first-key"


def test_invalid_value_shows_a_message_beside_the_field_and_is_not_saved(
    qtbot, window: MainWindow
) -> None:
    library = _library(window)
    record_id = window.new_record("evidence")
    assert window.view is not None
    date_field = window.view.editor.field("observed_on")
    assert isinstance(date_field, DateField)
    qtbot.keyClicks(date_field.line, "2023-13-45")
    window.view.editor.flush()
    assert date_field.error.isVisibleTo(window) and "YYYY-MM-DD" in date_field.error.text()
    assert library.get(record_id).fields["observed_on"] is None
    date_field.line.clear()
    qtbot.keyClicks(date_field.line, "2023-06-14")
    window.view.editor.flush()
    assert not date_field.error.isVisibleTo(window)
    assert str(library.get(record_id).fields["observed_on"]) == "2023-06-14"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "30 February 2023 does not exist"),
        ("ru", "Даты 30 февраля 2023 г. не существует"),
        ("kk", "2023 жылғы 30 ақпан деген күн жоқ"),
    ],
)
def test_a_day_that_does_not_exist_is_named_in_the_users_language(
    qtbot, window: MainWindow, language: str, expected: str
) -> None:
    from ui.translations import install_language

    install_language(language)
    try:
        record_id = window.new_record("evidence")
        assert window.view is not None and record_id is not None
        date_field = window.view.editor.field("observed_on")
        qtbot.keyClicks(date_field.line, "2023-02-30")
        window.view.editor.flush()
        assert date_field.error.text() == expected
        assert _library(window).get(record_id).fields["observed_on"] is None
    finally:
        install_language("en")


def test_flags_are_saved_when_clicked(qtbot, window: MainWindow) -> None:
    library = _library(window)
    record_id = window.new_record("tag")
    assert window.view is not None
    flag = window.view.editor.field("theme")
    box = flag.input
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert library.get(record_id).fields["theme"] is True
    window.undo_action.trigger()
    assert library.get(record_id).fields["theme"] is False


def test_a_source_takes_a_short_title_and_a_submission_its_citation_style(
    qtbot, window: MainWindow
) -> None:
    """The fields of issue 18's citations, typed and chosen as a user would."""
    library = _library(window)
    view = window.view
    assert view is not None
    window.activateWindow()  # a real display gives keys to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    source = window.new_record("source")
    short = view.editor.field("short_title")
    assert isinstance(short, LineField)
    short.line.setFocus()
    type_text("Жалпы ескертпе № 34", short.line)
    qtbot.waitUntil(
        lambda: library.get(source).fields["short_title"] == "Жалпы ескертпе № 34", timeout=3000
    )
    submission = window.new_record("submission")
    style = view.editor.field("citation_style")
    assert isinstance(style, ChoiceField)
    style.combo.setFocus()
    qtbot.waitUntil(style.combo.hasFocus, timeout=3000)
    press("Down", style.combo)  # full then short -> always full
    qtbot.waitUntil(
        lambda: library.get(submission).fields["citation_style"] == "always_full", timeout=3000
    )

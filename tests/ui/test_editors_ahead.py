"""Editors of the kinds not shown are made ahead, a piece at a time, while the window
is idle; a language switch makes the shown record's anew that way."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.relabelling import relabelled
from ui.editors.fields import LineField
from ui.editors.record_editor import RecordEditor
from ui.labels import KIND_ORDER, field_label
from ui.main_window import MainWindow
from ui.translations import install_language

pytestmark = pytest.mark.usefixtures("english_afterwards")


def _editor(window: MainWindow) -> RecordEditor:
    assert window.view is not None
    return window.view.editor


def _made_ahead(qtbot, editor: RecordEditor) -> None:  # type: ignore[no-untyped-def]
    """Wait until every kind's editors are made (kept, or on screen)."""
    qtbot.waitUntil(lambda: {*editor._kept, editor._kind_shown} >= set(KIND_ORDER), timeout=10_000)


def _count_makings(monkeypatch: pytest.MonkeyPatch, editor: RecordEditor) -> list[str]:
    """The kinds whose editors are made while a record waits (not ahead)."""
    made: list[str] = []
    making = editor._make

    def counted(kind: str):  # type: ignore[no-untyped-def]
        made.append(kind)
        return making(kind)

    monkeypatch.setattr(editor, "_make", counted)
    return made


def _labels(editor: RecordEditor) -> list[str]:
    return [label.text() for label in editor.widget().findChildren(QLabel)]


def test_the_first_record_of_every_kind_opens_in_editors_made_ahead(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.view is not None and window.workspace is not None
    editor = _editor(window)
    _made_ahead(qtbot, editor)
    made = _count_makings(monkeypatch, editor)
    library = window.workspace.library
    for kind in KIND_ORDER:
        [record] = library.page(kind, limit=1)
        window.view.open_record(record.id)
        assert editor.record_id == record.id
    assert made == []  # every kind's editors were ready


def test_without_making_ahead_the_first_record_of_a_kind_makes_its_editors(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The measure above can fail: editors not made ahead are made when asked for."""
    assert window.view is not None and window.workspace is not None
    editor = _editor(window)
    editor._ahead.cancel()
    made = _count_makings(monkeypatch, editor)
    [tag] = window.workspace.library.page("tag", limit=1)
    window.view.open_record(tag.id)
    assert made == ["tag"]


def test_a_kinds_editors_are_made_a_field_at_a_time(qtbot, window: MainWindow) -> None:
    """Each field's editor is a piece of its own (a slice of the event loop's time
    ends after a piece)."""
    editor = _editor(window)
    for kind in ("recommendation", "provision", "submission"):
        making, pieces = editor._make(kind), 0
        while True:
            try:
                next(making)
                pieces += 1
            except StopIteration as made:
                fields, content = len(made.value.fields), made.value.content
                break
        assert fields >= 3 and pieces > fields, kind
        content.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(content))  # noqa: B023


def test_editors_dropped_half_made_are_deleted(qtbot, window: MainWindow) -> None:
    editor = _editor(window)
    editor._ahead.cancel()  # nothing else made meanwhile
    before = set(QApplication.topLevelWidgets())
    making = editor._make("recommendation")
    next(making)
    next(making)
    half_made = set(QApplication.topLevelWidgets()) - before  # off the window
    assert half_made
    making.close()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in half_made))


def test_after_a_language_switch_the_record_stays_in_its_editors_until_the_new_are_made(
    qtbot, window: MainWindow
) -> None:
    """What is typed meanwhile is saved and shown in the new editors, labelled in
    the new language."""
    assert window.view is not None and window.workspace is not None
    editor = _editor(window)
    window.view.show_kind("source")
    [source] = window.workspace.library.page("source", limit=1)
    window.view.open_record(source.id)
    title = editor.field("title")
    assert isinstance(title, LineField)
    install_language("kk")
    window.retranslate()
    assert window.view.relabelling and editor.field("title") is title
    title.line.setText("Дереккөз: сөз бостандығы туралы")
    title.line.textEdited.emit(title.line.text())  # typed while the new editors are made
    qtbot.waitUntil(lambda: not window.view.relabelling, timeout=5_000)
    fresh = editor.field("title")
    assert isinstance(fresh, LineField) and fresh is not title
    assert fresh.line.text() == "Дереккөз: сөз бостандығы туралы"
    stored = window.workspace.library.get(source.id).fields["title"]
    assert stored == "Дереккөз: сөз бостандығы туралы"
    assert field_label("title") in _labels(editor)  # in Kazakh
    assert field_label("title") != "Title"


def test_a_record_opened_before_its_new_editors_are_made_gets_them_at_once(
    qtbot, window: MainWindow
) -> None:
    assert window.view is not None and window.workspace is not None
    editor = _editor(window)
    [source] = window.workspace.library.page("source", limit=1)
    [tag] = window.workspace.library.page("tag", limit=1)
    window.view.open_record(source.id)
    install_language("ru")
    window.retranslate()
    assert window.view.relabelling
    window.view.open_record(tag.id)  # before any turn of the event loop
    assert not window.view.relabelling and editor.record_id == tag.id
    russian = _labels(editor)
    install_language("en")
    relabelled(qtbot, window)
    assert _labels(editor) != russian
    _made_ahead(qtbot, editor)
    assert editor.record_id == tag.id


def test_after_a_language_switch_the_record_shown_gets_its_editors_before_other_kinds(
    qtbot, window: MainWindow
) -> None:
    """A tag, last of the kinds in the navigator, is made first when one is shown."""
    assert window.view is not None and window.workspace is not None
    editor = _editor(window)
    [tag] = window.workspace.library.page("tag", limit=1)
    window.view.open_record(tag.id)
    install_language("kk")
    window.retranslate()
    qtbot.waitUntil(lambda: not window.view.relabelling, timeout=5_000)
    assert not set(KIND_ORDER) - {"tag"} <= set(editor._kept)  # the rest still to come
    _made_ahead(qtbot, editor)

"""At the sizes of ordinary laptops (1280x800, 1366x768), with the preview open, in
English, Russian, Kazakh and a pseudo-translation 40% longer, nothing the user
reads or types is cut: filters show their whole words, column headers their
whole names, every field of the editor lies within it, and the translation
editor gives the text as written and its translation the same width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTextEdit, QWidget

from tests.ui.relabelling import relabelled
from tests.ui.submissions import open_submission
from tests.ui.test_translations import Stretching
from ui.editors.translations_field import TranslationsField
from ui.main_window import MainWindow
from ui.translations import install_language

SIZES = [(1280, 800), (1366, 768)]
LANGUAGES = ["en", "ru", "kk", "pseudo"]
KINDS = ["instrument", "provision", "critique", "evidence", "source", "recommendation"]
COMBO_CHROME = 28
"""Pixels a combo box needs besides its text: the arrow and the frame."""


def _language(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    if language == "pseudo":
        install_language("en", extra=Stretching())
    else:
        install_language(language)
    relabelled(qtbot, window)


def _clipped_filters(window: MainWindow) -> list[str]:
    assert window.view is not None
    found = []
    for combo in window.view.list.findChildren(QComboBox):
        if not combo.isVisibleTo(window):
            continue
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text) + COMBO_CHROME
        if needed > combo.width():
            found.append(f"{text!r}: needs {needed}, has {combo.width()}")
    return found


def _clipped_headers(window: MainWindow) -> list[str]:
    assert window.view is not None
    header = window.view.list.view.horizontalHeader()
    model = window.view.list.model
    return [
        str(model.headerData(column, header.orientation()))
        for column in range(model.columnCount())
        if header.sectionSize(column) < header.sectionSizeFromContents(column).width()
    ]


def _fields_outside_the_editor(window: MainWindow) -> list[str]:
    """Inputs whose right edge passes the editor's visible width (it never scrolls
    sideways, so such a field is cut off)."""
    assert window.view is not None
    editor = window.view.editor
    viewport = editor.viewport()
    found = []
    for widget in editor.widget().findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QTextEdit | QComboBox):
            continue
        if not widget.isVisibleTo(editor) or widget.width() <= 0:
            continue
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        if right > viewport.width() + 1:
            found.append(f"{widget.objectName() or type(widget).__name__}: right edge {right}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_at_laptop_sizes_with_the_preview_open(
    qtbot, window: MainWindow, language: str, size: tuple[int, int]
) -> None:
    try:
        _language(qtbot, window, language)
        window.resize(*size)
        open_submission(window)
        assert window.view is not None and window.workspace is not None
        qtbot.waitUntil(window.view.document.isVisible)
        qtbot.wait(30)
        for kind in KINDS:
            window.view.show_kind(kind)
            first = window.workspace.library.page(kind, limit=1)[0]
            window.view.open_record(first.id)
            qtbot.wait(30)
            assert window.view.document.isVisible(), "the preview stays beside the editor"
            assert _clipped_filters(window) == [], (kind, language)
            assert _clipped_headers(window) == [], (kind, language)
            assert _fields_outside_the_editor(window) == [], (kind, language)
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["ru", "kk", "pseudo"])
def test_the_translation_editor_gives_both_texts_the_same_width(
    qtbot, window: MainWindow, language: str
) -> None:
    try:
        _language(qtbot, window, language)
        window.resize(1366, 768)
        open_submission(window)
        assert window.view is not None
        editor = window.view.editor
        field = editor.field("translations")
        assert isinstance(field, TranslationsField)
        original, translation = field._originals["title"], field._inputs["title"]
        qtbot.wait(30)
        assert abs(original.width() - translation.width()) <= 2
        assert original.width() >= 0.4 * field.input.width()
        assert "%" in field.progress.text() and field.progress.text().count("0") >= 0
        field.wide.setChecked(True)  # the editor takes the window's width
        qtbot.waitUntil(lambda: not window.view.navigator.isVisible())  # type: ignore[union-attr]
        assert not window.view.middle.isVisible()
        qtbot.waitUntil(lambda: original.width() > 300)
        field.wide.setChecked(False)
        qtbot.waitUntil(window.view.navigator.isVisible)
    finally:
        install_language("en")


def test_long_texts_open_at_their_start(qtbot, window: MainWindow) -> None:
    """Summary and Introduction showed their middle: the cursor was left at the end."""
    from ui.editors.fields import MarkdownField

    window.resize(1280, 800)
    _submission, builder = open_submission(window)
    assert window.view is not None
    summary = window.view.editor.field("summary")
    assert isinstance(summary, MarkdownField)
    for edit in (summary.text, builder.introduction):
        edit.set_markdown("Кіріспе.\n\n" + "Ұзын мәтіннің абзацы. " * 200)
        qtbot.wait(20)
        assert edit.textCursor().position() == 0
        assert edit.verticalScrollBar().value() == 0


def test_a_submissions_outline_is_on_its_first_screen(qtbot, window: MainWindow) -> None:
    window.resize(1366, 768)
    _submission, builder = open_submission(window)
    assert window.view is not None
    qtbot.wait(30)
    viewport = window.view.editor.viewport()
    top = builder.tree.mapTo(viewport, builder.tree.rect().topLeft()).y()
    assert 0 <= top < viewport.height() // 2

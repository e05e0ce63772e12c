"""What is typed into a long text is what is stored: paragraphs as paragraphs, a
Shift+Enter line break as a line break, no line wrapped at 80 columns; a text
opened and left is not rewritten. Every long-text field of every kind is typed
into (the list comes from the kinds, so a new field is covered), in English,
Russian and Kazakh."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from tests.ui.keys import press, type_text
from ui.editors.fields import MarkdownField, is_long_text
from ui.editors.markdown_edit import MarkdownEdit
from ui.editors.markdown_lines import unwrapped
from ui.main_window import MainWindow
from workbench.kinds import RECORD_KINDS
from workbench.records import field_specs

pytestmark = pytest.mark.xcb

LONG_FIELDS = [
    (kind, name)
    for kind in RECORD_KINDS
    for name, spec in field_specs(kind).items()
    if is_long_text(spec)
]

PARAGRAPHS = {
    "en": (
        "Article 130 of the Criminal Code makes slander a crime punishable by restriction "
        "of freedom, which the Human Rights Committee has repeatedly found disproportionate",
        "Decriminalise it",
        "and move it to civil law.",
    ),
    "ru": (
        "Статья 130 Уголовного кодекса предусматривает уголовную ответственность за клевету, "
        "что Комитет по правам человека неоднократно признавал несоразмерным вмешательством",
        "Декриминализировать",
        "и перенести в гражданское право.",
    ),
    "kk": (
        "Қылмыстық кодекстің 130-бабы жала жабу үшін қылмыстық жауапкершілікті көздейді, "
        "бұл Адам құқықтары жөніндегі комитеттің пікірінше халықаралық стандарттарға сай емес",
        "Қылмыстық жауапкершіліктен шығару",
        "және азаматтық құқыққа көшіру.",
    ),
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_every_long_text_stores_what_was_typed(qtbot, window: MainWindow, language: str) -> None:
    assert LONG_FIELDS, "the kinds have long texts"
    first, second, third = PARAGRAPHS[language]
    expected = f"{first}\n\n{second}\\\n{third}"
    assert len(expected) > 200
    window.activateWindow()  # a real display gives keys to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    for kind in sorted({kind for kind, _name in LONG_FIELDS}):
        record_id = window.new_record(kind)
        assert record_id is not None and window.view is not None
        editor = window.view.editor
        for name in [n for k, n in LONG_FIELDS if k == kind]:
            field = editor.field(name)
            assert isinstance(field, MarkdownField)
            field.text.setFocus()
            qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f.text)
            type_text(first)
            press("Return")
            type_text(second)
            press("Shift+Return")
            type_text(third)
            qtbot.waitUntil(lambda f=field: f.text.toPlainText().endswith(third))
        editor.flush()
        stored = window.workspace.library.get(record_id).fields  # type: ignore[union-attr]
        for name in [n for k, n in LONG_FIELDS if k == kind]:
            assert stored[name] == expected, (kind, name)


def test_a_text_opened_and_left_is_not_rewritten(qtbot) -> None:
    """Odd but valid Markdown (``*`` bullets, ``1)`` numbers, two-space breaks) comes
    back byte for byte unless edited."""
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    text = "* пункт бір\n* пункт екі\n\n1) бірінші  \n   жалғасы\n\nAbsatz   mit   Leerzeichen"
    edit.set_markdown(text)
    assert edit.markdown() == text


WORDS = st.sampled_from(
    ["сөз", "бостандығы", "свобода", "слова", "freedom", "of", "speech", "ст.", "130-бабы",
     "(2023)", "«цитата»", "№ 5", "Ұсыныс;", "Рекомендация,", "—", "ICCPR"]
)  # fmt: skip
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
LINES = st.lists(SENTENCE, min_size=1, max_size=3)  # one paragraph, its line breaks
BLOCK = st.one_of(
    LINES.map(lambda lines: ("p", lines)),
    LINES.map(lambda lines: ("ul", lines)),
    LINES.map(lambda lines: ("ol", lines)),
    LINES.map(lambda lines: ("quote", lines)),
)


def _source(blocks: list[tuple[str, list[str]]]) -> str:
    """A Markdown text of those blocks, line breaks written as CommonMark's ``\\``."""
    written = []
    for shape, lines in blocks:
        if shape == "p":
            written.append("\\\n".join(lines))
        elif shape == "ul":
            written.append("\n".join(f"- {line}" for line in lines))
        elif shape == "ol":
            written.append("\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1)))
        else:
            written.append("\\\n".join(f"> {line}" for line in lines))
    return "\n\n".join(written)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blocks=st.lists(BLOCK, min_size=1, max_size=5))
def test_any_text_saved_and_opened_again_shows_the_same(qtbot, blocks) -> None:
    """Saved after an edit and shown again: the same words, the same paragraphs and
    line breaks (what the user sees), and no line Qt wrapped."""
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.set_markdown(_source(blocks))
    shown = edit.toPlainText()
    edit._edited = True  # as after a keystroke: serialise the document itself
    saved = edit.markdown()
    again = MarkdownEdit()
    qtbot.addWidget(again)
    again.set_markdown(saved)
    assert again.toPlainText() == shown
    assert unwrapped(saved) == saved, "nothing left wrapped"
    again._edited = True
    assert again.markdown() == saved, "saving again changes nothing"

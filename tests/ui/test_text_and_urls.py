"""Rich text is stored as Markdown; formatting shortcuts; only http(s) links ever open."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from ui import urls
from ui.editors.fields import UrlField
from ui.editors.markdown_edit import MarkdownEdit
from workbench.records import FieldSpec

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def edit(qtbot) -> MarkdownEdit:
    widget = MarkdownEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_markdown_round_trips_and_loading_is_not_an_edit(qtbot, edit: MarkdownEdit) -> None:
    text = "Plain **bold** and *italic*.\n\n- one\n- two\n\n> quoted\n\n[RSF](https://rsf.org)"
    with qtbot.assertNotEmitted(edit.edited):
        edit.set_markdown(text)
    assert edit.markdown() == text


def test_bold_and_italic_shortcuts(qtbot, edit: MarkdownEdit) -> None:
    with qtbot.waitSignal(edit.edited):
        qtbot.keyClicks(edit, "a ")
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(edit, "b")
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(edit, " c")
    assert edit.markdown() == "a **b*** c*"


def test_lists_and_quotes(qtbot, edit: MarkdownEdit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_8, CTRL_SHIFT)
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "second")
    assert edit.markdown() == "- first\n- second"
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_7, CTRL_SHIFT)
    qtbot.keyClicks(edit, "step")
    assert edit.markdown().split() == ["1.", "step"]
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Q, CTRL_SHIFT)
    qtbot.keyClicks(edit, "words of the statute")
    assert edit.markdown() == "> words of the statute"


def test_link_shortcut_wraps_the_selection(qtbot, edit: MarkdownEdit, monkeypatch) -> None:
    monkeypatch.setattr(
        MarkdownEdit, "ask_link", staticmethod(lambda _w, _c: ("https://rsf.org", True))
    )
    qtbot.keyClicks(edit, "RSF")
    edit.moveCursor(QTextCursor.MoveOperation.Start, QTextCursor.MoveMode.KeepAnchor)
    qtbot.keyClick(edit, Qt.Key.Key_K, CTRL)
    assert edit.markdown() == "[RSF](https://rsf.org)"


@pytest.mark.parametrize(
    ("address", "opened"),
    [
        ("https://rsf.org/en/index", True),
        ("http://example.kz/a?b=c", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("ftp://example.org/x", False),
        ("smb://server/share", False),
        ("https://", False),
        ("not a url", False),
    ],
)
def test_only_http_and_https_open(monkeypatch, address: str, opened: bool) -> None:
    seen: list[QUrl] = []
    monkeypatch.setattr(urls, "opener", seen.append)
    assert urls.open_url(address) is opened
    assert len(seen) == (1 if opened else 0)


def test_url_field_open_button_refuses_other_schemes(qtbot, monkeypatch) -> None:
    seen: list[QUrl] = []
    monkeypatch.setattr(urls, "opener", seen.append)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    field = UrlField(FieldSpec("url", str, max_length=2000), parent)
    field.set_value("file:///home/me/secret.txt")
    assert not field.open() and seen == [] and "http" in field.error.text()
    field.set_value("https://adilet.zan.kz/rus/docs/K1400000226")
    assert field.open() and seen[0].host() == "adilet.zan.kz"

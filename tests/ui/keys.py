"""Pressing keys as a user does.

On a real X display (``QT_QPA_PLATFORM=xcb`` under Xvfb) a key goes through
the X server with ``xdotool``, the whole way a keyboard's does: X input
focus, the keymap, Qt's shortcut map, ambiguity and all. Elsewhere
(``offscreen``) it is a ``QTest`` key event sent to the focused widget, which
Qt routes through the same shortcut map.
"""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_XDOTOOL_NAMES = {
    "Del": "Delete",
    "Esc": "Escape",
    "Return": "Return",
    "Enter": "Return",
    ",": "comma",
    ".": "period",
    "Up": "Up",
    "Down": "Down",
    "Left": "Left",
    "Right": "Right",
    "Ins": "Insert",
    "Backspace": "BackSpace",
    "Tab": "Tab",
    "Space": "space",
}

_MODIFIERS = (
    (Qt.KeyboardModifier.ControlModifier, "ctrl"),
    (Qt.KeyboardModifier.AltModifier, "alt"),
    (Qt.KeyboardModifier.ShiftModifier, "shift"),
    (Qt.KeyboardModifier.MetaModifier, "super"),
)


def on_real_display() -> bool:
    return QGuiApplication.platformName() == "xcb"


def xdotool_name(keys: str) -> str:
    """``Ctrl+Shift+N`` as xdotool names it: ``ctrl+shift+n``."""
    combination = QKeySequence(keys)[0]
    parts = [name for flag, name in _MODIFIERS if combination.keyboardModifiers() & flag]
    base = QKeySequence(combination.key()).toString(QKeySequence.SequenceFormat.PortableText)
    parts.append(_XDOTOOL_NAMES.get(base, base.lower() if len(base) == 1 else base))
    return "+".join(parts)


def press(keys: str, widget: QWidget | None = None) -> None:
    """Press ``keys`` (``"Ctrl+Z"``) into the focused widget (or ``widget``)."""
    if on_real_display():
        xdotool = shutil.which("xdotool")
        assert xdotool, "the real-display tests need xdotool (apt-get install xdotool)"
        name = xdotool_name(keys)
        key = name.rsplit("+", 1)[-1]
        if key in ("comma", "period") or (len(key) == 1 and not key.isalnum()):
            _english_keyboard()
        subprocess.run([xdotool, "key", "--clearmodifiers", name], check=True)
        return
    # An open pop-up (a completer's list) takes the keyboard, as it does from X.
    target = widget or QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, f"nothing has the keyboard focus to press {keys} into"
    combination = QKeySequence(keys)[0]
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


_layouts = "us"
"""The keyboard layouts the X server has now (Xvfb starts with the English one)."""


def _keyboard(layouts: str) -> None:
    """Give the X server these layouts (the first active), unless it has them."""
    global _layouts
    if layouts != _layouts:
        setxkbmap = shutil.which("setxkbmap")
        assert setxkbmap, "the real-display tests need setxkbmap (apt-get install x11-xkb-utils)"
        subprocess.run([setxkbmap, "-layout", layouts], check=True)
        QTest.qWait(300)  # Qt takes in the new keymap from the X server's notice
        _layouts = layouts


def _kazakh_keyboard() -> None:
    """The keyboard a Kazakh user has, English and Kazakh (whose layout holds every
    Russian letter too): xdotool then types each letter with a real key of the
    layout. Without it, xdotool remaps a spare key for each letter and Qt reads the
    key with the old map, dropping the letter."""
    _keyboard("us,kz")


def _english_keyboard() -> None:
    """The English layout alone again after Kazakh was typed, before a shortcut with
    punctuation: ``xdotool type`` can leave the Kazakh group active, where xdotool
    finds the comma of Ctrl+, (Settings) on another key, with Shift. A user presses
    the key they know and Qt reads its English meaning; xdotool cannot be told
    which key. (Letters are not in the Kazakh group, so xdotool picks their English
    key whatever the group; switching for every key cost a minute of the run.)"""
    _keyboard("us")


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Type ``text`` (English, Russian, Kazakh) into the focused widget."""
    if on_real_display():
        xdotool = shutil.which("xdotool")
        assert xdotool
        _kazakh_keyboard()
        subprocess.run([xdotool, "type", "--delay", "5", text], check=True)
        return
    target = widget or QApplication.focusWidget()
    assert target is not None
    for character in text:  # QTest.keyClicks aborts on letters outside ASCII
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, key, character, Qt.KeyboardModifier.NoModifier
        )


def ctrl_click(widget: QWidget, point: QPoint) -> None:
    """Click at ``point`` of ``widget`` with Ctrl held (the X pointer on a real display)."""
    if on_real_display():
        xdotool = shutil.which("xdotool")
        assert xdotool
        where = widget.mapToGlobal(point)
        subprocess.run([xdotool, "mousemove", "--sync", str(where.x()), str(where.y())], check=True)
        subprocess.run([xdotool, "keydown", "ctrl", "click", "1", "keyup", "ctrl"], check=True)
        return
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)

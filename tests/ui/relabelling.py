"""Switching the window's language as the settings dialog does, for the tests."""

from ui.main_window import MainWindow


def relabelled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Relabel the window in the language installed and wait for the open record's
    editors, which are made anew while the window idles (ui/editors/editors_ahead.py)."""
    window.retranslate()
    view = window.view
    if view is not None:
        qtbot.waitUntil(lambda: not view.relabelling, timeout=5_000)

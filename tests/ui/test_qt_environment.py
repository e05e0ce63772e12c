"""The Qt runtime starts here (offscreen in CI): the GUI issues stand on this."""

from PySide6.QtWidgets import QLabel


def test_a_widget_shows(qtbot) -> None:
    label = QLabel("Қазақша мәтін")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == "Қазақша мәтін"


def test_emitting_signals_keeps_every_reference(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` at each ``Signal.emit()``; on
    Python 3.11, whose ``True`` is an ordinary object, the app then aborted after
    a few thousand keystrokes in a long text (each one emits ``edited``). The
    project excludes that release; this catches any other with the fault."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        happened = Signal()

    emitter = Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.happened.emit()
    assert sys.getrefcount(True) - before > -10


def test_the_app_paints_on_its_gui_thread_alone() -> None:
    """The application asks Qt to paint without its pool of drawing threads (see
    ``ui.app.SERIAL_PAINTING``), before Qt can read the setting."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import os\n"
        "from ui.app import application\n"
        "application()\n"
        "from PySide6.QtWidgets import QLabel\n"
        "QLabel('Қазақша').grab()\n"
        "print(os.environ.get('QT_NO_GUI_THREADPOOL'))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    shown = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert shown.stdout.strip() == "1"

"""The Qt runtime starts here (offscreen in CI): the GUI issues stand on this."""

from PySide6.QtWidgets import QLabel


def test_a_widget_shows(qtbot) -> None:
    label = QLabel("Қазақша мәтін")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == "Қазақша мәтін"

"""Render the app's icon (resources/icons/app.svg) as the PNG sizes desktops ask
for, into resources/desktop/icons/hicolor/<size>x<size>/apps/workbench.png.

Run after changing the icon: ``python tools/desktop_icons.py``. The PNGs are
committed, so an install never depends on the fonts of the machine it runs on
(the icon's § is text)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
TARGET = ROOT / "resources" / "desktop" / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = TARGET / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / "workbench.png"))
    scalable = TARGET / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "workbench.svg").write_bytes(SOURCE.read_bytes())
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Icons for record kinds, drawn as SVG files in resources/icons.

Loaded through ``resources.resource`` so a wheel and a checkout behave the
same; cached because a list asks for the same icon on every visible row.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from resources import resource

_SIZES = (16, 24, 32, 48)


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a record kind, or ``app``); empty if there is none."""
    svg = resource("icons", f"{name}.svg")
    if not svg.is_file():
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def kind_icon(kind: str) -> QIcon:
    return icon(kind)

"""A long document laid out in slices of a few milliseconds.

Qt lays a document out lazily: once it is shown or resized, a timer on its
layout lays out 1,000 characters, then twice as many at each tick, up to
200,000 at once. The preview of a 300-recommendation submission holds about
500,000 characters, so its last steps held the GUI thread 60-80 ms each,
after every refresh (measured offscreen, and seen as stalls by
``benchmarks/responsiveness_benchmark.py``).

:func:`pace_layout` takes those ticks over: while the document is not laid
out to its end, each of its layout's timer events lays out as many characters
as fit in :data:`STEP_BUDGET_S` (judged by the last step's speed) and Qt's own
step is skipped. ``blockBoundingRect`` is what lays out up to a block: Qt's
only public way in. Qt's layout class is private (PySide has no
``layoutStatus``), so how far the layout has got is read from the blocks
themselves: a block not laid out yet has no lines.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocument

STEP_BUDGET_S = 0.008
"""Time a step aims at: well inside a 50 ms frame even on a slow, busy machine."""
FIRST_STEP_CHARS = 2_000
"""Characters laid out by the first step, before its speed is known."""
MOST_STEP_CHARS = 40_000
"""No step lays out more, however fast the last was (a slice of plain text is
quick, a slice of tables slow)."""


def laid_out_up_to(document: QTextDocument) -> int:
    """The position up to which ``document`` is laid out (its character count
    when it is laid out whole). Qt lays a document out from its start, so the
    blocks with lines are the first ones; found by halving."""
    low, high = 0, document.blockCount()  # blocks before low have lines, from high on none
    while low < high:
        middle = (low + high) // 2
        layout = document.findBlockByNumber(middle).layout()
        if layout is not None and layout.lineCount() > 0:
            low = middle + 1
        else:
            high = middle
    if low == document.blockCount():
        return document.characterCount()
    return document.findBlockByNumber(low).position()


class LayoutPace(QObject):
    """Lays out its document a slice at a time in place of Qt's growing steps;
    a child of the document, so it lives as long as the document does."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._chars = FIRST_STEP_CHARS
        self._layout = document.documentLayout()
        self._layout.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Timer or watched is not self._layout:
            return False
        reached = laid_out_up_to(self._document)
        if reached >= self._document.characterCount():
            self._chars = FIRST_STEP_CHARS  # for the next layout (a resize)
            return False  # Qt's own handling: it stops its timers and reports the size
        self._step(reached)
        return True

    def _step(self, start: int) -> None:
        """Lay out the slice after ``start``, and size the next one to the budget."""
        end = min(start + self._chars, self._document.characterCount() - 1)
        began = time.perf_counter()
        self._layout.blockBoundingRect(self._document.findBlock(end))
        took = time.perf_counter() - began
        done = laid_out_up_to(self._document) - start
        if done > 0 and took > 0:
            fitting = int(done * STEP_BUDGET_S / took)
            self._chars = max(FIRST_STEP_CHARS, min(fitting, 2 * self._chars, MOST_STEP_CHARS))


def pace_layout(document: QTextDocument) -> LayoutPace:
    """From now on lay ``document`` out in slices of :data:`STEP_BUDGET_S`
    (call once it is in its browser: setting it there gives it its layout)."""
    return LayoutPace(document)

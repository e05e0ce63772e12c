"""Editors of the kinds not on screen, made while the window is idle, a slice at a time.

Building a kind's editors (one Qt widget per field, a recommendation's composer,
a submission's outline) took 50-110 ms on a two-core laptop the first time a
record of the kind opened, and again for the record shown after a language
switch: each time a stall of the window. Made ahead, a few milliseconds per
turn of the event loop, they are ready when a record of the kind opens, which
then only fills them (as it fills the editors of the kind shown).

Making is a generator (``make(kind)``): each ``yield`` is a place where it may
stop until the next turn. A kind asked for before it is made is finished at
once by whoever asks (:meth:`EditorsAhead.take`). Pure Qt timers and Python
generators: nothing is read from the project while making.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
Making = Generator[None, None, T]

SLICE_S = 0.006
"""How long one turn of the event loop may spend making: a slice runs on while it
is under this, so one slice ends within one piece (a field's editor, a panel)
past it; the longest piece, a submission's outline, takes about 15 ms."""
EACH_TURN_MS = 1
"""The pause between slices: the turns of the event loop between them deliver
what the user does and paint, and a 1 ms timer fires after a pending paint."""


class EditorsAhead(Generic[T]):
    """Makes, in turn, the editors of each kind wanted, and hands each over when made."""

    def __init__(
        self,
        make: Callable[[str], Making[T]],
        made: Callable[[str, T], None],
        owner: QObject,
        serves: QObject,
    ) -> None:
        self._make = make
        self._made = made
        self._serves = serves
        """What the editors are made for (the workspace): once it is deleted (the
        project closed before the window let go of the editor), nothing is made."""
        self._waiting: dict[str, Making[T] | None] = {}
        """The kinds wanted, in order; a kind begun holds its generator."""
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EACH_TURN_MS)
        self._timer.timeout.connect(self._slice)

    def want(self, kinds: Iterable[str]) -> None:
        """Make these kinds' editors, after those already wanted (which keep their place:
        the kind of the record shown, wanted first after a language switch, stays first)."""
        for kind in kinds:
            self._waiting.setdefault(kind, None)
        if self._waiting and not self._timer.isActive():
            self._timer.start()

    def take(self, kind: str) -> Making[T] | None:
        """The making of ``kind``, no longer ahead: begun, or None if not wanted."""
        if kind not in self._waiting:
            return None
        making = self._waiting.pop(kind)
        return making if making is not None else self._make(kind)

    def cancel(self) -> None:
        """Stop making; what was begun is dropped (its generator closed). Safe after
        the owner is deleted (its timer with it)."""
        if shiboken6.isValid(self._timer):
            self._timer.stop()
        waiting, self._waiting = self._waiting, {}
        for making in waiting.values():
            if making is not None:
                making.close()

    def _slice(self) -> None:
        if not shiboken6.isValid(self._serves):
            self.cancel()
            return
        ends = time.perf_counter() + SLICE_S
        while self._waiting and time.perf_counter() < ends:
            kind, making = next(iter(self._waiting.items()))
            if making is None:
                making = self._waiting[kind] = self._make(kind)
            try:
                next(making)
            except StopIteration as finished:
                del self._waiting[kind]
                self._made(kind, finished.value)
        if self._waiting:
            self._timer.start()


def finish(making: Making[T]) -> T:
    """What ``making`` makes, made at once."""
    while True:
        try:
            next(making)
        except StopIteration as finished:
            return finished.value

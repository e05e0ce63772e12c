"""Progress of long command-line operations, on stderr, for people at a terminal.

Shown only when stderr is a terminal (scripts reading stderr get messages,
not a moving counter), or when ``WORKBENCH_PROGRESS=1`` asks for it anyway
(tests use it to know an operation is under way). Redrawn at most ten times a
second; Ctrl+C at any moment leaves the project unchanged, because every
operation that writes does so in one transaction.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

INTERVAL = 0.1


class TerminalProgress:
    """A callable taking (done, total), as services' ``progress`` parameters do."""

    def __init__(self, label: str, stream: TextIO | None = None, unit: str = "records") -> None:
        self.label = label
        self.unit = unit
        self.stream = stream or sys.stderr
        self.enabled = os.environ.get("WORKBENCH_PROGRESS") == "1" or self.stream.isatty()
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < INTERVAL:
            return
        self._last = now
        percent = f" ({100 * done // total}%)" if total else ""
        self.stream.write(f"\r{self.label}: {done:,} of {total:,} {self.unit}{percent}")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        """End the counter's line, so the next message starts on its own."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False

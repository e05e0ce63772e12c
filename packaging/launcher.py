"""The bundled app's entry point: what PyInstaller runs as ``workbench``.

A module of its own rather than ``workbench/cli.py`` run as ``__main__``: that would
load the command-line module twice (as ``__main__`` and as ``workbench.cli``).
``main`` calls ``multiprocessing.freeze_support()`` first, which turns a run of this
executable started by ``multiprocessing`` (the reader process) into that process.
"""

import os
import sys

if __name__ == "__main__":
    # A windowed program on Windows (Workbench.exe) has no standard streams: Python
    # then sets them to None, and the app's prints and flushes would fail.
    for name in ("stdin", "stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "r" if name == "stdin" else "w"))  # noqa: SIM115

    from workbench.cli import main

    sys.exit(main())

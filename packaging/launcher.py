"""The bundled app's entry point: what PyInstaller runs as ``workbench``.

A module of its own rather than ``workbench/cli.py`` run as ``__main__``: that would
load the command-line module twice (as ``__main__`` and as ``workbench.cli``).
``main`` calls ``multiprocessing.freeze_support()`` first, which turns a run of this
executable started by ``multiprocessing`` (the reader process) into that process.
"""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())

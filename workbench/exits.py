"""Exit codes of the ``workbench`` command (docs/cli.md).

0 done; 1 findings or unresolved conflicts (nothing changed); 2 bad usage or
bad input, or a place that cannot be written (read-only, missing folder, full
disk; a message on stderr, nothing changed); 3 the app's window cannot open on
this machine (no display, or a system library Qt needs is missing: the message
names it and its package); 130 interrupted (Ctrl+C);
141 the reader of the output went away (``workbench check p | head -2``).
The last two follow the shell's 128 + signal number (SIGINT 2, SIGPIPE 13). Shared by the argument
parsing in :mod:`workbench.cli` and the commands in :mod:`workbench.commands`.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_CANNOT_START = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """Bad usage found after parsing (exit code 2, message on stderr)."""

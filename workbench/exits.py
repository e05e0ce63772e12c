"""Exit codes of the ``workbench`` command (docs/cli.md).

0 done; 1 findings or unresolved conflicts (nothing changed); 2 bad usage or
bad input (a message on stderr, nothing changed). Shared by the argument
parsing in :mod:`workbench.cli` and the commands in :mod:`workbench.commands`.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """Bad usage found after parsing (exit code 2, message on stderr)."""

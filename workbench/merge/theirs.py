"""Reading what a colleague sent, whatever it is: a share bundle (encrypted or
not), interchange JSON, or a project file. The file's first bytes say which."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.gcpause import gc_paused
from workbench.inputs import require_regular_file
from workbench.interchange import InterchangeError, StreamedDocument

_ZIP = b"PK"
"""How a share bundle (a zip archive) begins."""
_SQLITE = b"SQLite format 3"
"""How a project file (an SQLite database) begins."""


@gc_paused
def read_theirs(path: Path, passphrase: Callable[[], str] | None = None) -> Any:
    """A colleague's work as an interchange document, not yet validated: a bundle's
    records may be left unparsed until :func:`~workbench.merge.plan_merge` finds
    them different from ours, and interchange JSON is read only then, as a
    :class:`~workbench.interchange.StreamedDocument` (one record at a time)."""
    # Imported when that kind of file is read: bundles bring in cryptography, a
    # project file the export and preflight (a sixth of a second), which opening a
    # project (the undo stack imports this package) does not need.
    path = require_regular_file(path, "file to merge")
    head = _first_bytes(path)
    if head.startswith(_ZIP):
        from workbench import share

        return share.read_bundle(path, passphrase, lazy=True)
    if head.startswith(_SQLITE):
        from workbench import foreign

        return foreign.read_project_file(path)
    return StreamedDocument(path)


def _first_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error

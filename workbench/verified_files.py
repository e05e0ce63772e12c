"""Project files Workbench itself left intact, so opening one again need not read it whole.

SQLite's ``quick_check`` reads every page of the file: 41 s for a 5 GB
(million-record) project, at every open, before the window can show it. A
file Workbench checked or closed cleanly, and that nothing has touched since,
holds only what SQLite wrote through us, so checking it again finds nothing
new. What is remembered is the file's identity and state at that moment
(device, inode, size, modification time in nanoseconds), per user, in the
data folder. Anything else writing the file, a copy put in its place, or a
crash (a ``-wal`` left beside it) changes one of those, and the full check
runs again. A file received from anyone else is always new here, so it is
always checked. ``workbench check`` runs the thorough check regardless.

Losing this record costs one slow open, never data: an unreadable record is
treated as empty, and a failure to write it is logged and ignored.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from workbench.paths import AppPaths, sidecars
from workbench.tempfiles import atomic_write

log = logging.getLogger(__name__)

VERIFIED_FILE = "verified-projects.json"
MAX_REMEMBERED = 64
"""The most recently verified files kept; older ones are checked again when opened."""

Fingerprint = list[int]


def fingerprint(path: Path) -> Fingerprint | None:
    """What changes whenever anything writes or replaces the file; None if it is gone."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns]


def is_verified(paths: AppPaths, path: Path) -> bool:
    """True when ``path`` is exactly as Workbench last checked or closed it, with no
    log of unsaved changes beside it (a crash's ``-wal`` brings the check back)."""
    log_file = sidecars(path)[0]
    if log_file.exists() and log_file.stat().st_size > 0:
        return False
    current = fingerprint(path)
    return current is not None and _remembered(paths).get(_key(path)) == current


def remember_verified(paths: AppPaths, path: Path) -> None:
    """Record ``path`` as intact now (after its check passed, or after a clean close)."""
    current = fingerprint(path)
    if current is None:
        return
    remembered = _remembered(paths)
    key = _key(path)
    remembered.pop(key, None)
    remembered[key] = current
    kept = dict(list(remembered.items())[-MAX_REMEMBERED:])
    target = paths.data / VERIFIED_FILE
    try:
        paths.ensure(target.parent)
        with atomic_write(target, "w", replace_link=True) as handle:
            handle.write(json.dumps(kept, ensure_ascii=False))
    except OSError as error:
        log.warning("could not remember that %s was checked: %s", path, error)


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def _remembered(paths: AppPaths) -> dict[str, Fingerprint]:
    try:
        raw = json.loads((paths.data / VERIFIED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        key: value
        for key, value in raw.items()
        if isinstance(value, list) and all(isinstance(part, int) for part in value)
    }

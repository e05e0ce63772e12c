"""Real file-system places for tests: a tmpfs of a given size (a tiny one is a
full disk), remounted read-only (a read-only medium), and ``chattr +i``.

As root, permission bits do not stop writes, hence mounts and attributes.
Each skips the test with a reason where it cannot be made (not root, no
``mount`` or ``chattr`` in the container) and is always undone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="mounting a tmpfs and chattr +i need root (CI and this machine run as root)",
)


def run(*command: str) -> bool:
    tool = shutil.which(command[0])
    if tool is None:
        return False
    return subprocess.run([tool, *command[1:]], capture_output=True).returncode == 0


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """``folder`` (made here) as a fresh tmpfs of ``size``; unmounted on leaving."""
    folder.mkdir()
    if not run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here (not root, or no mount in this container)")
    try:
        yield folder
    finally:
        run("umount", "-l", str(folder))


def seal(folder: Path) -> None:
    """Remount ``folder``'s tmpfs read-only: a read-only medium."""
    if not run("mount", "-o", "remount,ro", str(folder)):
        pytest.skip("cannot remount a tmpfs read-only here")


@contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``path`` made immutable (``chattr +i``) until leaving."""
    if not run("chattr", "+i", str(path)):
        pytest.skip("chattr +i is not available here (not root, or the file system lacks it)")
    try:
        yield path
    finally:
        run("chattr", "-i", str(path))

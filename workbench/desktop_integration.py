"""Workbench in a Linux desktop's menus, and as what opens ``.wbproj`` and
``.wbshare`` files on a double-click (freedesktop.org: a desktop entry, a
shared-mime-info package, hicolor icons).

The files are shipped in ``resources/desktop`` and installed for the user into
``$XDG_DATA_HOME`` (``~/.local/share``) by ``workbench install-desktop``; a
system package (.deb) installs the same files under ``/usr/share``. The entry
runs ``workbench gui FILE``, which hands the file to a Workbench already running
(``ui.single_instance``). Installed for the user, the entry names the command
that installed it by its full path, since a virtual environment's or a
bundle's ``workbench`` is not on the menu's PATH. The desktop's caches are
refreshed with ``update-mime-database`` and ``update-desktop-database`` when
they are installed (nothing else depends on them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from resources import resource
from workbench.tempfiles import atomic_write

ENTRY = "workbench.desktop"
MIME_PACKAGE = "workbench.xml"
MIME_TYPES = ("application/x-workbench-project", "application/x-workbench-share")
ICON = "workbench"


@dataclass(frozen=True)
class Installed:
    files: tuple[Path, ...]
    refreshed: tuple[str, ...]
    """The cache tools that ran (missing ones are skipped)."""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the freedesktop.org default)."""
    found = os.environ.get("XDG_DATA_HOME", "")
    return Path(found) if os.path.isabs(found) else Path.home() / ".local" / "share"


def launcher() -> str:
    """The command line that starts this Workbench, quoted for a desktop entry's Exec."""
    if getattr(sys, "frozen", False):  # a bundle: its own executable
        words = [sys.executable]
    else:
        script = Path(sys.executable).with_name("workbench")
        words = [str(script)] if script.exists() else [sys.executable, "-m", "workbench.cli"]
    return " ".join(_quoted(word) for word in words)


def install(home: Path | None = None) -> Installed:
    """The entry, the MIME package and the icons, under ``home`` (the user's data
    folder by default); replaces what an earlier install put there."""
    home = home or data_home()
    written = [_write(target, contents()) for target, contents in _files(home)]
    return Installed(tuple(written), _refresh(home))


def remove(home: Path | None = None) -> Installed:
    """Take away what :func:`install` put under ``home``."""
    home = home or data_home()
    gone = []
    for path, _contents in _files(home):
        if path.exists():
            path.unlink()
            gone.append(path)
    return Installed(tuple(gone), _refresh(home))


def _files(home: Path) -> list[tuple[Path, Callable[[], bytes]]]:
    """Each file an install puts under ``home``, and what it holds."""
    files: list[tuple[Path, Callable[[], bytes]]] = [
        (home / "applications" / ENTRY, lambda: _entry().encode()),
        (home / "mime" / "packages" / MIME_PACKAGE, lambda: _shipped("workbench-mime.xml")),
    ]
    for size, icon in _icons():
        files.append((home / "icons" / "hicolor" / size / "apps" / icon.name, icon.read_bytes))
    return files


def _entry() -> str:
    """The shipped entry, its Exec naming this Workbench."""
    text = _shipped("workbench.desktop").decode("utf-8")
    return text.replace("Exec=workbench gui %f", f"Exec={launcher()} gui %f")


def _shipped(name: str) -> bytes:
    return resource("desktop", name).read_bytes()


def _icons() -> list[tuple[str, Path]]:
    """(size folder, file) for each shipped icon: ``48x48``, ``scalable``..."""
    found = []
    for size in resource("desktop", "icons", "hicolor").iterdir():
        for icon in size.joinpath("apps").iterdir():
            found.append((size.name, Path(str(icon))))
    return sorted(found)


def _write(target: Path, data: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(target) as handle:
        handle.write(data)
    return target


def _refresh(home: Path) -> tuple[str, ...]:
    """Rebuild the desktop's caches of MIME types and of which entry opens them."""
    ran = []
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
    ):
        found = shutil.which(tool)
        if found is not None and folder.is_dir():
            subprocess.run([found, str(folder)], capture_output=True, timeout=60, check=False)
            ran.append(tool)
    return tuple(ran)


def _quoted(word: str) -> str:
    """A word of Exec, quoted as the Desktop Entry Specification asks when needed."""
    if word and not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return word
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word).replace("%", "%%")
    return f'"{escaped}"'

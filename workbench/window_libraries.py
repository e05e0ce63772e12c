"""Can Qt open a window here? Asked before Qt is imported, so a missing system
library is named with the package that brings it.

On Linux, Qt draws its window through the ``xcb`` platform plugin, which needs
a dozen X11 libraries the PySide6 wheel does not bring. When one is missing,
Qt aborts the whole process with a message that names the wrong library (it
blames ``libxcb-cursor0`` whatever is missing) and nothing can catch the
abort. So the app loads the plugin itself first (``dlopen`` through ctypes,
which loads what Qt would load anyway, a few milliseconds) and, only when
that fails, asks ``ldd`` for every missing library (``ldd`` takes ~50 ms, too
slow to run at every start). Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

#: Debian and Ubuntu packages whose name does not follow from the library's
#: soname by the usual rule (see :func:`debian_package`).
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
}


def debian_package(soname: str) -> str:
    """The Debian package that ships ``soname``, by Debian's library naming rule:
    the name before ``.so`` in lower case, then the version, with a hyphen
    between them when the name ends in a digit (``libxcb-icccm.so.4`` comes
    in ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` in ``libxkbcommon-x11-0``)."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    if not version:
        return name
    major = version.split(".")[0]
    return f"{name}-{major}" if name[-1:].isdigit() else f"{name}{major}"


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that this system cannot load; empty if
    it loads."""
    try:
        ctypes.CDLL(str(library))
    except OSError as error:
        found = _ldd_missing(library)
        return found or [_first_missing(str(error))]
    return []


def _ldd_missing(library: Path) -> list[str]:
    """Every library ``ldd`` reports "not found" (imports here: this is the rare path)."""
    import re
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        listing = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(re.findall(r"^\s*(\S+)\s*=>\s*not found", listing, re.MULTILINE)))


def _first_missing(loader_error: str) -> str:
    """The library named by the loader's own message ("libx.so.4: cannot open …")."""
    return loader_error.split(":", 1)[0].strip() or loader_error


def uses_x11(environment: Mapping[str, str]) -> bool:
    """Whether Qt will try its X11 plugin: on Linux, when asked for ``xcb`` or when
    nothing is asked and no Wayland session could serve instead."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environment.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return not environment.get("WAYLAND_DISPLAY")


def window_start_problem(
    environment: Mapping[str, str] | None = None, plugin: Path | None = None
) -> str | None:
    """Why the window cannot open on this machine, in one line that says what to do,
    or None when nothing stands in the way that can be seen before Qt starts."""
    environment = os.environ if environment is None else environment
    if not uses_x11(environment):
        return None
    if not environment.get("DISPLAY"):
        return (
            "no graphical display here (DISPLAY is not set): start the app from a desktop "
            "session; the other commands (workbench --help) work without one"
        )
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None  # an unusual install: let Qt say what it misses
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = sorted({debian_package(name) for name in missing})
    return (
        f"the window cannot open: this system lacks {', '.join(missing)}, which Qt's X11 "
        f"support needs; install {'it' if len(missing) == 1 else 'them'} "
        f"(Debian, Ubuntu: sudo apt-get install {' '.join(packages)})"
    )

"""The user's preferences, kept as one small JSON file in the config folder.

Qt-free on purpose: the command line and tests read the same author name
and recent projects as the GUI. A missing or unreadable file gives the
defaults rather than an error: losing preferences must never stop the app.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from db.vocabulary import DOCUMENT_LANGUAGES
from workbench.inputs import MISSING, what_is_wrong
from workbench.paths import AppPaths
from workbench.tempfiles import atomic_write

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
INTERFACE_LANGUAGES = ("en", "ru", "kk")
MAX_RECENT = 10
_WINDOWS_LANGUAGES = {0x19: "ru", 0x3F: "kk"}
"""Windows' primary language ids of the interface languages besides English."""


def interface_language(chosen: str) -> str:
    """The language the interface shows: the one chosen in settings, else the
    system's where we have it, else English. Read before the window exists (the
    first project's submission is offered in it), as Qt reads it: the user's UI
    language on Windows, the locale variables elsewhere."""
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    if sys.platform == "win32":
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF
        return _WINDOWS_LANGUAGES.get(primary, "en")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in INTERFACE_LANGUAGES else "en"
    return "en"


@dataclass(frozen=True)
class Settings:
    author: str = ""
    """Recorded on every change; empty means $WORKBENCH_AUTHOR or the login name."""
    interface_language: str = ""
    """A code from INTERFACE_LANGUAGES, or "" to follow the system's language."""
    document_language: str = "en"
    """The language new submissions start with."""
    recent_projects: tuple[str, ...] = field(default=())
    """Most recent first; the first is the one ``workbench`` reopens."""
    window_geometry: str = ""
    """QWidget.saveGeometry() as base64, opaque to everything but the GUI."""
    window_state: str = ""
    """QMainWindow.saveState() as base64."""

    @property
    def last_project(self) -> Path | None:
        return Path(self.recent_projects[0]) if self.recent_projects else None

    def with_recent(self, path: Path) -> Settings:
        """These settings with ``path`` moved to the front of the recent projects."""
        text = str(Path(path).resolve())
        others = [p for p in self.recent_projects if p != text]
        return replace(self, recent_projects=(text, *others)[:MAX_RECENT])

    def without_recent(self, path: Path) -> Settings:
        text = str(Path(path).resolve())
        return replace(self, recent_projects=tuple(p for p in self.recent_projects if p != text))


def settings_path(paths: AppPaths) -> Path:
    return paths.config / SETTINGS_FILE


def load_settings(paths: AppPaths) -> Settings:
    """The saved settings, or the defaults for anything missing or invalid (or a
    settings file that is no regular file: a named pipe would block the start)."""
    problem = what_is_wrong(settings_path(paths))
    if problem is not None:
        if problem != MISSING:
            log.warning("ignoring settings %s: %s", settings_path(paths), problem)
        return Settings()
    try:
        raw = json.loads(settings_path(paths).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable settings: %s", error)
        return Settings()
    return _from_json(raw) if isinstance(raw, dict) else Settings()


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write atomically (temporary file, then rename), so a crash never leaves half a file."""
    target = settings_path(paths)
    paths.ensure(target.parent)
    data = asdict(settings)
    data["recent_projects"] = list(settings.recent_projects)
    # Settings may be linked in from elsewhere (a dotfiles folder): the link is
    # replaced by the new file, never written through.
    with atomic_write(target, "w", replace_link=True) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=2))


def _from_json(raw: dict[str, Any]) -> Settings:
    defaults = Settings()

    def text(name: str, allowed: tuple[str, ...] | None = None) -> str:
        value = raw.get(name)
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            return str(getattr(defaults, name))
        return value

    recent = raw.get("recent_projects")
    return Settings(
        author=text("author"),
        interface_language=text("interface_language", ("", *INTERFACE_LANGUAGES)),
        document_language=text("document_language", DOCUMENT_LANGUAGES),
        recent_projects=tuple(p for p in recent if isinstance(p, str))[:MAX_RECENT]
        if isinstance(recent, list)
        else (),
        window_geometry=text("window_geometry"),
        window_state=text("window_state"),
    )

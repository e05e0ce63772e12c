"""Where Workbench keeps its own files: one object, from platformdirs or any root.

Nothing is created at import time; folders are made when first needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PROJECT_SUFFIX = ".wbproj"
"""The project file's extension."""
BUNDLE_SUFFIX = ".wbshare"
"""A share bundle's (workbench.share): what a colleague sends to be merged."""

APP_NAME = "Workbench"
APP_AUTHOR = "Workbench"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    """Default project, backups."""
    config: Path
    """Settings, recent projects."""
    logs: Path
    """The log file and its rotated copies (see workbench.logs)."""
    documents: Path
    """Where exports and shares are offered to go: the user's Documents folder,
    never the hidden data folder (a file put there cannot be found to send)."""

    @classmethod
    def for_user(cls) -> AppPaths:
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            documents=Path(platformdirs.user_documents_dir()),
        )

    @classmethod
    def from_environment(cls) -> AppPaths:
        """The user's folders, or all under ``$WORKBENCH_HOME`` when that is set (portable
        use); a relative one is taken from the current folder, so every path a
        command prints (a backup's, in ``--json``) is absolute."""
        root = os.environ.get("WORKBENCH_HOME")
        return cls.rooted_at(Path(root).absolute()) if root else cls.for_user()

    @classmethod
    def rooted_at(cls, root: Path) -> AppPaths:
        """Every folder under one root: for tests and portable installs."""
        return cls(
            data=root / "data",
            config=root / "config",
            logs=root / "logs",
            documents=root / "documents",
        )

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def default_project(self) -> Path:
        return self.data / f"My library{PROJECT_SUFFIX}"

    def ensure(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def sidecars(project: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log (``-wal``) and its index (``-shm``) beside a project
    file: the log holds changes not yet checkpointed into the file itself."""
    return (project.with_name(project.name + "-wal"), project.with_name(project.name + "-shm"))

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

"""Shared fixtures: real project files in tmp_path, app folders rooted there too."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.library import Library
from workbench.logs import setup_logging, stop_logging
from workbench.paths import AppPaths
from workbench.project import Project


@pytest.fixture(scope="session", autouse=True)
def isolated_session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-scoped fixtures run before a test's own ``isolated_home``: without this,
    one that merges (and so backs up) wrote into the user's real backups folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_HOME", str(tmp_path_factory.mktemp("session-home")))
        yield


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """Keep every test's settings, backups and default project out of the user's folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    monkeypatch.setenv("WORKBENCH_AUTHOR", "Test Author")
    return AppPaths.rooted_at(home)


class TickingClock:
    """A clock that moves one second per reading: distinct, ordered timestamps."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "test.wbproj", author="Test Author", clock=TickingClock()) as p:
        yield p


@pytest.fixture
def library(project: Project) -> Library:
    return Library(project)


@pytest.fixture(autouse=True)
def no_logging_left() -> Iterator[None]:
    """What a test set up for logging (the command line sets it up on every run) goes
    with it: no test writes to another's log file or stream."""
    yield
    stop_logging()


@pytest.fixture
def log_file(isolated_home: AppPaths) -> Path:
    """The log file, set up as the app and the command line set it up, in this test's home."""
    path = setup_logging(isolated_home, stderr=False)
    assert path is not None
    return path

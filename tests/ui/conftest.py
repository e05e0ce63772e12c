"""GUI fixtures: a starter project on disk, a workspace over it, a recorder for messages."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui import messages
from ui.main_window import MainWindow
from ui.workspace import Workspace
from workbench.project import Project
from workbench.settings import Settings
from workbench.starter import create_project


@pytest.fixture(scope="session")
def starter_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the starter project once; each test copies the file (much faster than loading)."""
    path = tmp_path_factory.mktemp("starter") / "starter.wbproj"
    create_project(path).close()
    return path


@pytest.fixture
def starter_path(starter_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "starter.wbproj"
    target.write_bytes(starter_template.read_bytes())
    return target


@pytest.fixture
def workspace(qapp, starter_path: Path) -> Iterator[Workspace]:
    space = Workspace(Project.open(starter_path))
    yield space
    space.close()


class MessageRecorder:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, text: str) -> None:
        self.shown.append((title, text))


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English whatever the machine's language (the app follows the
    system's language when none is chosen; tests/ui/test_translations.py checks that)."""
    import ui.translations

    monkeypatch.setattr(ui.translations, "system_language", lambda: "en")


@pytest.fixture(autouse=True)
def recorded_messages(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    """No modal message box ever blocks a test: messages are recorded instead."""
    recorder = MessageRecorder()
    monkeypatch.setattr(messages, "presenter", recorder)
    return recorder


@pytest.fixture
def window(qtbot, isolated_home, starter_path: Path) -> Iterator[MainWindow]:
    """The real main window on a copy of the starter project."""

    main = MainWindow(isolated_home, Settings())
    qtbot.addWidget(main)
    main.show()
    assert main.open_project(starter_path)
    yield main
    main.close()


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Other tests read English: whatever language a test installs is removed after it."""
    from ui.translations import install_language

    yield
    install_language("en")

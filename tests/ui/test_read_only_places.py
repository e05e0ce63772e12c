"""The app opening a project it cannot write (a read-only disk, an immutable file):
a clear message naming the file and saying why, never "damaged" nor a restore offer,
and the window stays usable. The app has no read-only mode; the command line's
``info``, ``search``, ``dump``, ``check`` and ``export`` read such a project."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests import places
from ui.main_window import MainWindow
from workbench.settings import Settings


def _window(qtbot, isolated_home) -> MainWindow:
    main = MainWindow(isolated_home, Settings())
    qtbot.addWidget(main)
    main.show()
    return main


@places.needs_root
def test_a_project_on_a_read_only_disk_is_refused_with_the_reason(
    qtbot, isolated_home, starter_path: Path, tmp_path: Path, recorded_messages
) -> None:
    with places.tmpfs(tmp_path / "medium", "32m") as medium:
        shutil.copyfile(starter_path, medium / "p.wbproj")
        places.seal(medium)
        window = _window(qtbot, isolated_home)
        assert not window.open_project(medium / "p.wbproj")
        window.close()
    [(title, text)] = recorded_messages.shown
    assert title == "Project not opened"
    assert "“p.wbproj” (folder “medium”)" in text and "the disk is read-only" in text
    assert "damaged" not in text and "Copy it to a folder" in text


@places.needs_root
def test_an_immutable_project_is_refused_with_the_reason(
    qtbot, isolated_home, starter_path: Path, recorded_messages
) -> None:
    with places.immutable(starter_path):
        window = _window(qtbot, isolated_home)
        assert not window.open_project(starter_path)
        window.close()
    [(_title, text)] = recorded_messages.shown
    assert "the file is read-only" in text
    assert not list(starter_path.parent.glob("*.lock"))

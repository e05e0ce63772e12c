"""A second launch hands its file to the running app (ui/single_instance.py): a real
second process (`workbench gui FILE`) talks to the window's server over a local
socket and exits; the window opens the project, or offers the bundle in Merge from
a Colleague…; a socket a crashed app left behind does not stop the next one."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs.merge_dialog import MergeDialog
from ui.main_window import MainWindow
from ui.single_instance import InstanceServer, hand_over, server_name
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.settings import Settings
from workbench.share import share

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def listening(window: MainWindow, isolated_home: AppPaths):
    server = InstanceServer(isolated_home, window)
    server.received.connect(window.receive_file)
    assert server.listen()
    yield server
    server.close()


def _second_launch(qtbot, file: Path | None) -> subprocess.CompletedProcess[str]:
    """``workbench gui [FILE]`` as a file manager would start it, run while this
    process's event loop answers."""
    argv = [sys.executable, "-m", "workbench.cli", "gui", *([str(file)] if file else [])]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return subprocess.CompletedProcess(argv, process.returncode, out.decode(), err.decode())


def test_a_project_double_clicked_while_the_app_runs_opens_in_its_window(
    qtbot, window: MainWindow, listening: InstanceServer, starter_template: Path, tmp_path: Path
) -> None:
    other = tmp_path / "Жоба — екінші.wbproj"
    shutil.copyfile(starter_template, other)
    launched = _second_launch(qtbot, other)
    assert launched.returncode == 0, launched.stderr
    assert "Handed to the Workbench already running" in launched.stdout
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.workspace.project.path == other,
        timeout=30_000,
    )


def test_a_bundle_double_clicked_is_offered_for_merging_into_the_open_project(
    qtbot, window: MainWindow, listening: InstanceServer, starter_template: Path, tmp_path: Path
) -> None:
    theirs = tmp_path / "theirs.wbproj"
    shutil.copyfile(starter_template, theirs)
    bundle = tmp_path / "от Айгерим.wbshare"
    with Project.open(theirs, author="Айгерим") as project:
        share(project, bundle)
    seen: list[str] = []

    def close_the_merge_dialog_once_read() -> None:
        # A timer, not qtbot.waitUntil: the dialog runs its own (nested) event loop.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog) and dialog.plan is not None and not seen:
            seen.append(dialog.path.text())
            dialog.reject()

    watcher = QTimer(window)
    watcher.timeout.connect(close_the_merge_dialog_once_read)
    watcher.start(50)
    launched = _second_launch(qtbot, bundle)
    assert launched.returncode == 0, launched.stderr
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    watcher.stop()
    assert seen == [str(bundle)]


def test_a_bundle_given_before_any_project_is_open_waits_for_one(
    qtbot, isolated_home: AppPaths, starter_path: Path, tmp_path: Path
) -> None:
    """`workbench gui BUNDLE` with no app running: the window opens the last
    project, then offers the bundle (it is not lost while the project opens)."""
    bundle = tmp_path / "bundle.wbshare"
    with Project.open(starter_path) as project:
        share(project, bundle)
    main = MainWindow(isolated_home, Settings())
    qtbot.addWidget(main)
    main.show()
    main.receive_file(bundle)
    offered: list[Path] = []
    main.merge_from_colleague = lambda path=None: offered.append(path)  # type: ignore[method-assign]
    main.open_in_background(starter_path)
    qtbot.waitUntil(lambda: offered == [bundle], timeout=30_000)
    main.close()


def test_no_running_app_means_no_hand_over(qtbot, isolated_home: AppPaths, tmp_path: Path) -> None:
    assert not Path(server_name(isolated_home)).exists()
    assert hand_over(isolated_home, tmp_path / "x.wbproj") is False


def test_a_socket_left_by_a_crashed_app_is_replaced(
    qtbot, window: MainWindow, isolated_home: AppPaths
) -> None:
    name = server_name(isolated_home)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # bound, never listening, never removed: as after a crash
    stale.close()
    assert Path(name).exists()
    assert hand_over(isolated_home, None) is False  # nobody answers: start alone
    server = InstanceServer(isolated_home, window)
    assert server.listen()
    server.close()

"""The GUI tests marked ``xcb`` again, on a real X display, as users run the app.

Most GUI tests run on Qt's ``offscreen`` platform, which has no keyboard, no
window system and no X11 libraries: a key bound twice, a missing library or a
window that never maps would pass there. So the suite starts a virtual X
server (Xvfb, through ``xvfb-run``) and runs the ``xcb``-marked tests again
inside it, keys sent through the X server by ``xdotool`` with an English and
Kazakh keyboard, any Qt warning failing the test. When the suite itself runs on
``xcb`` (``QT_QPA_PLATFORM=xcb`` with a display) the marked tests have just
run directly, and only the launch test below is added.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from workbench.starter import create_project

REPOSITORY = Path(__file__).resolve().parents[2]
SCREEN = "1920x1080x24"  # room for the window's default 1280x800 and its dialogs
NEEDED = ("xvfb-run", "xdotool", "setxkbmap", "xauth")


def _missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@pytest.mark.slow
def test_the_xcb_marked_tests_pass_on_a_real_x_display(qapp, tmp_path: Path) -> None:
    if QGuiApplication.platformName() == "xcb":
        pytest.skip("this run is on a real display already: the marked tests ran directly")
    missing = _missing_tools()
    if missing:
        pytest.skip(
            f"needs {', '.join(missing)} (apt-get install xvfb xauth xdotool x11-xkb-utils)"
        )
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONDONTWRITEBYTECODE": "1"}
    environment.pop("WAYLAND_DISPLAY", None)
    command = [
        "xvfb-run", "--auto-servernum", f"--server-args=-screen 0 {SCREEN}",
        sys.executable, "-m", "pytest", "-q", "-m", "xcb", "-p", "no:cacheprovider",
        "-o", "qt_log_level_fail=WARNING", "--basetemp", str(tmp_path / "run"),
        "tests",
    ]  # fmt: skip
    run = subprocess.run(
        command,
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    report = (run.stdout + run.stderr)[-6000:]
    assert run.returncode == 0, report
    assert " passed" in run.stdout and "Ambiguous shortcut" not in report, report


@pytest.mark.xcb
def test_the_workbench_command_opens_its_window_and_quits_on_ctrl_q(qapp, tmp_path: Path) -> None:
    """The installed command, as the README runs it: window mapped on the X display,
    project opened, Ctrl+Q pressed on the keyboard, a clean exit with no Qt warning."""
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X display (run by the test above, under Xvfb)")
    project = tmp_path / "Жоба.wbproj"
    create_project(project).close()
    script = Path(sys.executable).with_name("workbench")
    environment = {
        **os.environ,
        "WORKBENCH_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "kk_KZ.UTF-8",
    }
    app = subprocess.Popen(
        [script, "gui", str(project)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _wait_for_window(f"{project.stem} — Workbench")
        subprocess.run(["xdotool", "windowactivate", "--sync", window], check=False)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], check=True)
        _out, errors = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, errors
    assert "QXcb" not in errors and "Ambiguous" not in errors and "Warning" not in errors, errors


def _wait_for_window(title: str, seconds: float = 30.0) -> str:
    """The X id of the window titled ``title`` once it shows the open project."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", title], capture_output=True, text=True, check=False
        ).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} appeared within {seconds} s")

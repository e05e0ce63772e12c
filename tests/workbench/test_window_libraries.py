"""Before Qt starts, the app names a missing system library and its package.

The broken plugin is real: a copy of Qt's own X11 plugin whose list of needed
libraries names one that no system has (the name is patched in place, same
length), so the loader fails on it exactly as on a machine lacking a package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench import cli, window_libraries
from workbench.exits import EXIT_CANNOT_START
from workbench.window_libraries import (
    debian_package,
    missing_libraries,
    uses_x11,
    window_start_problem,
    xcb_plugin,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux only"
)

PRESENT = "libxcb-icccm.so.4"
ABSENT = "libxcb-icccX.so.4"  # same length, so the ELF string table stays valid


@pytest.fixture
def broken_plugin(tmp_path: Path) -> Path:
    plugin = xcb_plugin()
    assert plugin is not None, "PySide6 ships libqxcb.so on Linux"
    qt = plugin.parents[2]  # the plugin finds Qt's libraries at $ORIGIN/../../lib
    (tmp_path / "lib").symlink_to(qt / "lib")
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.parent.mkdir(parents=True)
    data = plugin.read_bytes()
    assert PRESENT.encode() in data
    copy.write_bytes(data.replace(PRESENT.encode() + b"\0", ABSENT.encode() + b"\0"))
    return copy


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_a_library_is_named_with_the_package_that_brings_it(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_the_installed_plugin_loads_here() -> None:
    """This machine (and CI) has what the README's apt line installs."""
    plugin = xcb_plugin()
    assert plugin is not None
    assert missing_libraries(plugin) == []


def test_a_plugin_needing_an_absent_library_is_caught_before_qt(broken_plugin: Path) -> None:
    assert missing_libraries(broken_plugin) == [ABSENT]
    problem = window_start_problem({"DISPLAY": ":0"}, broken_plugin)
    assert problem is not None
    assert ABSENT in problem and "sudo apt-get install libxcb-iccc" in problem


def test_no_display_is_said_plainly() -> None:
    problem = window_start_problem({})
    assert problem is not None and "DISPLAY" in problem


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_only_an_x11_start_is_checked(environment: dict[str, str], expected: bool) -> None:
    assert uses_x11(environment) is expected


def test_the_app_command_stops_with_the_message_and_creates_nothing(
    broken_plugin: Path,
    isolated_home,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(window_libraries, "xcb_plugin", lambda: broken_plugin)
    monkeypatch.setattr(cli, "launch_gui", lambda _path: pytest.fail("Qt must not start"))
    assert cli.main([]) == EXIT_CANNOT_START
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and ABSENT in error and "Traceback" not in error
    assert not isolated_home.default_project.exists()

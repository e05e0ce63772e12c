"""The desktop bundle (packaging/, docs/packaging.md), run as a user without Python runs it.

The bundle is built once per test run (``packaging/build_bundle.py``, which makes a
build venv of its own with PyInstaller when there is none) into a temporary folder,
or into ``$WORKBENCH_BUNDLE_DIST`` when set (CI keeps it there for the .deb step).
``WORKBENCH_BUNDLE=dist/workbench`` tests a bundle already built, building nothing.

Every command runs under ``env -i`` with only HOME (a temporary folder), PATH
(``/usr/bin:/bin``), LANG and, for the window, DISPLAY and XAUTHORITY: nothing of
the virtual environment or of this checkout can help it. Linux only: the Windows
and macOS builds are documented, not run (docs/packaging.md).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

from db.schema import ALEMBIC_REVISIONS, SCHEMA_VERSION
from workbench import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle only"),
]

Found = TypeVar("Found")

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "packaging" / "build_bundle.py"
OLD_PROJECT = ROOT / "tests" / "data" / "project-v1.wbproj"
SCREEN = "1920x1080x24"
WINDOW_SECONDS = 30.0
"""From starting the window to its process gone, starter project opened in between."""

# Text of the starter submission in each language (resources/starter/ru, kk).
RUSSIAN = "Свобода слова и выражения мнений в Казахстане"
KAZAKH = "Қазақстандағы сөз және пікір білдіру бостандығы"

# Qt libraries the app does not use, left out by packaging/workbench.spec.
LEFT_OUT = ("libQt6Pdf", "libQt6Qml", "libQt6Quick", "libQt6PrintSupport")
LEFT_OUT += ("libQt6EglFSDeviceIntegration", "libgtk-3", "libQt6OpenGLWidgets")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled executable, built once per run unless one is named."""
    given = os.environ.get("WORKBENCH_BUNDLE")
    if given:
        executable = Path(given).resolve() / "workbench"
        assert executable.is_file(), f"WORKBENCH_BUNDLE names no bundle: {executable}"
        return executable
    dist = os.environ.get("WORKBENCH_BUNDLE_DIST") or tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    build = subprocess.run(
        [sys.executable, str(BUILD), "--dist", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert build.returncode == 0, (build.stdout + build.stderr)[-6000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return Path(dist).resolve() / "workbench" / "workbench"


def user_environment(home: Path, **more: str) -> list[str]:
    """``env -i`` and what a user's session would give the app, nothing else."""
    home.mkdir(exist_ok=True)
    values = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **more}
    return ["env", "-i", *(f"{name}={value}" for name, value in values.items())]


def run(bundle: Path, home: Path, *arguments: str, **more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*user_environment(home, **more), str(bundle), *arguments],
        cwd=home.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_holds_what_the_app_reads_and_no_qt_it_does_not_use(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    for needed in (
        "resources/starter/library.json",
        "resources/templates/reference.docx",
        "resources/translations/workbench_ru.qm",
        "resources/translations/workbench_kk.qm",
        "resources/icons/app.svg",
        "db/migrations/env.py",
        "docx/templates/default-footer.xml",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/translations/qtbase_kk.qm",
        "libxcb-cursor.so.0",  # the X11 libraries Qt's xcb plugin needs come along
        "libxkbcommon-x11.so.0",
    ):
        assert (inside / needed).exists(), needed
    migrations = {path.stem for path in (inside / "db" / "migrations" / "versions").glob("0*.py")}
    assert migrations == set(ALEMBIC_REVISIONS.values())
    names = [path.name for path in inside.rglob("*")]
    assert [name for name in names if name.startswith(LEFT_OUT)] == []
    assert [name for name in names if name.endswith(".ts")] == []


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path / "home", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"workbench {__version__}"
    installer = (ROOT / "packaging" / "workbench.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in installer, "workbench.iss: AppVersion"


def test_the_unpacked_bundle_installs_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    """Unpacked anywhere (no .deb): `install-desktop` puts the menu entry and the file
    types in the user's data folder, the entry starting this bundle's executable."""
    data = tmp_path / "home" / ".local" / "share"
    result = run(bundle, tmp_path / "home", "install-desktop")
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "workbench.desktop").read_text(encoding="utf-8")
    assert f"Exec={bundle} gui %f" in entry
    assert (data / "mime" / "packages" / "workbench.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "workbench.png").is_file()


def test_without_a_display_the_app_says_so_and_exits_3(bundle: Path, tmp_path: Path) -> None:
    """The app's check before Qt starts (workbench.window_libraries) runs in the bundle
    too: one line naming the missing display, exit code 3, no abort from Qt."""
    result = run(bundle, tmp_path / "home", "gui", "Жоба.wbproj")
    assert result.returncode == 3, result.stderr
    assert "no graphical display here" in result.stderr


def test_a_new_project_exports_the_starter_submission_in_russian_and_kazakh(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    created = run(bundle, home, "new", "Жоба.wbproj")
    assert created.returncode == 0, created.stderr
    exported = run(
        bundle, home, "export", "Жоба.wbproj", "-o", "Ұсыныстар.docx",
        "--language", "ru", "--second-language", "kk",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("Wrote Ұсыныстар.docx: 10 recommendations")
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc reads the document back (apt-get install pandoc)")
    text = subprocess.run(
        ["pandoc", "-t", "plain", str(tmp_path / "Ұсыныстар.docx")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert RUSSIAN in text and KAZAKH in text


def test_an_old_project_is_upgraded_and_an_encrypted_share_merges(
    bundle: Path, tmp_path: Path
) -> None:
    """Alembic's migrations run from the bundle; cryptography and the stemmers load."""
    home = tmp_path / "home"
    shutil.copyfile(OLD_PROJECT, tmp_path / "old.wbproj")
    passphrase = {"WORKBENCH_PASSPHRASE": "пароль"}
    assert run(bundle, home, "new", "ours.wbproj").returncode == 0
    shared = run(bundle, home, "share", "ours.wbproj", "-o", "s.wbshare", "--encrypt", **passphrase)
    assert shared.returncode == 0, shared.stderr
    merged = run(bundle, home, "merge", "old.wbproj", "s.wbshare", "--json", **passphrase)
    assert merged.returncode == 0, merged.stderr
    info = json.loads(run(bundle, home, "info", "old.wbproj", "--json").stdout)
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["counts"]["recommendation"] >= 10
    found = run(bundle, home, "search", "old.wbproj", "журналисты", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["results"], "a word form found nothing"


def test_the_window_opens_the_starter_project_and_quits_on_ctrl_q(
    bundle: Path, tmp_path: Path
) -> None:
    """On a real X server (Xvfb): the window shows the project, the reader process runs
    beside it (the bundle starting itself again), a second launch on another project
    hands it to the running window (Qt's local socket is in the bundle) and exits,
    Ctrl+Q ends both, exit code 0."""
    home = tmp_path / "home"
    assert run(bundle, home, "new", "Жоба.wbproj").returncode == 0
    assert run(bundle, home, "new", "Екінші.wbproj").returncode == 0
    with virtual_display(tmp_path) as display:
        started = time.monotonic()
        app = subprocess.Popen(
            [
                *user_environment(home, QT_QPA_PLATFORM="xcb", **display),
                str(bundle),
                "gui",
                str(tmp_path / "Жоба.wbproj"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = _wait_for_window("Жоба — Workbench", display, started)
            reader = _wait_for(lambda: _processes_of(bundle, "--multiprocessing-fork"), started)
            assert reader, "no reader process started beside the window"
            borrowed = _libraries_from_outside(app.pid, bundle.parent)
            second = run(
                bundle,
                home,
                "gui",
                str(tmp_path / "Екінші.wbproj"),
                QT_QPA_PLATFORM="xcb",
                **display,
            )
            assert second.returncode == 0, second.stderr
            assert "Handed to the Workbench already running" in second.stdout
            window = _wait_for_window("Екінші — Workbench", display, started)
            environment = {**os.environ, **display}
            subprocess.run(
                ["xdotool", "windowfocus", "--sync", window], env=environment, check=True
            )
            subprocess.run(
                ["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=environment, check=True
            )
            _out, errors = app.communicate(timeout=_left(started))
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
        took = time.monotonic() - started
        left = _wait_for(lambda: not _processes_of(bundle), started, WINDOW_SECONDS + 5)
        for pid in _processes_of(bundle):
            os.kill(pid, 9)
    assert app.returncode == 0, errors
    assert borrowed == [], f"the window loaded these from the system, not the bundle: {borrowed}"
    assert left, "a process of the bundle outlived the window"
    assert "Traceback" not in errors and "QXcb" not in errors, errors
    assert took < WINDOW_SECONDS
    log = (home / ".local" / "state" / "Workbench" / "log" / "workbench.log").read_text("utf-8")
    assert "the app starts" in log and "open a project done" in log, log[-3000:]
    assert re.search(r" (WARNING|ERROR|CRITICAL) |Traceback", log) is None, log[-3000:]


# --- helpers ----------------------------------------------------------------------


@contextmanager
def virtual_display(folder: Path) -> Iterator[dict[str, str]]:
    """An Xvfb server with its own authority file: DISPLAY and XAUTHORITY for it."""
    missing = [tool for tool in ("Xvfb", "xauth", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xauth xdotool)")
    authority = folder / "Xauthority"
    cookie = secrets.token_hex(16)
    for number in range(120, 200):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        subprocess.run(
            ["xauth", "-q", "-f", str(authority), "add", f":{number}", ".", cookie],
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", SCREEN, "-auth", str(authority)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if server.poll() is not None or not socket.exists():
            server.kill()
            server.wait()
            continue  # taken by another server meanwhile: the next number
        try:
            yield {"DISPLAY": f":{number}", "XAUTHORITY": str(authority)}
        finally:
            server.terminate()
            server.wait(timeout=10)
        return
    raise AssertionError("no free X display number between :120 and :199")


def _left(started: float) -> float:
    return max(0.1, WINDOW_SECONDS - (time.monotonic() - started))


def _wait_for(
    condition: Callable[[], Found], started: float, seconds: float = WINDOW_SECONDS
) -> Found:
    """What ``condition`` gives once it is true, or at the deadline."""
    while True:
        found = condition()
        if found or time.monotonic() - started > seconds:
            return found
        time.sleep(0.1)


def _wait_for_window(title: str, display: dict[str, str], started: float) -> str:
    def search() -> str:
        found = subprocess.run(
            ["xdotool", "search", "--name", title],
            env={**os.environ, **display},
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        return found[-1] if found else ""

    window: str = _wait_for(search, started)
    assert window, f"no window titled {title!r} within {WINDOW_SECONDS} s"
    return window


BUNDLED = ("libQt", "libpyside", "libshiboken", "libpython", "libicu", "libxcb-", "libX")
BUNDLED += ("libxkbcommon", "libfontconfig", "libfreetype", "libssl", "libcrypto", "libsqlite")
"""Libraries the bundle brings (all but glibc, OpenGL/EGL and libxcb itself)."""


def _libraries_from_outside(pid: int, folder: Path) -> list[str]:
    """Libraries the bundle brings that process ``pid`` loaded from elsewhere."""
    mapped = {
        line.split()[-1]
        for line in Path(f"/proc/{pid}/maps").read_text().splitlines()
        if ".so" in line and line.split()[-1].startswith("/")
    }
    return sorted(
        path
        for path in mapped
        if Path(path).name.startswith(BUNDLED) and folder not in Path(path).parents
    )


def _processes_of(executable: Path, *marks: str) -> list[int]:
    """Processes running ``executable`` (whose command line has every mark)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if Path(os.readlink(entry / "exe")) != executable:
                continue
            command = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if all(mark in command for mark in marks):
            found.append(int(entry.name))
    return found

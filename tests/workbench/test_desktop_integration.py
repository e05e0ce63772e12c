"""`workbench install-desktop`: the desktop entry, MIME types and icons installed
into a temporary XDG data folder, read back by what desktops use: the
freedesktop tools' caches, Qt's MIME database, `xdg-mime`, and
`desktop-file-validate` on the entry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import desktop_integration
from workbench.cli import main

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="freedesktop.org desktops")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed (.ci/run installs it)")
    return found


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "данные"  # a Cyrillic folder name, as a user's may be
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_installed_files_make_the_app_open_projects_and_bundles(data_home: Path, capsys) -> None:
    assert main(["install-desktop"]) == 0
    assert "Refreshed: update-mime-database, update-desktop-database" in capsys.readouterr().out
    entry = data_home / "applications" / "workbench.desktop"
    checked = subprocess.run([_tool("desktop-file-validate"), str(entry)], capture_output=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    exec_line = next(x for x in entry.read_text().splitlines() if x.startswith("Exec="))
    assert exec_line.endswith(" gui %f") and "workbench" in exec_line
    command = exec_line.removeprefix("Exec=").removesuffix(" %f").split(" ")
    assert Path(command[0]).is_file()  # the command that installed it, by its full path
    for size in ("16x16", "48x48", "256x256", "scalable"):
        assert list((data_home / "icons" / "hicolor" / size / "apps").glob("workbench.*"))

    env = {**os.environ, "XDG_DATA_DIRS": f"{data_home}:/usr/share"}
    for mime in desktop_integration.MIME_TYPES:
        default = subprocess.run(
            [_tool("xdg-mime"), "query", "default", mime], capture_output=True, text=True, env=env
        )
        assert default.stdout.strip() == "workbench.desktop", (mime, default.stderr)
    assert _qt_mime_types(env, ["проект.wbproj", "от Айгерим.wbshare"]) == [
        "application/x-workbench-project",
        "application/x-workbench-share",
    ]


def _qt_mime_types(env: dict[str, str], names: list[str]) -> list[str]:
    """What Qt's MIME database (shared-mime-info, as file dialogs use it) calls files
    by these names, asked in a process of its own (it reads the database once)."""
    code = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print('\\n'.join(db.mimeTypeForFile(n, QMimeDatabase.MatchMode.MatchExtension).name()"
        " for n in sys.argv[1:]))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, *names], capture_output=True, text=True, env=env, check=True
    )
    return found.stdout.split()


def test_remove_takes_it_all_away(data_home: Path, capsys) -> None:
    installed = desktop_integration.install()
    assert main(["install-desktop", "--remove"]) == 0
    assert not any(path.exists() for path in installed.files)
    globs = (data_home / "mime" / "globs2").read_text()
    assert "wbproj" not in globs


def test_a_launcher_path_with_spaces_is_quoted_for_the_entry() -> None:
    assert desktop_integration._quoted("/opt/My Apps/workbench") == '"/opt/My Apps/workbench"'
    assert desktop_integration._quoted("/usr/bin/workbench") == "/usr/bin/workbench"

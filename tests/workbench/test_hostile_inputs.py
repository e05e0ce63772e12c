"""Every file we are given is checked before it is read.

A named pipe (FIFO) given as a project, interchange JSON, a file to merge, a
backup or a template used to block the command forever (``load`` holding the
project's lock all the while). Now anything that is not a regular file (a
FIFO, a device, a socket, a folder) is refused at once with one line, and a
missing file has its own words. FIFOs are tried in a child process with a time
limit, so a regression fails instead of hanging the suite."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.workbench.hostile import (
    assert_refused_in_one_line,
    content,
    run,
    run_child,
    small_project,
)
from workbench.errors import NotARegularFile
from workbench.inputs import MISSING, require_regular_file, what_is_wrong
from workbench.lock import lock_path_for
from workbench.paths import sidecars

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and devices")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return small_project(tmp_path / "p.wbproj")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder of its own (the app's folders are in ``tmp_path`` too)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _folder(folder: Path, name: str) -> Path:
    path = folder / name
    path.mkdir()
    return path


def _socket(folder: Path, name: str) -> Path:
    path = folder / name
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError:
        pytest.skip("the socket's path is too long here")
    finally:
        server.close()
    return path


def _device(_folder: Path, _name: str) -> Path:
    """A device that never ends: reading it whole would fill the memory."""
    return Path("/dev/zero")


Maker = Callable[[Path, str], Path]
NOT_FILES: dict[str, tuple[Maker, str]] = {
    "fifo": (_fifo, "named pipe"),
    "folder": (_folder, "folder"),
    "socket": (_socket, "socket"),
    "device": (_device, "device"),
}


# --- the check itself --------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(NOT_FILES))
def test_what_is_not_a_regular_file_is_named(tmp_path: Path, kind: str) -> None:
    make, word = NOT_FILES[kind]
    path = make(tmp_path, "x")
    assert word in (what_is_wrong(path) or "")
    with pytest.raises(NotARegularFile, match=f"{word}.*not a regular file") as caught:
        require_regular_file(path, "backup")
    assert caught.value.role == "backup" and caught.value.path == path


def test_a_regular_file_and_a_link_to_one_pass_a_missing_one_has_its_own_words(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(real)
    assert what_is_wrong(real) is None and what_is_wrong(tmp_path / "link.json") is None
    assert what_is_wrong(tmp_path / "absent.json") == MISSING
    assert what_is_wrong(real / "below") == MISSING  # a file where a folder should be
    with pytest.raises(NotARegularFile, match="no such file"):
        require_regular_file(tmp_path / "absent.json", "template")


# --- a project that is not a regular file, for every command that opens one ----------

COMMANDS_ON_A_PROJECT = [
    ("info",),
    ("search", "privacy"),
    ("dump", "-o", "{tmp}/out.json"),
    ("check",),
    ("load", "{tmp}/in.json"),
    ("export", "-o", "{tmp}/out.docx"),
    ("share", "-o", "{tmp}/out.wbshare"),
    ("merge", "{tmp}/in.json", "--dry-run"),
    ("merge", "{tmp}/in.json"),
]


def _argv(tmp_path: Path, project: Path, command: tuple[str, ...]) -> list[str]:
    rest = [part.format(tmp=tmp_path) for part in command[1:]]
    return [command[0], str(project), *rest]


def _no_trace_beside(project: Path) -> None:
    for trace in (*sidecars(project), lock_path_for(project)):
        assert not trace.exists(), trace


@pytest.mark.parametrize("command", COMMANDS_ON_A_PROJECT, ids=lambda c: " ".join(c[:2]))
def test_a_fifo_as_the_project_is_refused_at_once(work: Path, command) -> None:
    tmp_path = work
    (tmp_path / "in.json").write_text("{}", encoding="utf-8")
    fifo = _fifo(tmp_path, "p.wbproj")
    done = run_child(*_argv(tmp_path, fifo, command))
    assert_refused_in_one_line(done.returncode, done.stderr, str(fifo), "named pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    _no_trace_beside(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "p.wbproj"]


@pytest.mark.parametrize("kind", ["folder", "socket", "device"])
@pytest.mark.parametrize("command", COMMANDS_ON_A_PROJECT, ids=lambda c: " ".join(c[:2]))
def test_a_project_that_is_no_file_is_refused(work: Path, capsys, kind: str, command) -> None:
    tmp_path = work
    (tmp_path / "in.json").write_text("{}", encoding="utf-8")
    make, word = NOT_FILES[kind]
    path = make(tmp_path, "p.wbproj")
    code, _, err = run(capsys, *_argv(tmp_path, path, command))
    assert_refused_in_one_line(code, err, str(path), word, "not a regular file")
    if kind != "device":
        _no_trace_beside(path)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "p.wbproj"]


# --- files given to commands -------------------------------------------------------


def _given(tmp_path: Path, project: Path, command: str, given: Path) -> list[str]:
    return {
        "load": ["load", str(project), str(given)],
        "merge": ["merge", str(project), str(given)],
        "merge --dry-run": ["merge", str(project), str(given), "--dry-run"],
        "restore": ["restore", str(project), "--backup", str(given)],
        "export --template": [
            "export",
            str(project),
            "-o",
            str(tmp_path / "out.docx"),
            "--template",
            str(given),
        ],
    }[command]


GIVEN = ["load", "merge", "merge --dry-run", "restore", "export --template"]
ROLE = {
    "load": "interchange JSON file",
    "merge": "file to merge",
    "merge --dry-run": "file to merge",
    "restore": "backup",
    "export --template": "template",
}


@pytest.mark.parametrize("command", GIVEN)
def test_a_fifo_given_to_a_command_is_refused_at_once(
    tmp_path: Path, project: Path, command: str
) -> None:
    before = content(project)
    fifo = _fifo(tmp_path, "given")
    done = run_child(*_given(tmp_path, project, command, fifo))
    assert_refused_in_one_line(done.returncode, done.stderr, str(fifo), "named pipe")
    assert content(project) == before
    assert not lock_path_for(project).exists() and not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("kind", ["folder", "socket", "device"])
@pytest.mark.parametrize("command", GIVEN)
def test_a_file_given_that_is_no_file_is_refused(
    tmp_path: Path, project: Path, capsys, command: str, kind: str
) -> None:
    before = content(project)
    make, word = NOT_FILES[kind]
    given = make(tmp_path, "given")
    code, _, err = run(capsys, *_given(tmp_path, project, command, given))
    assert_refused_in_one_line(code, err, str(given), word, "not a regular file")
    if command != "export --template":
        assert ROLE[command] in err
    assert content(project) == before
    assert not lock_path_for(project).exists() and not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("command", GIVEN)
def test_a_missing_file_given_has_its_own_words(
    tmp_path: Path, project: Path, capsys, command: str
) -> None:
    before = content(project)
    code, _, err = run(capsys, *_given(tmp_path, project, command, tmp_path / "absent"))
    assert_refused_in_one_line(code, err, "absent", "no such file")
    assert content(project) == before


def test_a_fifo_as_the_project_to_restore_is_refused(tmp_path: Path, project: Path) -> None:
    fifo = _fifo(tmp_path, "q.wbproj")
    done = run_child("restore", fifo, "--backup", project)
    assert_refused_in_one_line(done.returncode, done.stderr, str(fifo), "named pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_fifo_as_the_settings_file_gives_the_defaults_without_waiting(tmp_path: Path) -> None:
    from workbench.paths import AppPaths
    from workbench.settings import Settings, load_settings, settings_path

    paths = AppPaths.rooted_at(tmp_path / "elsewhere")
    settings_path(paths).parent.mkdir(parents=True)
    os.mkfifo(settings_path(paths))
    assert load_settings(paths) == Settings()

"""Nothing is written through a link or to a name someone could guess.

Temporary files are created exclusively (a file or link planted at their name
makes the write fail rather than follow it), a target that is a symbolic link
is refused with one line and left as it was, and the lock file is never
opened through a link or as anything but a regular file."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest

from tests.workbench.hostile import (
    assert_refused_in_one_line,
    content,
    run,
    run_child,
    small_project,
)
from workbench import tempfiles
from workbench.errors import LinkRefused, LockFileRefused
from workbench.lock import ProjectLock, lock_path_for
from workbench.paths import AppPaths
from workbench.settings import Settings, save_settings, settings_path
from workbench.tempfiles import atomic_write, create_partial, partial_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs")

OUTSIDE = b"a file outside the project, which must not change"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file a planted link points to."""
    path = tmp_path / "elsewhere" / "precious.txt"
    path.parent.mkdir()
    path.write_bytes(OUTSIDE)
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return small_project(tmp_path / "p.wbproj")


# --- temporary files ---------------------------------------------------------------


def test_temporary_names_carry_64_random_bits(tmp_path: Path) -> None:
    names = {partial_path(tmp_path / "a.json").name for _ in range(50)}
    assert len(names) == 50
    random_part = next(iter(names)).split(".")[-2]
    assert len(random_part) == 16 and int(random_part, 16) >= 0


@pytest.mark.parametrize("planted", ["link", "file"])
def test_a_temporary_name_taken_in_advance_is_never_written_through(
    tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    """Were the name guessed, what sits there is not opened: the write fails."""
    monkeypatch.setattr(tempfiles, "unguessable_part", lambda: "0123456789abcdef")
    target = tmp_path / "out.json"
    guessed = partial_path(target)
    if planted == "link":
        guessed.symlink_to(outside)
    else:
        guessed.write_bytes(OUTSIDE)
    with pytest.raises(FileExistsError), atomic_write(target) as handle:
        handle.write(b"the new text")
    with pytest.raises(FileExistsError):
        create_partial(target)
    assert outside.read_bytes() == OUTSIDE and not target.exists()
    assert guessed.is_symlink() == (planted == "link")


def test_a_dangling_link_at_a_temporary_name_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfiles, "unguessable_part", lambda: "0123456789abcdef")
    target = tmp_path / "out.json"
    partial_path(target).symlink_to(tmp_path / "would-be-created")
    with pytest.raises(FileExistsError), atomic_write(target) as handle:
        handle.write(b"x")
    assert not (tmp_path / "would-be-created").exists()


# --- targets that are links --------------------------------------------------------


def test_atomic_write_refuses_a_link_target_and_leaves_it(tmp_path: Path, outside: Path) -> None:
    target = tmp_path / "out.json"
    target.symlink_to(outside)
    with pytest.raises(LinkRefused, match="symbolic link"), atomic_write(target) as handle:
        handle.write(b"the new text")
    assert target.is_symlink() and outside.read_bytes() == OUTSIDE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "out.json"]


@pytest.mark.parametrize(
    ("command", "name", "extra"),
    [
        ("share", "p.wbshare", []),
        ("dump", "p.json", []),
        ("export", "p.docx", []),
    ],
)
def test_a_command_refuses_to_write_through_a_link(
    tmp_path: Path, outside: Path, project: Path, capsys, command: str, name: str, extra: list[str]
) -> None:
    before = content(project)
    target = tmp_path / "out" / name
    target.parent.mkdir()
    target.symlink_to(outside)
    code, _, err = run(capsys, command, project, "-o", target, *extra)
    assert_refused_in_one_line(code, err, str(target), "symbolic link")
    assert target.is_symlink() and outside.read_bytes() == OUTSIDE
    assert [p.name for p in target.parent.iterdir()] == [name]
    assert content(project) == before


def test_a_dangling_link_as_target_is_refused_too(tmp_path: Path, project: Path, capsys) -> None:
    target = tmp_path / "p.json"
    target.symlink_to(tmp_path / "nowhere" / "made.json")
    code, _, err = run(capsys, "dump", project, "-o", target)
    assert_refused_in_one_line(code, err, "symbolic link")
    assert target.is_symlink() and not (tmp_path / "nowhere").exists()


def test_linked_settings_are_replaced_never_written_through(tmp_path: Path, outside: Path) -> None:
    """Settings may be linked in from a dotfiles folder: the link gives way to the
    new file; what it pointed to is left alone."""
    paths = AppPaths.rooted_at(tmp_path / "home")
    target = settings_path(paths)
    target.parent.mkdir(parents=True)
    target.symlink_to(outside)
    save_settings(paths, Settings(author="Ana"))
    assert not target.is_symlink() and "Ana" in target.read_text(encoding="utf-8")
    assert outside.read_bytes() == OUTSIDE


# --- the lock file -----------------------------------------------------------------


def test_a_link_planted_as_the_lock_file_is_refused_and_not_followed(
    tmp_path: Path, outside: Path, project: Path, capsys
) -> None:
    before = content(project)
    lock = lock_path_for(project)
    lock.symlink_to(outside)
    document = tmp_path / "in.json"
    document.write_text('{"format": "x"}', encoding="utf-8")
    code, _, err = run(capsys, "load", project, document)
    assert_refused_in_one_line(code, err, str(lock), "symbolic link")
    assert outside.read_bytes() == OUTSIDE and lock.is_symlink()
    assert content(project) == before


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
    except OSError as error:  # a path too long for a socket address
        if error.errno in (errno.ENAMETOOLONG, errno.EINVAL):
            pytest.skip("socket path too long here")
        raise
    finally:
        server.close()


@pytest.mark.parametrize("make", [_fifo, _folder, _socket], ids=["fifo", "folder", "socket"])
def test_a_lock_file_that_is_no_regular_file_is_refused(
    tmp_path: Path, project: Path, capsys, make
) -> None:
    before = content(project)
    lock = lock_path_for(project)
    make(lock)
    with pytest.raises(LockFileRefused, match="not a regular file"):
        ProjectLock(project).acquire()
    code, _, err = run(capsys, "export", project, "-o", tmp_path / "out.docx")
    assert_refused_in_one_line(code, err, str(lock), "not a regular file")
    assert not (tmp_path / "out.docx").exists()
    assert content(project) == before


def test_an_ordinary_lock_file_left_by_a_crash_is_still_taken_over(project: Path) -> None:
    lock_path_for(project).write_text('{"user": "gone"}', encoding="utf-8")
    lock = ProjectLock(project)
    lock.acquire()
    try:
        assert lock.took_over_stale
        assert '"pid"' in lock_path_for(project).read_text(encoding="utf-8")
    finally:
        lock.release()
    assert not lock_path_for(project).exists()


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
@pytest.mark.parametrize("make", ["fifo", "link"])
def test_a_sidecar_that_is_no_regular_file_is_refused_without_blocking(
    tmp_path: Path, project: Path, outside: Path, suffix: str, make: str
) -> None:
    """SQLite would block on a FIFO as its log, or write through a link to wherever
    it points: the project is refused in one line, nothing read or written."""
    sidecar = project.with_name(project.name + suffix)
    before = content(project)
    sidecar.unlink(missing_ok=True)  # an empty one the last close left
    if make == "fifo":
        os.mkfifo(sidecar)
    else:
        sidecar.symlink_to(outside)
    writing = ("export", "-o", tmp_path / "out.docx")
    for command in (("info",), ("dump", "-o", tmp_path / "d.json"), ("search", "x"), writing):
        result = run_child(command[0], project, *command[1:])  # a hang fails after a minute
        assert_refused_in_one_line(result.returncode, result.stderr, sidecar.name)
    assert outside.read_bytes() == OUTSIDE
    assert not (tmp_path / "out.docx").exists() and not (tmp_path / "d.json").exists()
    sidecar.unlink()
    assert content(project) == before


def test_new_onto_a_dangling_link_is_refused_and_the_link_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "new.wbproj"
    target = tmp_path / "elsewhere" / "not-yet.wbproj"
    link.symlink_to(target)
    code, _, err = run(capsys, "new", link)
    assert_refused_in_one_line(code, err, "new.wbproj")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert not target.exists() and not target.parent.exists()

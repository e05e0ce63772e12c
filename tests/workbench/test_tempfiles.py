"""A file is written whole or not at all: the target is the old file or the complete new
one, and no partial is left beside it whatever fails.

Leftovers of a killed writer are recognised by the process id in their name and removed
by the next writer to the same place; a file another live process is writing is left alone."""

import errno
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench import backups
from workbench.export import export_submission
from workbench.paths import AppPaths
from workbench.tempfiles import atomic_write, partial_path, replace_atomically


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_export_removes_a_killed_exports_leftover_only(tmp_path: Path) -> None:
    target = tmp_path / "out" / "paper.docx"
    target.parent.mkdir()
    dead = target.with_name(f".~paper.docx.{_dead_pid()}.0badc0de.partial")
    dead.write_bytes(b"half a document")
    live = partial_path(target)  # this process: still writing, as far as anyone knows
    live.write_bytes(b"being written")
    with build_small_project(tmp_path / "p.wbproj", TickingClock()) as project:
        export_submission(project, target)
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(["paper.docx", live.name])


def test_a_new_backup_removes_a_killed_backups_leftover_and_its_journal(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    folder = isolated_home.backups
    folder.mkdir(parents=True)
    leftover = folder / f".~p-20260101T000000000000Z-merge.wbproj.{_dead_pid()}.0badc0de.partial"
    for path in (leftover, Path(f"{leftover}-wal"), Path(f"{leftover}-shm")):
        path.write_bytes(b"x")
    with build_small_project(tmp_path / "p.wbproj", TickingClock()) as project:
        made = project.make_backup("manual")
    assert [p.name for p in folder.iterdir()] == [made.name]
    assert backups.is_good(made)


# --- atomic_write and replace_atomically -----------------------------------------------


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_atomic_write_leaves_the_whole_file_and_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_text("old", encoding="utf-8")
    with atomic_write(target, "w") as handle:
        handle.write("ünïcode ")
        handle.write("in two pieces")
        assert target.read_text(encoding="utf-8") == "old"  # not replaced while writing
    assert target.read_text(encoding="utf-8") == "ünïcode in two pieces"
    assert _names(tmp_path) == ["notes.json"]


@pytest.mark.parametrize("failure", [RuntimeError("a bug"), KeyboardInterrupt()])
def test_a_write_that_fails_midway_leaves_the_target_untouched_and_no_partial(
    tmp_path: Path, failure: BaseException
) -> None:
    target = tmp_path / "paper.docx"
    target.write_bytes(b"the version sent last week")
    with pytest.raises(type(failure)), atomic_write(target) as handle:
        handle.write(b"half of the new")
        raise failure
    assert target.read_bytes() == b"the version sent last week"
    assert _names(tmp_path) == ["paper.docx"]


@pytest.mark.parametrize("function", ["fsync", "replace"])
def test_a_disk_that_refuses_the_sync_or_the_rename_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, function: str
) -> None:
    target = tmp_path / "paper.docx"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, function, refuse)
    with pytest.raises(OSError) as caught, atomic_write(target) as handle:
        handle.write(b"new")
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["paper.docx"]


def test_two_writers_at_once_use_their_own_partials_and_one_whole_file_wins(
    tmp_path: Path,
) -> None:
    target = tmp_path / "dump.json"
    first, second = b"1" * 1_000_000, b"2" * 1_000_000
    with atomic_write(target) as one, atomic_write(target) as other:
        assert len({p.name for p in tmp_path.iterdir()}) == 2  # two distinct partials
        one.write(first)
        other.write(second)
    assert target.read_bytes() == first  # the outer block ended last
    assert _names(tmp_path) == ["dump.json"]


def test_threads_writing_the_same_file_leave_one_of_their_files_whole(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    payloads = [bytes([65 + n]) * 200_000 for n in range(8)]

    def write(payload: bytes) -> None:
        with atomic_write(target) as handle:
            for start in range(0, len(payload), 10_000):
                handle.write(payload[start : start + 10_000])

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, payloads))
    assert target.read_bytes() in payloads
    assert _names(tmp_path) == ["settings.json"]


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual(
    tmp_path: Path,
) -> None:
    kept, new = tmp_path / "kept.json", tmp_path / "new.json"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    for target in (kept, new):
        with atomic_write(target) as handle:
            handle.write(b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert new.stat().st_mode & 0o044  # readable by others, not owner-only like a temp file


def test_a_write_removes_a_killed_writers_leftover(tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    dead = target.with_name(f".~dump.json.{_dead_pid()}.0badc0de.partial")
    dead.write_bytes(b"half a dump")
    with atomic_write(target) as handle:
        handle.write(b"{}")
    assert _names(tmp_path) == ["dump.json"]


def test_replace_atomically_moves_a_finished_file_into_place(tmp_path: Path) -> None:
    target = tmp_path / "p.wbproj"
    partial = partial_path(target, ".creating")
    partial.write_bytes(b"a whole database")
    replace_atomically(partial, target)
    assert target.read_bytes() == b"a whole database"
    assert _names(tmp_path) == ["p.wbproj"]


def test_replace_atomically_that_fails_removes_the_partial_and_keeps_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.wbproj"
    target.write_bytes(b"the project")
    partial = partial_path(target, ".restoring")
    partial.write_bytes(b"a backup")

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        replace_atomically(partial, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the project"
    assert _names(tmp_path) == ["p.wbproj"]


@pytest.mark.skipif(os.name != "posix", reason="only POSIX folders are synced")
def test_a_folder_that_cannot_be_synced_does_not_undo_a_finished_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Some network file systems refuse to sync a folder; the file is in place by then,
    so the caller must not hear that it was not written."""
    target = tmp_path / "settings.json"
    real_open = os.open

    def no_folders(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == tmp_path:
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_folders)
    with atomic_write(target) as handle:
        handle.write(b"{}")
    assert target.read_bytes() == b"{}"
    assert "could not sync folder" in caplog.text

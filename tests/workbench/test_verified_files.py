"""Opening a project Workbench left intact skips the whole-file check; anything
else touching the file brings it back (workbench.verified_files)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from workbench import verified_files
from workbench.cli import main
from workbench.errors import ProjectDamaged
from workbench.library import Library
from workbench.paths import AppPaths, sidecars
from workbench.project import Project
from workbench.verified_files import MAX_REMEMBERED, is_verified, remember_verified


def _project_with_pages(path: Path) -> None:
    with Project.create(path) as project:
        library = Library(project)
        for number in range(300):
            library.create("tag", {"name": f"тег {number}", "description": "сипаттама " * 60})


def _damage_in_place(path: Path, *, keep_time: bool) -> None:
    """Overwrite the tags table's root page, size and inode unchanged. (A page
    picked by its place could be a free one, whose damage no check sees.)"""
    before = os.stat(path)
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'tags'"
        root = connection.execute(query).fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    if keep_time:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_cleanly_closed_project_is_remembered(tmp_path: Path, isolated_home: AppPaths) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    assert is_verified(isolated_home, path)
    with Project.open(path) as project:
        Library(project).create("tag", {"name": "жаңа"})
    assert is_verified(isolated_home, path)


def test_the_check_is_skipped_only_for_the_file_as_left(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    """The skip is real (damage hidden behind an unchanged time is not seen at
    open), which is why ``workbench check`` still reads everything."""
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    _damage_in_place(path, keep_time=True)
    assert is_verified(isolated_home, path)
    Project.open(path, read_only=True).close()
    assert main(["check", str(path)]) != 0


def test_a_file_changed_by_anything_else_is_checked_again(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    _damage_in_place(path, keep_time=False)
    assert not is_verified(isolated_home, path)
    with pytest.raises(ProjectDamaged, match="damaged"):
        Project.open(path)


def test_a_log_of_unsaved_changes_brings_the_check_back(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    sidecars(path)[0].write_bytes(b"\0" * 32)
    assert not is_verified(isolated_home, path)
    sidecars(path)[0].write_bytes(b"")
    assert is_verified(isolated_home, path)


def test_a_copy_in_the_same_place_is_not_the_file_remembered(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    copy = tmp_path / "copy.wbproj"
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)  # a new inode under the remembered name
    assert not is_verified(isolated_home, path)


def test_a_temporary_open_is_not_remembered(tmp_path: Path, isolated_home: AppPaths) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    other = tmp_path / "theirs.wbproj"
    other.write_bytes(path.read_bytes())
    Project.open(other, temporary=True).close()
    assert not is_verified(isolated_home, other)


def test_an_unreadable_record_means_every_file_is_checked(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_pages(path)
    (isolated_home.data / verified_files.VERIFIED_FILE).write_text("{не json", encoding="utf-8")
    assert not is_verified(isolated_home, path)
    Project.open(path).close()
    assert is_verified(isolated_home, path)


def test_only_the_most_recent_files_are_remembered(tmp_path: Path, isolated_home: AppPaths) -> None:
    files = [tmp_path / f"{number}.wbproj" for number in range(MAX_REMEMBERED + 2)]
    for file in files:
        file.write_bytes(b"x")
        remember_verified(isolated_home, file)
    assert not is_verified(isolated_home, files[0])
    assert not is_verified(isolated_home, files[1])
    assert all(is_verified(isolated_home, file) for file in files[2:])

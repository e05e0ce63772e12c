"""A backup is the project as it was when the copy began, however it is copied:
the file's bytes while its write-ahead log is empty, SQLite's backup API when
committed changes still wait in the log."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from workbench import backups
from workbench.library import Library
from workbench.paths import AppPaths
from workbench.project import Project

NAMES = ["Закон о СМИ", "Қазақстан Республикасының Конституциясы", "ICCPR art. 19"]


def _project(path: Path) -> None:
    with Project.create(path) as project:
        library = Library(project)
        for n in range(60):
            library.create("tag", {"name": f"{NAMES[n % 3]} {n}", "description": "ж" * 300})


def _names(path: Path) -> set[str]:
    with Project.open(path, read_only=True) as project:
        return {row.title for row in Library(project).page("tag", limit=10_000)}


@contextmanager
def _writer(path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection to the project, as the app's writer would be."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # changes stay in the log
        yield connection


def _rename_all(connection: sqlite3.Connection) -> None:
    connection.execute("UPDATE tags SET name = 'переименовано ' || name")


@pytest.mark.parametrize("spilled", [False, True], ids=["in memory", "spilled into the log"])
def test_a_backup_taken_during_an_uncommitted_write_is_the_project_as_it_was(
    tmp_path: Path, isolated_home: AppPaths, spilled: bool
) -> None:
    """Uncommitted pages spilled into the log make the log look busy: the backup
    API copies then (slower, as consistent)."""
    path = tmp_path / "p.wbproj"
    _project(path)
    before, names = path.read_bytes(), _names(path)
    with _writer(path) as writer:
        writer.execute(f"PRAGMA cache_size = {2 if spilled else 2000}")
        writer.execute("BEGIN IMMEDIATE")
        _rename_all(writer)
        made = backups.make_backup(path, isolated_home.backups, "merge")
        writer.execute("COMMIT")
    assert (made.read_bytes() == before) is not spilled  # the file's own bytes: the fast copy
    assert _names(made) == names
    assert all(name.startswith("переименовано ") for name in _names(path))


def test_committed_changes_still_in_the_log_are_in_the_backup(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project(path)
    with _writer(path) as writer:
        _rename_all(writer)
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        made = backups.make_backup(path, isolated_home.backups, "merge")
        renamed = _names(path)
    assert all(name.startswith("переименовано ") for name in renamed)
    assert _names(made) == renamed
    assert backups.is_good(made)


def test_no_checkpoint_reaches_the_file_while_it_is_read_alone(tmp_path: Path) -> None:
    """What the fast copy rests on: a reader that began on an empty log keeps the
    file as it was, even against a writer that commits and checkpoints."""
    path = tmp_path / "p.wbproj"
    _project(path)
    before = path.read_bytes()
    source_uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(source_uri, uri=True, isolation_level=None)) as source:
        assert backups._reading_the_file_alone(source, path)
        with _writer(path) as writer:
            _rename_all(writer)
            writer.execute("PRAGMA busy_timeout = 0")  # the checkpoint cannot finish: don't wait
            busy, _, _ = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            assert busy == 1
            writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            assert path.read_bytes() == before
            source.execute("COMMIT")
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert path.read_bytes() != before
    assert all(name.startswith("переименовано ") for name in _names(path))


def test_a_reader_on_a_log_with_frames_is_not_taken_for_one_reading_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.wbproj"
    _project(path)
    source_uri = f"{path.resolve().as_uri()}?mode=ro"
    with (
        _writer(path) as writer,
        closing(sqlite3.connect(source_uri, uri=True, isolation_level=None)) as source,
    ):
        _rename_all(writer)
        assert not backups._reading_the_file_alone(source, path)
        assert not source.in_transaction


def test_a_project_opened_through_a_link_is_backed_up_with_its_log(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    """SQLite keeps the log beside the link's target: the backup must look there."""
    real = tmp_path / "data" / "p.wbproj"
    real.parent.mkdir()
    _project(real)
    link = tmp_path / "ярлык.wbproj"
    link.symlink_to(real)
    with _writer(link) as writer:
        _rename_all(writer)  # committed, still in the log beside the target
        assert real.with_name(real.name + "-wal").stat().st_size > 0
        made = backups.make_backup(link, isolated_home.backups, "merge")
    assert all(name.startswith("переименовано ") for name in _names(made))

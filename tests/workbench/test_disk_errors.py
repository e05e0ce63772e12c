"""A full disk or an unwritable place during a save, a backup or an export: a typed error
with a clear reason; the project, its backups and any earlier export stay exactly as they
were, and no temporary file is left behind.

The disk is made to fail at the boundary we do not own: SQLite's own size limit
(``max_page_count``, which fails exactly like a full disk), a file size limit on a real
child process, or ``os.fsync``/``os.replace`` raising the errno the OS would.
"""

import errno
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench import backups
from workbench.cli import main
from workbench.errors import BackupFailed, SaveFailed
from workbench.export import ExportTargetError, export_submission
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.paths import AppPaths
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[2]


def _raise(code: int):
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _state(path: Path) -> dict[str, str]:
    """Every record's revision, and the tombstones: what 'unchanged' means for a project."""
    with Project.open(path, read_only=True) as project, project.reading() as session:
        rows = session.execute(text("SELECT id, revision FROM records")).all()
        gone = session.execute(text("SELECT id, revision FROM tombstones")).all()
    return {str(i): r for i, r in rows} | {f"gone {i}": r for i, r in gone}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _full_disk(project: Project) -> None:
    """From now on the file cannot grow: SQLite answers SQLITE_FULL, as on a full disk."""

    @event.listens_for(project.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    project.engine.dispose()


def test_a_save_on_a_full_disk_is_refused_whole_and_the_project_keeps_working(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        library = Library(project)
        kept = library.create("tag", {"name": "kept"})
        _full_disk(project)
        with pytest.raises(SaveFailed) as caught:
            library.create("tag", {"name": "too big", "description": "x" * 400_000})
        assert caught.value.problem == "the disk is full" and caught.value.path == path
        assert [r.title for r in library.page("tag")] == ["kept"]
    before = _state(path)
    with Project.open(path) as project:  # space again: the project takes changes as before
        with project.reading() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        Library(project).create("tag", {"name": "after"})
    after = _state(path)
    assert after[str(kept.id)] == before[str(kept.id)] and len(after) == len(before) + 1


def test_a_write_error_from_the_os_in_a_real_process_is_a_clear_message(tmp_path: Path) -> None:
    """A file size limit makes the OS refuse the write (EFBIG): SQLite reports an I/O error."""
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "kept"})
    before = _state(path)
    script = textwrap.dedent(
        f"""
        import resource, signal
        from workbench.errors import SaveFailed
        from workbench.library import Library
        from workbench.project import Project
        with Project.open({str(path)!r}) as project:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, resource.RLIM_INFINITY))
            try:
                Library(project).create("tag", {{"name": "big", "description": "y " * 450_000}})
            except SaveFailed as error:
                print("refused:", error.problem)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "refused: the disk reported an error while writing", (
        result.stderr
    )
    assert _state(path) == before


def test_a_backup_on_a_full_disk_fails_clearly_and_drops_no_older_backup(
    tmp_path: Path, isolated_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "kept"})
    old = backups.make_backup(path, isolated_home.backups, "manual")
    project_bytes, saved = path.read_bytes(), _files(isolated_home.backups)
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _raise(errno.ENOSPC))
        with pytest.raises(BackupFailed) as caught:
            backups.make_backup(path, isolated_home.backups, "merge")
    assert caught.value.problem == "the disk is full"
    assert path.read_bytes() == project_bytes
    assert _files(isolated_home.backups) == saved and old.exists()


def test_a_merge_whose_backup_cannot_be_written_changes_nothing(
    tmp_path: Path, isolated_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.wbproj"
    theirs_path = tmp_path / "theirs.wbproj"
    for where, name in ((path, "mine"), (theirs_path, "theirs")):
        with Project.create(where) as project:
            Library(project).create("tag", {"name": name})
    from workbench import interchange

    with Project.open(theirs_path, read_only=True) as theirs:
        document = interchange.dump_document(theirs)
    before = _state(path)
    # A recent backup: opening makes none, so the merge must make its own.
    backups.make_backup(path, isolated_home.backups, "manual")
    with Project.open(path) as project:
        plan = plan_merge(project, document)
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", _raise(errno.EACCES))
            with pytest.raises(BackupFailed) as caught:
                apply_merge(project, plan, paths=isolated_home)
    assert caught.value.problem == "permission denied"
    assert _state(path) == before
    assert not [p for p in isolated_home.backups.iterdir() if p.name.startswith(".~")]


def test_load_refused_when_its_backup_cannot_be_written(
    tmp_path: Path, isolated_home: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    path = tmp_path / "p.wbproj"
    source = tmp_path / "s.wbproj"
    for where, name in ((path, "mine"), (source, "theirs")):
        with Project.create(where) as project:
            Library(project).create("tag", {"name": name})
    document = tmp_path / "d.json"
    assert main(["dump", str(source), "-o", str(document)]) == 0
    with Project.open(path):
        pass  # today's backup exists: the next open makes none
    before = _state(path)
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    capsys.readouterr()
    assert main(["load", str(path), str(document)]) == 2
    err = capsys.readouterr().err
    assert "cannot write a backup" in err and "the disk is full" in err
    monkeypatch.undo()
    assert _state(path) == before


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[Project, Path, bytes]]:
    project = build_small_project(tmp_path / "p.wbproj", TickingClock())
    target = tmp_path / "out" / "paper.docx"
    target.parent.mkdir()
    export_submission(project, target)
    yield project, target, target.read_bytes()
    project.close()


def _export_count(project: Project) -> int:
    with project.reading() as session:
        return session.execute(text("SELECT count(*) FROM export_log")).scalar_one()


@pytest.mark.parametrize(
    ("function", "code", "problem"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EACCES, "permission denied"),
        ("replace", errno.EROFS, "the disk is read-only"),
    ],
)
def test_an_export_that_cannot_be_written_leaves_the_previous_file_and_records_nothing(
    exported: tuple[Project, Path, bytes],
    monkeypatch: pytest.MonkeyPatch,
    function: str,
    code: int,
    problem: str,
) -> None:
    project, target, previous = exported
    recorded = _export_count(project)
    with monkeypatch.context() as patch:
        patch.setattr(os, function, _raise(code))
        with pytest.raises(ExportTargetError) as caught:
            export_submission(project, target)
    assert caught.value.problem.startswith(problem)
    assert target.read_bytes() == previous
    assert sorted(p.name for p in target.parent.iterdir()) == ["paper.docx"]
    assert _export_count(project) == recorded


def test_the_cli_says_what_went_wrong_on_a_full_disk(
    exported: tuple[Project, Path, bytes], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    project, target, previous = exported
    project.close()
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    capsys.readouterr()
    code = main(["export", str(project.path), "-o", str(target), "--json"])
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "the disk is full" in captured.err and "nothing was changed" in captured.err
    assert target.read_bytes() == previous

"""Leftovers of a killed writer are recognised by the process id in their name and removed
by the next writer to the same place; a file another live process is writing is left alone."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench import backups
from workbench.export import export_submission
from workbench.paths import AppPaths
from workbench.tempfiles import partial_path


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

"""Crash safety: a worker editing, deleting, loading, merging and exporting is killed with
SIGKILL at random moments, hundreds of times. After every kill the project opens (the dead
worker's lock taken over), passes SQLite's full integrity check and holds every change the
worker had been told was saved; no export target is half-written, and the only temporary
files left are ones their next writer recognises as leftovers and removes.

The worker is forked from a driver process (crash_driver.py) that imported everything
once, so a kill costs milliseconds rather than a Python start-up.
"""

import json
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from db.models import Tag
from workbench import backups
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.starter import create_project
from workbench.tempfiles import remove_stale, remove_stale_in

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the driver forks its workers")

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("crash_driver.py")
KILLS = int(os.environ.get("WORKBENCH_CRASH_KILLS", "200"))
TARGET = re.compile(r"^out-\d\.docx$")


class Driver:
    """The fork server, with its output read on a thread so no read ever blocks the test."""

    def __init__(self, project: Path, journal: Path, exports: Path, log: Path) -> None:
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(project), str(journal), str(exports)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("w"),
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader_error = ""
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        try:
            for line in self.process.stdout:
                self.lines.put(line.strip())
        except BaseException as error:  # reported by _state when a line never comes
            self.reader_error = repr(error)

    def expect(self, prefix: str) -> list[int]:
        """The numbers after ``prefix`` on the next line holding it (other lines are
        skipped). Found anywhere in the line: a worker killed in the middle of
        writing leaves a line unfinished, and the driver's next line is glued to it
        (the likely cause of a "dead" line once never seen, in CI and here)."""
        while True:
            try:
                line = self.lines.get(timeout=120)
            except queue.Empty:
                pytest.fail(f"no line holding {prefix!r} in 120 s; {self._state()}")
            if "dead " in line and not prefix.startswith("dead "):
                pytest.fail(f"the worker died by itself: {self.log.read_text()}")
            position = line.find(prefix)
            if position >= 0:
                return [int(word) for word in line[position:].split()[1:]]

    def _state(self) -> str:
        """What the driver and its children were doing, for a failure that waited in vain
        (once in CI, a worker's death was not reported; the cause is not known)."""
        driver = self.process.pid
        states = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, state, parent = int(stat.parent.name), fields[0], int(fields[1])
            if driver in (pid, parent):
                states.append(f"{pid}:{state}")
        reader = "alive" if self.reader.is_alive() else f"ended {self.reader_error or 'at EOF'}"
        return (
            f"driver {driver} exit {self.process.poll()}, processes {states}, "
            f"reader {reader}, log: " + (self.log.read_text(errors="replace")[-2000:])
        )

    def go(self, seed: int) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {seed}\n")
        self.process.stdin.flush()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@dataclass
class Expected:
    """What the journal says must be (or must not be) in the project."""

    tags: dict[str, set[str] | None] = field(default_factory=dict)
    """Tag id -> the descriptions it may have (None: any)."""
    gone: set[str] = field(default_factory=set)
    exports: set[str] = field(default_factory=set)
    done: Counter[str] = field(default_factory=Counter)
    interrupted: str | None = None
    """The operation the last worker had started but not finished."""


def replay(journal: Path) -> Expected:
    expected = Expected()
    lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # the worker died while writing this line
        op, done = entry["op"], entry["stage"] == "done"
        expected.interrupted = None if done else op
        expected.done[op] += done
        if op == "create" and done:
            expected.tags[entry["id"]] = {entry["description"]}
        elif op == "update" and entry["id"] in expected.tags:
            allowed = expected.tags[entry["id"]]
            if done:
                expected.tags[entry["id"]] = {entry["description"]}
            elif allowed is not None:
                allowed.add(entry["description"])
        elif op == "delete":
            expected.tags.pop(entry["id"], None)
            if done:
                expected.gone.add(entry["id"])
        elif op in ("load", "merge") and done:
            expected.tags.update(dict.fromkeys(entry["ids"]))
        elif op == "export" and done:
            expected.exports.add(entry["target"])
    return expected


def check_project(project_path: Path, expected: Expected) -> bool:
    """Open, check integrity and the journal's changes; True if a stale lock was taken over."""
    with Project.open(project_path) as project, project.reading() as session:
        rows = session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
        assert [tuple(r) for r in rows] == [("ok",)]
        tags = {str(i): d for i, d in session.execute(select(Tag.id, Tag.description))}
        took_over = project.recovered_stale_lock
    missing = [i for i in expected.tags if i not in tags]
    assert not missing, f"saved tags missing after a kill: {missing[:5]}"
    for tag_id, allowed in expected.tags.items():
        assert allowed is None or tags[tag_id] in allowed, (tag_id, tags[tag_id], allowed)
    assert not expected.gone & set(tags), "a deleted tag came back"
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]
    return took_over


def check_exports(exports: Path, expected: Expected) -> int:
    """Every target whole; leftovers recognised and removed. The number removed."""
    removed = 0
    for number in range(3):
        removed += len(remove_stale(exports / f"out-{number}.docx"))
    names = sorted(p.name for p in exports.iterdir())
    assert all(TARGET.match(name) for name in names), names
    for name in names:
        target = exports / name
        with zipfile.ZipFile(target) as archive:
            assert archive.testzip() is None
        assert docx.Document(str(target)).paragraphs
    assert {Path(t).name for t in expected.exports} <= set(names)
    return removed


def check_backups(folder: Path) -> None:
    remove_stale_in(folder)
    for entry in folder.iterdir():
        assert backups._NAME.match(entry.name), entry.name


@pytest.mark.slow
def test_killing_the_app_at_random_moments_loses_nothing_saved(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    folder = tmp_path / "project"
    project_path = folder / "review.wbproj"
    create_project(project_path).close()
    exports = tmp_path / "exports"
    exports.mkdir()
    journal = tmp_path / "journal.log"
    driver = Driver(project_path, journal, exports, tmp_path / "driver.log")
    rng = random.Random(8)
    took_over = mid_operation = leftovers = 0
    started = time.monotonic()
    try:
        for kill in range(KILLS):
            driver.go(kill)
            if rng.random() < 0.15:  # while it is still opening the project
                [pid] = driver.expect("forked ")
                time.sleep(rng.uniform(0, 0.05))
            else:
                [pid] = driver.expect("opened ")
                time.sleep(rng.uniform(0.005, 0.2) if rng.random() < 0.75 else rng.uniform(0.2, 1))
            os.kill(pid, signal.SIGKILL)
            [_pid, status] = driver.expect(f"dead {pid} ")
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            expected = replay(journal)
            mid_operation += expected.interrupted is not None
            took_over += check_project(project_path, expected)
            leftovers += check_exports(exports, expected)
            check_backups(isolated_home.backups)
    finally:
        driver.close()
    took = time.monotonic() - started
    done = replay(journal).done
    print(
        f"{KILLS} kills in {took:.0f} s; done: {dict(done)}; killed mid-change {mid_operation} "
        f"times; stale locks taken over {took_over}; export leftovers removed {leftovers}"
    )
    assert all(done[op] > 0 for op in ("create", "update", "delete", "load", "merge", "export"))
    assert mid_operation > KILLS // 4
    assert took_over > KILLS // 2
    newest = backups.list_backups(project_path, isolated_home.backups)[0]
    assert backups.is_good(newest.path)

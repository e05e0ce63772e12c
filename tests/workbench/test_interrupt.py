"""Long command-line operations report progress and can be cancelled: Ctrl+C (SIGINT)
in the middle of a load or a dump leaves the project, and the dump's target, unchanged."""

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.workbench.crash_driver import document
from workbench import interchange, store
from workbench.library import Library
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[2]


def _workbench(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", *arguments],
        cwd=ROOT,
        env={**os.environ, "WORKBENCH_PROGRESS": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_pressable,
    )


def _pressable() -> None:
    """Ctrl+C reaches the child as it reaches a command typed in a terminal, however this
    suite was started: a shell's background job (`&`, nohup) ignores SIGINT, and the
    child would inherit that and never see the keypress."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_once_under_way(child: subprocess.Popen[str], label: str) -> tuple[int, str]:
    """Wait for the first progress report, then press Ctrl+C."""
    assert child.stderr is not None
    seen = ""
    while f"{label}:" not in seen:
        char = child.stderr.read(1)
        assert char, f"finished without reporting progress: {seen}"
        seen += char
    child.send_signal(signal.SIGINT)
    rest = child.stderr.read()
    return child.wait(timeout=60), seen + rest


def _records(path: Path) -> dict[str, str]:
    with Project.open(path, read_only=True) as project:
        document = interchange.dump_document(project)
    return {
        item["id"]: item["revision"]
        for section in interchange.SECTION_NAMES.values()
        for item in document[section]
    }


@pytest.mark.slow
def test_ctrl_c_during_a_load_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "mine"})
    before = _records(path)
    source = tmp_path / "big.json"
    source.write_text(json.dumps(document(random.Random(1), "t", 6000)), "utf-8")
    code, err = _interrupt_once_under_way(_workbench("load", str(path), str(source)), "Loading")
    assert code == 130 and "interrupted; nothing was changed" in err
    assert "Loading: 1,000 of 6,000 records" in err
    assert _records(path) == before
    with Project.open(path) as project, project.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


@pytest.mark.slow
def test_ctrl_c_during_a_dump_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        store.load(project, document(random.Random(2), "t", 6000))
    target = tmp_path / "out.json"
    target.write_text("the previous dump", "utf-8")
    code, err = _interrupt_once_under_way(
        _workbench("dump", str(path), "-o", str(target)), "Writing"
    )
    assert code == 130 and "interrupted" in err
    assert target.read_text("utf-8") == "the previous dump"
    # (a read-only reader may leave the project's empty -wal/-shm: not ours to remove)
    left = [p.name for p in tmp_path.iterdir() if p.name != "home"]
    assert sorted(n for n in left if not n.endswith(("-wal", "-shm"))) == [
        "out.json",
        "p.wbproj",
    ]

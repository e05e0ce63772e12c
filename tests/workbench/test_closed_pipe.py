"""A closed pipe ends the command quietly: ``workbench check p | head -2`` stops
with exit code 141 (the shell's 128 + SIGPIPE) and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.workbench.hostile import CHILD_SECONDS, ROOT, small_project
from workbench.exits import EXIT_BROKEN_PIPE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pipes closed by the reader")


@pytest.mark.parametrize(
    "argv",
    [["check"], ["info"], ["search", "the", "--json"], ["restore", "--list"]],
    ids=lambda a: a[0],
)
def test_output_to_a_reader_that_left_ends_quietly(tmp_path: Path, argv: list[str]) -> None:
    project = small_project(tmp_path / "p.wbproj")
    command = [sys.executable, "-m", "workbench.cli", argv[0], str(project), *argv[1:]]
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    child.stdout.close()  # the reader goes away before a line is written, as head does
    _, err = child.communicate(timeout=CHILD_SECONDS)
    assert child.returncode == EXIT_BROKEN_PIPE, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception" not in err


def test_a_reader_that_reads_a_little_then_leaves(tmp_path: Path) -> None:
    """The real thing, through a shell: many lines, ``head -2``."""
    project = small_project(tmp_path / "p.wbproj")
    script = (
        f"{sys.executable} -m workbench.cli search {project} the --json --limit 1000 "
        "| head -c 1 >/dev/null; "
        f"for i in 1 2 3; do {sys.executable} -m workbench.cli check {project}; done | head -2"
    )
    done = subprocess.run(
        ["sh", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=4 * CHILD_SECONDS
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert len(done.stdout.splitlines()) == 2

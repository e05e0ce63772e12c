"""``WORKBENCH_EXIT_AFTER_FIRST_PAINT=1``: the app says when its window is first on
screen and quits, so a cold start can be timed from outside, bundled app included
(benchmarks/bundle_benchmark.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.app import EXIT_AFTER_FIRST_PAINT
from workbench.starter import create_project

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_prints_painted_at_its_first_paint_then_quits_cleanly(tmp_path: Path) -> None:
    project = tmp_path / "Жоба.wbproj"
    create_project(project).close()
    environment = {
        **os.environ,
        EXIT_AFTER_FIRST_PAINT: "1",
        "WORKBENCH_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    run = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "gui", str(project)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["painted"], run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr

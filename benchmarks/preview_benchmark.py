"""Live preview benchmark: what one refresh of the preview and preflight panel costs on a
300-recommendation submission (1,500 citations, 300 proposed wordings).

    QT_QPA_PLATFORM=offscreen python benchmarks/preview_benchmark.py [--recommendations 300]

The panel refreshes on the GUI thread once edits pause; it reads the document
plan, renders it as HTML, runs the preflight and shows both. Prints the median
time of each step and of a whole refresh (target: under 0.5 s, so a refresh
after a pause is not felt).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from export_benchmark import build, timed  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.submission.document_panel import DocumentPanel  # noqa: E402
from ui.workspace import Workspace  # noqa: E402
from workbench.export.html import plan_html  # noqa: E402
from workbench.export.plan import build_plan  # noqa: E402
from workbench.library import Library  # noqa: E402
from workbench.preflight import check_submission  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recommendations", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    arguments = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        project, _sources = build(Path(folder) / "bench.wbproj", arguments.recommendations)
        submission = Library(project).page("submission")[0].id
        plan = build_plan(project, submission)
        workspace = Workspace(project)
        panel = DocumentPanel(workspace)
        panel.set_submission(submission)
        figures = {
            "plan": timed(lambda: build_plan(project, submission), arguments.repeats),
            "html": timed(lambda: plan_html(plan), arguments.repeats),
            "preflight": timed(lambda: check_submission(project, submission), arguments.repeats),
            "whole refresh": timed(panel.refresh, arguments.repeats),
        }
        print(f"{arguments.recommendations} recommendations, {len(plan.wordings)} wordings")
        for name, seconds in figures.items():
            print(f"{name:>14}: {seconds * 1000:8.1f} ms")
        panel.deleteLater()
        workspace.close()
        del panel, workspace
    app.processEvents()
    app.shutdown()


if __name__ == "__main__":
    main()

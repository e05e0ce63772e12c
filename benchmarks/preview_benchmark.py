"""Live preview benchmark: what one refresh of the preview and preflight panel costs on a
300-recommendation submission (1,500 citations, 300 proposed wordings).

    QT_QPA_PLATFORM=offscreen python benchmarks/preview_benchmark.py [--recommendations 300]

The panel refreshes once edits pause: the reader process reads the document
plan, renders it as HTML and runs the preflight; the window shows both. Prints
the median time of each step (read here, in one process) and of a whole
refresh, from asking to shown, after an edit to one recommendation (target:
under 0.5 s, so a refresh after a pause is not felt), and the longest the
window's event loop went unanswered during those refreshes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
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
from workbench.project import Project  # noqa: E402


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
        panel.resize(700, 900)  # laid out at the width a window gives it
        panel.show()
        figures = {
            "plan": timed(lambda: build_plan(project, submission), arguments.repeats),
            "html": timed(lambda: plan_html(plan), arguments.repeats),
            "preflight": timed(lambda: check_submission(project, submission), arguments.repeats),
        }
        figures["whole refresh"], longest = _refreshes(app, panel, project, arguments.repeats)
        print(f"{arguments.recommendations} recommendations, {len(plan.wordings)} wordings")
        for name, seconds in figures.items():
            print(f"{name:>14}: {seconds * 1000:8.1f} ms")
        print(f"{'longest stall':>14}: {longest * 1000:8.1f} ms (event loop, during the refreshes)")
        panel.deleteLater()
        workspace.close()
        del panel, workspace
    app.processEvents()
    app.shutdown()


def _refreshes(
    app: QApplication, panel: DocumentPanel, project: Project, repeats: int
) -> tuple[float, float]:
    """The median refresh after an edit, asked to shown, and the longest time the
    event loop went without turning meanwhile."""
    library = Library(project)
    recommendation = library.page("recommendation", limit=1)[0].id
    panel.refresh()  # the reader started and its records read once
    _until_shown(app, panel)
    times, longest = [], 0.0
    for repeat in range(repeats):
        library.update(recommendation, {"title": f"Пересмотренная рекомендация {repeat}"})
        started = time.perf_counter()
        panel.refresh()
        longest = max(longest, _until_shown(app, panel))
        times.append(time.perf_counter() - started)
    return statistics.median(times), longest


def _until_shown(app: QApplication, panel: DocumentPanel) -> float:
    """Turn the event loop until the refresh is shown; its longest turn."""
    longest, last = 0.0, time.perf_counter()
    while panel.refreshing:
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        time.sleep(0.001)
    app.processEvents()
    return max(longest, time.perf_counter() - last)


if __name__ == "__main__":
    main()

"""GUI benchmark on a large synthetic project (100,000 records by default).

    python benchmarks/gui_benchmark.py [--records 100000] [--project FILE] [--queries 100]

Prints, all measured in this one run:

* time to show the main window from a cold start, against a bare PySide6
  window holding an empty QTableView (target: within 2x). Each is a new
  process, timed from its start to the end of the window's first paint (the
  moment it is on screen), measured the same way for both. Ours runs what
  the ``workbench`` command runs: the command's module, then
  ``ui.app.launch``, which shows the window and opens the project after
  that first paint; so the time until the project is open and its first
  list filled is printed too;
* warm (in this process, once Qt is loaded): what opening another project
  costs, window and project together (printed for reference, no target);
* search latency, median and 95th percentile over ``--queries`` queries, as
  the search box runs it (``workbench.search``), against the same FTS5 query
  run directly with ``sqlite3`` (target: within 1.5x);
* peak memory of the process after opening, searching and scrolling every
  list from top to bottom (target: under 300 MB).

The project is built with benchmarks/generate.py when the file is missing.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from db.search_index import SEARCH_TABLE, match_expression  # noqa: E402
from ui.app import application, build_window  # noqa: E402
from ui.labels import KIND_ORDER  # noqa: E402
from workbench.paths import AppPaths  # noqa: E402

REPEATS = 5
COLD_REPEATS = 3

FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    # Says "shown" once the window's first paint is done (a 0 ms timer started
    # from its first paint event runs after the whole window is painted).
    def __init__(self, window, then=lambda: None):
        super().__init__()
        self.seen = False
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.shown)
        return False

    def shown(self):
        print("shown", flush=True)
        self.then()
"""

BARE_SCRIPT = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView(window))
window.resize(1280, 800)
spy = FirstPaint(window, then=app.quit)
window.show()
app.exec()
"""
)

WORKBENCH_SCRIPT = (
    FIRST_PAINT
    + """
from pathlib import Path
import workbench.cli  # what the workbench command loads before the window
from ui.app import application, launch
app = application()
window = launch(Path(sys.argv[1]))
spy = FirstPaint(window)
def ready():
    view = window.view
    if view is not None and view.list.model.rowCount() > 0:
        print("ready", flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, ready)
ready()
app.exec()
"""
)


def shown(window: QMainWindow, app: QApplication) -> None:
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()


def time_bare_window(app: QApplication) -> float:
    start = time.perf_counter()
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1280, 800)
    shown(window, app)
    took = time.perf_counter() - start
    window.close()
    window.deleteLater()
    app.processEvents()
    return took


def time_main_window(app: QApplication, project: Path, paths: AppPaths) -> float:
    start = time.perf_counter()
    window = build_window(project, paths)
    shown(window, app)
    took = time.perf_counter() - start
    assert window.workspace is not None, "the project did not open"
    window.close()
    window.deleteLater()
    app.processEvents()
    return took


def time_cold_start(script: str, *arguments: str) -> list[float]:
    """Seconds from starting a new Python process to each line it prints
    ("shown", then "ready" for ours)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *arguments],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    times, words = [], []
    for line in child.stdout:
        times.append(time.perf_counter() - start)
        words.append(line.strip())
    child.wait()
    assert words[:1] == ["shown"], f"the window did not show: {words}"
    return times


def median_of(measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(REPEATS))


def queries(count: int) -> list[str]:
    rng = random.Random(7)
    result = []
    for _ in range(count):
        words = rng.sample(generate.WORDS, rng.choice((1, 1, 2)))
        result.append(" ".join(w[: rng.randint(3, len(w))] for w in words))
    return result


def direct_search(connection: sqlite3.Connection, query: str, limit: int) -> list[tuple]:
    """A prefix search with FTS5's own snippet through the sqlite3 module, no layers:
    what search cost before word forms, the reference the app's search is held to."""
    sql = (
        f"SELECT record_id, kind, title, "
        f"snippet({SEARCH_TABLE}, -1, '\ue000', '\ue001', '…', 16) AS snip, "
        f"bm25({SEARCH_TABLE}, 0, 0, 5.0, 1.0, 0.5) AS score "
        f"FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? "
        "ORDER BY score, record_id LIMIT ?"
    )
    return connection.execute(sql, (match_expression(query), limit)).fetchall()


def latencies(run: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    for text in texts[:5]:
        run(text)  # warm the page cache for both alike
    times = []
    for text in texts:
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def scroll_every_list(app: QApplication, project: Path, paths: AppPaths) -> float:
    """Open the window and drag each list from top to bottom in steps (reads pages)."""
    window = build_window(project, paths)
    shown(window, app)
    assert window.view is not None
    start = time.perf_counter()
    for kind in KIND_ORDER:
        window.view.show_kind(kind)
        bar = window.view.list.view.verticalScrollBar()
        for step in range(0, 101, 5):
            bar.setValue(bar.maximum() * step // 100)
            app.processEvents()
    took = time.perf_counter() - start
    window.close()
    app.processEvents()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--project", type=Path)
    parser.add_argument("--queries", type=int, default=100)
    arguments = parser.parse_args()
    project = arguments.project or Path(tempfile.gettempdir()) / (
        f"wb-bench-{arguments.records}.wbproj"
    )
    if not project.exists():
        print(f"building {project} ...", flush=True)
        # In a child process, so the peak memory printed below is the app's alone.
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                "--records",
                str(arguments.records),
                "-o",
                str(project),
            ],
            check=True,
        )

    home = Path(tempfile.mkdtemp(prefix="wb-bench-home-"))
    atexit.register(shutil.rmtree, home, True)  # its backups run to gigabytes
    os.environ["WORKBENCH_HOME"] = str(home)
    paths = AppPaths.rooted_at(home)
    cold_bare = statistics.median(time_cold_start(BARE_SCRIPT)[0] for _ in range(COLD_REPEATS))
    cold_runs = [time_cold_start(WORKBENCH_SCRIPT, str(project)) for _ in range(COLD_REPEATS)]
    cold_main = statistics.median(run[0] for run in cold_runs)
    cold_ready = statistics.median(run[1] for run in cold_runs)
    app = application()
    time_bare_window(app)  # first show loads fonts and plugins: keep it out of both figures
    bare = median_of(lambda: time_bare_window(app))
    main_window = median_of(lambda: time_main_window(app, project, paths))

    window = build_window(project, paths)
    assert window.workspace is not None
    texts = queries(arguments.queries)
    limit = 100  # what the search box asks for
    workspace = window.workspace
    service = latencies(lambda q: workspace.search(q, limit=limit), texts)
    with closing(sqlite3.connect(f"file:{project}?mode=ro", uri=True)) as connection:
        direct = latencies(lambda q: direct_search(connection, q, limit), texts)
    hits = statistics.mean(len(workspace.search(q, limit=limit)) for q in texts[:20])
    window.close()
    app.processEvents()

    scrolled = scroll_every_list(app, project, paths)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    records = arguments.records
    print(f"project: {project} ({records:,} records)")
    print(
        f"cold start, window shown: {cold_main * 1000:7.1f} ms   bare window: "
        f"{cold_bare * 1000:7.1f} ms   ratio {cold_main / cold_bare:4.2f}x (target 2x)"
    )
    print(f"cold start, project open and its first list filled: {cold_ready * 1000:7.1f} ms")
    print(
        f"warm, a new window with the project open: {main_window * 1000:7.1f} ms   "
        f"(a bare window: {bare * 1000:5.1f} ms; no target: this is the open itself)"
    )
    print(
        f"search median: {service[0] * 1000:6.2f} ms   direct: {direct[0] * 1000:6.2f} ms   "
        f"ratio {service[0] / direct[0]:4.2f}x (target 1.5x)"
    )
    print(
        f"search p95:    {service[1] * 1000:6.2f} ms   direct: {direct[1] * 1000:6.2f} ms   "
        f"ratio {service[1] / direct[1]:4.2f}x (target 1.5x)"
    )
    print(f"({len(texts)} queries, {hits:.0f} results each on average, limit {limit})")
    print(f"scrolling every list top to bottom: {scrolled:.2f} s")
    print(f"peak memory: {peak_mb:.0f} MB (target 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

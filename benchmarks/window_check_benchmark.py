"""What the check for Qt's X11 libraries costs at start-up.

``workbench`` loads Qt's X11 plugin itself before Qt does (see
``workbench/window_libraries.py``), so a missing system library is named
instead of Qt aborting. Most of that load is work Qt would do next anyway;
this prints the time from interpreter start to a bare window's first paint,
with and without the check, in alternating pairs, and their ratio.

Needs an X display: ``xvfb-run -a -s "-screen 0 1920x1080x24" python
benchmarks/window_check_benchmark.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = 10

WINDOW = """
import sys, time
started = time.perf_counter()
if sys.argv[1] == "check":
    from workbench.window_libraries import window_start_problem
    assert window_start_problem() is None, window_start_problem()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView(window))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print(1000 * (time.perf_counter() - started)), app.quit()))
app.exec()
"""


def first_paint_ms(mode: str) -> float:
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", WINDOW, mode],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(run.stdout.split()[-1])


def main() -> None:
    if not os.environ.get("DISPLAY"):
        sys.exit("needs an X display: run it under xvfb-run (see the docstring)")
    bare, checked = [], []
    for _ in range(PAIRS):
        bare.append(first_paint_ms("bare"))
        checked.append(first_paint_ms("check"))
    without, with_check = statistics.median(bare), statistics.median(checked)
    print(f"first paint without the check: median {without:.1f} ms")
    print(f"first paint with the check:    median {with_check:.1f} ms")
    print(f"ratio {with_check / without:.3f} (+{with_check - without:.1f} ms)")


if __name__ == "__main__":
    main()

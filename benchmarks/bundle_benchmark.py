"""The desktop bundle against the app run from its virtual environment.

    python packaging/build_bundle.py          # dist/workbench/, once
    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python benchmarks/bundle_benchmark.py [--bundle dist/workbench] [--runs 9]

Prints, all measured in this one run:

* the bundle's size on disk (the files' sizes added up, symbolic links not
  counted), and its biggest parts;
* its cold start to the first painted window, against the same start of the app
  run from this interpreter's environment (``python -m workbench.cli gui``, this
  checkout's code): each run a new process on the starter project, timed from its
  start to the line ``painted`` that ``WORKBENCH_EXIT_AFTER_FIRST_PAINT=1`` makes
  the app print once its first paint is on screen (ui/app.py); median of
  ``--runs`` runs each, taken in alternating pairs after one unmeasured pair, and
  their ratio (target: the bundle within 1.2x of the venv), with the ratio of the
  fastest runs, which a busy machine disturbs least.

"Cold" is a new process; the files it reads may be in the system's cache (the
unmeasured pair puts both there alike). Without a display it runs on Qt's
``offscreen`` platform, which leaves out the X11 libraries; say so in a figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIGGEST = 12


def file_size(path: Path) -> int:
    return path.stat().st_size if path.is_file() and not path.is_symlink() else 0


def parts(folder: Path) -> dict[str, int]:
    """Sizes of the bundle's parts: each package or library under ``_internal``, with
    Qt's libraries, plugins and the Python extension modules of PySide6 apart."""
    inside = folder / "_internal"
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        size = file_size(path)
        if not size:
            continue
        relative = path.relative_to(inside) if inside in path.parents else path.relative_to(folder)
        top = relative.parts
        if top[:3] in (("PySide6", "Qt", "lib"), ("PySide6", "Qt", "plugins")):
            key = "/".join(top[:4])
        elif len(top) > 1:
            key = top[0] + "/"
        else:
            key = top[0]
        sizes[key] = sizes.get(key, 0) + size
    return sizes


def environment(home: Path) -> dict[str, str]:
    """The same for both: no virtual environment, no checkout on any path."""
    kept = ("DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    values = {name: os.environ[name] for name in kept if name in os.environ}
    values.setdefault("QT_QPA_PLATFORM", "xcb" if "DISPLAY" in values else "offscreen")
    return {
        **values,
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "WORKBENCH_HOME": str(home / "workbench"),
        "WORKBENCH_EXIT_AFTER_FIRST_PAINT": "1",
    }


def first_paint(command: list[str], home: Path) -> float:
    """Seconds from starting ``command`` to its line ``painted``."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    took = time.perf_counter() - started
    child.stdout.read()
    child.wait(timeout=60)
    assert line.strip() == "painted", f"{command[0]} did not paint: {line!r}"
    assert child.returncode == 0, f"{command[0]} exited {child.returncode}"
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "workbench")
    parser.add_argument("--runs", type=int, default=9)
    arguments = parser.parse_args()
    bundle = arguments.bundle.resolve()
    executable = bundle / ("workbench.exe" if sys.platform == "win32" else "workbench")
    if not executable.is_file():
        print(f"no bundle at {bundle}: build it with python packaging/build_bundle.py")
        return 2

    sizes = parts(bundle)
    total = sum(sizes.values())
    print(f"bundle {bundle}: {total / 2**20:.1f} MB in files")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1])[:BIGGEST]:
        print(f"  {size / 2**20:7.1f} MB  {100 * size / total:4.1f}%  {name}")

    home = Path(tempfile.mkdtemp(prefix="wb-bundle-bench-"))
    try:
        project = home / "Жоба.wbproj"
        subprocess.run(
            [str(executable), "new", str(project)],
            env=environment(home),
            check=True,
            capture_output=True,
        )
        bundled = [str(executable), "gui", str(project)]
        from_venv = [sys.executable, "-m", "workbench.cli", "gui", str(project)]
        first_paint(bundled, home), first_paint(from_venv, home)  # the unmeasured pair
        bundle_times, venv_times = [], []
        for _ in range(arguments.runs):
            bundle_times.append(first_paint(bundled, home))
            venv_times.append(first_paint(from_venv, home))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    platform = environment(home)["QT_QPA_PLATFORM"]
    bundle_median = statistics.median(bundle_times)
    venv_median = statistics.median(venv_times)
    print(f"cold start to the first painted window ({platform}, median of {arguments.runs}):")
    print(f"  bundle {1000 * bundle_median:6.0f} ms  (min {1000 * min(bundle_times):.0f})")
    print(f"  venv   {1000 * venv_median:6.0f} ms  (min {1000 * min(venv_times):.0f})")
    print(f"  ratio  {bundle_median / venv_median:.2f}x  (target: within 1.2x)")
    # The fastest runs are the least disturbed by whatever else the machine runs.
    print(f"  ratio of the fastest runs {min(bundle_times) / min(venv_times):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

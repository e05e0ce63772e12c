"""Scale: every command at 10,000 and 100,000 records, and how each grows.

    python benchmarks/scale_benchmark.py [--sizes 10000 100000] [--keep DIR]

Builds a synthetic project of each size (benchmarks/generate.py), then runs
the real command line in a child process for each operation and measures its
wall time and peak memory (the child's maximum resident set, from wait4):

- ``workbench dump`` of the whole project to interchange JSON;
- ``workbench load`` of that JSON into an empty project;
- ``workbench check`` (integrity check and every preflight finding);
- ``workbench export`` of the 300-recommendation submission to Word;
- ``workbench share`` of the whole project (confidential records included);
- ``workbench merge`` into a copy of the project of the same library with a
  tenth of its records edited since (``generate.py --edited``), as JSON.

The last lines print the growth of each figure from the smallest size to the
largest as a ratio: for a 10x larger project it should stay close to 10x for
time (never worse), and memory should grow far less than that.
Projects are built once and kept in ``--keep`` (default: a temporary folder);
the 100,000-record one takes about a minute to build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUBMISSION_TITLE = "Benchmark submission (300 recommendations)"
"""As benchmarks/generate.py names it (not imported: see :func:`run`)."""


@dataclass(frozen=True)
class Figure:
    seconds: float
    peak_mib: float


def run(*arguments: str, home: Path) -> Figure:
    """One ``workbench`` command in a child process: its wall time and peak memory.

    Linux counts the parent's memory at the fork in the child's peak, which is
    why this script imports nothing of Workbench itself.
    """
    environment = {**os.environ, "WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: warnings never fill it
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "workbench.cli", *arguments],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # check exits 1 on findings
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"workbench {' '.join(arguments)} failed: {message}")
    peak_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return Figure(seconds, peak_kib / 1024)


def measure(size: int, folder: Path) -> dict[str, Figure]:
    project = folder / f"scale-{size}.wbproj"
    if not project.exists():  # built in a child: this process stays small (see run)
        started = time.perf_counter()
        generator = ROOT / "benchmarks" / "generate.py"
        command = [sys.executable, str(generator), "--records", str(size), "-o", str(project)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        os.sync()  # the new file's pages written out now, not during the first command
        print(f"built {size:,} records in {time.perf_counter() - started:.1f} s", flush=True)
    home = folder / "home"
    dumped = folder / f"scale-{size}.json"
    empty = folder / f"empty-{size}.wbproj"
    for leftover in (dumped, empty):
        leftover.unlink(missing_ok=True)
    figures = {"dump": run("dump", str(project), "-o", str(dumped), home=home)}
    run("new", str(empty), "--empty", home=home)
    figures["load"] = run("load", str(empty), str(dumped), home=home)
    figures["check"] = run("check", str(project), "--json", home=home)
    figures["export"] = run(
        "export", str(project), "--submission", SUBMISSION_TITLE, "-o", str(folder / "out.docx"),
        home=home,
    )  # fmt: skip
    bundle = folder / "out.wbshare"
    bundle.unlink(missing_ok=True)
    figures["share"] = run(
        "share", str(project), "--include-confidential", "-o", str(bundle), home=home
    )
    figures["merge"] = _merge(project, size, folder, home)
    size_mib = dumped.stat().st_size / 1024**2
    print(f"{size:>9,} records (JSON {size_mib:,.0f} MiB):", flush=True)
    for name, figure in figures.items():
        print(f"    {name:<6}{figure.seconds:8.1f} s {figure.peak_mib:8.0f} MiB peak", flush=True)
    return figures


def _merge(project: Path, size: int, folder: Path, home: Path) -> Figure:
    """Merge a colleague's copy with a tenth of the records edited into a copy of ours."""
    theirs = folder / f"theirs-{size}.json"
    if not theirs.exists():
        generator = ROOT / "benchmarks" / "generate.py"
        edited = ["--records", str(size), "--edited", str(size // 10), "-o", str(theirs)]
        subprocess.run(
            [sys.executable, str(generator), *edited], check=True, stdout=subprocess.DEVNULL
        )
    ours = folder / f"merge-{size}.wbproj"
    shutil.copyfile(project, ours)
    try:
        return run("merge", str(ours), str(theirs), "--json", home=home)
    finally:
        for path in (ours, *ours.parent.glob(ours.name + "-*")):
            path.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="folder to build projects in and keep them")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = arguments.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results = {size: measure(size, folder) for size in arguments.sizes}
    small, large = min(results), max(results)
    if small == large:
        return 0
    print(f"growth from {small:,} to {large:,} records ({large / small:.0f}x the records):")
    for name in results[small]:
        a, b = results[small][name], results[large][name]
        time_ratio, memory_ratio = b.seconds / a.seconds, b.peak_mib / a.peak_mib
        print(f"    {name:<6}time {time_ratio:5.1f}x   peak memory {memory_ratio:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

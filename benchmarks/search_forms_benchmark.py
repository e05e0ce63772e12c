"""Search as you type with word forms, against prefix search, on 100,000 records.

    python benchmarks/search_forms_benchmark.py [--records 100000] [--project FILE]

Builds a synthetic project (benchmarks/generate.py) or copies ``--project``,
then types queries a letter at a time, Russian, Kazakh and English, inflected
and not, and times every prefix as the search box runs it
(:func:`workbench.search.search`, first page of 50, snippets made): with word
forms, as the app searches, and, in the same run alternating query by query,
by prefixes only (as it searched before word forms). Prints the median and
95th percentile of each and their ratio, and the time to index the project.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import build  # noqa: E402

from workbench.project import Project  # noqa: E402
from workbench.search import search  # noqa: E402

TYPED = [
    "свободы слова",
    "ответственности журналиста",
    "блокировки интернет",
    "клеветы",
    "штрафы суда",
    "журналистердің",
    "бостандығы",
    "blocked websites",
    "journalists liability",
    "criminal slander",
]


def prefixes(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1) if not query[end - 1].isspace()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--project", type=Path)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "search.wbproj"
        started = time.perf_counter()
        if arguments.project:
            shutil.copyfile(arguments.project, path)
        else:
            build(path, arguments.records)
        print(f"project built and indexed in {time.perf_counter() - started:.1f} s")
        times: dict[bool, list[float]] = {True: [], False: []}
        with Project.open(path, read_only=True) as project:
            for query in TYPED:
                for typed in prefixes(query):
                    for forms in (True, False):
                        begin = time.perf_counter()
                        search(project, typed, limit=50, word_forms=forms)
                        times[forms].append(time.perf_counter() - begin)
        for forms, label in ((True, "word forms"), (False, "prefix only")):
            values = times[forms]
            median = statistics.median(values) * 1000
            print(
                f"{label:<12} {len(values)} queries: median {median:6.1f} ms,"
                f" p95 {percentile(values, 0.95) * 1000:6.1f} ms"
            )
        ratio = statistics.median(times[True]) / statistics.median(times[False])
        p95 = percentile(times[True], 0.95) / percentile(times[False], 0.95)
        print(f"ratio word forms / prefix only: median {ratio:.2f}x, p95 {p95:.2f}x")


if __name__ == "__main__":
    main()

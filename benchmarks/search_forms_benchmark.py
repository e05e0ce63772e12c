"""Search as you type, on 100,000 records: every prefix of typed queries.

    python benchmarks/search_forms_benchmark.py [--records 100000] [--project FILE]

Builds a synthetic project (benchmarks/generate.py) or copies ``--project``,
then types queries a letter at a time, Russian, Kazakh and English, inflected
and not, and times every prefix, in the same run, alternating query by query:

* ``app``: as the search box runs it (:func:`workbench.search.search`, word
  forms, first page of 100, snippets made);
* ``app, one kind``: as the link picker runs it (provisions only, 50);
* ``prefix only``: the app's search without word forms (as before them);
* ``reference``: a plain FTS5 query of the same words as prefixes, ranked by
  bm25, first 50, on an index of the same text built with prefix indexes
  (``prefix='1 2 3'``) in the copy, run directly with ``sqlite3``.

Prints the median and 95th percentile of each, and the ratio of the app's
to the reference's. Target: median at most 20 ms, p95 at most 50 ms.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import build  # noqa: E402

from db.search_index import query_words  # noqa: E402
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


REFERENCE = "reference_index"


def build_reference(path: Path) -> sqlite3.Connection:
    """The reference index, in a file of its own beside the copy (a project with a
    table Workbench did not make is refused): the app's text, with prefix indexes."""
    connection = sqlite3.connect(path.with_name("reference.db"))
    connection.execute(
        f"CREATE VIRTUAL TABLE {REFERENCE} USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
    )
    connection.execute("ATTACH DATABASE ? AS project", (f"{path.as_uri()}?mode=ro",))
    connection.execute(
        f"INSERT INTO {REFERENCE} (rowid, title, body) "
        "SELECT rowid, title, body FROM project.search_index"
    )
    connection.commit()
    connection.execute("DETACH DATABASE project")
    return connection


def reference(connection: sqlite3.Connection, typed: str) -> list[tuple[object, ...]]:
    words = " ".join(f'"{word}"*' for word in query_words(typed))
    if not words:
        return []
    sql = f"SELECT rowid, title FROM {REFERENCE} WHERE {REFERENCE} MATCH ? ORDER BY rank LIMIT 50"
    return connection.execute(sql, (words,)).fetchall()


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
        reference_index = build_reference(path)
        with Project.open(path, read_only=True) as project:
            runs: dict[str, Callable[[str], object]] = {
                "app": lambda typed: search(project, typed, limit=100),
                "app, one kind": lambda typed: search(
                    project, typed, kinds=("provision",), limit=50
                ),
                "prefix only": lambda typed: search(project, typed, limit=100, word_forms=False),
                "reference": lambda typed: reference(reference_index, typed),
            }
            times: dict[str, list[float]] = {name: [] for name in runs}
            for query in TYPED:
                for typed in prefixes(query):
                    for name, run in runs.items():
                        begin = time.perf_counter()
                        run(typed)
                        times[name].append(time.perf_counter() - begin)
        reference_index.close()
        for name, values in times.items():
            median = statistics.median(values) * 1000
            print(
                f"{name:<14} {len(values)} queries: median {median:6.1f} ms,"
                f" p95 {percentile(values, 0.95) * 1000:6.1f} ms"
            )
        for name in ("app", "app, one kind"):
            ratio = statistics.median(times[name]) / statistics.median(times["reference"])
            p95 = percentile(times[name], 0.95) / percentile(times["reference"], 0.95)
            print(f"{name} / reference: median {ratio:.2f}x, p95 {p95:.2f}x")
        print("target: median at most 20 ms, p95 at most 50 ms")


if __name__ == "__main__":
    main()

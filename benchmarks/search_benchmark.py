"""Search benchmark: how query time grows with the query's length on 100,000 records.

    python benchmarks/search_benchmark.py [--records 100000] [--project FILE] [--repeat 5]

Builds a synthetic project (or copies ``--project``: the original is never
opened) and times :func:`workbench.search.search` for queries of 10, 100, 1,000
and 4,000 characters and of 10, 100 and 1,000 words, in two shapes:

* ``repeated``: a few of the project's commonest words over and over (every
  record matching them is scored for each repeat: this was quadratic);
* ``common``: the project's commonest distinct words, each present in many
  records (the most work a query of distinct words can ask for);
* ``text``: running text taken from the project's records.

Prints the median time of each and the ratio per tenfold growth (linear time
shows as at most about 10x; queries beyond 1,000 characters are cut, so their
time stops growing). Target: at most 200 ms for a 1,000-character query.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import build  # noqa: E402

from workbench.project import Project  # noqa: E402
from workbench.search import MAX_QUERY_CHARS, search  # noqa: E402

CHARACTER_SIZES = (10, 100, 1_000, 4_000)
WORD_SIZES = (10, 100, 1_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="an existing project to copy and search")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; the median counts")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "search.wbproj"
        started = time.perf_counter()
        if arguments.project:
            shutil.copyfile(arguments.project, path)
        else:
            build(path, arguments.records)
        print(f"project ready in {time.perf_counter() - started:.1f} s")
        words = corpus_words(path)
        common = [word for word, _ in Counter(w.lower() for w in words).most_common()]
        shapes = {"repeated": common[:3], "common": common[:300], "text": words}
        with Project.open(path, read_only=True) as project:
            print(f"{project.path.name}: {_count(path):,} records indexed")
            print(f"queries are cut at {MAX_QUERY_CHARS:,} characters")
            for shape, source in shapes.items():
                report(
                    f"{shape}, by characters",
                    [(size, _by_characters(source, size)) for size in CHARACTER_SIZES],
                    lambda query: search(project, query, limit=20),
                    arguments.repeat,
                )
                report(
                    f"{shape}, by words",
                    [(size, " ".join(islice(cycle(source), size))) for size in WORD_SIZES],
                    lambda query: search(project, query, limit=20),
                    arguments.repeat,
                )


def report(
    title: str, queries: list[tuple[int, str]], run: Callable[[str], object], repeat: int
) -> None:
    """Time each query and print it with the ratio to the size ten times smaller."""
    print(f"\n{title}")
    times: dict[int, float] = {}
    for size, query in queries:
        times[size] = _median(lambda query=query: run(query), repeat)
        smaller = times.get(size // 10)
        ratio = f"  x{times[size] / smaller:5.1f} per 10x" if smaller else ""
        words = len(query.split())
        print(
            f"{size:>6,} ({len(query):>6,} chars, {words:>5,} words): "
            f"{times[size] * 1000:8.1f} ms{ratio}"
        )


def corpus_words(path: Path) -> list[str]:
    """Words of the project's first records, in their order (read-only, outside the app)."""
    uri = f"{path.as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        rows = connection.execute("SELECT title, body FROM search_index LIMIT 400").fetchall()
    return re.findall(r"\w+", " ".join(f"{title} {body}" for title, body in rows))


def _count(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM search_index").fetchone()[0])


def _by_characters(words: list[str], size: int) -> str:
    return " ".join(words * (size // max(len(words), 1) + 2))[:size]


def _median(action: Callable[[], object], repeat: int) -> float:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


if __name__ == "__main__":
    main()

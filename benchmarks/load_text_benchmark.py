"""How long ``workbench load`` takes over one huge text field, and how that grows.

A field over its limit is refused, but only once it has been read: reading must
cost time linear in the field's size (the stream reader once re-scanned the
whole element for every megabyte it read, so time grew with the square). Prints
the time for a 10, 20 and 40 MB field and the ratio from one size to the next
(about 2 is linear, about 4 quadratic).

    python benchmarks/load_text_benchmark.py [MB ...]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import orjson

from workbench.cli import main
from workbench.interchange import dump_document
from workbench.library import Library
from workbench.project import Project


def _seconds(folder: Path, megabytes: int) -> tuple[float, int]:
    project = folder / f"p{megabytes}.wbproj"
    with Project.create(project) as opened:
        Library(opened).create("tag", {"name": "privacy"})
        document = orjson.loads(orjson.dumps(dump_document(opened)))
    tag = document["tags"][0]
    tag["ancestors"], tag["revision"] = [tag["revision"]], "2-" + "f" * 32
    tag["description"] = "word " * (megabytes * 200_000)
    source = folder / f"field{megabytes}.json"
    source.write_bytes(orjson.dumps(document))
    start = time.perf_counter()
    code = main(["load", str(project), str(source)])
    return time.perf_counter() - start, code


def run(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        previous = None
        for megabytes in sizes:
            seconds, code = _seconds(Path(folder), megabytes)
            ratio = "" if previous is None else f"  x{seconds / previous:.2f}"
            print(f"{megabytes:>4} MB field: {seconds:6.2f} s (exit {code}){ratio}")
            previous = seconds


if __name__ == "__main__":
    run([int(a) for a in sys.argv[1:]] or [10, 20, 40])

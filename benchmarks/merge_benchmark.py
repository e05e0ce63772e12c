"""Merge benchmark: a 100,000-record share in which 10,000 records changed.

    python benchmarks/merge_benchmark.py [--records 100000] [--changed 10000] [--repeat 3]

Prints the merge time (reading the bundle, planning, backup, applying), the
time of a plain SQL bulk upsert of the same changed rows into a copy of the
same project, measured in the same run, and their ratio in each run (the two
run one after the other on fresh copies, alternating) and of the best times
(target: within 2.5x in every run).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.search_index import search_rowid  # noqa: E402
from workbench import interchange, store  # noqa: E402
from workbench.merge import apply_merge, plan_merge, read_theirs  # noqa: E402
from workbench.paths import AppPaths  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.records import content_dict, field_specs, json_value, link_roles  # noqa: E402
from workbench.revisions import next_revision  # noqa: E402
from workbench.share import share  # noqa: E402

MIX = (("source", 0.15), ("evidence", 0.35), ("provision", 0.25), ("critique", 0.15), ("tag", 0.10))
WHEN = datetime(2026, 1, 1, tzinfo=UTC).isoformat(timespec="microseconds")


def synthetic_record(kind: str, number: int, links: dict[str, list[str]]) -> dict[str, Any]:
    fields = {name: json_value(spec.default) for name, spec in field_specs(kind).items()}
    title_field = next(n for n in ("title", "name", "unit") if n in fields)
    fields[title_field] = f"{kind} {number}"
    if kind == "source":
        fields["key"] = f"source-{number}"
        fields["url"] = f"https://example.org/{number}"
    if kind == "evidence":
        fields["summary"] = f"Figure {number} reported by monitors in the region."
    roles = {role: links.get(role, []) for role in link_roles(kind)}
    content = content_dict(
        fields, {r: tuple(uuid.UUID(t) for t in ts) for r, ts in roles.items()}, {}
    )
    record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{kind}/{number}"))
    return {
        "id": record_id,
        "revision": next_revision(None, content),
        "ancestors": [],
        "created_at": WHEN,
        "updated_at": WHEN,
        "changed_by": "generator",
        **content,
    }


def synthetic_document(records: int) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": interchange.FORMAT_NAME,
        "version": interchange.FORMAT_VERSION,
        "project": {"id": str(uuid.uuid4()), "name": "benchmark"},
        "app_version": "bench",
        "created_at": WHEN,
        "tombstones": [],
    }
    sources: list[str] = []
    for kind, share_of in MIX:
        items = []
        for number in range(int(records * share_of)):
            links = {"source": [sources[number % len(sources)]]} if kind == "evidence" else {}
            items.append(synthetic_record(kind, number, links))
        if kind == "source":
            sources = [item["id"] for item in items]
        document[interchange.SECTION_NAMES[kind]] = items
    for section in interchange.SECTION_NAMES.values():
        document.setdefault(section, [])
    return document


def changed_copy(
    document: dict[str, Any], changed: int
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Their document: ``changed`` evidence records edited once after the base."""
    theirs = json.loads(json.dumps(document))
    edits = []
    for item in theirs["evidence"][:changed]:
        item["summary"] = item["summary"] + " Updated by a colleague."
        content = {k: v for k, v in item.items() if k not in interchange.META_KEYS}
        item["ancestors"] = [item["revision"]]
        item["revision"] = next_revision(item["revision"], content)
        item["updated_at"] = datetime.now(UTC).isoformat(timespec="microseconds")
        edits.append(item)
    return theirs, edits


def bulk_upsert(path: Path, edits: list[dict[str, Any]]) -> float:
    """The reference: the changed rows written whole with plain SQL, in one
    transaction, as the merge writes them: every column of their ``records`` and
    ``evidence`` rows, and their search entries (title and body)."""
    fields = [name for name in field_specs("evidence") if name != "translations"]
    # fields added later are left out of a record's content while at their default
    defaults = {name: json_value(spec.default) for name, spec in field_specs("evidence").items()}
    start = time.perf_counter()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            _upsert("records", ["id", "kind", *RECORD_COLUMNS]),
            [
                (e["id"], "evidence", e["created_at"], e["updated_at"], e["changed_by"],
                 e["revision"], json.dumps(e["ancestors"]), json.dumps(e.get("translations", {})))
                for e in edits
            ],
        )  # fmt: skip
        connection.executemany(
            _upsert("evidence", ["id", *fields]),
            [(e["id"], *(e.get(f, defaults[f]) for f in fields)) for e in edits],
        )
        connection.executemany(
            "INSERT OR REPLACE INTO search_index (rowid, record_id, kind, title, body, forms) "
            "VALUES (?, ?, 'evidence', ?, ?, '')",
            [(search_rowid(uuid.UUID(e["id"])), e["id"], e["title"], e["summary"]) for e in edits],
        )
    return time.perf_counter() - start


RECORD_COLUMNS = ["created_at", "updated_at", "changed_by", "revision", "ancestors", "translations"]


def _upsert(table: str, columns: list[str]) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = AppPaths.rooted_at(root / "home")
        base = synthetic_document(arguments.records)
        mine = root / "mine.wbproj"
        started = time.perf_counter()
        with Project.create(mine, paths=paths) as project:
            store.load(project, base)
        print(
            f"built a {arguments.records:,}-record project in {time.perf_counter() - started:.1f} s"
        )
        theirs_document, edits = changed_copy(base, arguments.changed)
        theirs = root / "theirs.wbproj"
        with Project.create(theirs, paths=paths) as project:
            store.load(project, theirs_document)
            share(project, root / "theirs.wbshare", include_confidential=True)
        merges, plains, updated = [], [], 0
        for attempt in range(arguments.repeat):
            # Alternate them, each on a fresh copy, so all see the same machine.
            copies = [root / f"{name}-{attempt}.wbproj" for name in ("mine", "ref")]
            for copy in copies:
                shutil.copyfile(mine, copy)
            seconds, updated = timed_merge(copies[0], root / "theirs.wbshare", paths)
            merges.append(seconds)
            plains.append(bulk_upsert(copies[1], edits))
            for copy in copies:
                _remove(copy)
    ours, plain = min(merges), min(plains)
    print(f"records: {arguments.records:,}; changed: {arguments.changed:,}")
    print(f"records the merge updated: {updated:,}")
    print(f"workbench merge (read bundle, plan, backup, apply): {ours:.2f} s")
    print(f"  runs: {_runs(merges)}")
    print(f"plain SQL bulk upsert of the changed rows, every column: {plain:.2f} s")
    print(f"  runs: {_runs(plains)}")
    ratios = [merge / upsert for merge, upsert in zip(merges, plains, strict=True)]
    print(f"ratio in each run: {', '.join(f'{r:.2f}x' for r in ratios)}; worst {max(ratios):.2f}x")
    print(f"ratio of the best times: {ours / plain:.2f}x (target: within 2.5x in every run)")


def timed_merge(target: Path, bundle: Path, paths: AppPaths) -> tuple[float, int]:
    """Seconds to merge the bundle into an open project, and how many records it updated."""
    with Project.open(target, paths=paths) as project:  # open, as in the app
        start = time.perf_counter()
        document = read_theirs(bundle)
        plan = plan_merge(project, document)
        apply_merge(project, plan, paths=paths)
        seconds = time.perf_counter() - start
    return seconds, sum(plan.summary()["updated"].values())


def _remove(project: Path) -> None:
    """A copy and its WAL: three copies of a large project per run add up."""
    for path in (project, *project.parent.glob(project.name + "-*")):
        path.unlink(missing_ok=True)


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


if __name__ == "__main__":
    main()

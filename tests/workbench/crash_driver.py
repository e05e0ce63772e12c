"""Child process for the crash-safety torture test (test_crash_safety.py).

    python crash_driver.py PROJECT JOURNAL EXPORTS

A fork server: it imports everything once, then for each ``go SEED`` line on
stdin forks a worker; when the worker dies (the test kills it with SIGKILL)
it prints ``dead PID STATUS``. Forking saves the second or
so of Python start-up and imports per kill.

A worker opens the project (taking over the lock the previous worker left),
prints ``opened PID``, then edits, deletes, loads, merges and exports in a loop
for ever. Before each change it appends an ``intent`` line to the journal and
after the service returned (the change is saved) a ``done`` line; each line
is fsynced before the worker goes on. The test checks the project against the
journal: every ``done`` change must be there, an ``intent`` without ``done``
may or may not be.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench import interchange, store  # noqa: E402
from workbench.export import export_submission  # noqa: E402
from workbench.library import Library  # noqa: E402
from workbench.merge import apply_merge, plan_merge  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.records import content_dict, field_specs, json_value, link_roles  # noqa: E402
from workbench.revisions import next_revision  # noqa: E402

OPERATIONS = (
    ("create", 30),
    ("update", 20),
    ("delete", 8),
    ("load", 10),
    ("merge", 10),
    ("export", 12),
)
EXPORT_TARGETS = 3
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


class Journal:
    def __init__(self, path: Path) -> None:
        self.descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, **entry: Any) -> None:
        os.write(self.descriptor, (json.dumps(entry) + "\n").encode())
        os.fsync(self.descriptor)


def known_tags(journal: Path) -> dict[str, str]:
    """Tags created by earlier workers (done) and not since marked for deletion."""
    tags: dict[str, str] = {}
    if not journal.exists():
        return tags
    for line in journal.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry["op"] == "create" and entry["stage"] == "done":
            tags[entry["id"]] = entry["name"]
        elif entry["op"] == "delete":
            tags.pop(entry["id"], None)
    return tags


def tag_item(rng: random.Random, name: str) -> dict[str, Any]:
    """A new tag as interchange JSON, as a colleague's file would hold it."""
    fields = {n: json_value(s.default) for n, s in field_specs("tag").items()}
    fields.update(name=name, description=f"imported {rng.getrandbits(64):x}")
    content = content_dict(fields, {role: () for role in link_roles("tag")}, {})
    stamp = json_value(WHEN)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "revision": next_revision(None, content),
        "ancestors": [],
        "created_at": stamp,
        "updated_at": stamp,
        "changed_by": "colleague",
        **content,
    }


def document(rng: random.Random, prefix: str, count: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "format": interchange.FORMAT_NAME,
        "version": interchange.FORMAT_VERSION,
        "project": {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "name": "theirs"},
        "app_version": "crash-driver",
        "created_at": json_value(WHEN),
        "tombstones": [],
    }
    for section in interchange.SECTION_NAMES.values():
        result[section] = []
    result["tags"] = [tag_item(rng, f"{prefix}-{n}") for n in range(count)]
    return result


class Worker:
    def __init__(self, project: Project, journal: Journal, exports: Path, seed: int) -> None:
        self.project = project
        self.library = Library(project)
        self.journal = journal
        self.exports = exports
        self.rng = random.Random(seed)
        self.seed = seed
        self.tags = known_tags(Path(sys.argv[2]))
        self.number = 0

    def run(self) -> None:
        names = [name for name, _ in OPERATIONS]
        weights = [weight for _, weight in OPERATIONS]
        while True:
            self.number += 1
            getattr(self, self.rng.choices(names, weights)[0])()

    def _name(self) -> str:
        return f"w{self.seed}-{self.number}"

    def create(self) -> None:
        record_id = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        name, text = self._name(), f"first {self.rng.getrandbits(64):x}"
        entry = {"op": "create", "id": str(record_id), "name": name, "description": text}
        self.journal.write(stage="intent", **entry)
        self.library.create("tag", {"name": name, "description": text}, record_id=record_id)
        self.journal.write(stage="done", **entry)
        self.tags[str(record_id)] = name

    def update(self) -> None:
        if not self.tags:
            return self.create()
        record_id = self.rng.choice(sorted(self.tags))
        text = f"edit {self.rng.getrandbits(64):x}"
        entry = {"op": "update", "id": record_id, "description": text}
        self.journal.write(stage="intent", **entry)
        self.library.update(uuid.UUID(record_id), {"description": text})
        self.journal.write(stage="done", **entry)

    def delete(self) -> None:
        if not self.tags:
            return self.create()
        record_id = self.rng.choice(sorted(self.tags))
        del self.tags[record_id]
        self.journal.write(stage="intent", op="delete", id=record_id)
        self.library.delete(uuid.UUID(record_id))
        self.journal.write(stage="done", op="delete", id=record_id)

    def load(self) -> None:
        theirs = document(self.rng, f"load-{self._name()}", self.rng.randint(1, 8))
        ids = [item["id"] for item in theirs["tags"]]
        self.journal.write(stage="intent", op="load", ids=ids)
        self.project.make_backup("load")
        store.load(self.project, theirs)
        self.journal.write(stage="done", op="load", ids=ids)

    def merge(self) -> None:
        theirs = document(self.rng, f"merge-{self._name()}", self.rng.randint(1, 8))
        ids = [item["id"] for item in theirs["tags"]]
        self.journal.write(stage="intent", op="merge", ids=ids)
        apply_merge(self.project, plan_merge(self.project, theirs), paths=self.project.paths)
        self.journal.write(stage="done", op="merge", ids=ids)

    def export(self) -> None:
        target = self.exports / f"out-{self.rng.randrange(EXPORT_TARGETS)}.docx"
        self.journal.write(stage="intent", op="export", target=str(target))
        report = export_submission(self.project, target)
        self.journal.write(stage="done", op="export", target=str(target), sha256=report.sha256)


def work(project_path: Path, journal_path: Path, exports: Path, seed: int) -> None:
    project = Project.open(project_path)
    print(f"opened {os.getpid()}", flush=True)
    Worker(project, Journal(journal_path), exports, seed).run()


def say(line: str) -> None:
    """A line for the test, copied to the log so a line the test never received
    still shows in its failure message."""
    print(line, flush=True)
    print(f"said: {line}", file=sys.stderr, flush=True)


def main() -> int:
    project, journal, exports = (Path(a) for a in sys.argv[1:4])
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "go":
            return 0
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                work(project, journal, exports, int(argument))
            except BaseException:  # reported to the test, which fails on it
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            finally:
                os._exit(code)
        say(f"forked {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"dead {pid} {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

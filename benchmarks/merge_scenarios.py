"""Merge scenarios: two colleagues edit the same 1,000 recommendations for a week.

    python benchmarks/merge_scenarios.py [--records 1000] [--seed 7]

Ana makes the recommendations and shares them with Bek (who merges them), then
both edit every record through the app's services, with this mix:

- different fields (Ana the title, Bek the text) ........................ 50%
- different paragraphs of the same text ................................. 30%
- the same sentence, worded differently ................................. 10%
- an edit against a deletion (Ana edits, Bek deletes) .................... 5%
- a reorder against an addition (Ana reorders the tags, Bek adds one) .... 5%

Bek shares; Ana merges (conflicts kept as both, theirs as a copy); Ana shares
the result; Bek merges it. Prints how many records surfaced as conflicts
(target: the same-sentence and edit/delete cases only, 15%), how many typed
edits were lost outside those conflicts (target 0, each checked against what
the two typed), whether the two copies converged (one revision and content
per record), and Ana's merge time against a plain SQL bulk upsert of as many
rows (the reference of ``merge_benchmark.py``), measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from merge_benchmark import bulk_upsert, changed_copy, synthetic_document  # noqa: E402

from workbench import interchange, store  # noqa: E402
from workbench.library import Library  # noqa: E402
from workbench.merge import apply_merge, plan_merge, read_theirs  # noqa: E402
from workbench.paths import AppPaths  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.share import share  # noqa: E402

MIX = (
    ("fields", 0.50),
    ("paragraphs", 0.30),
    ("sentence", 0.10),
    ("edit-delete", 0.05),
    ("reorder", 0.05),
)
EXPECTED_CONFLICTS = ("sentence", "edit-delete")

PARAGRAPHS = (
    "Свобода выражения мнений защищена статьёй 19 МПГПП. Ограничения должны быть "
    "предусмотрены законом и необходимы.",
    "Журналистердің жұмысы заңмен қорғалуы тиіс. Аккредитация негіздері нақты болуы керек.",
    "Criminal liability for defamation should be repealed. Civil remedies are sufficient.",
)


@dataclass
class Typed:
    """What each colleague typed into one record, to find it again after merging."""

    scenario: str
    ana: list[str] = field(default_factory=list)
    bek: list[str] = field(default_factory=list)
    ana_tags: list[uuid.UUID] = field(default_factory=list)
    bek_tags: list[uuid.UUID] = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    chance = random.Random(arguments.seed)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = AppPaths.rooted_at(root / "home")
        ana, bek = root / "ana.wbproj", root / "bek.wbproj"
        ids, tags = _exchanged(ana, bek, root, arguments.records, paths)
        scenarios = _scenarios(len(ids), chance)
        typed = _edit_both(ana, bek, ids, tags, scenarios, chance, paths)
        share_of = _share(bek, root / "bek.wbshare", paths)
        seconds, plan_counts = _timed_merge(ana, root / "bek.wbshare", paths)
        _share(ana, root / "ana.wbshare", paths)
        with Project.open(bek, paths=paths) as project:
            plan = plan_merge(project, read_theirs(root / "ana.wbshare"))
            apply_merge(project, plan, paths=paths)
        reference = _reference(root, arguments.records)
        _report(ana, bek, typed, plan_counts, share_of, seconds, reference, paths)


def _exchanged(
    ana: Path, bek: Path, root: Path, count: int, paths: AppPaths
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Ana's recommendations (three paragraphs, two tags each), merged by Bek."""
    Project.create(ana, paths=paths).close()
    Project.create(bek, paths=paths).close()
    with Project.open(ana, author="Ana", paths=paths) as project:
        library = Library(project)
        tags = [library.create("tag", {"name": f"тег {n}"}).id for n in range(6)]
        ids = [
            library.create(
                "recommendation",
                {"title": f"Рекомендация {n}", "text": "\n\n".join(PARAGRAPHS)},
                {"tags": [tags[n % 6], tags[(n + 1) % 6]]},
            ).id
            for n in range(count)
        ]
        share(project, root / "first.wbshare")
    with Project.open(bek, author="Bek", paths=paths) as project:
        apply_merge(project, plan_merge(project, read_theirs(root / "first.wbshare")), paths=paths)
    return ids, tags


def _scenarios(count: int, chance: random.Random) -> list[str]:
    names = [name for name, share_of in MIX for _ in range(round(count * share_of))]
    names = (names + ["fields"] * count)[:count]
    chance.shuffle(names)
    return names


def _edit_both(
    ana: Path,
    bek: Path,
    ids: list[uuid.UUID],
    tags: list[uuid.UUID],
    scenarios: list[str],
    chance: random.Random,
    paths: AppPaths,
) -> dict[uuid.UUID, Typed]:
    typed = {record: Typed(scenario) for record, scenario in zip(ids, scenarios, strict=True)}
    with Project.open(ana, author="Ana", paths=paths) as project:
        library = Library(project)
        for record, note in typed.items():
            _ana_edits(library, record, note, chance)
    with Project.open(bek, author="Bek", paths=paths) as project:
        library = Library(project)
        for record, note in typed.items():
            _bek_edits(library, record, note, tags)
    return typed


def _ana_edits(library: Library, record: uuid.UUID, note: Typed, chance: random.Random) -> None:
    mark = f"Ана {record.hex[:8]}"
    if note.scenario in ("fields", "edit-delete"):
        note.ana.append(f"{mark}: новый заголовок")
        library.update(record, {"title": note.ana[-1]})
    elif note.scenario in ("paragraphs", "sentence"):
        sentence = f"{mark} уточняет первый абзац."
        note.ana.append(sentence)
        paragraphs = list(PARAGRAPHS)
        paragraphs[0] = sentence + " " + paragraphs[0].split(". ", 1)[1]
        if note.scenario == "sentence":
            paragraphs[1] = f"{mark} қайта жазды."
        library.update(record, {"text": "\n\n".join(paragraphs)})
    else:  # reorder
        current = library.get(record).links["tags"]
        order = list(reversed(current))
        chance.shuffle(order) if len(order) > 2 else None
        note.ana_tags = order
        library.set_links(record, "tags", order)


def _bek_edits(library: Library, record: uuid.UUID, note: Typed, tags: list[uuid.UUID]) -> None:
    mark = f"Бек {record.hex[:8]}"
    if note.scenario == "edit-delete":
        library.delete(record)
        return
    if note.scenario == "reorder":
        current = library.get(record).links["tags"]
        added = next(t for t in tags if t not in current)
        note.bek_tags = [added]
        library.link(record, "tags", added)
        return
    paragraphs = list(PARAGRAPHS)
    if note.scenario == "sentence":
        paragraphs[1] = f"{mark} иначе переписал."
    else:
        paragraphs[2] = f"{mark} rewrote the last paragraph."
    note.bek.append(paragraphs[1] if note.scenario == "sentence" else paragraphs[2])
    library.update(record, {"text": "\n\n".join(paragraphs)})


def _share(path: Path, bundle: Path, paths: AppPaths) -> int:
    with Project.open(path, read_only=True, paths=paths) as project:
        return sum(share(project, bundle).values())


def _timed_merge(ana: Path, bundle: Path, paths: AppPaths) -> tuple[float, Counter[str]]:
    with Project.open(ana, author="Ana", paths=paths) as project:
        start = time.perf_counter()
        plan = plan_merge(project, read_theirs(bundle))
        apply_merge(project, plan, on_conflict="both", paths=paths)
        seconds = time.perf_counter() - start
    counts: Counter[str] = Counter(str(change.action) for change in plan.changes)
    return seconds, counts


def _reference(root: Path, records: int) -> float:
    """The merge benchmark's reference: a plain bulk upsert of as many changed rows."""
    document = synthetic_document(records * 4)
    target = root / "reference.wbproj"
    with Project.create(target) as project:
        store.load(project, document)
    _theirs, edits = changed_copy(document, records)
    return bulk_upsert(target, edits)


def _report(
    ana: Path,
    bek: Path,
    typed: dict[uuid.UUID, Typed],
    counts: Counter[str],
    shared: int,
    seconds: float,
    reference: float,
    paths: AppPaths,
) -> None:
    ana_state, bek_state = _state(ana, paths), _state(bek, paths)
    lost = Counter(
        note.scenario
        for record, note in typed.items()
        if note.scenario not in EXPECTED_CONFLICTS and not _kept(ana_state.get(str(record)), note)
    )
    total = len(typed)
    conflicts = counts["conflict"]
    expected = sum(1 for n in typed.values() if n.scenario in EXPECTED_CONFLICTS)
    print(f"records edited on both sides: {total:,} (Bek's bundle: {shared:,} records)")
    print(f"merged with no question: {counts['merge']:,}")
    print(
        f"surfaced as conflicts: {conflicts:,} ({conflicts / total:.0%}; "
        f"target: the same-sentence and edit/delete cases, {expected:,} = {expected / total:.0%})"
    )
    print(f"edits lost outside those conflicts: {sum(lost.values())} {dict(lost) or ''}(target 0)")
    converged = ana_state == bek_state
    print(f"converged after Ana<-Bek then Bek<-Ana: {'yes' if converged else 'NO'}")
    print(f"Ana's merge (read bundle, plan, backup, apply): {seconds:.2f} s")
    print(f"plain SQL bulk upsert of {total:,} changed rows: {reference:.2f} s")
    print(f"ratio: {seconds / reference:.1f}x")


def _state(path: Path, paths: AppPaths) -> dict[str, dict[str, Any]]:
    with Project.open(path, read_only=True, paths=paths) as project:
        document = interchange.dump_document(project)
    skip = ("created_at", "updated_at", "changed_by")
    return {
        item["id"]: {k: v for k, v in item.items() if k not in skip}
        for section in interchange.SECTION_NAMES.values()
        for item in document[section]
    }


def _kept(item: dict[str, Any] | None, note: Typed) -> bool:
    """Whether everything both typed into a record is in its merged version."""
    if item is None:
        return False
    text = f"{item.get('title', '')}\n{item.get('text', '')}"
    if not all(typed in text for typed in [*note.ana, *note.bek]):
        return False
    tags = [uuid.UUID(t) for t in item.get("links", {}).get("tags", [])]
    if note.bek_tags and not set(note.bek_tags) <= set(tags):
        return False
    kept_order = [t for t in tags if t in note.ana_tags]
    return not note.ana_tags or kept_order == note.ana_tags


if __name__ == "__main__":
    main()

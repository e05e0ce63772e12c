"""The word-form test sets (tests/data/word_forms/{en,ru,kk}.json) and their scores.

Each set holds records written for it (a title and a text) and queries, each an
inflected form of words in its record(s), with every record judged relevant to
it. Read by tests/workbench/test_word_forms_recall.py (a floor) and by
benchmarks/word_forms_benchmark.py (the figures).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from db import search_index
from workbench import word_forms
from workbench.library import Library
from workbench.project import Project

FOLDER = Path(__file__).parent / "data" / "word_forms"
TOP = 10


@dataclass(frozen=True)
class Query:
    text: str
    relevant: tuple[str, ...]


@dataclass(frozen=True)
class TestSet:
    language: str
    records: dict[str, tuple[str, str]]
    """key -> (title, text)"""
    queries: tuple[Query, ...]


@dataclass(frozen=True)
class Scores:
    recall: float
    """Per query, the share of its relevant records among the first ten hits; averaged."""
    precision: float
    """Per query with hits, the share of the first ten that are relevant; averaged."""
    found: int
    """Queries with at least one relevant record among the first ten hits."""
    queries: int
    misses: tuple[str, ...]


def load_test_set(language: str) -> TestSet:
    data = json.loads((FOLDER / f"{language}.json").read_text(encoding="utf-8"))
    records = {r["key"]: (r["title"], r["text"]) for r in data["records"]}
    queries = tuple(Query(q["query"], tuple(q["relevant"])) for q in data["queries"])
    return TestSet(language, records, queries)


def score(test_set: TestSet, path: Path, *, word_forms_on: bool = True) -> Scores:
    """Load the set into a new project at ``path`` and search every query, with
    word forms (as the app does) or by prefixes only (as it did before them)."""
    keys: dict[uuid.UUID, str] = {}
    with Project.create(path) as project:
        library = Library(project)
        for key, (title, body) in test_set.records.items():
            keys[library.create("critique", {"title": title, "argument": body}).id] = key
    recalls: list[float] = []
    precisions: list[float] = []
    misses: list[str] = []
    with Project.open(path) as project, project.reading() as session:
        for query in test_set.queries:
            rows = search_index.search(
                session.connection(),
                query.text,
                stems_of=word_forms.stems if word_forms_on else None,
                limit=TOP,
            )
            hits = {keys[row.record_id] for row in rows}
            relevant = set(query.relevant)
            recalls.append(len(hits & relevant) / len(relevant))
            if hits:
                precisions.append(len(hits & relevant) / len(hits))
            if not relevant <= hits:
                misses.append(f"{query.text!r}: missed {sorted(relevant - hits)}")
            if hits - relevant:
                misses.append(f"{query.text!r}: also {sorted(hits - relevant)}")
    return Scores(
        recall=sum(recalls) / len(recalls),
        precision=sum(precisions) / len(precisions) if precisions else 0.0,
        found=sum(1 for r in recalls if r > 0),
        queries=len(recalls),
        misses=tuple(misses),
    )

"""Search finds inflected forms: recall on the word-form test sets stays above a
floor (the figures themselves: benchmarks/word_forms_benchmark.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.word_forms_set import load_test_set, score

RECALL_FLOOR = 0.90


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_recall_at_ten_is_above_the_floor(tmp_path: Path, language: str) -> None:
    test_set = load_test_set(language)
    assert len(test_set.queries) >= 100
    scores = score(test_set, tmp_path / "set.wbproj")
    assert scores.recall >= RECALL_FLOOR, "\n".join(scores.misses)


def test_prefix_search_alone_stays_below_it(tmp_path: Path) -> None:
    """The sets ask for word forms: prefixes alone miss much of Russian (a set
    that prefixes could pass would test nothing)."""
    scores = score(load_test_set("ru"), tmp_path / "set.wbproj", word_forms_on=False)
    assert scores.recall < RECALL_FLOOR

"""Search by word forms: recall@10 and precision@10 per language, against prefix search.

    python benchmarks/word_forms_benchmark.py [--language ru] [--misses]

The test sets are ``tests/data/word_forms/{en,ru,kk}.json`` (see
tests/word_forms_set.py): records written for them and at least 100 queries per
language, each an inflected form of words in its record(s), with every record
judged relevant to it listed. Every query is searched twice in the same run: as
the app searches (prefixes, then word forms) and as it searched before word
forms (prefixes only, the reference).

* recall@10: per query, the share of its relevant records among the first ten
  hits, averaged over the queries;
* precision@10: per query with hits, the share of the first ten hits that are
  relevant, averaged over those queries;
* found: queries with at least one relevant record among the first ten.

``--misses`` lists what word-form search missed or found besides.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.word_forms_set import load_test_set, score  # noqa: E402

LANGUAGES = ("en", "ru", "kk")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    arguments = parser.parse_args()
    header = f"{'set':<4} {'queries':>7}  {'search':<12} {'recall@10':>9} {'precision@10':>12}"
    print(f"{header} {'found':>9}")
    for language in arguments.language or LANGUAGES:
        test_set = load_test_set(language)
        with tempfile.TemporaryDirectory() as folder:
            for word_forms_on, label in ((True, "word forms"), (False, "prefix only")):
                path = Path(folder) / f"{label}.wbproj"
                s = score(test_set, path, word_forms_on=word_forms_on)
                print(
                    f"{language:<4} {s.queries:>7}  {label:<12} {s.recall:>9.1%} "
                    f"{s.precision:>12.1%} {s.found:>5}/{s.queries}"
                )
                if arguments.misses and word_forms_on:
                    for miss in s.misses:
                        print(f"     {miss}")


if __name__ == "__main__":
    main()

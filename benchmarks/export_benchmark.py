"""Export benchmark: a 300-recommendation submission with 1,500 citations and a
300-row comparative table, against pandoc converting the same content from Markdown.

    python benchmarks/export_benchmark.py [--recommendations 300]

Prints our export time, pandoc's time measured in the same run, and the ratio
(target: at most 0.5).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.composition import Composition  # noqa: E402
from workbench.export import export_submission  # noqa: E402
from workbench.library import Library  # noqa: E402
from workbench.project import Project  # noqa: E402

CITATIONS_PER_RECOMMENDATION = 5
SOURCES = 100
SECTIONS = 10

WORDS = [
    "the",
    "law",
    "restricts",
    "freedom",
    "of",
    "expression",
    "without",
    "a",
    "legitimate",
    "aim",
    "and",
    "the",
    "sanction",
    "is",
    "disproportionate",
    "to",
    "any",
    "harm",
    "caused",
    "by",
    "the",
    "publication",
    "in",
    "question",
]


def sentence(seed: int, length: int = 18) -> str:
    return " ".join(WORDS[(seed * 7 + i) % len(WORDS)] for i in range(length)).capitalize()


def build(path: Path, recommendations: int) -> tuple[Project, list[dict[str, str]]]:
    project = Project.create(path)
    library = Library(project)
    composition = Composition(project)
    sources = []
    for number in range(SOURCES):
        fields = {
            "key": f"src-{number}",
            "author": f"Author {number}",
            "title": f"Report on media freedom, volume {number}",
            "publisher": "Monitoring Centre",
            "issued": "2023",
            "url": f"https://example.org/reports/{number}",
        }
        library.create("source", fields)
        sources.append(fields)
    provision = library.create("provision", {"unit": "Article 1"})
    submission = library.create(
        "submission", {"title": "Benchmark submission", "summary": "Summary."}
    )
    sections = [
        composition.add_section(submission.id, f"Section {n + 1}").id for n in range(SECTIONS)
    ]
    per_section: list[list] = [[] for _ in sections]
    for number in range(recommendations):
        keys = [
            f"src-{(number * CITATIONS_PER_RECOMMENDATION + k) % SOURCES}"
            for k in range(CITATIONS_PER_RECOMMENDATION)
        ]
        cited = " ".join(f"{sentence(number + k)} [@{key}]." for k, key in enumerate(keys))
        rec = library.create(
            "recommendation",
            {
                "title": f"Recommendation title {number}",
                "text": cited,
                "rationale": sentence(number, 40),
            },
        )
        composition.add_proposed_wording(
            rec.id,
            provision.id,
            current_wording=sentence(number, 30),
            proposed_wording=sentence(number + 1, 30),
            justification=sentence(number + 2, 12),
        )
        per_section[number % SECTIONS].append(rec.id)
    for section, ids in zip(sections, per_section, strict=True):
        composition.set_section_items(section, ids)
    return project, sources


def equivalent_markdown(project: Project, sources: list[dict[str, str]]) -> str:
    """The same document for pandoc: headings, text, footnotes, the table."""
    library = Library(project)
    submission = library.page("submission")[0]
    data = library.get(submission.id)
    by_key = {s["key"]: s for s in sources}
    lines = ["# Benchmark submission", "", "## Summary", "", "Summary.", ""]
    notes: list[str] = []
    rows: list[str] = []

    def footnotes(text: str) -> str:
        import re

        def replace(match: re.Match[str]) -> str:
            source = by_key[match.group(1)]
            notes.append(
                f"{source['author']}, *{source['title']}*, {source['publisher']}, "
                f"{source['issued']}. <{source['url']}>."
            )
            return f"[^{len(notes)}]"

        return re.sub(r" ?\[@([^\]]+)\]", replace, text)

    lines += ["## Recommendations", ""]
    for section in data.children["sections"]:
        lines += [f"### {section['title']}", ""]
        for rec_id in section["recommendations"]:
            rec = library.get(rec_id)
            lines += [
                f"**Recommendation: {rec.fields['title']}**",
                "",
                footnotes(rec.fields["text"]),
                "",
            ]
            lines += ["*Rationale*", "", rec.fields["rationale"], ""]
            for wording in rec.children["proposed_wordings"]:
                rows.append(
                    f"| {len(rows) + 1} | Article 1 | {wording['current_wording']} | "
                    f"{wording['proposed_wording']} | {wording['justification']} |"
                )
    lines += ["## Comparative table of amendments", ""]
    lines += [
        "| No. | Unit | Current | Proposed | Justification |",
        "|---|---|---|---|---|",
        *rows,
        "",
    ]
    lines += [f"[^{n}]: {note}" for n, note in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"


def timed(action: Callable[[], object], repeats: int) -> float:
    """The median of ``repeats`` timings of ``action``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recommendations", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is needed for the reference measurement (apt-get install pandoc)")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project, sources = build(root / "bench.wbproj", arguments.recommendations)
        markdown = root / "same.md"
        markdown.write_text(equivalent_markdown(project, sources), encoding="utf-8")
        ours = timed(lambda: export_submission(project, root / "ours.docx"), arguments.repeats)
        report = export_submission(project, root / "ours.docx")
        theirs = timed(
            lambda: subprocess.run(
                [
                    "pandoc",
                    str(markdown),
                    "-f",
                    "markdown",
                    "-t",
                    "docx",
                    "-o",
                    str(root / "pandoc.docx"),
                ],
                check=True,
            ),
            arguments.repeats,
        )
        project.close()
    print(
        f"recommendations: {report.recommendations}, footnotes: {report.footnotes}, "
        f"table rows: {arguments.recommendations}"
    )
    print(f"workbench export: {ours:.3f} s (median of {arguments.repeats})")
    print(f"pandoc markdown->docx: {theirs:.3f} s (median of {arguments.repeats})")
    print(f"ratio: {ours / theirs:.2f} (target: at most 0.50)")


if __name__ == "__main__":
    main()

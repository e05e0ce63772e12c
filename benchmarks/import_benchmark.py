"""Import benchmark: a long review with hundreds of footnotes, read, planned and
written into an empty project, against pandoc reading the same file to JSON.

    python benchmarks/import_benchmark.py [--recommendations 100] [--words 900] [--pages]

The document is our own export of a synthetic submission: each recommendation
cites five sources (500 footnotes at the default size) and carries a rationale of
``--words`` words (about 200 pages in all). Prints the document's size (words,
footnotes and, with ``--pages``, the page count LibreOffice lays it out to), the
median import time (target: at most 5 s), pandoc's median time on the same file,
measured in the same run, and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_benchmark import CITATIONS_PER_RECOMMENDATION, build, sentence, timed  # noqa: E402

from workbench.export import export_submission  # noqa: E402
from workbench.library import Library  # noqa: E402
from workbench.merge import apply_merge  # noqa: E402
from workbench.paths import AppPaths  # noqa: E402
from workbench.project import Project  # noqa: E402
from workbench.starter import create_project  # noqa: E402
from workbench.word_import import read_word  # noqa: E402
from workbench.word_import.importing import merge_plan, propose_import  # noqa: E402


def long_document(folder: Path, recommendations: int, words: int) -> Path:
    """Our export of a submission whose rationales run to ``words`` words each."""
    project, _sources = build(folder / "long.wbproj", recommendations)
    library = Library(project)
    paragraphs = max(1, words // 40)
    for summary in library.page("recommendation", limit=recommendations):
        number = int(summary.title.rsplit(" ", 1)[-1])
        rationale = "\n\n".join(sentence(number + n, 40) + "." for n in range(paragraphs))
        library.update(summary.id, {"rationale": rationale})
    out = folder / "review.docx"
    export_submission(project, out)
    project.close()
    return out


def import_once(document: Path, empty: Path, folder: Path) -> int:
    """Read, plan and write ``document`` into a fresh copy of ``empty``; the records written."""
    target = folder / "target.wbproj"
    shutil.copyfile(empty, target)
    paths = AppPaths.rooted_at(folder / "home")
    with Project.open(target, paths=paths) as project:
        proposal = propose_import(project, document).proposal
        result = apply_merge(project, merge_plan(project, proposal, "benchmark"), paths=paths)
    target.unlink()
    return sum(result.summary["added"].values())


def pages(document: Path, folder: Path) -> int | None:
    """The pages LibreOffice lays the document out to (None without soffice/pdfinfo)."""
    if shutil.which("soffice") is None or shutil.which("pdfinfo") is None:
        return None
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        check=True,
        capture_output=True,
    )
    info = subprocess.run(
        ["pdfinfo", str(folder / document.with_suffix(".pdf").name)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recommendations", type=int, default=100)
    parser.add_argument("--words", type=int, default=900)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="count pages with LibreOffice")
    arguments = parser.parse_args()
    if shutil.which("pandoc") is None:
        sys.exit("pandoc is needed for the reference measurement (apt-get install pandoc)")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        document = long_document(folder, arguments.recommendations, arguments.words)
        read = read_word(document)
        words = sum(len(getattr(block, "text", "").split()) for block in read.blocks)
        empty = folder / "empty.wbproj"
        create_project(empty, empty=True).close()
        written = import_once(document, empty, folder)
        ours = timed(lambda: import_once(document, empty, folder), arguments.repeats)
        reference = timed(
            lambda: subprocess.run(
                ["pandoc", "-f", "docx", "-t", "json", str(document), "-o", str(folder / "p.json")],
                check=True,
            ),
            arguments.repeats,
        )
        print(
            f"document: {arguments.recommendations} recommendations, {words:,} words, "
            f"{len(read.notes)} footnotes "
            f"({CITATIONS_PER_RECOMMENDATION} citations per recommendation)"
        )
        if arguments.pages:
            print(f"pages (LibreOffice): {pages(document, folder)}")
        print(f"records written: {written:,}")
        print(f"import (read, plan, write; median of {arguments.repeats}): {ours:.2f} s")
        print(f"pandoc -f docx -t json (median of {arguments.repeats}): {reference:.2f} s")
        print(f"ratio: {ours / reference:.2f}x (target: import at most 5 s)")


if __name__ == "__main__":
    main()

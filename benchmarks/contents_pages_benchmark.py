"""How often the contents list's estimated page numbers match LibreOffice's layout.

    .venv/bin/python benchmarks/contents_pages_benchmark.py [--template FILE ...]

Exports the starter submission in English, Russian, Kazakh and Russian|Kazakh side
by side (on the bundled template and on each ``--template``), converts each to PDF
with LibreOffice, finds the page every contents entry's heading is on, and prints
the entries whose estimate (export/pagination.py) is off, and the share exact and
within one page. Needs LibreOffice (soffice) and pdftotext.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.export import export_submission
from workbench.starter import create_project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXPORTS = (("en", None), ("ru", None), ("kk", None), ("ru", "kk"))


def contents(docx: Path) -> list[tuple[str, int]]:
    """(heading, estimated page) of each contents entry."""
    with zipfile.ZipFile(docx) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    entries = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or not style.get(f"{W}val", "").lower().startswith("toc"):
            continue
        texts = [t.text or "" for t in p.iter(f"{W}t")]
        if len(texts) >= 2 and texts[-1].isdigit():
            entries.append(("".join(texts[:-1]).strip(), int(texts[-1])))
    return entries


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [re.sub(r"\s+", " ", page) for page in text.split("\f")]


def actual_page(pages: list[str], heading: str, after: int) -> int | None:
    wanted = re.sub(r"\s+", " ", heading)[:40]
    for number, page in enumerate(pages, start=1):
        if number > after and wanted in page:
            return number
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", type=Path, action="append", default=[])
    arguments = parser.parse_args()
    exact = near = total = 0
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project = create_project(root / "starter.wbproj")
        for template in [None, *arguments.template]:
            for language, second in EXPORTS:
                name = f"{template.stem if template else 'bundled'}-{language}{second or ''}"
                target = root / f"{name}.docx"
                export_submission(
                    project,
                    target,
                    language=language,
                    second_language=second or "none",
                    template=template,
                )
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, target],
                    capture_output=True,
                    check=True,
                    timeout=120,
                )
                pages = pages_of(target.with_suffix(".pdf"))
                entries = contents(target)
                found = next(i for i, p in enumerate(pages, 1) if entries[0][0][:20] in p)
                for heading, estimate in entries:
                    actual = actual_page(pages, heading, found)
                    found = actual - 1 if actual else found
                    total += 1
                    exact += actual == estimate
                    near += actual is not None and abs(actual - estimate) <= 1
                    if actual != estimate:
                        print(f"{name}: {heading[:50]!r} estimated {estimate}, actual {actual}")
                print(f"{name}: {len(pages)} pages")
    print(f"entries: {total}; exact: {exact / total:.0%}; within one page: {near / total:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

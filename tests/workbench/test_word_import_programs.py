"""Documents written by other programs import with their footnotes as citations:
pandoc from Markdown (Russian), LibreOffice from a flat ODF text (Russian), and
python-docx (Kazakh, its footnotes part added as Word lays it out)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from workbench.library import Library
from workbench.merge import apply_merge
from workbench.project import Project
from workbench.starter import create_project
from workbench.word_import.importing import merge_plan, propose_import

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

MARKDOWN = """\
# Позиция по проекту закона о СМИ

Кому: Мажилис Парламента Республики Казахстан

## Рекомендации

1. Исключить статью 174 УК РК.[^1] Она применяется произвольно.
2. Отказаться от аккредитации по усмотрению органа.[^2]
3. Гарантировать доступ к информации.[^3]

[^1]: Адил Соз, *Мониторинг нарушений свободы слова*, 2022, с. 7. <https://adilsoz.kz/monitoring>
[^2]: Там же, с. 9.
[^3]: ОБСЕ, *Доступ к информации*, 2021. <https://osce.org/access>
"""

FLAT_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:h text:outline-level="1">Рекомендации</text:h>
  <text:p>Рекомендация 1. Исключить статью 73-3 КоАП РК.<text:note text:id="n1"
   text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>
   <text:p>Адил Соз, Мониторинг, 2022, с. 7. https://adilsoz.kz/monitoring</text:p>
   </text:note-body></text:note> Статья используется против журналистов.</text:p>
  <text:p>Рекомендация 2. Сузить понятие ложной информации.<text:note text:id="n2"
   text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body>
   <text:p>Там же, с. 12.</text:p></text:note-body></text:note></text:p>
 </office:text></office:body>
</office:document>
"""


def _imported(document: Path, tmp_path: Path) -> tuple[list[str], int]:
    """Into an empty project: the recommendations' texts, and the sources written."""
    path = tmp_path / "p.wbproj"
    create_project(path, empty=True).close()
    with Project.open(path) as project:
        proposal = propose_import(project, document).proposal
        apply_merge(project, merge_plan(project, proposal, "Ana"))
        library = Library(project)
        texts = [
            f"{r.title} {library.get(r.id).fields['text']}"
            for r in library.page("recommendation", limit=100)
        ]
        return texts, len(library.page("source", limit=100))


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_a_document_pandoc_wrote_from_markdown(tmp_path: Path) -> None:
    source = tmp_path / "позиция.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    out = tmp_path / "позиция.docx"
    subprocess.run(["pandoc", str(source), "-o", str(out)], check=True)
    texts, sources = _imported(out, tmp_path)
    assert len(texts) == 3 and sources == 2  # «Там же» cites the source before
    assert all("[@" in text for text in texts)
    assert any("с. 9]" in text for text in texts)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_document_libreoffice_wrote(tmp_path: Path) -> None:
    source = tmp_path / "review.fodt"
    source.write_text(FLAT_ODT, encoding="utf-8")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "docx", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    texts, sources = _imported(tmp_path / "review.docx", tmp_path)
    assert len(texts) == 2 and sources == 1
    assert all("[@" in text for text in texts)


def test_a_document_python_docx_wrote_in_kazakh(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Ұсыныстар", level=1)
    notes = [
        "«Әділ сөз», *Мониторинг*, 2022, 7-бет. https://adilsoz.kz/kk/monitoring",
        "Сонда, 9-бет.",
    ]
    for number, text in enumerate(("ҚР ҚК 174-бабын алып тастау.", "Аккредитацияны жеңілдету."), 1):
        paragraph = document.add_paragraph(text, style="List Number")
        run = paragraph.add_run()
        run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="{number}"/>'))
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        for n, text in enumerate(notes, 1)
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        f'<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    out = tmp_path / "ұсыныстар.docx"
    document.save(str(out))
    texts, sources = _imported(out, tmp_path)
    assert len(texts) == 2 and sources == 1
    assert all("[@" in text for text in texts) and any("9-бет]" in t for t in texts)

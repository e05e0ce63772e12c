"""Reading Word documents into blocks (issue 20's first step): what a reviewer sees
is what is read, in Russian, Kazakh and English, from packages written as Word
writes them and from Workbench's own exports; a hostile file is refused by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.template_corpus import CORPUS, SAMPLE_MARKER
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.starter import create_project
from workbench.word_import import Heading, Paragraph, Table, WordImportError, read_word

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline2"><w:name w:val="Мой заголовок"/>
  <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Based on outline"/>
  <w:basedOn w:val="Outline2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/>
  <w:basedOn w:val="Loop"/></w:style>
</w:styles>"""

NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def _package(
    path: Path,
    body: str,
    *,
    footnotes: str = "",
    endnotes: str = "",
    links: dict[str, str] | None = None,
    note_links: dict[str, str] | None = None,
) -> Path:
    """A .docx as Word lays one out: content types, relationships, the parts given."""
    parts = {"word/styles.xml": STYLES, "word/numbering.xml": NUMBERING}
    rels = [("rStyles", "styles", "styles.xml"), ("rNumbering", "numbering", "numbering.xml")]
    if footnotes:
        parts["word/footnotes.xml"] = (
            f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">{footnotes}</w:footnotes>'
        )
        rels.append(("rFootnotes", "footnotes", "footnotes.xml"))
    if endnotes:
        parts["word/endnotes.xml"] = (
            f'<w:endnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">{endnotes}</w:endnotes>'
        )
        rels.append(("rEndnotes", "endnotes", "endnotes.xml"))
    overrides = {
        "/word/document.xml": f"{DOC_TYPE}.document.main+xml",
        "/word/styles.xml": f"{DOC_TYPE}.styles+xml",
        "/word/numbering.xml": f"{DOC_TYPE}.numbering+xml",
        "/word/footnotes.xml": f"{DOC_TYPE}.footnotes+xml",
        "/word/endnotes.xml": f"{DOC_TYPE}.endnotes+xml",
    }
    types = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>'
        for name, kind in overrides.items()
        if name == "/word/document.xml" or name[1:] in parts
    )
    document_rels = "".join(
        f'<Relationship Id="{rid}" Type="{RELATIONSHIPS}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels
    ) + "".join(
        f'<Relationship Id="{rid}" Type="{RELATIONSHIPS}/hyperlink" Target="{url}" '
        'TargetMode="External"/>'
        for rid, url in (links or {}).items()
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{types}</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" '
            f'Type="{RELATIONSHIPS}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{PACKAGE_RELS}">{document_rels}</Relationships>',
        )
        if note_links:
            archive.writestr(
                "word/_rels/footnotes.xml.rels",
                f'<Relationships xmlns="{PACKAGE_RELS}">'
                + "".join(
                    f'<Relationship Id="{rid}" Type="{RELATIONSHIPS}/hyperlink" Target="{url}" '
                    'TargetMode="External"/>'
                    for rid, url in note_links.items()
                )
                + "</Relationships>",
            )
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _p(runs: str, properties: str = "") -> str:
    return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_headings_by_style_name_outline_level_or_base_style(tmp_path: Path) -> None:
    body = (
        _p(_r("Свобода слова в Казахстане"), '<w:pStyle w:val="Title"/>')
        + _p(_r("Рекомендации"), '<w:pStyle w:val="1"/>')
        + _p(_r("Ұсыныстар"), '<w:pStyle w:val="Outline2"/>')
        + _p(_r("Based on a heading style"), '<w:pStyle w:val="Child"/>')
        + _p(_r("Direct outline level"), '<w:outlineLvl w:val="2"/>')
        + _p(_r("Body text, outline level 9"), '<w:outlineLvl w:val="9"/>')
        + _p(_r("A style based on itself"), '<w:pStyle w:val="Loop"/>')
        + _p("")  # empty paragraphs are not blocks
    )
    blocks = read_word(_package(tmp_path / "h.docx", body)).blocks
    assert blocks == [
        Heading(0, "Свобода слова в Казахстане"),
        Heading(1, "Рекомендации"),
        Heading(2, "Ұсыныстар"),
        Heading(2, "Based on a heading style"),
        Heading(3, "Direct outline level"),
        Paragraph("Body text, outline level 9"),
        Paragraph("A style based on itself"),
    ]


def test_emphasis_links_and_markdown_characters(tmp_path: Path) -> None:
    body = _p(
        _r("Статья ")
        + _r("174 УК РК", "<w:b/>")
        + _r(" ", "<w:b/>")
        + _r("қылмыстық", "<w:i/>")
        + _r(" not bold", '<w:b w:val="0"/>')
        + _r(" a*b_c [x] ")
        + '<w:hyperlink r:id="rLink">'
        + _r("доклад RSF")
        + "</w:hyperlink>"
        + '<w:hyperlink r:id="rScript">'
        + _r(" opened by a script")
        + "</w:hyperlink>"
        + _r(" strong style", '<w:rStyle w:val="Strong"/>')
    )
    links = {"rLink": "https://rsf.org/en/index (2023)", "rScript": "javascript:alert(1)"}
    [paragraph] = read_word(_package(tmp_path / "e.docx", body, links=links)).blocks
    assert paragraph == Paragraph(
        "Статья **174 УК РК** *қылмыстық* not bold a\\*b\\_c \\[x\\] "
        "[доклад RSF](https://rsf.org/en/index%20%282023%29) opened by a script **strong style**"
    )


def test_lists_numbered_or_bulleted_by_their_numbering(tmp_path: Path) -> None:
    item = '<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{number}"/></w:numPr>'
    body = (
        _p(_r("Декриминализировать клевету"), item.format(level=0, number=1))
        + _p(_r("подпункт"), item.format(level=1, number=1))
        + _p(_r("маркер"), item.format(level=0, number=2))
        + _p(_r("numbering switched off"), item.format(level=0, number=0))
    )
    blocks = read_word(_package(tmp_path / "l.docx", body)).blocks
    assert blocks == [
        Paragraph("Декриминализировать клевету", 0, True),
        Paragraph("подпункт", 1, True),
        Paragraph("маркер", 0, False),
        Paragraph("numbering switched off"),
    ]


def test_tracked_changes_fields_comments_and_text_boxes(tmp_path: Path) -> None:
    body = _p(
        _r("Штраф ")
        + '<w:del w:id="1" w:author="Ревьюер"><w:r><w:delText>до 200 МРП</w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="Ревьюер">'
        + _r("до 50 МРП")
        + "</w:ins>"
        + '<w:moveFrom w:id="3"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>'
        + '<w:commentRangeStart w:id="0"/>'
        + _r(", см. ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("п. 47")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        + '<w:fldSimple w:instr=" PAGE ">'
        + _r(" (с. 4)")
        + "</w:fldSimple>"
        + "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>в рамке</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></w:r>"
    )
    read = read_word(_package(tmp_path / "t.docx", body))
    assert read.blocks == [Paragraph("Штраф до 50 МРП, см. п. 47 (с. 4)")]
    report = read.report
    assert (report.insertions_taken, report.deletions_dropped) == (1, 2)
    assert report.comments_ignored == 1 and report.text_boxes_ignored == 1


def test_tables_rows_deleted_and_cells_merged(tmp_path: Path) -> None:
    def cell(text: str, merge: str = "") -> str:
        return f"<w:tc><w:tcPr>{merge}</w:tcPr>{_p(_r(text))}</w:tc>"

    body = (
        "<w:tbl>"
        + "<w:tr>" + cell("Действующая редакция") + cell("Предлагаемая редакция") + "</w:tr>"
        + "<w:tr>" + cell("Статья 130", '<w:vMerge w:val="restart"/>')
        + cell("исключить") + "</w:tr>"
        + "<w:tr>" + cell("", "<w:vMerge/>") + cell("Негіздеме") + "</w:tr>"
        + '<w:tr><w:trPr><w:del w:id="9"/></w:trPr>' + cell("deleted row") + cell("x") + "</w:tr>"
        + "<w:tr>" + cell("вложенная") + "<w:tc><w:tbl><w:tr>" + cell("ішкі кесте")
        + "</w:tr></w:tbl></w:tc></w:tr>"
        + "</w:tbl>"
    )  # fmt: skip
    [table] = read_word(_package(tmp_path / "c.docx", body)).blocks
    assert table == Table(
        (
            ("Действующая редакция", "Предлагаемая редакция"),
            ("Статья 130", "исключить"),
            ("", "Негіздеме"),
            ("вложенная", "ішкі кесте"),  # a nested table is its cell's text, not rows
        )
    )


def test_footnotes_and_endnotes_with_their_links_and_places(tmp_path: Path) -> None:
    body = _p(
        _r("Казахстан занял 134-е место")
        + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'
        + _r(" из 180")
        + '<w:r><w:endnoteReference w:id="2"/></w:r>'
    )
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    footnotes = separator + (
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        + _r(" RSF, ")
        + _r("World Press Freedom Index", "<w:i/>")
        + _r(", 2023, с. 4. ")
        + '<w:hyperlink r:id="rRsf">'
        + _r("https://rsf.org/en/index")
        + "</w:hyperlink>"
        + "</w:p></w:footnote>"
    )
    endnotes = (
        '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>'
        + _r(" Там же.")
        + "</w:p></w:endnote>"
    )
    read = read_word(
        _package(
            tmp_path / "n.docx",
            body,
            footnotes=footnotes,
            endnotes=endnotes,
            note_links={"rRsf": "https://rsf.org/en/index"},
        )
    )
    assert read.blocks == [Paragraph("Казахстан занял 134-е место[^fn1] из 180[^en2]")]
    assert set(read.notes) == {"fn1", "en2"}
    assert read.notes["fn1"].kind == "footnote"
    assert read.notes["fn1"].text == (
        "RSF, *World Press Freedom Index*, 2023, с. 4. "
        "[https://rsf.org/en/index](https://rsf.org/en/index)"
    )
    assert read.notes["en2"].text == "Там же."


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_our_own_export_reads_back(tmp_path: Path, language: str) -> None:
    """The starter submission as exported: its title, sections, recommendations,
    comparative table and every footnote come back, each note at its place."""
    project = tmp_path / "starter.wbproj"
    create_project(project, language=language).close()
    out = tmp_path / "submission.docx"
    assert main(["export", str(project), "-o", str(out)]) == 0
    read = read_word(out)
    headings = [b for b in read.blocks if isinstance(b, Heading)]
    assert headings[0].level == 0 and len(headings[0].text) > 20
    assert sum(1 for h in headings if h.level == 2) >= 5  # the sections
    assert any(isinstance(b, Table) and len(b.rows) > 3 for b in read.blocks)
    markers = {
        marker
        for b in read.blocks
        if isinstance(b, Paragraph)
        for marker in read.notes
        if f"[^{marker}]" in b.text
    }
    assert len(read.notes) > 100 and markers == set(read.notes)
    assert all(note.text for note in read.notes.values())
    assert read.report.deletions_dropped == read.report.insertions_taken == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not a zip at all", "not a Word document"),
        (None, "DTD or entities"),
        (b"PK\x03\x04 broken", "not a Word document"),
    ],
)
def test_a_hostile_or_broken_file_is_refused_by_name(
    tmp_path: Path, content: bytes | None, words: str
) -> None:
    path = tmp_path / "bad.docx"
    if content is None:
        _package(path, _p(_r("x")))
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        members["word/document.xml"] = (
            b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + members["word/document.xml"]
        )
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
    else:
        path.write_bytes(content)
    with pytest.raises(WordImportError, match=words):
        read_word(path)
    with pytest.raises(WorkbenchError, match="folder"):
        read_word(tmp_path)


WITH_A_SAMPLE_HEADING = {
    "google_docs.docx",
    "ngo_libreoffice.docx",
    "ngo_template.dotx",
    "ngo_word.docx",
    "russian_word_ids.docx",
}
"""The corpus files whose sample text has a heading (in Heading 1, by whatever id)."""


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_templates_saved_by_word_libreoffice_and_google_docs_read(name: str) -> None:
    """The corpus's sample text (each paragraph says «Образец»), as each editor
    wrote it: headings found through Russian Word's style ids, LibreOffice's and
    Google's names, footnotes through either's separators."""
    read = read_word(CORPUS[name])
    texts = [b.text for b in read.blocks if isinstance(b, Heading | Paragraph)]
    assert all(SAMPLE_MARKER in text for text in texts)
    headed = any(isinstance(b, Heading) and SAMPLE_MARKER in b.text for b in read.blocks)
    assert headed == (name in WITH_A_SAMPLE_HEADING)
    for note in read.notes.values():
        assert SAMPLE_MARKER in note.text and any(f"[^fn{note.id}]" in text for text in texts)

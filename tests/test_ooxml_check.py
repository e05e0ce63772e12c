"""The Word-file checker catches each defect it is for: every check is shown a valid
document (the NGO template of the corpus, as Word writes it) with one defect planted."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from tests.ooxml_check import docx_problems, schema_errors, structure_errors
from tests.template_corpus import CORPUS

BASE = CORPUS["ngo_word.docx"]
Edit = Callable[[str], str]


def _planted(tmp_path: Path, edits: dict[str, Edit]) -> Path:
    target = tmp_path / "planted.docx"
    with zipfile.ZipFile(BASE) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name in edits:
                data = edits[name](data.decode("utf-8")).encode("utf-8")
            copy.writestr(name, data)
    return target


def _replace(old: str, new: str, count: int = 1) -> Edit:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return edit


def test_a_valid_document_passes() -> None:
    assert docx_problems(BASE) == []


def test_python_docx_default_zoom_is_reported_unless_allowed(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    assert any("zoom" in e and "percent" in e for e in schema_errors(plain))
    assert schema_errors(plain, allow=("zoom-percent",)) == []


def test_an_element_out_of_the_schema_is_named_with_its_part(tmp_path: Path) -> None:
    path = _planted(tmp_path, {"word/document.xml": _replace("<w:body>", "<w:body><w:bogus/>")})
    [error] = schema_errors(path)
    assert error.startswith("word/document.xml:") and "bogus" in error


def test_markup_compatibility_is_applied_as_word_does(tmp_path: Path) -> None:
    """An attribute of a namespace the part calls ignorable is no error."""
    extended = '<w:p w14:paraId="1A2B3C4D">'
    path = _planted(tmp_path, {"word/document.xml": _replace("<w:p>", extended)})
    assert schema_errors(path) == []


@pytest.mark.parametrize(
    ("part", "old", "new", "expected"),
    [
        (
            "[Content_Types].xml",
            '<Default Extension="png" ContentType="image/png"/>',
            "",
            ".png: no content type",
        ),
        (
            "[Content_Types].xml",
            '<Override PartName="/word/styles.xml"',
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/s.xml"',
            "overridden twice",
        ),
        (
            "word/_rels/document.xml.rels",
            'Target="styles.xml"',
            'Target="missing.xml"',
            "points to missing part word/missing.xml",
        ),
        (
            "word/_rels/document.xml.rels",
            "</Relationships>",
            '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="https://x.org/a b" TargetMode="External"/>'
            "</Relationships>",
            "rId90 target is not a URI",
        ),
        (
            "word/_rels/document.xml.rels",
            "</Relationships>",
            '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="https://x.org/100%" TargetMode="External"/>'
            "</Relationships>",
            "rId91 target is not a URI",
        ),
        (
            "word/document.xml",
            "<w:body>",
            '<w:body><w:p><w:hyperlink r:id="rId404"><w:r><w:t>x</w:t></w:r></w:hyperlink></w:p>',
            "id=rId404 undefined",
        ),
        (
            "word/document.xml",
            "<w:body>",
            '<w:body><w:p><w:bookmarkStart w:id="77" w:name="lost"/></w:p>',
            "bookmark starts",
        ),
        (
            "word/document.xml",
            "<w:body>",
            '<w:body><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>',
            "field(s) never ended",
        ),
        (
            "word/document.xml",
            "<w:body>",
            '<w:body><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
            "field end outside a field",
        ),
        (
            "word/document.xml",
            '<w:pStyle w:val="Heading1"/>',
            '<w:pStyle w:val="Heading9"/>',
            "pStyle Heading9 is not a defined paragraph style",
        ),
        (
            "word/styles.xml",
            '<w:basedOn w:val="Normal"/>',
            '<w:basedOn w:val="Ordinary"/>',
            "basedOn Ordinary is not defined",
        ),
        (
            "word/document.xml",
            "<w:body>",
            '<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr>'
            "</w:pPr></w:p>",
            "numId 42 is not defined",
        ),
        (
            "word/settings.xml",
            '<w:footnote w:id="-1"/><w:footnote w:id="0"/>',
            '<w:footnote w:id="0"/><w:footnote w:id="1"/>',
            "settings declares footnote separators",
        ),
        (
            "word/document.xml",
            '<w:footnoteReference w:id="1"/>',
            '<w:footnoteReference w:id="0"/>',
            "footnoteReference 0 is not a footnote",
        ),
    ],
)
def test_each_structural_defect_is_named(
    tmp_path: Path, part: str, old: str, new: str, expected: str
) -> None:
    path = _planted(tmp_path, {part: _replace(old, new)})
    errors = structure_errors(path)
    assert any(expected in error for error in errors), errors


def test_a_drawing_id_used_twice_is_named(tmp_path: Path) -> None:
    """The letterhead's logo drawn again in the default header with the same id."""
    with zipfile.ZipFile(BASE) as archive:
        first = next(
            n
            for n in archive.namelist()
            if n.startswith("word/header") and b"docPr" in archive.read(n)
        )
        drawing = archive.read(first).decode()
    start, end = drawing.index("<w:drawing>"), drawing.index("</w:drawing>") + 12
    again = f"<w:p><w:r>{drawing[start:end]}</w:r></w:p></w:body>"
    path = _planted(tmp_path, {"word/document.xml": _replace("</w:body>", again)})
    errors = structure_errors(path)
    assert any("drawing id" in e for e in errors), errors


def test_google_docs_fractional_twips_are_schema_errors() -> None:
    """The corpus' Google Docs template itself is invalid (what the export rounds)."""
    errors = schema_errors(CORPUS["google_docs.docx"])
    assert any("1133.8582677165355" in e and "TwipsMeasure" in e for e in errors), errors

"""Word templates are someone else's files: bombs and entities are refused in one
line, and what Word would run or fetch on open never reaches an export."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from resources import resource
from tests.conftest import TickingClock
from tests.ooxml_check import docx_problems
from tests.workbench.export_fixtures import build_small_project, fixed
from tests.workbench.hostile import stored_as
from workbench.cli import main
from workbench.composition import Composition
from workbench.export.template import TEMPLATE_PATH
from workbench.library import Library

XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = (
    b'<!DOCTYPE x [<!ENTITY a "hahahahaha">'
    + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9)
    )
    + b"]>"
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _assert_valid(path: Path) -> None:
    """Every part against the ISO/ECMA schemas and the structure Word needs."""
    assert docx_problems(path) == []


def _reference() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(resource(*TEMPLATE_PATH).read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _with_declaration(data: bytes, declaration: bytes) -> bytes:
    head, rest = data.split(b"?>", 1)
    return head + b"?>" + declaration + rest


def _add_relationship(data: bytes, rel_id: str, kind: str, target: str, external: bool) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    entry = f'<Relationship Id="{rel_id}" Type="{REL}/{kind}" Target="{target}"{mode}/>'
    return data.replace(b"</Relationships>", entry.encode() + b"</Relationships>")


@pytest.fixture
def project(tmp_path: Path):
    with build_small_project(tmp_path / "p.wbproj", TickingClock()) as built:
        library = Library(built)
        extra = library.create(
            "recommendation",
            {
                "title": "Отменить уголовную ответственность за клевету",
                "text": "Қылмыстық кодекстің 130-бабын алып тастау.",
            },
            record_id=fixed(90),
        )
        Composition(built).set_section_items(fixed(62), [fixed(53), extra.id])
    return tmp_path / "p.wbproj"


def _dump(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """The project's records; when the dump was made is no part of them."""
    document = path.with_suffix(".dump.json")
    assert main(["dump", str(path), "-o", str(document)]) == 0
    capsys.readouterr()
    dumped = json.loads(document.read_text(encoding="utf-8"))
    dumped.pop("created_at")
    return dumped


def _export(project, template: Path, out: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["export", str(project), "-o", str(out), "--template", str(template)])
    return code, capsys.readouterr().err


def _assert_refused(project, template: Path, tmp_path: Path, capsys, reason: str) -> None:
    before = _dump(project, capsys)
    code, err = _export(project, template, tmp_path / "out.docx", capsys)
    assert code == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert re.search(reason, err), err
    assert not (tmp_path / "out.docx").exists()
    assert _dump(project, capsys) == before


@pytest.mark.parametrize("part", ["word/styles.xml", "word/footer1.xml", "docProps/core.xml"])
def test_external_entity_is_refused(project, tmp_path: Path, capsys, part: str) -> None:
    members = _reference()
    members[part] = _with_declaration(members[part], XXE)
    template = _write(tmp_path / "xxe.docx", members)
    _assert_refused(project, template, tmp_path, capsys, "declares a DTD or entities")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_an_entity_in_a_utf16_part_without_a_byte_order_mark_is_refused(
    project, tmp_path: Path, capsys, encoding: str
) -> None:
    """XML may be UTF-16 with no mark, told by how ``<?`` is written: the check
    reads it so, and a declaration cannot hide there."""
    members = _reference()
    xml = _with_declaration(members["word/styles.xml"], XXE).decode("utf-8")
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
    members["word/styles.xml"] = xml.encode(encoding)
    assert not members["word/styles.xml"].startswith((b"\xff\xfe", b"\xfe\xff"))
    template = _write(tmp_path / "xxe16.docx", members)
    _assert_refused(project, template, tmp_path, capsys, "declares a DTD or entities")


def test_billion_laughs_is_refused(project, tmp_path: Path, capsys) -> None:
    members = _reference()
    members["word/styles.xml"] = _with_declaration(members["word/styles.xml"], LAUGHS)
    template = _write(tmp_path / "laughs.docx", members)
    _assert_refused(project, template, tmp_path, capsys, "declares a DTD or entities")


def test_a_part_compressed_as_word_never_does_is_refused(project, tmp_path: Path, capsys) -> None:
    """Deflate64 (which zipfile cannot read) and zip encryption: refused by name, as in
    a bundle, instead of a traceback."""
    plain = _write(tmp_path / "plain.docx", _reference())
    for method, flags, reason in ((9, 0, "compressed with Deflate64"), (8, 0x1, "encrypted")):
        template = stored_as(plain, tmp_path / "odd.docx", "word/styles.xml", method, flags)
        _assert_refused(project, template, tmp_path, capsys, f"styles.xml .*{reason}")


def _bomb(path: Path, size: int) -> Path:
    members = _reference()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != "word/styles.xml":
                archive.writestr(name, data)
        with archive.open("word/styles.xml", "w", force_zip64=True) as member:
            member.write(members["word/styles.xml"][:-20])
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return path


def test_inflating_styles_is_refused(project, tmp_path: Path, capsys) -> None:
    template = _bomb(tmp_path / "bomb.docx", 210 * 1024**2)
    assert template.stat().st_size < 2 * 1024**2
    _assert_refused(project, template, tmp_path, capsys, "expands beyond")


def test_inflating_styles_keeps_memory_bounded(project, tmp_path: Path) -> None:
    template = _bomb(tmp_path / "bomb.docx", 210 * 1024**2)
    script = (
        "import resource, sys\n"
        "from workbench.cli import main\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"code = main(['export', {str(project)!r}, '-o', {str(tmp_path / 'o.docx')!r},"
        f" '--template', {str(template)!r}])\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(code, (after - before) // 1024, file=sys.stdout)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    code, grown_mb = (int(x) for x in done.stdout.split())
    assert code == 2 and grown_mb < 250
    assert "Traceback" not in done.stderr


def _macros(members: dict[str, bytes]) -> None:
    members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macros"
    members["word/_rels/document.xml.rels"] = _add_relationship(
        members["word/_rels/document.xml.rels"], "rIdV", "vbaProject", "vbaProject.bin", False
    )
    members["[Content_Types].xml"] = (
        members["[Content_Types].xml"]
        .replace(
            b"</Types>",
            b'<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.'
            b'vbaProject"/></Types>',
        )
        .replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        )
    )


def _attached_template(members: dict[str, bytes]) -> None:
    members["word/settings.xml"] = members["word/settings.xml"].replace(
        b"</w:settings>", b'<w:attachedTemplate r:id="rIdT"/></w:settings>'
    )
    members["word/_rels/settings.xml.rels"] = _add_relationship(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
        b'"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        "rIdT",
        "attachedTemplate",
        "http://example.org/t.dotm",
        True,
    )


def _external_image(members: dict[str, bytes]) -> None:
    members["word/_rels/footer1.xml.rels"] = _add_relationship(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
        b'"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        "rIdI",
        "image",
        "http://example.org/track.png",
        True,
    )


def _embedded_object(members: dict[str, bytes]) -> None:
    members["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 ole"
    members["word/_rels/document.xml.rels"] = _add_relationship(
        members["word/_rels/document.xml.rels"],
        "rIdO",
        "oleObject",
        "embeddings/oleObject1.bin",
        False,
    )


def _embedded_object_in_footer(members: dict[str, bytes]) -> None:
    """An OLE object shown in the footer: its part and relationship go, and so must
    the shape that showed it."""
    members["word/embeddings/oleObject2.bin"] = b"\xd0\xcf\x11\xe0 ole"
    rels = "word/_rels/footer1.xml.rels"
    members[rels] = _add_relationship(
        members.get(
            rels,
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            b'"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        ),
        "rIdF",
        "oleObject",
        "embeddings/oleObject2.bin",
        False,
    )
    shown = (
        b'<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="s1" '
        b'style="width:10pt;height:10pt"/><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office'
        b':office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        b'Type="Embed" ProgID="Package" ShapeID="s1" DrawAspect="Content" ObjectID="_1" '
        b'r:id="rIdF"/></w:object></w:r></w:p>'
    )
    footer = members["word/footer1.xml"]
    members["word/footer1.xml"] = footer.replace(b"</w:ftr>", shown + b"</w:ftr>")
    assert shown in members["word/footer1.xml"]


def _custom_xml(members: dict[str, bytes]) -> None:
    assert any(name.startswith("customXml/") for name in members)


@pytest.mark.parametrize(
    ("plant", "reported", "gone"),
    [
        (_macros, "macros", "vbaProject"),
        (_attached_template, "attachedTemplate", "example.org/t.dotm"),
        (_external_image, "image", "track.png"),
        (_embedded_object, "embedded objects", "oleObject"),
        (_embedded_object_in_footer, "embedded objects", "OLEObject"),
        (_custom_xml, "custom XML", "customXml/"),
    ],
)
def test_active_content_is_left_out_and_reported(
    project, tmp_path: Path, capsys, plant, reported: str, gone: str
) -> None:
    members = _reference()
    plant(members)
    template = _write(tmp_path / "t.docx", members)
    out = tmp_path / "out.docx"
    code, err = _export(project, template, out, capsys)
    assert code == 0, err
    assert "Traceback" not in err
    assert any("left out of the template" in line and reported in line for line in err.splitlines())
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            assert gone not in name
            assert gone.encode() not in archive.read(name), name
    with zipfile.ZipFile(out) as archive:
        assert b"wordprocessingml.document.main+xml" in archive.read("[Content_Types].xml")
        assert b"macroEnabled" not in archive.read("[Content_Types].xml")
    _assert_valid(out)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Қылмыстық кодекстің" in text and "клевету" in text


def test_report_names_left_out_parts_in_json(project, tmp_path: Path, capsys) -> None:
    members = _reference()
    _macros(members)
    template = _write(tmp_path / "t.docx", members)
    capsys.readouterr()
    code = main(
        ["export", str(project), "-o", str(tmp_path / "o.docx"), "--template", str(template)]
    )
    assert code == 0
    assert json.dumps("macros")[1:-1] in capsys.readouterr().err


def test_hyperlink_in_footer_is_kept_and_binding_dropped(project, tmp_path: Path, capsys) -> None:
    members = _reference()
    members["word/_rels/footer1.xml.rels"] = _add_relationship(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
        b'"http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        "rIdH",
        "hyperlink",
        "https://example.org/about",
        True,
    )
    members["word/footer1.xml"] = members["word/footer1.xml"].replace(
        b"<w:p>",
        b'<w:sdt><w:sdtPr><w:dataBinding w:xpath="/a" w:storeItemID="{00000000-0000-0000-'
        b'0000-000000000000}"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt><w:p>',
        1,
    )
    assert b"dataBinding" in members["word/footer1.xml"]
    template = _write(tmp_path / "t.docx", members)
    out = tmp_path / "out.docx"
    code, err = _export(project, template, out, capsys)
    assert code == 0 and "custom XML" in err
    with zipfile.ZipFile(out) as archive:
        assert b"https://example.org/about" in archive.read("word/_rels/footer1.xml.rels")
        assert b"dataBinding" not in archive.read("word/footer1.xml")
    _assert_valid(out)


def test_too_many_parts_is_refused(project, tmp_path: Path, capsys) -> None:
    members = _reference()
    members.update({f"word/media/filler{n}.png": b"" for n in range(2100)})
    template = _write(tmp_path / "many.docx", members)
    _assert_refused(project, template, tmp_path, capsys, "parts")

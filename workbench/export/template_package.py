"""A Word template read as a hostile document.

A template comes from someone else, so its package is rebuilt before
python-docx sees it: every member is read within the same expansion limits as
a bundle (and the whole within ``MAX_TEMPLATE_BYTES``); any XML part with a
DTD or an entity declaration is refused (external entities read local files,
nested ones expand without bound); and what Word would run or fetch on open -
macros, ActiveX, embedded objects, custom XML bindings, relationships to
outside targets other than hyperlinks - is left out and named, so the export
report can say what the template lost.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from workbench.zip_limits import MemberTooLarge, read_capped, unsupported_storage

MAX_TEMPLATE_BYTES = 200 * 1024**2
"""No template, all members together, may expand beyond this."""
MAX_MEMBERS = 2000
"""A real template holds a few dozen parts."""

LEFT_OUT_PREFIXES = {
    "word/activeX/": "ActiveX controls",
    "word/embeddings/": "embedded objects",
    "customXml/": "custom XML data",
}
LEFT_OUT_NAMES = {"vbaProject.bin": "macros", "vbaData.xml": "macros"}
KEPT_EXTERNAL_TYPES = ("/hyperlink",)
"""External targets the reader follows by clicking; everything else Word fetches on open."""

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REMOVED_ELEMENTS = {f"{{{W_NAMESPACE}}}attachedTemplate", f"{{{W_NAMESPACE}}}dataBinding"}
HOLDERS = {f"{{{W_NAMESPACE}}}object", f"{{{W_NAMESPACE}}}control", f"{{{W_NAMESPACE}}}pict"}
"""Elements that only show what they hold (an embedded object, a control): one
whose content pointed to a part left out goes whole, so no empty frame or
dangling shape is left where the object was."""
DECLARATION = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)
FRACTIONAL_MEASURE = re.compile(rb'(\sw:[A-Za-z]+=")(-?\d+\.\d+)"')


class TemplateRefused(ValueError):
    """The template cannot be used safely; the message says why in one line."""


@dataclass
class CleanPackage:
    """The template's package as python-docx may read it, and what was left out."""

    data: bytes
    left_out: list[str] = field(default_factory=list)


def safe_parser() -> etree.XMLParser:
    """How every part of someone else's package is parsed: no entities, no DTD, no
    network (a new parser each time: lxml's parsers are not to be shared by threads)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _read_members(archive: zipfile.ZipFile) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise TemplateRefused(f"holds {len(infos):,} parts (at most {MAX_MEMBERS:,}); refused")
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if problem := unsupported_storage(info):
            raise TemplateRefused(f"{info.filename} {problem}, which Word never writes; refused")
        try:
            data = read_capped(archive, info, MAX_TEMPLATE_BYTES - total)
        except MemberTooLarge as error:
            raise TemplateRefused(error.problem) from error
        total += len(data)
        members[info.filename] = data
    return members


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _refuse_declarations(members: dict[str, bytes]) -> None:
    for name, data in members.items():
        if not _is_xml(name):
            continue
        if DECLARATION.search(_searchable(data)):
            raise TemplateRefused(
                f"{name} declares a DTD or entities (external files or entity expansion); refused"
            )


def _searchable(data: bytes) -> bytes:
    """An XML part's bytes as UTF-8, whatever UTF-16 it may be in: with a byte-order
    mark, or without one, told by how ``<?`` is written (as the XML
    specification's appendix F does), so a declaration cannot hide behind it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").encode()
    if data.startswith(b"<\x00?\x00"):
        return data.decode("utf-16-le", errors="replace").encode()
    if data.startswith(b"\x00<\x00?"):
        return data.decode("utf-16-be", errors="replace").encode()
    return data


def _left_out_kind(name: str) -> str | None:
    base = PurePosixPath(name).name
    if base in LEFT_OUT_NAMES:
        return LEFT_OUT_NAMES[base]
    for prefix, kind in LEFT_OUT_PREFIXES.items():
        if name.startswith(prefix):
            return kind
    return None


def _rels_source(rels_name: str) -> PurePosixPath:
    """The folder a .rels part's relative targets start from."""
    path = PurePosixPath(rels_name)
    return path.parent.parent


def target_part(source_folder: PurePosixPath, target: str) -> str:
    """The package part a relationship's internal ``target`` names, from the folder
    of the part it belongs to ("../media/a.png" from "word" is "media/a.png")."""
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for piece in (source_folder / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def clean_package(raw: bytes) -> CleanPackage:
    """The template rebuilt without what Word would run or fetch; raises
    ``TemplateRefused`` for a bomb or a DTD, ``zipfile.BadZipFile`` for no zip."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        members = _read_members(archive)
    _refuse_declarations(members)
    left_out: set[str] = set()
    dropped = {name for name in members if _left_out_kind(name)}
    left_out |= {kind for name in dropped if (kind := _left_out_kind(name))}
    dropped_ids: dict[str, set[str]] = {}
    for name in [n for n in members if n.endswith(".rels") and n not in dropped]:
        members[name], ids = _clean_relationships(name, members[name], dropped, left_out)
        if ids:
            source = str(_rels_source(name) / PurePosixPath(name).name.removesuffix(".rels"))
            dropped_ids[source] = ids
    for source, ids in dropped_ids.items():
        if source in members:
            members[source] = _without_references(members[source], ids)
    for name in [n for n in members if n not in dropped and _is_xml(n)]:
        if name.startswith("word/") and b"dataBinding" in members[name]:
            members[name] = _without_references(members[name], set())
            left_out.add("custom XML bindings")
    for name in [n for n in members if n.startswith("word/") and _is_xml(n)]:
        members[name] = whole_numbers(members[name])
    if "[Content_Types].xml" in members:
        members["[Content_Types].xml"] = _clean_content_types(
            members["[Content_Types].xml"], dropped
        )
    return CleanPackage(_zipped(members, dropped), sorted(left_out))


def whole_numbers(data: bytes) -> bytes:
    """A part with its fractional measures rounded: Google Docs writes margins such
    as ``w:left="1700.7874015748032"`` (twips are whole numbers in the schema), which
    python-docx cannot read and Word only forgives in files it did not write."""
    return FRACTIONAL_MEASURE.sub(_rounded, data)


def _rounded(match: re.Match[bytes]) -> bytes:
    return match.group(1) + str(round(float(match.group(2)))).encode() + b'"'


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, safe_parser())


def _clean_relationships(
    name: str, data: bytes, dropped: set[str], left_out: set[str]
) -> tuple[bytes, set[str]]:
    root = _parse(data)
    folder = _rels_source(name)
    ids: set[str] = set()
    for relationship in list(root):
        kind = relationship.get("Type", "")
        target = relationship.get("Target", "")
        if relationship.get("TargetMode") == "External":
            if kind.endswith(KEPT_EXTERNAL_TYPES):
                continue
            left_out.add(f"external {kind.rsplit('/', 1)[-1]} ({target})")
        elif target_part(folder, target) not in dropped:
            continue
        ids.add(relationship.get("Id", ""))
        root.remove(relationship)
    if not ids:
        return data, ids
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), ids


def _without_references(data: bytes, ids: set[str]) -> bytes:
    """The part without elements Word would fetch or bind with, and without
    references to the relationships that were dropped."""
    root = _parse(data)
    for element in list(root.iter()):
        if element.tag in REMOVED_ELEMENTS:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        dangling = [
            attribute
            for attribute, value in element.attrib.items()
            if attribute.startswith(f"{{{R_NAMESPACE}}}") and value in ids
        ]
        for attribute in dangling:
            del element.attrib[attribute]
        holder = _holder_of(element) if dangling else None
        if holder is not None and holder.getparent() is not None:
            holder.getparent().remove(holder)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _holder_of(element: etree._Element) -> etree._Element | None:
    """The embedded object or control ``element`` belongs to, if any."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in HOLDERS:
            return ancestor
    return None


def _clean_content_types(data: bytes, dropped: set[str]) -> bytes:
    root = _parse(data)
    for entry in list(root):
        part = (entry.get("PartName") or "").lstrip("/")
        if part in dropped:
            root.remove(entry)
        elif entry.get("ContentType") in MAIN_TYPES:
            entry.set("ContentType", DOCUMENT_TYPE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _zipped(members: dict[str, bytes], dropped: set[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name not in dropped:
                archive.writestr(name, data)
    return buffer.getvalue()

"""Whether a Word file is one Word will open: the closest check we have without Word.

``schema_errors`` validates every XML part against the ISO/IEC 29500-4 Transitional and
ECMA-376 OPC schemas (tests/data/ooxml/schemas, SOURCE.txt says where they come from),
after applying Markup Compatibility as Word does. ``structure_errors`` checks what the
schemas cannot: ids unique where Word needs them, bookmarks and fields balanced, every
style, list, note and relationship referred to defined, separators as settings declare
them, relationship targets that are URIs, every part typed. ``docx_problems`` is both:
``assert not docx_problems(path)``.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path, PurePosixPath

from lxml import etree

from workbench.export.template_package import target_part

SCHEMAS = Path(__file__).resolve().parent / "data" / "ooxml" / "schemas"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
ALLOWANCES = {"zoom-percent": f"{{{W}}}zoom"}
"""Known defects a caller may set aside by name (python-docx's default settings have a
``w:zoom`` without its required ``w:percent``); none is set aside unless asked."""
URI = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
MS_EXTENSIONS = "http://schemas.microsoft.com/office/"
"""Namespaces of parts Word adds beyond ISO/IEC 29500 (defined in [MS-DOCX], e.g.
``commentsExtended.xml``): not validated, as the schemas here do not define them."""
STORIES = ("document", "header", "footer", "footnotes", "endnotes", "comments")


# --- schemas -----------------------------------------------------------------------


@cache
def _schema(*relative: str) -> etree.XMLSchema:
    """A schema, built once per process (the WordprocessingML set takes a second)."""
    return etree.XMLSchema(etree.parse(str(SCHEMAS.joinpath(*relative))))


def _schema_for(name: str) -> etree.XMLSchema | None:
    opc = ("ecma", "fouth-edition")
    if name == "[Content_Types].xml":
        return _schema(*opc, "opc-contentTypes.xsd")
    if name.endswith(".rels"):
        return _schema(*opc, "opc-relationships.xsd")
    if name == "docProps/core.xml":
        return _schema("local", "opc-coreProperties-local.xsd")
    if name == "docProps/app.xml":
        return _schema("ISO-IEC29500-4_2016", "shared-documentPropertiesExtended.xsd")
    if name == "docProps/custom.xml":
        return _schema("ISO-IEC29500-4_2016", "shared-documentPropertiesCustom.xsd")
    if name.startswith("customXml/itemProps"):
        return _schema("ISO-IEC29500-4_2016", "shared-customXmlDataProperties.xsd")
    if name.startswith("word/theme/"):
        return _schema("local", "wrapper-dml.xsd")
    if name.startswith("word/") and name.endswith(".xml"):
        return _schema("local", "wrapper-wml.xsd")
    return None


def as_word_reads_it(root: etree._Element) -> etree._Element:
    """Markup Compatibility applied as Word does: what ``mc:Ignorable`` names is
    dropped, an ``mc:AlternateContent`` becomes its fallback."""
    ignorable: set[str | None] = set()
    for node in root.iter():
        value = node.attrib.pop(f"{{{MC}}}Ignorable", None)
        if value:
            ignorable |= {node.nsmap.get(prefix) for prefix in value.split()}
    for node in list(root.iter()):
        parent = node.getparent()
        if not isinstance(node.tag, str) or parent is None:
            continue
        if node.tag == f"{{{MC}}}AlternateContent":
            fallback = node.find(f"{{{MC}}}Fallback")
            index = parent.index(node)
            for child in list(fallback) if fallback is not None else []:
                parent.insert(index, child)
                index += 1
            parent.remove(node)
        elif etree.QName(node).namespace in ignorable:
            parent.remove(node)
        else:
            for attribute in list(node.attrib):
                if etree.QName(attribute).namespace in ignorable:
                    del node.attrib[attribute]
    return root


def schema_errors(path: Path, allow: tuple[str, ...] = ()) -> list[str]:
    """Every XML part against its schema; each error names part, line and message."""
    errors = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")) or re.match(r"customXml/item\d+\.xml$", name):
                continue  # a custom XML item is any XML its owner defines
            root = etree.fromstring(archive.read(name))
            if (etree.QName(root).namespace or "").startswith(MS_EXTENSIONS):
                continue  # Word's own parts ([MS-DOCX]: commentsExtended...): no ISO schema
            schema = _schema_for(name)
            if schema is None:
                errors.append(f"{name}: no schema for this part")
                continue
            root = as_word_reads_it(root)
            for allowance in allow:
                for node in list(root.iter(ALLOWANCES[allowance])):
                    node.getparent().remove(node)
            if not schema.validate(root):
                errors += [f"{name}:{e.line}: {e.message}" for e in schema.error_log]
    return errors


# --- structure ------------------------------------------------------------------------


class _Package:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.data = {name: archive.read(name) for name in archive.namelist()}
        self.parsed: dict[str, etree._Element] = {}

    def xml(self, name: str) -> etree._Element | None:
        if name not in self.data:
            return None
        if name not in self.parsed:
            self.parsed[name] = etree.fromstring(self.data[name])
        return self.parsed[name]

    def relationships(self, part: str) -> Iterator[tuple[str, str, str, bool]]:
        """(id, type, target part or URI, external) of ``part``'s relationships."""
        folder = PurePosixPath(part).parent
        rels = self.xml(str(folder / "_rels" / f"{PurePosixPath(part).name}.rels").lstrip("./"))
        for rel in rels if rels is not None else ():
            external = rel.get("TargetMode") == "External"
            target = rel.get("Target", "")
            if not external:
                target = target_part(folder, target)
            yield rel.get("Id", ""), rel.get("Type", ""), target, external

    def related(self, part: str, kind: str) -> list[str]:
        return [t for _, k, t, ext in self.relationships(part) if k.endswith(f"/{kind}")]

    def main(self) -> str:
        [main] = [t for _, k, t, _ in self.relationships("") if k.endswith("/officeDocument")]
        return main


def structure_errors(path: Path) -> list[str]:
    """What the schemas cannot check (see the module)."""
    package = _Package(path)
    main = package.main()
    stories = [main] + [
        t for kind in STORIES[1:] for t in package.related(main, kind) if t in package.data
    ]
    return [
        *_content_type_errors(package),
        *_relationship_errors(package),
        *_bookmark_errors(package, stories),
        *_field_errors(package, stories),
        *_drawing_id_errors(package),
        *_style_errors(package, main, stories),
        *_numbering_errors(package, main, stories),
        *_note_errors(package, main, stories),
    ]


def docx_problems(path: Path, allow: tuple[str, ...] = ()) -> list[str]:
    return schema_errors(path, allow) + structure_errors(path)


def _content_type_errors(package: _Package) -> list[str]:
    types = package.xml("[Content_Types].xml")
    assert types is not None, "no [Content_Types].xml"
    defaults = {d.get("Extension", "").lower() for d in types.iter(f"{{{CT}}}Default")}
    overrides = Counter(o.get("PartName", "").lstrip("/") for o in types.iter(f"{{{CT}}}Override"))
    errors = [f"[Content_Types].xml: {n} overridden twice" for n, c in overrides.items() if c > 1]
    for name in package.data:
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
            errors.append(f"{name}: no content type")
    roles = [o for o in types.iter(f"{{{CT}}}Override") if ".main+xml" in o.get("ContentType", "")]
    if len(roles) != 1:
        errors.append(f"[Content_Types].xml: {len(roles)} main document parts")
    return errors


def _relationship_errors(package: _Package) -> list[str]:
    errors = []
    for name in [n for n in package.data if n.endswith(".rels")]:
        source = str(PurePosixPath(name).parent.parent / PurePosixPath(name).name[:-5])
        source = source.lstrip("./") if source != "." else ""
        ids = Counter(rel_id for rel_id, *_ in package.relationships(source))
        errors += [f"{name}: relationship id {i} twice" for i, c in ids.items() if c > 1]
        for rel_id, _kind, target, external in package.relationships(source):
            if external and (not URI.match(target) or BARE_PERCENT.search(target)):
                errors.append(f"{name}: {rel_id} target is not a URI: {target!r}")
            elif not external and target not in package.data:
                errors.append(f"{name}: {rel_id} points to missing part {target}")
        root = package.xml(source) if source.endswith(".xml") else None
        if root is None:
            continue
        defined = set(ids)
        for node in root.iter():
            for attribute, value in node.attrib.items():
                if attribute.startswith(f"{{{R}}}") and value not in defined:
                    errors.append(f"{source}: {etree.QName(attribute).localname}={value} undefined")
    return errors


def _bookmark_errors(package: _Package, stories: list[str]) -> list[str]:
    errors = []
    for story in stories:
        root = package.xml(story)
        assert root is not None
        starts = Counter(b.get(f"{{{W}}}id") for b in root.iter(f"{{{W}}}bookmarkStart"))
        ends = Counter(b.get(f"{{{W}}}id") for b in root.iter(f"{{{W}}}bookmarkEnd"))
        errors += [
            f"{story}: bookmark id {i} started {c} times" for i, c in starts.items() if c > 1
        ]
        if set(starts) != set(ends) or any(c > 1 for c in ends.values()):
            errors.append(f"{story}: bookmark starts {sorted(starts)} and ends {sorted(ends)}")
    return errors


def _field_errors(package: _Package, stories: list[str]) -> list[str]:
    errors = []
    for story in stories:
        root = package.xml(story)
        assert root is not None
        open_fields: list[bool] = []  # per open field: whether it was separated
        for mark in root.iter(f"{{{W}}}fldChar"):
            kind = mark.get(f"{{{W}}}fldCharType")
            if kind == "begin":
                open_fields.append(False)
            elif not open_fields:
                errors.append(f"{story}: field {kind} outside a field")
            elif kind == "separate":
                if open_fields[-1]:
                    errors.append(f"{story}: a field separated twice")
                open_fields[-1] = True
            else:
                open_fields.pop()
        if open_fields:
            errors.append(f"{story}: {len(open_fields)} field(s) never ended")
    return errors


def _drawing_id_errors(package: _Package) -> list[str]:
    ids: Counter[str] = Counter()
    for name in package.data:
        if name.startswith("word/") and name.endswith(".xml"):
            root = package.xml(name)
            assert root is not None
            ids.update(d.get("id", "") for d in root.iter(f"{{{WP}}}docPr"))
    return [f"drawing id {i} used {c} times" for i, c in ids.items() if c > 1]


def _style_errors(package: _Package, main: str, stories: list[str]) -> list[str]:
    styles_part = next(iter(package.related(main, "styles")), "word/styles.xml")
    styles = package.xml(styles_part)
    if styles is None:
        return [f"{styles_part}: no styles part"]
    kinds = {s.get(f"{{{W}}}styleId"): s.get(f"{{{W}}}type") for s in styles.iter(f"{{{W}}}style")}
    errors = []
    wanted = {"pStyle": "paragraph", "rStyle": "character", "tblStyle": "table"}
    for part in [styles_part, *stories, *package.related(main, "numbering")]:
        root = package.xml(part)
        if root is None:
            continue
        for tag, kind in wanted.items():
            for ref in root.iter(f"{{{W}}}{tag}"):
                value = ref.get(f"{{{W}}}val")
                if kinds.get(value) != kind:
                    errors.append(f"{part}: {tag} {value} is not a defined {kind} style")
    for ref in styles.iter(f"{{{W}}}basedOn", f"{{{W}}}next", f"{{{W}}}link"):
        if ref.get(f"{{{W}}}val") not in kinds:
            tag = etree.QName(ref).localname
            errors.append(f"{styles_part}: {tag} {ref.get(f'{{{W}}}val')} is not defined")
    return errors


def _numbering_errors(package: _Package, main: str, stories: list[str]) -> list[str]:
    numbering_parts = package.related(main, "numbering")
    numbering = package.xml(numbering_parts[0]) if numbering_parts else None
    nums, abstract = set(), set()
    errors = []
    if numbering is not None:
        abstract = {a.get(f"{{{W}}}abstractNumId") for a in numbering.iter(f"{{{W}}}abstractNum")}
        for num in numbering.iter(f"{{{W}}}num"):
            nums.add(num.get(f"{{{W}}}numId"))
            target = num.find(f"{{{W}}}abstractNumId")
            if target is None or target.get(f"{{{W}}}val") not in abstract:
                errors.append(f"numbering: num {num.get(f'{{{W}}}numId')} has no abstractNum")
    for part in [*stories, *package.related(main, "styles")]:
        root = package.xml(part)
        if root is None:
            continue  # a missing part is a relationship error
        for ref in root.iter(f"{{{W}}}numId"):
            value = ref.get(f"{{{W}}}val")
            if value != "0" and value not in nums:
                errors.append(f"{part}: numId {value} is not defined")
    return errors


def _note_errors(package: _Package, main: str, stories: list[str]) -> list[str]:
    errors = []
    settings_parts = package.related(main, "settings")
    settings = package.xml(settings_parts[0]) if settings_parts else None
    for kind in ("footnote", "endnote"):
        parts = package.related(main, f"{kind}s")
        notes = package.xml(parts[0]) if parts else None
        by_id = (
            Counter()
            if notes is None
            else Counter(n.get(f"{{{W}}}id") for n in notes.iter(f"{{{W}}}{kind}"))
        )
        errors += [f"{kind}s: id {i} used {c} times" for i, c in by_id.items() if c > 1]
        separators = (
            set()
            if notes is None
            else {
                n.get(f"{{{W}}}id") for n in notes.iter(f"{{{W}}}{kind}") if n.get(f"{{{W}}}type")
            }
        )
        declared = set()
        if settings is not None:
            properties = settings.find(f"{{{W}}}{kind}Pr")
            if properties is not None:
                declared = {n.get(f"{{{W}}}id") for n in properties.iter(f"{{{W}}}{kind}")}
        if declared and declared != separators:
            errors.append(f"settings declares {kind} separators {declared}, part has {separators}")
        for story in stories:
            root = package.xml(story)
            assert root is not None
            for ref in root.iter(f"{{{W}}}{kind}Reference"):
                value = ref.get(f"{{{W}}}id")
                if value not in by_id or value in separators:
                    errors.append(f"{story}: {kind}Reference {value} is not a {kind}")
    return errors

"""The document's properties: what File > Info, Explorer and a search index show.

They describe the exported document, never the template it was built on: a
template's category ("Шаблон"), company, manager, status and statistics
would otherwise travel with every submission, and python-docx's own default
claims to be "Microsoft Macintosh Word" with one page and no words.

``docProps/app.xml`` is written afresh with the counts Word itself keeps
there: words, characters, paragraphs of the main text, and the pages as
export/pagination.py estimates them (the same estimate as the contents'
page numbers; Word counts again when it next saves). Lines are left out:
nothing shows them but Word's own statistics, which it recounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

from workbench import __version__
from workbench.export.docx_style import fit

APPLICATION = "Workbench"
TEMPLATE_ONLY_PROPERTIES = (
    "cp:category",
    "cp:contentStatus",
    "cp:version",
    "cp:lastPrinted",
    "dc:description",
)
"""Core properties only the template had reason to set; each is left out."""
_APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<TotalTime>0</TotalTime><Pages>{pages}</Pages><Words>{words}</Words><Characters>{characters}</Characters>\
<Application>{application}</Application><DocSecurity>0</DocSecurity>\
<Paragraphs>{paragraphs}</Paragraphs><ScaleCrop>false</ScaleCrop>\
<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>{with_spaces}</CharactersWithSpaces>\
<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>\
<AppVersion>{app_version}</AppVersion></Properties>"""


PROJECT_PROPERTY = "WorkbenchProject"
EXPORT_PROPERTY = "WorkbenchExport"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
"""The property set id Word gives every user-defined property."""
_CUSTOM_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{entries}</Properties>"""


@dataclass(frozen=True)
class Described:
    """Who made the document, about what, and when (each already cleaned of
    characters Word cannot hold)."""

    title: str
    subject: str
    author: str
    last_modified_by: str
    keywords: str
    language: str
    when: datetime
    identifier: str = ""
    """What the document is the export of (``urn:uuid:`` and the submission's id):
    an import of a later export of the same submission knows it by this."""
    export: ExportIdentity | None = None
    """Which project and which of its exports: a reviewed copy is matched by it."""


@dataclass(frozen=True)
class ExportIdentity:
    """Written as the document's custom properties (File ▸ Info ▸ Properties ▸
    Custom in Word), which Word and LibreOffice keep when they save it."""

    project_id: str
    export_id: str


@dataclass(frozen=True)
class Statistics:
    words: int
    characters: int
    """Without spaces, as Word counts them."""
    characters_with_spaces: int
    paragraphs: int


def describe(document: Document, described: Described, pages: int) -> None:
    """Core and extended properties of the exported document (see the module)."""
    properties = document.core_properties
    properties.title = fit(described.title)
    properties.subject = fit(described.subject)
    properties.author = fit(described.author)
    properties.keywords = fit(described.keywords, separator=", ")
    properties.language = described.language
    properties.last_modified_by = fit(described.last_modified_by)
    properties.created = described.when.replace(tzinfo=None)
    properties.modified = described.when.replace(tzinfo=None)
    properties.revision = 1
    properties.identifier = described.identifier
    for tag in TEMPLATE_ONLY_PROPERTIES:
        for stale in properties._element.findall(qn(tag)):
            properties._element.remove(stale)
    properties.comments = "Exported by Workbench"
    _write_app_properties(document, count(document), pages)
    _write_custom_properties(document, described.export)
    drop_thumbnail(document)


def count(document: Document) -> Statistics:
    """Word's counts of the main text (footnotes, headers and footers excluded)."""
    words = characters = with_spaces = paragraphs = 0
    for paragraph in document.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if not text.strip():
            continue
        paragraphs += 1
        words += len(text.split())
        with_spaces += len(text)
        characters += len("".join(text.split()))
    return Statistics(words, characters, with_spaces, paragraphs)


def _write_app_properties(document: Document, statistics: Statistics, pages: int) -> None:
    xml = _APP_XML.format(
        pages=pages,
        words=statistics.words,
        characters=statistics.characters,
        with_spaces=statistics.characters_with_spaces,
        paragraphs=statistics.paragraphs,
        application=escape(APPLICATION),
        app_version=_app_version(),
    )
    package = document.part.package
    for rel_id, relationship in list(package.rels.items()):
        if relationship.reltype == RT.EXTENDED_PROPERTIES:
            package.rels.pop(rel_id)  # the template's, replaced by ours below
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode(), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


def _write_custom_properties(document: Document, export: ExportIdentity | None) -> None:
    """Our custom properties, in place of the template's (its own are its business,
    not the submission's)."""
    package = document.part.package
    for rel_id, relationship in list(package.rels.items()):
        if relationship.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(rel_id)
    if export is None:
        return
    values = {PROJECT_PROPERTY: export.project_id, EXPORT_PROPERTY: export.export_id}
    entries = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{name}"><vt:lpwstr>{escape(value)}'
        "</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    xml = _CUSTOM_XML.format(entries=entries)
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode(), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _app_version() -> str:
    """``AppVersion`` as the schema wants it, ``XX.YYYY`` (0.1.0 is 00.0100)."""
    numbers = [int(n) for n in __version__.split(".")[:3] if n.isdigit()] + [0, 0, 0]
    return f"{numbers[0]:02d}.{numbers[1]:02d}{numbers[2]:02d}"


def drop_thumbnail(document: Document) -> None:
    """Leave out the package's preview picture (python-docx's default template has a
    blank one, a user's template may show its own first page): it would not show
    the submission, and Word makes a new one when it saves."""
    relationships = document.part.package.rels
    for key in [k for k, r in relationships.items() if r.reltype == RT.THUMBNAIL]:
        relationships.pop(key)

"""Copies of an export edited as a reviewer's Word would leave them: tracked
changes (w:ins, w:del) and comments (comments.xml, with replies in
commentsExtended.xml), written into the package directly."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_URI}}}"
MC_URI = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W15_URI = "http://schemas.microsoft.com/office/word/2012/wordml"
REVIEWER, WHEN = "Айгерим", "2026-12-01T10:00:00Z"


def edited(
    source: Path,
    target: Path,
    edit: Callable[[etree._Element], None],
    parts: dict[str, bytes] | None = None,
) -> Path:
    """A copy of ``source`` whose document.xml ``edit`` changed, with ``parts`` added."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(data)
                edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif name == "[Content_Types].xml" and parts:
                data = data.replace(b"</Types>", _overrides(parts) + b"</Types>")
            elif name == "word/_rels/document.xml.rels" and parts:
                data = data.replace(
                    b"</Relationships>", _relationships(parts) + b"</Relationships>"
                )
            out.writestr(name, data)
        for name, data in (parts or {}).items():
            out.writestr(name, data)
    return target


def paragraph_of(root: etree._Element, anchor: str) -> etree._Element:
    [start] = [b for b in root.iter(f"{W}bookmarkStart") if b.get(f"{W}name") == anchor]
    return start.getparent()


def run(text: str, deleted: bool = False) -> etree._Element:
    run = etree.Element(f"{W}r")
    piece = etree.SubElement(run, f"{W}delText" if deleted else f"{W}t")
    piece.text = text
    piece.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def tracked(kind: str, change_id: int, *runs: etree._Element) -> etree._Element:
    change = etree.Element(f"{W}{kind}")
    change.set(f"{W}id", str(change_id))
    change.set(f"{W}author", REVIEWER)
    change.set(f"{W}date", WHEN)
    change.extend(runs)
    return change


def comment_on(paragraph: etree._Element, comment_id: str) -> None:
    """The whole paragraph commented on, as Word marks it: the range around its
    content and the comment's reference after it."""
    start = etree.Element(f"{W}commentRangeStart")
    start.set(f"{W}id", comment_id)
    paragraph.insert(1, start)
    end = etree.SubElement(paragraph, f"{W}commentRangeEnd")
    end.set(f"{W}id", comment_id)
    reference = etree.SubElement(etree.SubElement(paragraph, f"{W}r"), f"{W}commentReference")
    reference.set(f"{W}id", comment_id)


def comments_part(comments: list[tuple[str, str, str, str]]) -> bytes:
    body = "".join(
        f'<w:comment w:id="{cid}" w:author="{author}" w:date="{WHEN}">'
        f'<w:p w14:paraId="{para}"><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'
        for cid, author, text, para in comments
    )
    return (  # Word marks its own extensions ignorable to other readers
        f'<w:comments xmlns:w="{W_URI}" xmlns:mc="{MC_URI}" mc:Ignorable="w14" '
        f'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">{body}</w:comments>'
    ).encode()


_TYPES = {
    "word/comments.xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
    ),
    "word/commentsExtended.xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    ),
}


def _overrides(parts: dict[str, bytes]) -> bytes:
    return "".join(
        f'<Override PartName="/{name}" ContentType="{_TYPES[name][0]}"/>' for name in parts
    ).encode()


def _relationships(parts: dict[str, bytes]) -> bytes:
    return "".join(
        f'<Relationship Id="rIdReview{n}" Type="{_TYPES[name][1]}" '
        f'Target="{name.removeprefix("word/")}"/>'
        for n, name in enumerate(parts)
    ).encode()

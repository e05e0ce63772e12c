"""A reviewed copy of an export, read back: which project and export it came from
(its custom properties, workbench.export.properties), and for each of our
anchors (workbench.export.anchors) the text as the reviewer left it, with their
tracked changes and comments.

The package is someone else's file and is opened as a template is
(:func:`workbench.export.template_package.clean_package`: size and expansion
limits, no DTD or entities). Each anchor is read twice over: ``before``, with
the tracked changes rejected (what the reviewer started from, unless they also
typed with tracking off), and ``after``, with them accepted. Insertions and
moves into place (``w:ins``, ``w:moveTo``) count as inserted; deletions and
moves away (``w:del``, ``w:moveFrom``) as deleted.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from workbench.errors import WorkbenchError
from workbench.export.anchors import parse_anchor
from workbench.export.properties import EXPORT_PROPERTY, PROJECT_PROPERTY
from workbench.export.template_package import (
    MAX_TEMPLATE_BYTES,
    TemplateRefused,
    clean_package,
    safe_parser,
)
from workbench.inputs import require_regular_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
INSERTED = (f"{W}ins", f"{W}moveTo")
DELETED = (f"{W}del", f"{W}moveFrom")
_TEXTS = (f"{W}t", f"{W}delText", f"{W}tab", f"{W}br", f"{W}noBreakHyphen", f"{W}softHyphen")
_SPECIAL = {
    f"{W}tab": "\t",
    f"{W}br": "\n",
    f"{W}noBreakHyphen": "\u2011",
    f"{W}softHyphen": "\u00ad",
}
MAX_OPEN_ANCHORS = 64
"""An export nests a handful at most; a document with more open at once is not
one Workbench made, and reading it would cost time squared in their number."""
_COMMENT_START, _COMMENT_END = f"{W}commentRangeStart", f"{W}commentRangeEnd"
_WATCHED = (f"{W}bookmarkStart", f"{W}bookmarkEnd", f"{W}p", _COMMENT_START, _COMMENT_END, *_TEXTS)


class ReviewRefused(WorkbenchError):
    """A document that cannot be read back; the message names the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name} {problem}; nothing was changed")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class TrackedChange:
    kind: str
    """"insertion" or "deletion" (a move counts as both, where it went and came from)."""
    author: str
    date: str
    text: str
    at: int = 0
    """Where it lies in the anchor's ``before`` text: a deletion's first character,
    the place an insertion goes."""


@dataclass(frozen=True)
class Comment:
    id: str
    author: str
    date: str
    text: str
    replies: tuple[Comment, ...] = ()


@dataclass
class AnchorReading:
    """One anchored text as the reviewer left it (pieces of a side-by-side row joined)."""

    before: str = ""
    after: str = ""
    changes: list[TrackedChange] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    """Ids of the comments on any of its text (or beginning inside it)."""


@dataclass
class _Collecting:
    """A text being read: pieces in lists (joined once, at the end)."""

    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    changes: list[TrackedChange] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    before_length: int = 0

    def add_before(self, piece: str) -> None:
        self.before.append(piece)
        self.before_length += len(piece)

    def done(self) -> AnchorReading:
        before = "".join(self.before)
        leading = len(before) - len(before.lstrip("\n"))
        joined = (before.strip("\n"), "".join(self.after).strip("\n"))
        changes = [
            replace(change, at=min(max(change.at - leading, 0), len(joined[0])))
            for change in self.changes
        ]
        return AnchorReading(*joined, changes, self.comments)


@dataclass(frozen=True)
class ReviewedDocument:
    project_id: str
    export_id: str
    anchors: dict[str, AnchorReading]
    """By the whole text's anchor name."""
    comments: dict[str, Comment]
    """Top-level comments by id (replies hang from them)."""


def read_reviewed(path: Path) -> ReviewedDocument:
    """Read ``path``; raises :class:`ReviewRefused` naming what is wrong with it."""
    path = require_regular_file(path, "Word document")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise ReviewRefused(path, "is too large to be a Word document")
    try:
        package = clean_package(path.read_bytes())
        with zipfile.ZipFile(io.BytesIO(package.data)) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        properties = _custom_properties(parts.get("docProps/custom.xml"))
        document = etree.fromstring(parts["word/document.xml"], safe_parser())
        comments = _comments(parts.get("word/comments.xml"), parts.get("word/commentsExtended.xml"))
    except zipfile.BadZipFile as error:
        raise ReviewRefused(path, "is not a Word document (not a .docx package)") from error
    except TemplateRefused as error:
        raise ReviewRefused(path, str(error)) from error
    except (KeyError, etree.XMLSyntaxError) as error:
        raise ReviewRefused(path, f"is not a readable Word document ({error})") from error
    if not properties.get(EXPORT_PROPERTY):
        raise ReviewRefused(path, "is not a document Workbench exported (it names no export)")
    return ReviewedDocument(
        properties.get(PROJECT_PROPERTY, ""),
        properties[EXPORT_PROPERTY],
        _anchors(document, path),
        comments,
    )


def _custom_properties(xml: bytes | None) -> dict[str, str]:
    if xml is None:
        return {}
    root = etree.fromstring(xml, safe_parser())
    return {node.get("name", ""): "".join(node.itertext()).strip() for node in root}


# --- the body ------------------------------------------------------------------------


class _Reader:
    """Walks the body once, in document order, feeding every anchor being read.

    LibreOffice, saving a bookmark that spans paragraphs with a tracked change
    inside, writes its start twice (the second one later, with the end) and the
    first with no end: starts of one name while it is being read are one
    reading, ended by any of their ends. A reading that never ends is damaged
    and left out (listed as lost), not guessed at."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pieces: dict[str, list[tuple[int, _Collecting]]] = {}
        self.by_id: dict[str, _Collecting] = {}
        """Bookmark id -> the reading it starts (several ids may share one)."""
        self.by_name: dict[str, _Collecting] = {}
        self.active: list[_Collecting] = []
        self.ending: set[str] = set()
        self.ended: set[int] = set()
        self.last_change: dict[int, tuple[etree._Element, TrackedChange]] = {}
        self.open_comments: list[str] = []
        """Comments whose range has begun and not ended."""
        self.paragraph_mark: etree._Element | None = None
        """How the paragraph being read ends: its mark's tracked change, if any."""

    def start(self, node: etree._Element) -> None:
        name = node.get(f"{W}name", "")
        read = parse_anchor(name)
        if read is None:
            return
        reading = self.by_name.get(name)
        if reading is None:
            if len(self.active) >= MAX_OPEN_ANCHORS:
                raise ReviewRefused(self.path, "holds more overlapping bookmarks than an export")
            reading = self.by_name[name] = _Collecting()
            self.active.append(reading)
            self.pieces.setdefault(read.whole, []).append((read.piece, reading))
        self.by_id[node.get(f"{W}id", "")] = reading

    def paragraph(self, node: etree._Element) -> None:
        """A paragraph begins: the one before it ended, with its mark (a line
        break in the text, unless the reviewer inserted or deleted it)."""
        self._close_ended()
        mark = self.paragraph_mark
        for reading in self.active:
            if mark is not None:
                self._note_change(reading, mark, "\n")
            if mark is None or mark.tag not in INSERTED:
                reading.add_before("\n")
            if mark is None or mark.tag not in DELETED:
                reading.after.append("\n")
        self.paragraph_mark = _mark_change(node)

    def _close_ended(self) -> None:
        finished = [self.by_id[i] for i in self.ending if i in self.by_id]
        self.ending.clear()
        for reading in finished:
            self.ended.add(id(reading))
            for name in [n for n, r in self.by_name.items() if r is reading]:
                del self.by_name[name]
        self.active = list({id(r): r for r in self.by_name.values()}.values())

    def text(self, node: etree._Element) -> None:
        piece = _SPECIAL.get(node.tag, node.text or "")
        change = _change_of(node)
        for reading in self.active:
            self._attach(reading, self.open_comments)
            if change is not None:
                self._note_change(reading, change, piece)
            if change is None or change.tag not in DELETED:
                reading.after.append(piece)
            if change is None or change.tag not in INSERTED:
                reading.add_before(piece)

    def _note_change(self, reading: _Collecting, change: etree._Element, piece: str) -> None:
        """Consecutive text of one ``w:ins``/``w:del`` is one change."""
        element, last = self.last_change.get(id(reading), (None, None))
        if element is change and last is not None:
            reading.changes[-1] = replace(last, text=last.text + piece)
        else:
            kind = "insertion" if change.tag in INSERTED else "deletion"
            author, date = change.get(f"{W}author", ""), change.get(f"{W}date", "")
            at = reading.before_length
            reading.changes.append(TrackedChange(kind, author, date, piece, at))
        self.last_change[id(reading)] = (change, reading.changes[-1])

    def comment(self, node: etree._Element) -> None:
        """A comment's range begins or ends: it is on every anchor whose text it
        covers, and on those it begins in."""
        comment_id = node.get(f"{W}id", "")
        if node.tag == _COMMENT_END:
            if comment_id in self.open_comments:
                self.open_comments.remove(comment_id)
            return
        self.open_comments.append(comment_id)
        for reading in self.active:
            self._attach(reading, [comment_id])

    @staticmethod
    def _attach(reading: _Collecting, comment_ids: list[str]) -> None:
        for comment_id in comment_ids:
            if comment_id not in reading.comments:
                reading.comments.append(comment_id)

    def result(self) -> dict[str, AnchorReading]:
        """Whole texts, their pieces joined; a text with a piece that never ended is
        left out."""
        self._close_ended()
        joined: dict[str, AnchorReading] = {}
        for name, found in self.pieces.items():
            pieces = [reading for _, reading in sorted(found, key=lambda item: item[0])]
            if any(id(reading) not in self.ended for reading in pieces):
                continue
            readings = [reading.done() for reading in pieces]
            joined[name] = AnchorReading(
                "\n".join(r.before for r in readings),
                "\n".join(r.after for r in readings),
                _changes_of_pieces(readings),
                [comment for r in readings for comment in r.comments],
            )
        return joined


def _changes_of_pieces(readings: list[AnchorReading]) -> list[TrackedChange]:
    """The pieces' changes, placed in their texts joined one a line."""
    changes: list[TrackedChange] = []
    offset = 0
    for reading in readings:
        changes += [replace(change, at=change.at + offset) for change in reading.changes]
        offset += len(reading.before) + 1
    return changes


def _anchors(document: etree._Element, path: Path) -> dict[str, AnchorReading]:
    reader = _Reader(path)
    for node in document.iter(*_WATCHED):
        if node.tag == f"{W}bookmarkStart":
            reader.start(node)
        elif node.tag == f"{W}bookmarkEnd":
            reader.ending.add(node.get(f"{W}id", ""))
        elif node.tag == f"{W}p":
            reader.paragraph(node)
        elif node.tag in (_COMMENT_START, _COMMENT_END):
            reader.comment(node)
        else:
            reader.text(node)
    return reader.result()


def _mark_change(paragraph: etree._Element) -> etree._Element | None:
    """The tracked insertion or deletion of a paragraph's mark (``w:pPr/w:rPr``):
    the reviewer pressed Enter, or joined two paragraphs, with tracking on."""
    properties = paragraph.find(f"{W}pPr/{W}rPr")
    if properties is None:
        return None
    return next((child for child in properties if child.tag in (*INSERTED, *DELETED)), None)


def _change_of(node: etree._Element) -> etree._Element | None:
    """The tracked insertion or deletion a text is part of, if any."""
    for ancestor in node.iterancestors(*INSERTED, *DELETED, f"{W}p"):
        return None if ancestor.tag == f"{W}p" else ancestor
    return None


# --- comments ------------------------------------------------------------------------


def _comments(xml: bytes | None, extended: bytes | None) -> dict[str, Comment]:
    """Comments by id, replies under the comment they answer (``commentsExtended``:
    a comment's last paragraph's ``w14:paraId`` and its parent's)."""
    if xml is None:
        return {}
    root = etree.fromstring(xml, safe_parser())
    made: dict[str, Comment] = {}
    paragraph_of: dict[str, str] = {}
    for node in root.iter(f"{W}comment"):
        comment_id = node.get(f"{W}id", "")
        paragraphs = list(node.iter(f"{W}p"))
        text = "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs)
        made[comment_id] = Comment(
            comment_id, node.get(f"{W}author", ""), node.get(f"{W}date", ""), text
        )
        if paragraphs and (para_id := paragraphs[-1].get(f"{W14}paraId")):
            paragraph_of[para_id] = comment_id
    parent_of = _reply_parents(extended, paragraph_of)
    replies: dict[str, list[Comment]] = {}
    for reply in parent_of:
        replies.setdefault(_thread_start(reply, parent_of), []).append(made[reply])
    return {
        comment_id: Comment(c.id, c.author, c.date, c.text, tuple(replies.get(comment_id, ())))
        for comment_id, c in made.items()
        if comment_id not in parent_of
    }


def _thread_start(reply: str, parent_of: dict[str, str]) -> str:
    """The comment a thread of replies (a reply to a reply...) hangs from."""
    seen = {reply}
    while (parent := parent_of.get(reply)) is not None and parent not in seen:
        seen.add(parent)
        reply = parent
    return reply


def _reply_parents(extended: bytes | None, paragraph_of: dict[str, str]) -> dict[str, str]:
    if extended is None:
        return {}
    parents: dict[str, str] = {}
    for node in etree.fromstring(extended, safe_parser()).iter(f"{W15}commentEx"):
        reply = paragraph_of.get(node.get(f"{W15}paraId", ""))
        parent = paragraph_of.get(node.get(f"{W15}paraIdParent", ""))
        if reply and parent:
            parents[reply] = parent
    return parents

"""Review notes: reviewers' comments on an exported document, kept on the record
they are about (a recommendation, or a submission for its summary, introduction
and sections' introductions) until someone resolves them.

Notes are a part of their record (``kinds`` ``review_notes``), so they travel in
its content: dumps, shares, merges, snapshots and undo carry them, and every
change here goes through ``project.writing()`` (a new revision, the author, the
search entry). The reader of a reviewed document (``workbench.review``) hands
its comments to :func:`add_notes`; each comment's ``origin`` (its export and its
id in the document) keeps it from being brought in twice, and names the note the
same on every machine (``uuid5`` of record and origin), so two colleagues who
brought in the same comment merge one note, not two.

Qt-free: the editor shows :class:`ReviewNote` values and resolves through
:func:`set_status` (undone by setting the status back).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from db.models import Record
from db.models import ReviewNote as NoteRow
from db.vocabulary import REVIEW_NOTE_STATUSES
from workbench import kinds
from workbench.changes import Changes
from workbench.errors import InvalidField, RecordNotFound
from workbench.interchange.format import InterchangeError
from workbench.interchange.parsing import CHILD_PARSERS
from workbench.project import Project
from workbench.writer import Writer

PART = "review_notes"
OPEN, RESOLVED = REVIEW_NOTE_STATUSES
OWNER_KINDS: tuple[str, ...] = tuple(
    name for name, entry in kinds.RECORD_KINDS.items() if PART in entry.part_names
)
"""The kinds whose records hold review notes (recommendations and submissions)."""


@dataclass(frozen=True)
class Reply:
    """One reply to a comment, as the document gave it."""

    author: str
    written_at: datetime | None
    text: str


@dataclass(frozen=True)
class NewNote:
    """A comment to bring in: where it sits (``field``, ``language``, ``quote``), who
    wrote what and when, its replies, and where it came from (``origin``:
    ``<export id>/<comment id>``; "" for a note without one, never skipped).
    A time without a zone is taken as UTC (Word writes comments' times so)."""

    field: str
    text: str
    quote: str = ""
    language: str = ""
    author: str = ""
    written_at: datetime | None = None
    replies: tuple[Reply, ...] = ()
    origin: str = ""


@dataclass(frozen=True)
class ReviewNote:
    """A note as the editor shows it."""

    id: uuid.UUID
    record_id: uuid.UUID
    field: str
    language: str
    quote: str
    author: str
    written_at: datetime | None
    text: str
    replies: tuple[Reply, ...]
    status: str
    origin: str

    @property
    def resolved(self) -> bool:
        return self.status == RESOLVED


def notes_of(project: Project, record_id: uuid.UUID) -> list[ReviewNote]:
    """The record's notes in their order ([] for a record of a kind without notes)."""
    with project.reading() as session:
        if session.get(Record, record_id) is None:
            raise RecordNotFound(record_id)
        query = select(NoteRow).where(NoteRow.record_id == record_id).order_by(NoteRow.position)
        return [_note(row) for row in session.scalars(query)]


def add_notes(project: Project, record_id: uuid.UUID, notes: Sequence[NewNote]) -> Changes:
    """Add ``notes`` after the record's own, in one change; a note whose ``origin``
    the record already holds (or an earlier note of ``notes`` holds) is skipped.
    Nothing to add changes nothing (no new revision)."""
    with project.writing() as writer:
        add_notes_in(writer, record_id, notes)
    return writer.changes


def add_notes_in(writer: Writer, record_id: uuid.UUID, notes: Sequence[NewNote]) -> int:
    """:func:`add_notes` inside a transaction of the caller's (bringing a reviewed
    document's comments in adds to several records as one change); how many
    were added."""
    record = _owner(writer.session.get(Record, record_id), record_id)
    held = getattr(record, PART)
    seen = {row.origin for row in held if row.origin}
    parse = CHILD_PARSERS[record.kind][PART]
    added = 0
    for note in notes:
        if note.origin and note.origin in seen:
            continue
        seen.add(note.origin)
        values = _checked(parse, _item(record_id, note))
        held.append(NoteRow(**values, record_id=record_id, position=len(held)))
        writer.touch(record_id)
        added += 1
    return added


def origins_of(project: Project, record_ids: Iterable[uuid.UUID]) -> frozenset[str]:
    """Every origin the notes of ``record_ids`` hold: which comments are in already."""
    wanted = list(dict.fromkeys(record_ids))
    found: set[str] = set()
    with project.reading() as session:
        for start in range(0, len(wanted), 500):
            query = select(NoteRow.origin).where(NoteRow.record_id.in_(wanted[start : start + 500]))
            found.update(origin for origin in session.scalars(query) if origin)
    return frozenset(found)


def set_status(project: Project, record_id: uuid.UUID, note_id: uuid.UUID, status: str) -> Changes:
    """Resolve a note or open it again (``status`` one of ``REVIEW_NOTE_STATUSES``);
    setting the status it has changes nothing."""
    if status not in REVIEW_NOTE_STATUSES:
        raise InvalidField(PART, "status", f"not one of {REVIEW_NOTE_STATUSES}")
    with project.writing() as writer:
        row = writer.session.get(NoteRow, note_id)
        if row is None or row.record_id != record_id:
            raise RecordNotFound(note_id, "review note")
        if row.status != status:
            row.status = status
            writer.touch(record_id)
    return writer.changes


def unresolved(project: Project, record_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many open notes each of ``record_ids`` holds (records with none left out),
    counted in SQL a batch at a time: the preflight asks for a whole submission."""
    wanted = list(dict.fromkeys(record_ids))
    found: dict[uuid.UUID, int] = {}
    with project.reading() as session:
        for start in range(0, len(wanted), 500):
            query = (
                select(NoteRow.record_id, func.count())
                .where(NoteRow.record_id.in_(wanted[start : start + 500]))
                .where(NoteRow.status == OPEN)
                .group_by(NoteRow.record_id)
            )
            found.update((record_id, count) for record_id, count in session.execute(query))
    return found


def _owner(record: Record | None, record_id: uuid.UUID) -> Record:
    if record is None:
        raise RecordNotFound(record_id)
    if record.kind not in OWNER_KINDS:
        raise InvalidField(record.kind, PART, f"a {record.kind} holds no review notes")
    return record


def _item(record_id: uuid.UUID, note: NewNote) -> dict[str, Any]:
    """The note as content holds it, to be checked as any loaded note is."""
    note_id = uuid.uuid5(record_id, f"review note {note.origin}") if note.origin else uuid.uuid4()
    return {
        "id": str(note_id),
        "field": note.field,
        "language": note.language,
        "quote": note.quote,
        "author": note.author,
        "written_at": _time_text(note.written_at),
        "text": note.text,
        "replies": [
            {"author": r.author, "date": _time_text(r.written_at) or "", "text": r.text}
            for r in note.replies
        ],
        "status": OPEN,
        "origin": note.origin,
    }


def _checked(parse: Any, item: dict[str, Any]) -> dict[str, Any]:
    """The note's values checked by the part's one validation (what a load runs),
    its faults as a field's."""
    try:
        return dict(parse(PART, item))
    except InterchangeError as error:
        name = error.where.removeprefix(f"{PART}.").split("[", 1)[0].split(".", 1)[0]
        raise InvalidField(PART, name, error.problem) from None


def _time_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def _note(row: NoteRow) -> ReviewNote:
    return ReviewNote(
        id=row.id,
        record_id=row.record_id,
        field=row.field,
        language=row.language,
        quote=row.quote,
        author=row.author,
        written_at=row.written_at,
        text=row.text,
        replies=tuple(_reply(reply) for reply in row.replies or ()),
        status=row.status,
        origin=row.origin,
    )


def _reply(reply: dict[str, Any]) -> Reply:
    date = str(reply.get("date") or "")
    try:
        written_at: datetime | None = datetime.fromisoformat(date) if date else None
    except ValueError:
        written_at = None  # a date another program wrote otherwise: shown without one
    return Reply(str(reply.get("author", "")), written_at, str(reply.get("text", "")))

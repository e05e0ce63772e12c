"""A reviewed copy's comments, as the review notes they become on their records.

A comment on a recommendation's text goes to the recommendation; one on a
submission's summary, introduction or a section's introduction, and one on
text of no record (a heading, the cover), to the submission, so none is lost.
Each is named by its export and what it says (author, date, text), not by the
number Word gave it, which LibreOffice and Word renumber on saving: the same
document brought in twice keeps each comment once
(:func:`workbench.review_notes.add_notes` skips an origin a record holds).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import datetime

from workbench.review.reading import Comment
from workbench.review_notes import NewNote, Reply

QUOTE_LIMIT = 300
"""Characters of the commented text a note keeps to say where it was."""
DOCUMENT_FIELD = ""
"""A note's field for a comment on text of no record (a heading, the cover)."""


def comment_origin(export_id: uuid.UUID, comment: Comment) -> str:
    said = "\x1f".join((comment.author, comment.date, comment.text))
    return f"{export_id}/{hashlib.sha256(said.encode()).hexdigest()[:16]}"


def note_of(
    export_id: uuid.UUID, comment: Comment, field: str, language: str, quoted: str
) -> NewNote:
    """The note a comment becomes."""
    quote = quoted if len(quoted) <= QUOTE_LIMIT else quoted[: QUOTE_LIMIT - 1] + "…"
    return NewNote(
        field=field,
        text=comment.text,
        quote=quote,
        language=language,
        author=comment.author,
        written_at=_when(comment.date),
        replies=tuple(
            Reply(reply.author, _when(reply.date), reply.text) for reply in _thread(comment)
        ),
        origin=comment_origin(export_id, comment),
    )


def _thread(comment: Comment) -> Iterator[Comment]:
    for reply in comment.replies:
        yield reply
        yield from _thread(reply)


def _when(date: str) -> datetime | None:
    """A comment's time as Word writes it (``2026-12-01T10:00:00Z``); None if it
    has none, or one that is not a time."""
    try:
        return datetime.fromisoformat(date) if date else None
    except ValueError:
        return None

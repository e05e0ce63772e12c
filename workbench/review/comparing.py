"""What a reviewed copy proposes for each record, set against the export it came
from and the project as it is now.

Three texts meet for each anchor: what the export showed (kept in the export's
log entry), what the reviewer left (:mod:`workbench.review.reading`), and what
the record says today (the submission walked again, as an export would). A
change the reviewer made where the record has changed since the export is a
conflict, shown, never applied. Nothing here writes: accepting and rejecting
is :mod:`workbench.review.accepting`'s, which remembers its decisions in the
export's log entry; they are read back here, so a document brought in again
proposes only what is still undecided.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.composition import Composition
from workbench.export.diff import Piece, word_diff
from workbench.export.plan import build_plan
from workbench.export.walk import DocumentWalk
from workbench.project import Project
from workbench.review.comments import comment_origin
from workbench.review.proposals import Proposal, proposals_of
from workbench.review.reading import (
    AnchorReading,
    Comment,
    ReviewedDocument,
    ReviewRefused,
    TrackedChange,
    read_reviewed,
)
from workbench.review_notes import origins_of


@dataclass(frozen=True)
class FieldReview:
    """One anchored text: a record's field in one language."""

    anchor: str
    record_id: uuid.UUID
    title: str
    """The record's title as it is now (a section's, for its introduction)."""
    field: str
    language: str
    wording: int
    exported: str
    """What the export showed."""
    reviewed: str
    """What the reviewer left, their tracked changes accepted."""
    tracked: tuple[TrackedChange, ...]
    untracked: tuple[tuple[Piece, ...], tuple[Piece, ...]] | None
    """Edits made with tracking off, word by word (as the comparative table marks
    wordings: deletions in the first, insertions in the second): what the export
    showed against what the reviewer left with their tracked changes rejected."""
    comments: tuple[Comment, ...]
    changed_since_export: bool
    """The record's text is no longer what was exported (nor what accepting this
    document's changes wrote)."""
    base: str = ""
    """The Markdown the record should hold for the review to apply to it: what the
    export wrote, or what accepting this document's changes wrote since."""
    proposals: tuple[Proposal, ...] = ()
    accepted: frozenset[str] = frozenset()
    """Keys of the proposals accepted into the record (and still there)."""
    rejected: frozenset[str] = frozenset()

    @property
    def undecided(self) -> tuple[Proposal, ...]:
        decided = self.accepted | self.rejected
        return tuple(p for p in self.proposals if p.key not in decided)

    @property
    def proposes(self) -> bool:
        return bool(self.undecided)

    @property
    def conflict(self) -> bool:
        return self.proposes and self.changed_since_export


@dataclass(frozen=True)
class Review:
    export_id: uuid.UUID
    submission_id: uuid.UUID
    exported_at: str
    fields: tuple[FieldReview, ...]
    """Every anchored text with something to say (a change or a comment)."""
    lost: tuple[str, ...]
    """Anchors the reviewer's copy no longer has (their text deleted whole)."""
    comments_elsewhere: tuple[Comment, ...]
    """Comments on text that belongs to no record (a heading, the cover)."""
    kept: frozenset[str] = frozenset()
    """Origins of the comments already kept as review notes
    (:func:`workbench.review.comments.comment_origin`)."""

    def owner_of(self, field: FieldReview) -> uuid.UUID:
        """The record a text's notes go to (a section's: its submission's)."""
        return self.submission_id if field.field == "section_introduction" else field.record_id

    def is_kept(self, comment: Comment) -> bool:
        return comment_origin(self.export_id, comment) in self.kept


def review_document(project: Project, path: Path) -> Review:
    """Read ``path`` back against ``project``; raises :class:`ReviewRefused` for a
    document of another project or of an export this project has no record of."""
    document = read_reviewed(path)
    if document.project_id != str(project.identity().id):
        raise ReviewRefused(path, "was exported from another project")
    try:
        export_id = uuid.UUID(document.export_id)
    except ValueError:
        export_id = uuid.UUID(int=0)
    found = Composition(project).logged_export(export_id)
    if found is None:
        raise ReviewRefused(path, "comes from an export this project has no record of")
    submission_id, logged = found
    anchors: dict[str, dict] = logged.snapshot.get("anchors", {})
    decisions: dict[str, dict] = logged.snapshot.get(DECISIONS, {})
    now, titles = _current_texts(project, submission_id, logged.snapshot.get("languages", []))
    fields = [
        _field(
            _Texts(name, entry, now.get(name), decisions.get(name, {})),
            document.anchors[name],
            document,
            titles,
        )
        for name, entry in anchors.items()
        if name in document.anchors
    ]
    commented = {c for reading in document.anchors.values() for c in reading.comments}
    review = Review(
        export_id,
        submission_id,
        logged.exported_at.isoformat(timespec="seconds"),
        tuple(f for f in fields if f.proposes or f.comments),
        tuple(name for name in anchors if name not in document.anchors),
        tuple(c for key, c in document.comments.items() if key not in commented),
    )
    owners = {review.owner_of(f) for f in review.fields if f.comments} | {submission_id}
    return replace(review, kept=origins_of(project, owners))


DECISIONS = "review"
"""The export log entry's key for what was decided about its reviewed copies:
per anchor, the proposals ``accepted`` and ``rejected`` (keys) and the Markdown
accepting ``written`` into the record."""


@dataclass(frozen=True)
class _Texts:
    """What is known of one anchor before reading the reviewer's copy of it."""

    name: str
    entry: dict
    """Its entry in the export's log."""
    now: str | None
    """Its text in the project today."""
    decided: dict
    """Its decisions (see DECISIONS)."""

    def accepted(self) -> frozenset[str]:
        """Accepted proposals whose result the record still holds (an undone accept
        leaves them to be proposed again)."""
        written = self.decided.get("written")
        if written is None or self.now != written:
            return frozenset()
        return frozenset(self.decided.get("accepted", ()))

    def base(self) -> str:
        written = self.decided.get("written")
        return written if self.accepted() and written is not None else self.entry.get("text", "")


def _field(
    texts: _Texts,
    reading: AnchorReading,
    document: ReviewedDocument,
    titles: dict[uuid.UUID, str],
) -> FieldReview:
    name, entry = texts.name, texts.entry
    shown = entry.get("shown", "")
    untracked = None
    if reading.before != shown:
        exported, edited = word_diff(shown, reading.before)
        untracked = (tuple(exported), tuple(edited))
    record_id = uuid.UUID(entry["id"])
    return FieldReview(
        anchor=name,
        record_id=record_id,
        title=titles.get(record_id, ""),
        field=entry["field"],
        language=entry["language"],
        wording=int(entry.get("wording", 0)),
        exported=shown,
        reviewed=reading.after,
        tracked=tuple(reading.changes),
        untracked=untracked,
        comments=tuple(document.comments[c] for c in reading.comments if c in document.comments),
        changed_since_export=texts.now != texts.base(),
        base=texts.base(),
        proposals=proposals_of(name, shown, reading.before, reading.after, reading.changes),
        accepted=texts.accepted(),
        rejected=frozenset(texts.decided.get("rejected", ())),
    )


def _current_texts(
    project: Project, submission_id: uuid.UUID, languages: list[str]
) -> tuple[dict[str, str], dict[uuid.UUID, str]]:
    """Each anchor's text as an export made now would write it (its Markdown), and
    the titles of the records and sections they belong to."""
    if not languages:
        return {}, {}
    plan = build_plan(project, submission_id, language=languages[0])
    second = (
        build_plan(project, submission_id, language=languages[1]) if len(languages) > 1 else None
    )
    walk = DocumentWalk(plan, second)
    for _event in walk.events():
        pass
    titles = {plan.submission_id: plan.title}
    titles |= {section.id: section.title for section in plan.sections}
    titles |= {rec.id: rec.title for rec in plan.recommendations}
    return {name: anchor.text for name, anchor in walk.anchors.items()}, titles

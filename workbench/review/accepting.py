"""Accepting a reviewer's changes into the records, and rejecting them.

Accepting is one ordinary edit of the records it touches, made in one
transaction and taken back by undo like a merge (:class:`MergeUndo`). The
records are saved under the user's name and the reviewers' (``changed_by``
reads "Айгерим + Dana"), so the library says whose words came from a review.

Each anchored text is rebuilt from what the export wrote (the common
ancestor): every proposal accepted so far applied to the text the export
showed, carried onto the exported Markdown (:mod:`workbench.review.onto_markdown`),
and written where the export read it: the record's own field, or its
translation when the document showed one (a side-by-side document's second
column always goes to the translation). A text changed in the project since
the export is a conflict and is not written.

What was decided is kept in the export's log entry on this machine (its
``review`` key, see :data:`workbench.review.comparing.DECISIONS`), so a
document brought in again proposes only what is still undecided.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from db.models import SHORT_TEXT_LIMIT, ExportLogEntry, ProposedWording, Record, Section
from workbench import bilingual
from workbench.errors import RecordNotFound, WorkbenchError
from workbench.export.anchors import WORDING_FIELD
from workbench.export.citations import CITATION_GROUP, parse_group
from workbench.merge.apply import MergeUndo
from workbench.project import Project
from workbench.records import coerce_field
from workbench.review.comments import DOCUMENT_FIELD, note_of
from workbench.review.comparing import DECISIONS, FieldReview, Review
from workbench.review.onto_markdown import PLAIN_FIELDS, carried, shown_text
from workbench.review.proposals import applied
from workbench.review_notes import NewNote, add_notes_in
from workbench.snapshots import capture
from workbench.writer import Writer


@dataclass(frozen=True)
class Decided:
    """What :func:`decide` did."""

    undo: MergeUndo | None
    """Takes back what was written (None: nothing was)."""
    written: tuple[str, ...] = ()
    """Anchors whose text was rewritten."""
    conflicts: tuple[str, ...] = ()
    """Anchors whose record changed since the export: not written."""
    not_carried: tuple[str, ...] = ()
    """Anchors whose accepted text could not be put into the record's Markdown
    without guessing (the user applies it by hand)."""


@dataclass
class _Rewrite:
    field: FieldReview
    entry: dict[str, Any]
    accepted: frozenset[str]
    markdown: str | None = None
    """What to write; None when it cannot be made without guessing."""


@dataclass
class _Decisions:
    by_anchor: dict[str, dict[str, Any]] = field(default_factory=dict)

    def record(self, anchor: str, key: str, decision: str) -> None:
        entry = self.by_anchor.setdefault(anchor, {"accepted": [], "rejected": []})
        for name in ("accepted", "rejected"):
            if key in entry.setdefault(name, []):
                entry[name].remove(key)
        entry[decision].append(key)


@dataclass(frozen=True)
class Kept:
    """What :func:`keep_comments` did."""

    undo: MergeUndo | None
    notes: int


def keep_comments(project: Project, review: Review) -> Kept:
    """Every comment of ``review`` not kept yet, as a review note on its record
    (text of no record: on the submission), in one change undo takes back."""
    wanted = _notes_to_keep(review)
    if not wanted:
        return Kept(None, 0)
    with project.writing() as writer:
        before = capture(writer.session, wanted)
        added = sum(add_notes_in(writer, owner, notes) for owner, notes in wanted.items())
        writer.finish()
        undo = MergeUndo(before, capture(writer.session, wanted))
    return Kept(undo if added else None, added)


def _notes_to_keep(review: Review) -> dict[uuid.UUID, list[NewNote]]:
    wanted: dict[uuid.UUID, list[NewNote]] = {}
    for item in review.fields:
        for comment in item.comments:
            note = note_of(review.export_id, comment, item.field, item.language, item.exported)
            wanted.setdefault(review.owner_of(item), []).append(note)
    for comment in review.comments_elsewhere:
        note = note_of(review.export_id, comment, DOCUMENT_FIELD, "", "")
        wanted.setdefault(review.submission_id, []).append(note)
    return {
        owner: kept
        for owner, notes in wanted.items()
        if (kept := [n for n in notes if n.origin not in review.kept])
    }


def keys_of(review: Review, wanted: Collection[str], reviewer: str | None = None) -> set[str]:
    """The undecided proposals ``wanted`` names by key, or every one (``all``),
    only ``reviewer``'s if given; raises :class:`UnknownProposal` for a key the
    review does not propose (decided already, or mistyped)."""
    undecided = [p for item in review.fields for p in item.undecided]
    if "all" in wanted:
        return {p.key for p in undecided if reviewer is None or p.author == reviewer}
    known = {p.key for p in undecided}
    for key in wanted:
        if key not in known:
            raise UnknownProposal(key)
    return set(wanted)


class UnknownProposal(WorkbenchError):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"the document proposes no undecided change with the key {key!r}; nothing was changed"
        )


def decide(
    project: Project,
    review: Review,
    accept: Collection[str] = (),
    reject: Collection[str] = (),
) -> Decided:
    """Accept the proposals keyed ``accept`` into the records and remember those
    keyed ``reject`` as rejected; both only among ``review``'s undecided ones."""
    with project.writing() as writer:
        log = writer.session.get(ExportLogEntry, review.export_id)
        if log is None:
            raise RecordNotFound(review.export_id, "export")
        decisions = _Decisions({k: dict(v) for k, v in log.snapshot.get(DECISIONS, {}).items()})
        anchors = log.snapshot.get("anchors", {})
        rewrites, conflicts = _planned(review, anchors, accept)
        for item in review.fields:
            for proposal in item.undecided:
                if proposal.key in reject:
                    decisions.record(item.anchor, proposal.key, "rejected")
        carried = [r for r in rewrites if _carry(r)]
        languages = log.snapshot.get("languages", [])
        done, undo = _write(writer, project.author, carried, languages)
        not_carried = tuple(r.field.anchor for r in rewrites if r.markdown is None)
        conflicts += tuple(
            r.field.anchor for r in carried if r not in done and r.markdown is not None
        )
        for rewrite in done:
            for key in rewrite.accepted - rewrite.field.accepted:
                decisions.record(rewrite.field.anchor, key, "accepted")
            decisions.by_anchor[rewrite.field.anchor]["written"] = rewrite.markdown
        log.snapshot = {**log.snapshot, DECISIONS: decisions.by_anchor}
        writer.changed(exports=True)
    return Decided(undo, tuple(r.field.anchor for r in done), conflicts, not_carried)


def _planned(
    review: Review, anchors: dict[str, dict[str, Any]], accept: Collection[str]
) -> tuple[list[_Rewrite], tuple[str, ...]]:
    rewrites: list[_Rewrite] = []
    conflicts: list[str] = []
    for item in review.fields:
        chosen = {p.key for p in item.undecided if p.key in accept}
        if not chosen or item.anchor not in anchors:
            continue
        if item.changed_since_export:
            conflicts.append(item.anchor)
            continue
        rewrites.append(_Rewrite(item, anchors[item.anchor], item.accepted | chosen))
    return rewrites, tuple(conflicts)


def _carry(rewrite: _Rewrite) -> bool:
    """Make the rewrite's Markdown; False when it cannot be made without guessing."""
    entry, item = rewrite.entry, rewrite.field
    exported, shown, language = entry.get("text", ""), entry.get("shown", ""), item.language
    cited = _cited_as_exported(exported, shown)
    plain = item.field in PLAIN_FIELDS
    if not plain and shown_text(exported, language, cited) != shown:
        return False  # the export showed it otherwise than it reads now: do not guess
    edited = applied(shown, (p for p in item.proposals if p.key in rewrite.accepted))
    if not edited.strip():
        rewrite.markdown = ""  # every word deleted
    else:
        rewrite.markdown = carried(exported, edited, language, cited, item.field)
    return rewrite.markdown is not None


def _cited_as_exported(markdown: str, shown: str) -> Any:
    """Which citation keys the export resolved to footnotes: those whose bracket
    the reader did not see (an unresolved one is shown as typed)."""
    unresolved = {
        item.key
        for match in CITATION_GROUP.finditer(markdown)
        if match.group(0) in shown
        and (citation := parse_group(match.group(1), match.group(0))) is not None
        for item in citation.items
    }
    return lambda key: key not in unresolved


def _write(
    writer: Writer, user: str, rewrites: list[_Rewrite], languages: list[str]
) -> tuple[list[_Rewrite], MergeUndo | None]:
    """Write ``rewrites`` whose text is still their base (the others changed since
    the review was read: conflicts); those written, and how to take them back."""
    places = [(rewrite, _place_of(writer, rewrite)) for rewrite in rewrites]
    owners = {place.record.id for _, place in places if place is not None}
    if not owners:
        return [], None
    before = capture(writer.session, owners)
    reviewers = dict.fromkeys(
        p.author for r in rewrites for p in r.field.proposals if p.key in r.accepted and p.author
    )
    writer.author = " + ".join([user, *reviewers])[:SHORT_TEXT_LIMIT]
    second = languages[1] if len(languages) > 1 else None
    done = []
    for rewrite, place in places:
        if place is not None and _put(rewrite, place, second):
            writer.touch(place.record.id)
            done.append(rewrite)
    if not done:
        return [], None
    writer.finish()
    return done, MergeUndo(before, capture(writer.session, owners))


@dataclass(frozen=True)
class _Place:
    """Where an anchored text lives: its record, the object holding the text (the
    record, a section, a proposed wording) and under which name, and its key
    among the record's translations."""

    record: Record
    holder: Any
    attribute: str
    key: str
    rules: tuple[str, str]
    """The (kind, field) whose rules the text must meet."""


def _place_of(writer: Writer, rewrite: _Rewrite) -> _Place | None:
    """None when the section or wording the text was in is gone (a conflict)."""
    item, entry, session = rewrite.field, rewrite.entry, writer.session
    part: Section | ProposedWording | None
    if item.field == "section_introduction":
        part = session.get(Section, uuid.UUID(entry["id"]))
        record = session.get(Record, part.submission_id) if part is not None else None
        if part is None or record is None:
            return None
        key = bilingual.section_key(part.id, "introduction")
        return _Place(record, part, "introduction", key, ("submission", "introduction"))
    record = session.get(Record, uuid.UUID(entry["id"]))
    if record is None:
        raise RecordNotFound(uuid.UUID(entry["id"]), "record")
    if item.field != WORDING_FIELD:
        return _Place(record, record, item.field, item.field, (record.kind, item.field))
    part = session.get(ProposedWording, uuid.UUID(entry["part"]))
    if part is None:
        return None
    key = bilingual.wording_key(part.id, WORDING_FIELD)
    return _Place(record, part, WORDING_FIELD, key, ("recommendation", "text"))


def _put(rewrite: _Rewrite, place: _Place, second: str | None) -> bool:
    """Write the rewrite's Markdown where the export read the text from; False
    (nothing written) if the text there is no longer the one the review read."""
    item, text, record = rewrite.field, rewrite.markdown or "", place.record
    translated = (record.translations or {}).get(item.language, {})
    if (translated.get(place.key) or getattr(place.holder, place.attribute)) != item.base:
        return False
    if translated.get(place.key) or item.language == second:
        if not text:  # no translation would read as the record's own text: not guessed
            rewrite.markdown = None
            return False
        texts = {**(record.translations or {}), item.language: {**translated, place.key: text}}
        record.translations = bilingual.normalized(record.kind, texts)
    else:
        setattr(place.holder, place.attribute, coerce_field(*place.rules, text))
    return True

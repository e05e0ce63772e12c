"""A review as the command line shows it: ``--json`` (docs/cli.md) or lines."""

from __future__ import annotations

from typing import Any

from workbench.export.diff import Piece
from workbench.review.accepting import Decided, Kept
from workbench.review.comparing import FieldReview, Review
from workbench.review.proposals import Proposal
from workbench.review.reading import Comment


def review_json(review: Review) -> dict[str, Any]:
    return {
        "export": {
            "id": str(review.export_id),
            "submission": str(review.submission_id),
            "exported_at": review.exported_at,
        },
        "fields": [_field_json(field, review) for field in review.fields],
        "lost": list(review.lost),
        "comments_elsewhere": [_comment_json(c, review) for c in review.comments_elsewhere],
    }


def _field_json(field: FieldReview, review: Review) -> dict[str, Any]:
    untracked = None
    if field.untracked is not None:
        exported, edited = field.untracked
        untracked = {"exported": _pieces(exported), "edited": _pieces(edited)}
    return {
        "anchor": field.anchor,
        "id": str(field.record_id),
        "title": field.title,
        "field": field.field,
        "language": field.language,
        "wording": field.wording,
        "exported": field.exported,
        "reviewed": field.reviewed,
        "tracked": [
            {"kind": c.kind, "author": c.author, "date": c.date, "text": c.text}
            for c in field.tracked
        ],
        "untracked": untracked,
        "comments": [_comment_json(c, review) for c in field.comments],
        "proposals": [_proposal_json(p, field) for p in field.proposals],
        "changed_since_export": field.changed_since_export,
        "conflict": field.conflict,
    }


def _proposal_json(proposal: Proposal, field: FieldReview) -> dict[str, Any]:
    decided = "accepted" if proposal.key in field.accepted else None
    decided = "rejected" if proposal.key in field.rejected else decided
    return {
        "key": proposal.key,
        "kind": proposal.kind,
        "author": proposal.author,
        "date": proposal.date,
        "removed": proposal.removed,
        "inserted": proposal.text,
        "decided": decided,
    }


def decided_json(decided: Decided, kept: Kept | None = None) -> dict[str, Any]:
    return {
        "written": list(decided.written),
        "conflicts": list(decided.conflicts),
        "not_carried": list(decided.not_carried),
        "notes_kept": kept.notes if kept is not None else 0,
    }


def decided_lines(decided: Decided, kept: Kept | None = None) -> list[str]:
    lines = [f"written: {anchor}" for anchor in decided.written]
    if kept is not None:
        lines.append(f"comments kept as review notes: {kept.notes}")
    lines += [f"not written, changed since the export: {a}" for a in decided.conflicts]
    lines += [
        f"not written, its formatting could not be kept (apply it by hand): {a}"
        for a in decided.not_carried
    ]
    return lines


def _pieces(pieces: tuple[Piece, ...]) -> list[list[str]]:
    return [[piece.text, piece.change] for piece in pieces]


def _comment_json(comment: Comment, review: Review | None = None) -> dict[str, Any]:
    """A comment and its replies; a top-level one says whether it is kept as a note."""
    found: dict[str, Any] = {
        "id": comment.id,
        "author": comment.author,
        "date": comment.date,
        "text": comment.text,
        "replies": [_comment_json(reply) for reply in comment.replies],
    }
    if review is not None:
        found["kept"] = review.is_kept(comment)
    return found


def review_lines(review: Review) -> list[str]:
    lines = [f"Export of {review.exported_at} ({review.export_id})"]
    for field in review.fields:
        where = f"{field.field}" + (f" {field.wording}" if field.wording else "")
        lines.append(f"“{field.title}” {where} [{field.language}] ({field.record_id})")
        if field.conflict:
            lines.append("  conflict: the record changed since the export")
        for proposal in field.undecided:
            what = f"{proposal.removed!r} -> {proposal.text!r}"
            lines.append(f"  {proposal.kind} by {proposal.author or '?'} [{proposal.key}]: {what}")
        for comment in field.comments:
            kept = " (kept as a note)" if review.is_kept(comment) else ""
            lines.append(f"  comment by {comment.author or '?'}{kept}: {comment.text!r}")
            lines += [f"    reply by {r.author or '?'}: {r.text!r}" for r in comment.replies]
    lines += [f"lost: {name} (its text was deleted whole)" for name in review.lost]
    for comment in review.comments_elsewhere:
        lines.append(f"comment outside any record's text by {comment.author}: {comment.text!r}")
    if not review.fields and not review.lost:
        lines.append("No changes and no comments.")
    return lines

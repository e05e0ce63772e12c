"""An import's proposal as the command line shows it: text for a person, JSON for
a program (``workbench import --json``, documented in docs/cli.md)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from workbench.word_import.proposal import Proposal, ProposedRecord

STATES = ("new", "merged into the library's", "offered, not ticked")


def row_state(row: ProposedRecord) -> str:
    """What importing does with the row: writes it, uses the library's record, or
    leaves it out until the user ticks it."""
    if row.same_as is not None:
        return STATES[1]
    return STATES[0] if row.include else STATES[2]


def proposal_json(proposal: Proposal) -> dict[str, Any]:
    titles = {row.key: row.title for row in proposal.records}
    return {
        "language": proposal.language,
        "read": asdict(proposal.report),
        "counts": proposal.counts(),
        "records": [
            {
                "key": row.key,
                "id": str(row.id),
                "kind": row.kind,
                "title": row.title,
                "origin": row.origin,
                "include": row.include,
                "same_as": str(row.same_as.id) if row.same_as else None,
                "links": {
                    role: [titles.get(target, target) for target in targets]
                    for role, targets in row.links.items()
                    if targets
                },
                "parts": {name: len(items) for name, items in row.parts.items()},
            }
            for row in proposal.records
        ],
    }


def proposal_lines(proposal: Proposal) -> list[str]:
    """One line per row (links indented under it), then what reading left out."""
    titles = {row.key: row.title for row in proposal.records}
    lines = []
    for row in proposal.records:
        where = f" [{row.origin}]" if row.origin else ""
        state = row_state(row)
        same = f" “{row.same_as.title}”" if row.same_as is not None else ""
        lines.append(f"{row.kind:<15} {_short(row.title)}{where}: {state}{same}")
        for role, targets in row.links.items():
            if targets:
                named = "; ".join(_short(titles.get(t, t), 50) for t in targets)
                lines.append(f"{'':<15}   {role}: {named}")
        for name, items in row.parts.items():
            if items:
                lines.append(f"{'':<15}   {name}: {len(items)}")
    report = proposal.report
    read = {
        "tracked insertions taken": report.insertions_taken,
        "tracked deletions dropped": report.deletions_dropped,
        "comments ignored": report.comments_ignored,
        "text boxes ignored": report.text_boxes_ignored,
        "headers and footers ignored": report.headers_and_footers_ignored,
    }
    lines += [f"read: {label}: {count}" for label, count in read.items() if count]
    lines += [f"read: left out: {what}" for what in report.left_out]
    return lines


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""What the window's preview shows of a submission: its document as HTML and the
preflight's findings, read in one go.

The result carries only what the window shows (no plan): it is read in the
reader process (``workbench.reader_process``) and sent back to the window, and
a plan of 300 recommendations would take the window's own time to unpickle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from workbench.export.html import plan_html
from workbench.export.plan import build_plans
from workbench.preflight import Finding, check_plan
from workbench.project import Project
from workbench.record_cache import RecordCache


@dataclass(frozen=True)
class Preview:
    """One refresh of the preview: the document and what the preflight found."""

    submission_id: uuid.UUID
    title: str
    language: str
    second_language: str | None
    """The document's second language when it has one (then the preview offers both)."""
    findings: list[Finding]
    html: str


def read_preview(
    project: Project,
    submission_id: uuid.UUID,
    language: str | None,
    side_by_side: bool,
    kept: RecordCache | None = None,
) -> Preview:
    """The document in ``language`` (else its first), or both side by side, with
    its findings. ``kept``: records read before, read again only where changed."""
    [(plan, second)] = build_plans(project, [submission_id], kept=kept)
    findings = check_plan(project, plan, second, kept)
    if second is not None and side_by_side:
        html = plan_html(plan, second)
    else:
        shown = second if second is not None and language == second.language else plan
        html = plan_html(shown)
    return Preview(
        submission_id,
        plan.title,
        plan.language,
        second.language if second is not None else None,
        findings,
        html,
    )

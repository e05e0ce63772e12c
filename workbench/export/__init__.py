"""Export a submission as a Word document (docs/architecture/document-walk.md).

:func:`export_submission` gathers the submission (plan), renders it on a
template (writer), writes it safely next to the target and records the export
on the submission. The file appears whole or not at all, and an export is
either recorded and in place, or neither: the document is written beside
the target and renamed into place, then the export recorded; a record that
cannot be saved puts the earlier file back (see :func:`_write_atomically`).
A project opened read-only (a read-only disk, file or folder) gets its
document written and not recorded (:attr:`ExportReport.recorded` False).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench.changes import NO_CHANGES, Changes
from workbench.composition import Composition
from workbench.errors import ExportTargetError
from workbench.export.anchors import Anchor
from workbench.export.language_check import MisplacedText, texts_in_another_language
from workbench.export.notes import (
    CharactersDropped,
    LeftOut,
    Place,
    TemplatePartLeftOut,
    UnknownCitation,
    places_of,
    template_part,
)
from workbench.export.plan import DocumentPlan, Exclusion, build_plan, find_submission
from workbench.export.plan import second_language as plan_second_language
from workbench.export.properties import ExportIdentity
from workbench.export.template import open_template_reporting
from workbench.export.writer import DocxWriter
from workbench.project import Project
from workbench.record_cache import RecordCache
from workbench.tempfiles import atomic_write, refuse_link, undone_on_failure

ExportNote = LeftOut | CharactersDropped | UnknownCitation | TemplatePartLeftOut | MisplacedText
"""One thing an export tells its user (:mod:`workbench.export.notes`)."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    sha256: str
    recommendations: int
    footnotes: int
    citations: int
    excluded: tuple[Exclusion, ...]
    dropped_characters: dict[str, int]
    unknown_citation_keys: dict[str, int]
    changes: Changes = field(default=NO_CHANGES, compare=False)
    """What logging the export on its submission changed."""
    template_left_out: tuple[str, ...] = ()
    """What the template held that the export does not carry."""
    recorded: bool = True
    """False when the project was read-only: the document is written, its export not logged."""
    misplaced: tuple[MisplacedText, ...] = ()
    """Texts written in another language than the document (or its second column)."""
    places: Mapping[str, Place] = field(default_factory=dict)
    """Each place characters were dropped from (a key of ``dropped_characters``), as
    the user knows it: a record's kind and title rather than its id."""

    def notes(self) -> list[ExportNote]:
        """What the user should know about the export, one note each (worded by
        ``english`` here, in the interface's language by the window)."""
        notes: list[ExportNote] = [LeftOut(e.kind, e.title, e.reason) for e in self.excluded]
        notes += [
            CharactersDropped(self.places.get(where, Place(where)), count)
            for where, count in self.dropped_characters.items()
        ]
        notes += [UnknownCitation(key, n) for key, n in self.unknown_citation_keys.items()]
        notes += [template_part(what) for what in self.template_left_out]
        notes += self.misplaced
        return notes

    def warnings(self) -> list[str]:
        """The notes in plain English (the command line's warnings)."""
        return [note.english() for note in self.notes()]


@dataclass(frozen=True)
class RenderedExport:
    """A submission rendered to Word and not yet written anywhere: what the reader
    process hands back to the window, which writes it and logs it (the window
    holds the project's lock; the reader only reads)."""

    submission_id: uuid.UUID
    data: bytes
    snapshot: dict[str, Any]
    """What the export log keeps of it (:func:`snapshot`)."""
    report: ExportReport
    """What the document holds; its path, hash and logging are given when written."""
    export_id: uuid.UUID
    """The id its log entry gets, written into the document's properties."""


def export_submission(
    project: Project,
    target: Path,
    *,
    submission: str | None = None,
    template: Path | None = None,
    include_confidential: bool = False,
    language: str | None = None,
    second_language: str | None = None,
    kept: RecordCache | None = None,
) -> ExportReport:
    """Write the submission to ``target``. ``language`` overrides the submission's
    own; ``second_language`` (default: the submission's option) puts a second
    language beside it in two columns ("none" for one language only). ``kept``:
    records the preview read, read again only where they changed."""
    target = Path(target)
    check_target(target)
    rendered = render_submission(
        project,
        find_submission(project, submission),
        template=template,
        include_confidential=include_confidential,
        language=language,
        second_language=second_language,
        kept=kept,
    )
    return write_export(project, target, rendered)


def render_submission(
    project: Project,
    submission_id: uuid.UUID,
    *,
    template: Path | None = None,
    include_confidential: bool = False,
    language: str | None = None,
    second_language: str | None = None,
    kept: RecordCache | None = None,
) -> RenderedExport:
    """The submission as a Word document's bytes (see :func:`export_submission`);
    nothing is written."""
    plan = build_plan(
        project,
        submission_id,
        include_confidential=include_confidential,
        language=language,
        kept=kept,
    )
    if second_language is None:
        second_language = plan_second_language(project, submission_id)
    second = None
    if second_language and second_language not in ("none", plan.language):
        second = build_plan(
            project,
            submission_id,
            include_confidential=include_confidential,
            language=second_language,
            kept=kept,
        )
    export_id = uuid.uuid4()
    identity = ExportIdentity(str(project.identity().id), str(export_id))
    data, result = render(plan, project, template, second, identity)
    misplaced = [*texts_in_another_language(plan)]
    if second is not None:
        misplaced += texts_in_another_language(second, plan)
    report = ExportReport(
        path=Path(),
        sha256="",
        recommendations=len(plan.recommendations),
        footnotes=result.footnotes,
        citations=result.citations,
        excluded=plan.excluded,
        dropped_characters=dict(result.dropped.places),
        unknown_citation_keys=dict(result.unknown_keys),
        template_left_out=tuple(result.template_left_out),
        misplaced=tuple(misplaced),
        places=places_of(result.dropped.places, plan),
    )
    logged = snapshot(plan, result.anchors.values(), second)
    return RenderedExport(submission_id, data, logged, report, export_id)


def write_export(project: Project, target: Path, rendered: RenderedExport) -> ExportReport:
    """Write a rendered document to ``target`` and log the export on its submission
    (unless the project is read-only), the two together or neither."""
    target = Path(target)
    check_target(target)
    digest = hashlib.sha256(rendered.data).hexdigest()
    changes = NO_CHANGES

    def record() -> None:
        nonlocal changes
        if not project.read_only:
            changes = (
                Composition(project)
                .record_export(
                    rendered.submission_id,
                    path=logged_path(target, project.path),
                    sha256=digest,
                    snapshot=rendered.snapshot,
                    export_id=rendered.export_id,
                )
                .changes
            )

    _write_atomically(target, rendered.data, then_record=record)
    return replace(
        rendered.report,
        path=target,
        sha256=digest,
        changes=changes,
        recorded=not project.read_only,
    )


def logged_path(target: Path, project: Path) -> str:
    """How the export log names ``target``: relative to the project's folder when it
    is inside it, else by its name alone. The log stays on this machine, but a full
    path (login and folder names) has no business in a project file that is copied."""
    resolved, folder = target.resolve(), project.resolve().parent
    if resolved.is_relative_to(folder):
        return resolved.relative_to(folder).as_posix()
    return resolved.name


def render(
    plan: DocumentPlan,
    project: Project,
    template: Path | None,
    second: DocumentPlan | None = None,
    export: ExportIdentity | None = None,
) -> tuple[bytes, Any]:
    """The document's bytes, and what the writer met on the way."""
    document, left_out = open_template_reporting(template)
    writer = DocxWriter(plan, document, project.clock(), project.author, second, export)
    result = writer.write()
    result.template_left_out = left_out
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), result


def snapshot(
    plan: DocumentPlan, anchors: Iterable[Anchor] = (), second: DocumentPlan | None = None
) -> dict[str, Any]:
    """What was exported, for showing what changed before the next export; and
    each anchored text as written (workbench.export.anchors), its Markdown and
    the text a reader saw, for reading back a copy someone reviewed."""
    return {
        "title": plan.title,
        "languages": [plan.language, *([second.language] if second else [])],
        "anchors": {anchor.name: anchor.as_json() for anchor in anchors},
        "sections": [
            {
                "title": section.title,
                "recommendations": [
                    {
                        "id": str(r.id),
                        "title": r.title,
                        "text_sha256": hashlib.sha256(
                            "\x00".join((r.text, r.rationale)).encode()
                        ).hexdigest(),
                    }
                    for r in section.recommendations
                ],
            }
            for section in plan.sections
        ],
    }


def check_target(target: Path) -> None:
    refuse_link(target)
    if target.is_dir():
        raise ExportTargetError(target, "it is a folder")
    if not target.parent.is_dir():
        raise ExportTargetError(target, "its folder does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportTargetError(target, "the file is read-only")
    if not os.access(target.parent, os.W_OK):
        raise ExportTargetError(target, "the folder is read-only")


def _write_atomically(target: Path, data: bytes, then_record: Callable[[], None]) -> None:
    """Write beside the target and rename over it (never half a file), then call
    ``then_record``; if recording fails the earlier file is put back (or the new
    one removed): an export is recorded and in place, or neither."""
    try:
        with undone_on_failure(target):
            try:
                with atomic_write(target) as handle:
                    handle.write(data)
            except OSError as error:
                raise ExportTargetError(target, _reason(error)) from error
            then_record()
    except OSError as error:  # keeping the earlier file failed
        raise ExportTargetError(target, _reason(error)) from error


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (is the file open in Word, or the folder read-only?)"
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    return error.strerror or str(error)

"""The parts that live inside a record: a recommendation's proposed wordings and
status history, a submission's sections and their order; and, beside them, the
log of a submission's exports made on this machine.

Parts have ids of their own (so the GUI can address them and merges can match
them) but no revision: changing one changes its owner's revision. The export
log is no part: logging an export changes no record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select

from db.models import (
    ExportLogEntry,
    ProposedWording,
    Recommendation,
    Record,
    Section,
    SectionItem,
    StatusChange,
    Submission,
)
from db.vocabulary import WORDING_TRANSLATIONS
from workbench import kinds
from workbench import outline as outlines
from workbench.changes import Added, Changes
from workbench.errors import InvalidField, InvalidLink, RecordNotFound
from workbench.outline import Outline, OutlineSection
from workbench.project import Project
from workbench.records import RecordData, coerce_field, to_data
from workbench.writer import Writer

RecordT = TypeVar("RecordT", bound=Record)

_WORDING_FIELDS = kinds.of("recommendation").part("proposed_wordings").fields
_TRANSLATION_FIELD = "current_wording_translation"


class Composition:
    """Services for the ordered, owned parts of recommendations and submissions.

    Every write returns what it changed: a :class:`Changes`, or the new part's id
    with it (:class:`Added`), or the record with it (``RecordData.changes``).
    A submission's sections are written one way only, as a whole outline
    (:meth:`write_outline`); the finer section methods are edits of that outline.
    """

    def __init__(self, project: Project) -> None:
        self.project = project

    # --- proposed wordings --------------------------------------------------

    def add_proposed_wording(
        self,
        recommendation_id: uuid.UUID,
        provision_id: uuid.UUID | None,
        *,
        current_wording: str = "",
        proposed_wording: str = "",
        justification: str = "",
        current_wording_translation: str = "official",
        wording_id: uuid.UUID | None = None,
        position: int | None = None,
    ) -> Added:
        """A new proposed wording, last or at ``position`` (undo puts one back in place)."""
        with self.project.writing() as writer:
            recommendation = _owner(writer, recommendation_id, Recommendation)
            _check_target(writer, "recommendation", "provision", provision_id, "provision")
            wording = ProposedWording(
                id=wording_id or uuid.uuid4(),
                recommendation_id=recommendation.id,
                position=0,
                provision_id=provision_id,
            )
            _set_wording_texts(
                wording,
                {
                    "current_wording": current_wording,
                    "proposed_wording": proposed_wording,
                    "justification": justification,
                    "current_wording_translation": current_wording_translation,
                },
            )
            wordings = recommendation.proposed_wordings
            wordings.insert(len(wordings) if position is None else position, wording)
            _renumber(wordings)
            writer.touch(recommendation.id)
        return Added(wording.id, writer.changes)

    def update_proposed_wording(self, wording_id: uuid.UUID, **texts: str) -> Changes:
        with self.project.writing() as writer:
            wording = writer.session.get(ProposedWording, wording_id)
            if wording is None:
                raise RecordNotFound(wording_id, "proposed wording")
            _set_wording_texts(wording, texts)
            writer.touch(wording.recommendation_id)
        return writer.changes

    def remove_proposed_wording(self, wording_id: uuid.UUID) -> Changes:
        with self.project.writing() as writer:
            wording = writer.session.get(ProposedWording, wording_id)
            if wording is None:
                raise RecordNotFound(wording_id, "proposed wording")
            recommendation = _owner(writer, wording.recommendation_id, Recommendation)
            recommendation.proposed_wordings.remove(wording)
            _renumber(recommendation.proposed_wordings)
            writer.touch(recommendation.id)
        return writer.changes

    # --- status -------------------------------------------------------------

    def set_status(
        self,
        recommendation_id: uuid.UUID,
        status: str,
        note: str = "",
        *,
        change_id: uuid.UUID | None = None,
    ) -> RecordData:
        """Move a recommendation to ``status`` and add the step to its history."""
        status = coerce_field("recommendation", "status", status)
        with self.project.writing() as writer:
            recommendation = _owner(writer, recommendation_id, Recommendation)
            recommendation.status = status
            recommendation.status_history.append(
                StatusChange(
                    id=change_id or uuid.uuid4(),
                    recommendation_id=recommendation.id,
                    position=len(recommendation.status_history),
                    status=status,
                    changed_at=writer.now,
                    author=writer.author,
                    note=_checked_long_text("status_history", "note", note),
                )
            )
            writer.touch(recommendation.id)
            writer.finish()
            data = to_data(writer.session, recommendation)
        return replace(data, changes=writer.changes)

    def revert_status(
        self, recommendation_id: uuid.UUID, change_id: uuid.UUID, previous_status: str
    ) -> Changes:
        """Take back one step of the history (undo of :meth:`set_status`)."""
        previous_status = coerce_field("recommendation", "status", previous_status)
        with self.project.writing() as writer:
            recommendation = _owner(writer, recommendation_id, Recommendation)
            history = recommendation.status_history
            for change in [c for c in history if c.id == change_id]:
                history.remove(change)
            _renumber(history)
            recommendation.status = previous_status
            writer.touch(recommendation.id)
        return writer.changes

    # --- sections -----------------------------------------------------------

    def write_outline(self, outline: Outline) -> Changes:
        """Make the submission's sections exactly ``outline`` (ids kept, others removed),
        in one transaction: a drag across sections lands whole or not at all."""
        with self.project.writing() as writer:
            _write_outline(writer, outline)
        return writer.changes

    def add_section(
        self,
        submission_id: uuid.UUID,
        title: str,
        *,
        introduction: str = "",
        position: int | None = None,
        section_id: uuid.UUID | None = None,
    ) -> Added:
        section = OutlineSection(section_id or uuid.uuid4(), title, introduction)

        def add(outline: Outline) -> Outline:
            sections = list(outline.sections)
            sections.insert(len(sections) if position is None else position, section)
            return replace(outline, sections=tuple(sections))

        return Added(section.id, self._edit_outline(submission_id, add))

    def remove_section(self, section_id: uuid.UUID) -> Changes:
        return self._edit_section(section_id, lambda o: outlines.remove_section(o, section_id))

    def move_section(self, section_id: uuid.UUID, position: int) -> Changes:
        return self._edit_section(
            section_id, lambda o: outlines.move_section(o, section_id, position)
        )

    def set_section_items(
        self, section_id: uuid.UUID, recommendation_ids: Sequence[uuid.UUID]
    ) -> Changes:
        """Replace the ordered recommendations of one section."""
        items = tuple(recommendation_ids)
        return self._edit_section(
            section_id,
            lambda o: outlines.set_items(o, section_id, items),
        )

    def _edit_section(self, section_id: uuid.UUID, edit: Callable[[Outline], Outline]) -> Changes:
        """Read, edit and write the outline holding a section in one transaction."""
        with self.project.writing() as writer:
            section = writer.session.get(Section, section_id)
            if section is None:
                raise RecordNotFound(section_id, "section")
            outline = outlines.outline_of(writer.session, section.submission_id)
            _write_outline(writer, edit(outline))
        return writer.changes

    def _edit_outline(
        self, submission_id: uuid.UUID, edit: Callable[[Outline], Outline]
    ) -> Changes:
        """Read, edit and write a submission's outline in one transaction."""
        with self.project.writing() as writer:
            _write_outline(writer, edit(outlines.outline_of(writer.session, submission_id)))
        return writer.changes

    # --- export log ---------------------------------------------------------

    def record_export(
        self,
        submission_id: uuid.UUID,
        *,
        path: str,
        sha256: str,
        snapshot: dict[str, Any],
        export_id: uuid.UUID | None = None,
    ) -> Added:
        """Log an export on this machine: no record changes, so no revision is made
        and nothing here is shared (see :class:`db.models.ExportLogEntry`).
        ``export_id``: the id the document itself carries, if it carries one."""
        with self.project.writing() as writer:
            _owner(writer, submission_id, Submission)
            entry = ExportLogEntry(
                id=export_id or uuid.uuid4(),
                submission_id=submission_id,
                exported_at=writer.now,
                path=path,
                sha256=sha256,
                snapshot=snapshot,
            )
            writer.session.add(entry)
            writer.changed(exports=True)
        return Added(entry.id, writer.changes)

    def export_log(self, submission_id: uuid.UUID) -> list[LoggedExport]:
        """This machine's exports of the submission, oldest first."""
        with self.project.reading() as session:
            query = (
                select(ExportLogEntry)
                .where(ExportLogEntry.submission_id == submission_id)
                .order_by(ExportLogEntry.exported_at)
            )
            return [_logged(entry) for entry in session.scalars(query)]

    def last_export_path(self, submission_id: uuid.UUID) -> str | None:
        """Where the last export of the submission made here went, as logged;
        read without the logged snapshots, which run to megabytes."""
        with self.project.reading() as session:
            query = (
                select(ExportLogEntry.path)
                .where(ExportLogEntry.submission_id == submission_id)
                .order_by(ExportLogEntry.exported_at.desc())
                .limit(1)
            )
            return session.scalar(query)

    def logged_export(self, export_id: uuid.UUID) -> tuple[uuid.UUID, LoggedExport] | None:
        """The submission and the log entry of the export with this id (the id a
        document carries in its properties); None when this project never made it."""
        with self.project.reading() as session:
            entry = session.get(ExportLogEntry, export_id)
            return None if entry is None else (entry.submission_id, _logged(entry))

    def export_count(self, submission_id: uuid.UUID) -> int:
        with self.project.reading() as session:
            query = select(func.count()).where(ExportLogEntry.submission_id == submission_id)
            return session.scalar(query) or 0


@dataclass(frozen=True)
class LoggedExport:
    """One export of a submission made on this machine."""

    exported_at: datetime
    path: str
    """The file's path relative to the project's folder, or its name alone."""
    sha256: str
    snapshot: dict[str, Any]
    """What it held, for "changed since the last export"."""
    id: uuid.UUID


def _logged(entry: ExportLogEntry) -> LoggedExport:
    return LoggedExport(entry.exported_at, entry.path, entry.sha256, entry.snapshot, entry.id)


def _owner(writer: Writer, record_id: uuid.UUID, model: type[RecordT]) -> RecordT:
    record = writer.session.get(model, record_id)
    if record is None:
        raise RecordNotFound(record_id, model.__mapper_args__["polymorphic_identity"])
    return record


def _write_outline(writer: Writer, outline: Outline) -> None:
    outlines.check_unique(outline)
    session = writer.session
    submission = _owner(writer, outline.submission_id, Submission)
    for rec_id in {i for s in outline.sections for i in s.items}:
        target = session.get(Record, rec_id)
        if target is None or target.kind != "recommendation":
            raise InvalidLink("submission", "sections", f"no recommendation with id {rec_id}")
    existing = {s.id: s for s in submission.sections}
    before = {i.recommendation_id: (s.id, i.position) for s in existing.values() for i in s.items}
    after = {rec_id: (s.id, n) for s in outline.sections for n, rec_id in enumerate(s.items)}
    for section in existing.values():
        section.items.clear()
    session.flush()  # old places go before new ones reuse their keys
    ordered = []
    for position, wanted in enumerate(outline.sections):
        section = existing.get(wanted.id) or Section(id=wanted.id, submission_id=submission.id)
        section.position = position
        section.title = coerce_field("submission", "title", wanted.title)
        section.introduction = _checked_long_text("sections", "introduction", wanted.introduction)
        section.items.extend(
            SectionItem(section_id=wanted.id, recommendation_id=rec_id, position=i)
            for i, rec_id in enumerate(wanted.items)
        )
        ordered.append(section)
    submission.sections[:] = ordered
    writer.touch(submission.id)
    writer.changed(outline=True)
    # A recommendation that moved shows another place in the submission.
    writer.relinked(r for r in before.keys() | after.keys() if before.get(r) != after.get(r))


def _check_target(
    writer: Writer, kind: str, role: str, target_id: uuid.UUID | None, target_kind: str
) -> None:
    if target_id is None:
        return
    target = writer.session.get(Record, target_id)
    if target is None:
        raise InvalidLink(kind, role, f"no record with id {target_id}")
    if target.kind != target_kind:
        raise InvalidLink(kind, role, f"must point to a {target_kind}, not a {target.kind}")


def _set_wording_texts(wording: ProposedWording, texts: dict[str, str]) -> None:
    """Set a proposed wording's texts, and whether its current wording's
    translations are official (``current_wording_translation``)."""
    for name, value in texts.items():
        if name == _TRANSLATION_FIELD:
            if value not in WORDING_TRANSLATIONS:
                raise InvalidField("proposed_wordings", name, f"not one of {WORDING_TRANSLATIONS}")
            wording.current_wording_translation = value
            continue
        if name not in _WORDING_FIELDS:
            raise InvalidField("proposed_wordings", name, "no such field")
        setattr(wording, name, _checked_long_text("proposed_wordings", name, value))


def _checked_long_text(kind: str, name: str, value: Any) -> str:
    # Children share the owner's text rules: any long text field will do.
    try:
        return str(coerce_field("recommendation", "rationale", value))
    except InvalidField as error:
        raise InvalidField(kind, name, error.problem) from None


def _renumber(items: Sequence[Any]) -> None:
    for position, item in enumerate(items):
        item.position = position

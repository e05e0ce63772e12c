"""The parts that live inside a record: a recommendation's proposed wordings and
status history, a submission's sections, their order, and its export log.

They have ids of their own (so the GUI can address them and merges can match
them) but no revision: changing one changes its owner's revision.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select

from db.models import (
    ExportRecord,
    ProposedWording,
    Recommendation,
    Record,
    Section,
    SectionItem,
    StatusChange,
    Submission,
)
from workbench.errors import InvalidField, InvalidLink, RecordNotFound
from workbench.project import Project
from workbench.records import RecordData, coerce_field, to_data
from workbench.writer import Writer

RecordT = TypeVar("RecordT", bound=Record)

_WORDING_FIELDS = ("current_wording", "proposed_wording", "justification")


class Composition:
    """Services for the ordered, owned parts of recommendations and submissions."""

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
        wording_id: uuid.UUID | None = None,
        position: int | None = None,
    ) -> uuid.UUID:
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
                },
            )
            wordings = recommendation.proposed_wordings
            wordings.insert(len(wordings) if position is None else position, wording)
            _renumber(wordings)
            writer.touch(recommendation.id)
            return wording.id

    def update_proposed_wording(self, wording_id: uuid.UUID, **texts: str) -> None:
        with self.project.writing() as writer:
            wording = writer.session.get(ProposedWording, wording_id)
            if wording is None:
                raise RecordNotFound(wording_id, "proposed wording")
            _set_wording_texts(wording, texts)
            writer.touch(wording.recommendation_id)

    def remove_proposed_wording(self, wording_id: uuid.UUID) -> None:
        with self.project.writing() as writer:
            wording = writer.session.get(ProposedWording, wording_id)
            if wording is None:
                raise RecordNotFound(wording_id, "proposed wording")
            recommendation = _owner(writer, wording.recommendation_id, Recommendation)
            recommendation.proposed_wordings.remove(wording)
            _renumber(recommendation.proposed_wordings)
            writer.touch(recommendation.id)

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
            return to_data(writer.session, recommendation)

    def revert_status(
        self, recommendation_id: uuid.UUID, change_id: uuid.UUID, previous_status: str
    ) -> None:
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

    # --- sections -----------------------------------------------------------

    def add_section(
        self,
        submission_id: uuid.UUID,
        title: str,
        *,
        introduction: str = "",
        position: int | None = None,
        section_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        with self.project.writing() as writer:
            submission = _owner(writer, submission_id, Submission)
            section = Section(
                id=section_id or uuid.uuid4(),
                submission_id=submission.id,
                position=0,
                title=coerce_field("submission", "title", title),
                introduction=_checked_long_text("sections", "introduction", introduction),
            )
            at = len(submission.sections) if position is None else position
            submission.sections.insert(at, section)
            _renumber(submission.sections)
            writer.touch(submission.id)
            return section.id

    def update_section(
        self, section_id: uuid.UUID, *, title: str | None = None, introduction: str | None = None
    ) -> None:
        with self.project.writing() as writer:
            section = _section(writer, section_id)
            if title is not None:
                section.title = coerce_field("submission", "title", title)
            if introduction is not None:
                section.introduction = _checked_long_text("sections", "introduction", introduction)
            writer.touch(section.submission_id)

    def remove_section(self, section_id: uuid.UUID) -> None:
        with self.project.writing() as writer:
            section = _section(writer, section_id)
            submission = _owner(writer, section.submission_id, Submission)
            submission.sections.remove(section)
            _renumber(submission.sections)
            writer.touch(submission.id)

    def move_section(self, section_id: uuid.UUID, position: int) -> None:
        with self.project.writing() as writer:
            section = _section(writer, section_id)
            submission = _owner(writer, section.submission_id, Submission)
            submission.sections.remove(section)
            submission.sections.insert(position, section)
            _renumber(submission.sections)
            writer.touch(submission.id)

    def set_section_items(
        self, section_id: uuid.UUID, recommendation_ids: Sequence[uuid.UUID]
    ) -> None:
        """Replace the ordered recommendations of one section."""
        if len(set(recommendation_ids)) != len(recommendation_ids):
            raise InvalidLink("submission", "sections", "a recommendation appears twice")
        with self.project.writing() as writer:
            section = _section(writer, section_id)
            for rec_id in recommendation_ids:
                _check_target(writer, "submission", "sections", rec_id, "recommendation")
            section.items.clear()
            writer.session.flush()
            section.items.extend(
                SectionItem(section_id=section.id, recommendation_id=rec_id, position=i)
                for i, rec_id in enumerate(recommendation_ids)
            )
            writer.touch(section.submission_id)

    # --- export log ---------------------------------------------------------

    def record_export(
        self, submission_id: uuid.UUID, *, path: str, sha256: str, snapshot: dict[str, Any]
    ) -> uuid.UUID:
        with self.project.writing() as writer:
            submission = _owner(writer, submission_id, Submission)
            export = ExportRecord(
                id=uuid.uuid4(),
                submission_id=submission.id,
                exported_at=writer.now,
                author=writer.author,
                path=path,
                sha256=sha256,
                snapshot=snapshot,
            )
            submission.exports.append(export)
            writer.touch(submission.id)
            return export.id

    def export_count(self, submission_id: uuid.UUID) -> int:
        with self.project.reading() as session:
            query = select(func.count()).where(ExportRecord.submission_id == submission_id)
            return session.scalar(query) or 0


def _owner(writer: Writer, record_id: uuid.UUID, model: type[RecordT]) -> RecordT:
    record = writer.session.get(model, record_id)
    if record is None:
        raise RecordNotFound(record_id, model.__mapper_args__["polymorphic_identity"])
    return record


def _section(writer: Writer, section_id: uuid.UUID) -> Section:
    section = writer.session.get(Section, section_id)
    if section is None:
        raise RecordNotFound(section_id, "section")
    return section


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
    for name, value in texts.items():
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

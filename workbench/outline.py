"""A submission's outline: its ordered sections holding ordered recommendations.

The GUI edits the outline as a whole value: every change (move a section or a
recommendation, add, rename or remove a section, put a recommendation in or
take it out) is a new :class:`Outline` computed by the pure functions below,
written in one transaction by ``Composition.write_outline``. Undo writes the previous
value back, so a drag across sections is one step that lands whole or not at
all, and redo gives back the same section ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Section, SectionItem, Submission
from workbench.errors import InvalidLink, RecordNotFound
from workbench.project import Project


@dataclass(frozen=True)
class OutlineSection:
    id: uuid.UUID
    title: str
    introduction: str = ""
    items: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class Outline:
    submission_id: uuid.UUID
    sections: tuple[OutlineSection, ...] = ()

    def section_index(self, section_id: uuid.UUID) -> int:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return row
        raise KeyError(section_id)

    def recommendations(self) -> list[uuid.UUID]:
        return [item for section in self.sections for item in section.items]


# --- reading and writing --------------------------------------------------------------


def read_outline(project: Project, submission_id: uuid.UUID) -> Outline:
    with project.reading() as session:
        return outline_of(session, submission_id)


def outline_of(session: Session, submission_id: uuid.UUID) -> Outline:
    """The outline as stored, read in the caller's transaction (the writer reads it
    there before an edit, so the edit and the write see the same sections)."""
    submission = session.get(Submission, submission_id)
    if submission is None:
        raise RecordNotFound(submission_id, "submission")
    return Outline(
        submission_id,
        tuple(
            OutlineSection(
                s.id, s.title, s.introduction, tuple(i.recommendation_id for i in s.items)
            )
            for s in submission.sections
        ),
    )


def check_unique(outline: Outline) -> None:
    """No section twice, no recommendation twice in one section."""
    ids = [s.id for s in outline.sections]
    if len(set(ids)) != len(ids):
        raise InvalidLink("submission", "sections", "a section appears twice")
    for section in outline.sections:
        if len(set(section.items)) != len(section.items):
            raise InvalidLink("submission", "sections", "a recommendation appears twice")


# --- changes, as pure functions -------------------------------------------------------


def _with_sections(outline: Outline, sections: Sequence[OutlineSection]) -> Outline:
    return replace(outline, sections=tuple(sections))


def move_section(outline: Outline, section_id: uuid.UUID, to_row: int) -> Outline:
    """Put a section at ``to_row`` (counted in the outline without it)."""
    sections = list(outline.sections)
    section = sections.pop(outline.section_index(section_id))
    sections.insert(max(0, min(to_row, len(sections))), section)
    return _with_sections(outline, sections)


def place_items(
    outline: Outline, items: Sequence[uuid.UUID], section_id: uuid.UUID, row: int
) -> Outline:
    """Put recommendations at ``row`` of a section, taking them out of where they were.

    ``row`` counts the target section's items as they are now (before any moved
    out); -1 means at the end. This is what a drop or a paste means.
    """
    moving = list(dict.fromkeys(items))
    target = outline.sections[outline.section_index(section_id)]
    if row < 0 or row > len(target.items):
        row = len(target.items)
    row -= sum(1 for item in target.items[:row] if item in moving)
    sections = []
    for section in outline.sections:
        kept = [item for item in section.items if item not in moving]
        if section.id == section_id:
            kept[row:row] = moving
        sections.append(replace(section, items=tuple(kept)))
    return _with_sections(outline, sections)


def set_items(outline: Outline, section_id: uuid.UUID, items: Sequence[uuid.UUID]) -> Outline:
    """A section's recommendations replaced by ``items``, in that order."""
    sections = [
        replace(s, items=tuple(items)) if s.id == section_id else s for s in outline.sections
    ]
    return _with_sections(outline, sections)


def remove_items(outline: Outline, section_id: uuid.UUID, items: Sequence[uuid.UUID]) -> Outline:
    sections = [
        replace(s, items=tuple(i for i in s.items if i not in items)) if s.id == section_id else s
        for s in outline.sections
    ]
    return _with_sections(outline, sections)


def add_section(outline: Outline, title: str, row: int | None = None) -> tuple[Outline, uuid.UUID]:
    section = OutlineSection(uuid.uuid4(), title)
    sections = list(outline.sections)
    sections.insert(len(sections) if row is None else row, section)
    return _with_sections(outline, sections), section.id


def remove_section(outline: Outline, section_id: uuid.UUID) -> Outline:
    return _with_sections(outline, [s for s in outline.sections if s.id != section_id])


def rename_section(outline: Outline, section_id: uuid.UUID, title: str) -> Outline:
    return _with_sections(
        outline, [replace(s, title=title) if s.id == section_id else s for s in outline.sections]
    )


def set_introduction(outline: Outline, section_id: uuid.UUID, text: str) -> Outline:
    return _with_sections(
        outline,
        [replace(s, introduction=text) if s.id == section_id else s for s in outline.sections],
    )


def step_item(outline: Outline, section_id: uuid.UUID, item: uuid.UUID, step: int) -> Outline:
    """Move a recommendation one place up (-1) or down (+1); past either end of its
    section it moves into the neighbouring section (as the keyboard does)."""
    index = outline.section_index(section_id)
    section = outline.sections[index]
    row = section.items.index(item)
    new_row = row + step
    if 0 <= new_row < len(section.items):
        return place_items(outline, [item], section_id, new_row + (1 if step > 0 else 0))
    neighbour = index + step
    if not 0 <= neighbour < len(outline.sections):
        return outline
    other = outline.sections[neighbour]
    return place_items(outline, [item], other.id, -1 if step < 0 else 0)


def submissions_containing(project: Project, recommendation_id: uuid.UUID) -> list[uuid.UUID]:
    """The submissions whose outline holds a recommendation (for following it in the preview)."""
    query = (
        select(Section.submission_id)
        .join(SectionItem, SectionItem.section_id == Section.id)
        .where(SectionItem.recommendation_id == recommendation_id)
        .distinct()
    )
    with project.reading() as session:
        return list(session.scalars(query))

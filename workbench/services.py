"""The services of one open project, behind one object.

The GUI holds a :class:`ProjectServices` and reaches every service through it
(records, their parts, exports, merges, search) instead of constructing
services itself, so there is one place that says what an open project offers.
Each mutating call returns what it changed (:class:`workbench.changes.Changes`,
or a result carrying it), which the GUI broadcasts to its views.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from workbench.changes import Changes
from workbench.composition import Composition
from workbench.export import ExportReport, export_submission
from workbench.export.changes import ExportChanges, changes_since_last_export
from workbench.library import Library
from workbench.merge import MergeUndo, redo_merge, undo_merge
from workbench.project import Project
from workbench.search import SearchHit, search


class Exports:
    """Writing a submission to Word, and what changed since it was last written."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def export(
        self,
        submission_id: uuid.UUID,
        target: Path,
        *,
        template: Path | None = None,
        include_confidential: bool = False,
    ) -> ExportReport:
        """Write the document; the report's ``changes`` say the export was logged."""
        return export_submission(
            self.project,
            target,
            submission=str(submission_id),
            template=template,
            include_confidential=include_confidential,
        )

    def changes_since_last(self, submission_id: uuid.UUID) -> ExportChanges:
        return changes_since_last_export(self.project, submission_id)


class Merges:
    """A merge already applied, taken back and given again as one step each.

    A merge writes many records of many kinds at once: its changes name them
    all as one bulk change rather than sorting each into created or updated.
    """

    def __init__(self, project: Project) -> None:
        self.project = project

    @staticmethod
    def applied(merge: MergeUndo) -> Changes:
        """What a merge that has just been applied changed."""
        return Changes.of_bulk(merge.ids, merge.kinds)

    def undo(self, merge: MergeUndo) -> Changes:
        undo_merge(self.project, merge)
        return self.applied(merge)

    def redo(self, merge: MergeUndo) -> Changes:
        redo_merge(self.project, merge)
        return self.applied(merge)


class ProjectServices:
    """Every service over one open project."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.library = Library(project)
        self.composition = Composition(project)
        self.exports = Exports(project)
        self.merges = Merges(project)

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        return search(self.project, query, kinds=kinds, limit=limit)

"""The services of one open project, behind one object.

The GUI holds a :class:`ProjectServices` and reaches every service through it
(records, their parts, documents, exports, shares, merges, Word imports, search) instead of
constructing services or calling module functions on the project itself, so
there is one place that says what an open project offers.
Each mutating call returns what it changed (:class:`workbench.changes.Changes`,
or a result carrying it), which the GUI broadcasts to its views.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from workbench import review_notes
from workbench.changes import Changes
from workbench.citekeys import CitationKey, citation_keys
from workbench.composition import Composition
from workbench.export import ExportReport, check_target, render_submission, write_export
from workbench.export.changes import ExportChanges, changes_since_last_export
from workbench.file_names import safe_file_name
from workbench.library import Library
from workbench.merge import (
    MergePlan,
    MergeResult,
    MergeUndo,
    Resolution,
    apply_merge,
    our_items,
    plan_merge,
    read_theirs,
    redo_merge,
    undo_merge,
)
from workbench.outline import submissions_containing
from workbench.paths import AppPaths
from workbench.preview import Preview, read_preview
from workbench.project import Project
from workbench.reader_process import ReaderProcess
from workbench.record_cache import RecordCache
from workbench.review_notes import NewNote, ReviewNote
from workbench.search import SearchHit, search

Result = TypeVar("Result")

if TYPE_CHECKING:  # the Word reader is loaded when a document is imported, not at start
    from workbench.review import Review
    from workbench.review.accepting import Decided, Kept
    from workbench.word_import.importing import ImportedFile
    from workbench.word_import.proposal import Proposal


class Documents:
    """A submission as the document it becomes: its plan in one or two languages, what
    the preflight finds in it, and what its text may cite."""

    def __init__(self, project: Project, reader: ReaderProcess | None = None) -> None:
        self.project = project
        self.reader = reader
        """Where the preview is read when given (the window's): not in this process."""
        self.kept = RecordCache()
        """The records the last plans read: the next refresh reads only those changed."""

    def preview(
        self, submission_id: uuid.UUID, language: str | None = None, side_by_side: bool = False
    ) -> Preview:
        """The document in ``language`` (else its first), or both side by side, and
        its findings, as the window's preview shows them."""
        return self.read(read_preview, submission_id, language, side_by_side)

    def read(self, function: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
        """``function(project, *args, **kwargs, kept=...)`` in the reader process when
        there is one, else here, through the records kept here."""
        if self.reader is not None:
            return self.reader.read(self.project, function, *args, **kwargs)
        return function(self.project, *args, **kwargs, kept=self.kept)

    def holding(self, recommendation_id: uuid.UUID) -> list[uuid.UUID]:
        """The submissions a recommendation is part of."""
        return submissions_containing(self.project, recommendation_id)

    def citation_keys(self) -> list[CitationKey]:
        return citation_keys(self.project)


class Shares:
    """Writing the project as a bundle for a colleague."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def write(
        self, target: Path, *, passphrase: str | None = None, include_confidential: bool = False
    ) -> dict[str, int]:
        """Records written, by kind; nothing in the project changes."""
        # Imported when first used, as the merge's reader does: sharing brings in
        # cryptography (~45 modules, ~7 MB), which opening a project does not need.
        from workbench.share import share

        return share(
            self.project,
            target,
            passphrase=passphrase,
            include_confidential=include_confidential,
        )


class Exports:
    """Writing a submission to Word, and what changed since it was last written."""

    def __init__(self, project: Project, documents: Documents | None = None) -> None:
        self.project = project
        self.documents = documents or Documents(project)
        """Where the document is read: the preview's reader process and kept records."""

    def export(
        self,
        submission_id: uuid.UUID,
        target: Path,
        *,
        template: Path | None = None,
        include_confidential: bool = False,
    ) -> ExportReport:
        """Write the document; the report's ``changes`` say the export was logged. It
        is rendered where the preview is read, and written and logged here."""
        check_target(target)  # before the rendering, which can take a while
        rendered = self.documents.read(
            render_submission,
            submission_id,
            template=template,
            include_confidential=include_confidential,
        )
        return write_export(self.project, target, rendered)

    def changes_since_last(self, submission_id: uuid.UUID) -> ExportChanges:
        return self.documents.read(changes_since_last_export, submission_id)

    def default_target(self, submission_id: uuid.UUID, documents: Path) -> Path:
        """Where to offer to export: beside the last export made here when the log
        knows its folder (one inside the project's) and it is still there, else in
        ``documents``; named after the title, whole, as Windows accepts it."""
        title = str(Library(self.project).fields(submission_id)["title"])
        name = safe_file_name(title, ".docx", "submission")
        logged = Composition(self.project).last_export_path(submission_id)
        if logged is not None:
            last = Path(logged)
            folder = self.project.path.parent / last.parent
            if last.parent != Path(".") and folder.is_dir():
                return folder / last.name
        return documents / name


class Merges:
    """A merge already applied, taken back and given again as one step each.

    A merge writes many records of many kinds at once: its changes name them
    all as one bulk change rather than sorting each into created or updated.
    """

    def __init__(self, project: Project) -> None:
        self.project = project

    @staticmethod
    def read(source: Path, passphrase: Callable[[], str] | None = None) -> Any:
        """A colleague's bundle, interchange file or project, read (not yet checked)."""
        return read_theirs(source, passphrase)

    def plan(self, document: Any) -> MergePlan:
        return plan_merge(self.project, document)

    def ours(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """Our side of the conflicts among ``ids``, as interchange JSON."""
        return our_items(self.project, ids)

    def apply(
        self,
        plan: MergePlan,
        resolutions: Mapping[uuid.UUID, Resolution],
        *,
        paths: AppPaths | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> MergeResult:
        """Back up, then merge in one transaction that :meth:`undo` takes back."""
        return apply_merge(
            self.project,
            plan,
            resolutions=resolutions,
            paths=paths,
            progress=progress,
            undoable=True,
        )

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


class WordImports:
    """Word documents read into proposed records (which the user edits), then
    planned as a merge for :class:`Merges` to write and take back in one step."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def propose(self, path: Path, language: str | None = None) -> ImportedFile:
        from workbench.word_import.importing import propose_import

        return propose_import(self.project, path, language)

    def plan(self, proposal: Proposal) -> MergePlan:
        from workbench.word_import.importing import merge_plan

        return merge_plan(self.project, proposal, self.project.author)


class Reviews:
    """Reviewed copies of exports read back (workbench.review); reading writes
    nothing, deciding accepts changes into the records (undoable) or rejects them."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def read(self, path: Path) -> Review:
        from workbench.review import review_document

        return review_document(self.project, path)

    def decide(self, review: Review, accept: Collection[str], reject: Collection[str]) -> Decided:
        from workbench.review.accepting import decide

        return decide(self.project, review, accept, reject)

    def keep_comments(self, review: Review) -> Kept:
        """The document's comments kept as review notes (each once), undoably."""
        from workbench.review.accepting import keep_comments

        return keep_comments(self.project, review)


class Notes:
    """Reviewers' comments kept on recommendations and submissions (workbench.review_notes)."""

    def __init__(self, project: Project) -> None:
        self.project = project

    def of(self, record_id: uuid.UUID) -> list[ReviewNote]:
        return review_notes.notes_of(self.project, record_id)

    def add(self, record_id: uuid.UUID, notes: Sequence[NewNote]) -> Changes:
        """Bring notes in; one whose origin the record holds already is skipped."""
        return review_notes.add_notes(self.project, record_id, notes)

    def set_status(self, record_id: uuid.UUID, note_id: uuid.UUID, status: str) -> Changes:
        """Resolve (``"resolved"``) or reopen (``"open"``) a note."""
        return review_notes.set_status(self.project, record_id, note_id, status)

    def unresolved(self, record_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
        return review_notes.unresolved(self.project, record_ids)


class ProjectServices:
    """Every service over one open project."""

    def __init__(self, project: Project, reader: ReaderProcess | None = None) -> None:
        """``reader``: the window's reader process, for the preview and exports."""
        self.project = project
        self.library = Library(project)
        self.composition = Composition(project)
        self.documents = Documents(project, reader)
        self.exports = Exports(project, self.documents)
        self.shares = Shares(project)
        self.merges = Merges(project)
        self.word_imports = WordImports(project)
        self.reviews = Reviews(project)
        self.notes = Notes(project)

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        return search(self.project, query, kinds=kinds, limit=limit)

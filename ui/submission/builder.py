"""The submission builder: what the record editor adds for a submission.

Front matter and options are the submission's own fields, edited above by the
generic editor. Here is the outline: sections and their recommendations, in
document order and numbered as the export numbers them. Reorder by drag and
drop (recommendations can also be dropped in from the library list) or with
Alt+Up / Alt+Down; F2 renames a section, Delete removes the highlighted
section or takes the recommendation out of its section; Enter opens a
recommendation. Each change is one undoable step.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QInputDialog,
    QLabel,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.compose.citation_completer import CitationCompleter
from ui.compose.commands import SetOutline
from ui.dialogs.link_picker import LinkPickerDialog
from ui.editors.extension import RecordExtension
from ui.editors.keys import GlobalUndoKeys
from ui.editors.markdown_edit import MarkdownEdit
from ui.models import roles
from ui.submission.outline_model import OutlineModel
from ui.workspace import Workspace
from workbench.changes import Changes
from workbench.errors import RecordNotFound
from workbench.outline import (
    Outline,
    OutlineSection,
    add_section,
    move_section,
    place_items,
    remove_items,
    remove_section,
    set_introduction,
    step_item,
)
from workbench.records import RecordData

SAVE_DELAY_MS = 600


def outline_of(record: RecordData) -> Outline:
    return Outline(
        record.id,
        tuple(
            OutlineSection(
                uuid.UUID(s["id"]),
                s["title"],
                s["introduction"],
                tuple(uuid.UUID(r) for r in s["recommendations"]),
            )
            for s in record.children["sections"]
        ),
    )


class SubmissionBuilder(RecordExtension):
    first = True  # the outline is what a submission is worked on through
    reusable = True
    """Another submission shows with nothing of this one: the editor flushes what was
    typed before, and the row kept highlighted and the introduction shown are found
    by section id, which no other submission has."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("submission_builder")
        self.outline: Outline | None = None
        self._titles: dict[uuid.UUID, str] = {}
        workspace.changed.connect(self._on_changed)
        self.model = OutlineModel(self)
        self.model.change_requested.connect(self.change)
        self.tree = QTreeView(self)
        self.tree.setObjectName("outline")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setMinimumHeight(16 * self.fontMetrics().lineSpacing())
        self.tree.installEventFilter(self)
        self.tree.activated.connect(self._on_activated)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self._make_introduction_editor(workspace)

        box = QGroupBox(self.tr("Outline"), self)
        # A tool bar, not a row of buttons: it folds what does not fit into a menu,
        # so a narrow editor pane is never pushed wider than the window.
        self.toolbar = QToolBar(box)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, text, slot in (
            ("add_section", self.tr("Add section…"), self.ask_add_section),
            ("add_recommendation", self.tr("Add recommendation…"), self.pick_recommendation),
            ("remove", self.tr("Remove"), self.remove_current),
            ("move_up", self.tr("Up"), lambda: self.move_current(-1)),
            ("move_down", self.tr("Down"), lambda: self.move_current(1)),
        ):
            action = QAction(text, self.toolbar)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
        inner = QVBoxLayout(box)
        inner.addWidget(self.toolbar)
        inner.addWidget(self.tree)
        inner.addWidget(self.introduction_label)
        inner.addWidget(self.introduction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    # --- showing --------------------------------------------------------------

    def _make_introduction_editor(self, workspace: Workspace) -> None:
        """The highlighted section's introduction, saved after a pause like any text."""
        self.introduction_label = QLabel(self)
        self.introduction_label.setWordWrap(True)
        self.introduction = MarkdownEdit(self)
        self.introduction.setObjectName("section_introduction")
        self.introduction.installEventFilter(GlobalUndoKeys(self.flush, self.introduction))
        self.introduction.edited.connect(self._on_introduction_edited)
        CitationCompleter.attach(self.introduction, workspace)
        self._introduction_of: uuid.UUID | None = None
        self._introduction_dirty = False
        self._introduction_shown = ""
        # A child of the text, so it outlives the text's last focus-out (which saves).
        self._timer = QTimer(self.introduction)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._show_introduction(None)

    def _show_introduction(self, section: OutlineSection | None) -> None:
        changed = (section.id if section else None) != self._introduction_of
        self._introduction_of = section.id if section else None
        self.introduction.setEnabled(section is not None)
        if section is None:
            self.introduction_label.setText(self.tr("Introduction of the highlighted section"))
            self.introduction.set_markdown("")
            self._introduction_shown = ""
            return
        self.introduction_label.setText(self.tr("Introduction of “%s”") % section.title)
        if changed or section.introduction != self._introduction_shown:
            self.introduction.set_markdown(section.introduction)
            self._introduction_shown = section.introduction

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.outline is None:
            return  # a reset passes through "nothing": keep what is being typed
        section = self.outline.sections[self.model.section_row(current)]
        if section.id != self._introduction_of:
            self.flush()
            self._show_introduction(section)
        # The preview follows: the entry's recommendation, or the section's first.
        shown = current.data(roles.RECORD_ID)
        if shown is None and section.items:
            shown = section.items[0]
        if shown is not None:
            self.highlighted.emit(shown)

    def _on_introduction_edited(self) -> None:
        self._introduction_dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._introduction_dirty or self.outline is None:
            return
        self._introduction_dirty = False
        section_id = self._introduction_of
        if section_id is None or section_id not in {s.id for s in self.outline.sections}:
            return
        text = self.introduction.markdown()
        self._introduction_shown = text
        self.change(
            set_introduction(self.outline, section_id, text),
            self.tr("Edit section introduction"),
        )

    def show_record(self, record: RecordData) -> None:
        outline = outline_of(record)
        ids = outline.recommendations()
        found = self.workspace.library.titles(ids, "recommendation")
        titles = {i: found[i] for i in ids if i in found}
        if outline == self.outline and titles == self._titles:
            return
        keep = self.current()
        self.outline = outline
        self._titles = titles
        self.model.set_outline(outline, titles)
        self.tree.expandAll()
        if keep is not None:
            self._reselect(*keep)
        shown = [s for s in outline.sections if s.id == self._introduction_of]
        if not self._introduction_dirty:
            self._show_introduction(shown[0] if shown else None)

    def _on_changed(self, change: Changes) -> None:
        """A recommendation of the outline renamed (the submission itself did not change),
        by an edit or by a merge or its undo (which report their records in bulk)."""
        if not self.shown:  # read again when shown
            return
        renamed = {ref.id for ref in change.updated} | change.bulk
        if self.outline is not None and renamed & self._titles.keys():
            try:
                self.show_record(self.workspace.library.get(self.outline.submission_id))
            except RecordNotFound:
                return

    def current(self) -> tuple[uuid.UUID, uuid.UUID | None] | None:
        """(section id, recommendation id or None) of the highlighted row."""
        index = self.tree.currentIndex()
        if not index.isValid() or self.outline is None:
            return None
        section = self.outline.sections[self.model.section_row(index)]
        item = None if self.model.is_section(index) else index.data(roles.RECORD_ID)
        return section.id, item

    def select(self, section_id: uuid.UUID, item: uuid.UUID | None = None) -> None:
        index = self.model.index_of(section_id, item)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    # --- changing -------------------------------------------------------------

    def change(self, outline: Outline, text: str) -> None:
        if self.outline is None or outline == self.outline:
            return
        self.workspace.push(SetOutline(self.workspace, self.outline, outline, text))

    def move_current(self, step: int) -> None:
        current = self.current()
        if current is None or self.outline is None:
            return
        section_id, item = current
        if item is None:
            row = self.outline.section_index(section_id) + step
            if 0 <= row < len(self.outline.sections):
                self.change(move_section(self.outline, section_id, row), self.tr("Move section"))
        else:
            self.change(
                step_item(self.outline, section_id, item, step), self.tr("Move recommendation")
            )
        self._reselect(section_id, item)

    def _reselect(self, section_id: uuid.UUID, item: uuid.UUID | None) -> None:
        if item is None or self.outline is None:
            self.select(section_id, item)
            return
        for section in self.outline.sections:
            if item in section.items:
                self.select(section.id, item)
                return

    def add_section(self, title: str) -> uuid.UUID | None:
        if self.outline is None or not title.strip():
            return None
        current = self.current()
        row = self.outline.section_index(current[0]) + 1 if current else None
        outline, section_id = add_section(self.outline, title.strip(), row)
        self.change(outline, self.tr("Add section"))
        self.select(section_id)
        return section_id

    def ask_add_section(self) -> None:
        title, accepted = QInputDialog.getText(self, self.tr("Add section"), self.tr("Title:"))
        if accepted:
            self.add_section(title)

    def add_recommendations(self, items: list[uuid.UUID]) -> None:
        """Put recommendations after the highlighted row (or at the end of the last section)."""
        if self.outline is None:
            return
        outline = self.outline
        current = self.current()
        if not outline.sections:
            outline, section_id = add_section(outline, self.tr("Recommendations"))
            row = -1
        elif current is None:
            section_id, row = outline.sections[-1].id, -1
        else:
            section_id = current[0]
            items_here = outline.sections[outline.section_index(section_id)].items
            row = items_here.index(current[1]) + 1 if current[1] in items_here else 0
        self.change(place_items(outline, items, section_id, row), self.tr("Add recommendation"))
        self._reselect(section_id, items[0] if items else None)

    def pick_recommendation(self) -> None:
        if self.outline is None:
            return
        exclude = set(self.outline.recommendations())
        chosen, accepted = LinkPickerDialog.pick(self, self.workspace, "recommendation", exclude)
        if accepted and chosen is not None:
            self.add_recommendations([chosen])

    def remove_current(self) -> None:
        current = self.current()
        if current is None or self.outline is None:
            return
        section_id, item = current
        if item is None:
            self.change(remove_section(self.outline, section_id), self.tr("Remove section"))
        else:
            self.change(
                remove_items(self.outline, section_id, [item]),
                self.tr("Take recommendation out of section"),
            )
            self.select(section_id)

    # --- keys -----------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(roles.RECORD_ID)
        if record_id is not None:
            self.open_requested.emit(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.tree or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() != QEvent.Type.KeyPress or self.tree.state() == (
            QAbstractItemView.State.EditingState
        ):
            return False
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_current()
            return True
        return False

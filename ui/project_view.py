"""The panes of an open project: navigator | list or search results | editor | preview."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QSplitter, QStackedWidget, QTreeView, QWidget

from ui.editors.record_editor import RecordEditor
from ui.list_panel import ListPanel
from ui.models import roles
from ui.models.navigator import COUNT_COLUMN, NAME_COLUMN, NavigatorModel
from ui.search_panel import SearchPanel
from ui.submission.document_panel import DocumentPanel
from ui.workspace import Workspace
from workbench.changes import Changes

EDITOR_MIN_WIDTH = 320
"""Below this the editor's fields are unreadable; the splitter takes room elsewhere."""
NAVIGATOR_WIDTH = 200
"""Room for the kind names and their counts when the preview takes its share."""
NAVIGATOR_MIN_WIDTH = 140
FIRST_KIND = "instrument"
"""The kind listed when a project opens."""


class ProjectView(QSplitter):
    """Navigator | list or search results | editor, over one workspace."""

    def __init__(self, workspace: Workspace, search_box: QLineEdit, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.workspace = workspace
        self.navigator_model = NavigatorModel(workspace.library, self)
        self.navigator = QTreeView(self)
        self.navigator.setObjectName("navigator")
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setUniformRowHeights(True)
        self.navigator.header().setStretchLastSection(False)
        self.navigator.header().setSectionResizeMode(
            NAME_COLUMN, self.navigator.header().ResizeMode.Stretch
        )
        self.navigator.header().setSectionResizeMode(
            COUNT_COLUMN, self.navigator.header().ResizeMode.ResizeToContents
        )
        self.navigator.selectionModel().currentChanged.connect(self._on_navigate)

        self.list = ListPanel(workspace, self)
        self.search = SearchPanel(workspace, search_box, self)
        self.middle = QStackedWidget(self)
        self.middle.addWidget(self.list)
        self.middle.addWidget(self.search)
        self.editor = RecordEditor(workspace, self)
        self.editor.setObjectName("editor")
        self.document = DocumentPanel(workspace, self)
        self.editor.record_shown.connect(self.document.follow)
        self.document.open_requested.connect(self.open_record)

        self.addWidget(self.navigator)
        self.addWidget(self.middle)
        self.addWidget(self.editor)
        self.addWidget(self.document)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 2)
        self.setSizes([max(230, self._navigator_width()), 520, 520, 360])
        # The preview appears beside a working editor, never over it.
        self.editor.setMinimumWidth(EDITOR_MIN_WIDTH)
        self.navigator.setMinimumWidth(NAVIGATOR_MIN_WIDTH)
        # After the splitter has taken in the panel's appearance, which it does on a later event.
        self.document.appeared.connect(lambda: QTimer.singleShot(0, self._make_room_for_document))

        self.list.record_selected.connect(self.editor.show_record)
        self.search.open_requested.connect(self.open_record)
        self.search.active_changed.connect(
            lambda active: self.middle.setCurrentWidget(self.search if active else self.list)
        )
        self.editor.open_requested.connect(self.open_record)
        self.editor.record_removed.connect(self._on_current_removed)
        self.editor.highlighted.connect(self.document.show_recommendation)
        self.editor.wide_requested.connect(self.set_wide_editor)
        self._sizes_before_wide: list[int] | None = None
        self._removed_current: uuid.UUID | None = None
        workspace.changed.connect(self._on_changed)
        self.navigator.setCurrentIndex(self.navigator_model.kind_index(FIRST_KIND))

    def retranslate(self) -> None:
        """Every panel relabelled in the interface language now installed, in place:
        building the view again (as this once did) stalled the window for half a
        second, and each panel's words are few.

        What was typed is saved at once; the open record's editors are made anew
        a slice at a time while the window is idle, and shown when made
        (:attr:`relabelling` until then): built at once, they stopped the window
        70-110 ms."""
        self.navigator_model.retranslate()
        self.list.retranslate()
        self.search.retranslate()
        self.document.retranslate()
        self.editor.retranslate()

    @property
    def relabelling(self) -> bool:
        """A language was switched and the open record waits for its new editors."""
        return self.editor.relabelling

    def _make_room_for_document(self) -> None:
        """Share the space beside the navigator between list, editor and preview."""
        total = max(sum(self.sizes()), self.width())
        navigator = max(self.sizes()[0], self._navigator_width())
        rest = total - navigator
        editor = max(EDITOR_MIN_WIDTH, rest * 3 // 8)
        document = rest * 3 // 10
        self.setSizes([navigator, max(rest - editor - document, 0), editor, document])

    def set_wide_editor(self, wide: bool) -> None:
        """The editor takes the navigator's and the list's room (translating, say), or
        gives it back as it was."""
        if wide and self._sizes_before_wide is None:
            self._sizes_before_wide = self.sizes()
            self.navigator.hide()
            self.middle.hide()
        elif not wide and self._sizes_before_wide is not None:
            self.navigator.show()
            self.middle.show()
            self.setSizes(self._sizes_before_wide)
            self._sizes_before_wide = None

    def _navigator_width(self) -> int:
        """Room for the longest kind's name in the interface language, with its icon
        and count ("Құқықтық актілер 25"), and never less than the usual width."""
        tree = self.navigator
        names = tree.sizeHintForColumn(NAME_COLUMN)  # indentation, icon and words
        counts = max(tree.sizeHintForColumn(COUNT_COLUMN), tree.header().sectionSize(COUNT_COLUMN))
        frame = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
        return max(NAVIGATOR_WIDTH, names + counts + frame)

    def open_record(self, record_id: uuid.UUID) -> None:
        self.editor.show_record(record_id)
        self.list.select_record(record_id)

    def current_submission(self) -> uuid.UUID | None:
        """The submission shown beside the editor, or the project's only one."""
        if self.document.submission_id is not None:
            return self.document.submission_id
        only = self.workspace.library.page("submission", limit=2)
        return only[0].id if len(only) == 1 else None

    def show_kind(self, kind: str) -> None:
        self.navigator.setCurrentIndex(self.navigator_model.kind_index(kind))

    def _on_navigate(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        tag = current.data(roles.TAG_ID)
        kind = current.data(roles.KIND)
        if tag is not None:  # every kind's records with the tag, as its count says
            self.search.show_tagged(tag, str(current.data(Qt.ItemDataRole.DisplayRole)))
            self.middle.setCurrentWidget(self.search)
            return
        if kind != self.list.kind or self.list.tag_filter.currentIndex() > 0:
            self.list.show_kind(kind)
        self.middle.setCurrentWidget(self.list)

    def _on_current_removed(self, record_id: uuid.UUID, had_focus: bool) -> None:
        """Keep the keyboard in the list when the record being edited goes: left to Qt,
        focus would fall to the next widget, the search box, whose own Ctrl+Z would
        then undo a query instead of the deletion."""
        self._removed_current = record_id
        if had_focus:
            panel = self.middle.currentWidget()
            view = self.search.view if panel is self.search else self.list.view
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reopen_if_restored(self, change: Changes) -> None:
        """Show again the record whose removal was just undone, as it was before."""
        restored = self._removed_current
        if restored is not None and restored in {ref.id for ref in change.created}:
            self._removed_current = None
            self.open_record(restored)

    def _on_changed(self, change: Changes) -> None:
        """Refresh from what the services said changed: counts when records came or
        went, the whole list when its kind did, else just the rows touched."""
        if change.structural or "tag" in change.kinds:
            self.navigator_model.refresh()
        if self.list.kind in change.lists:
            self.list.model.reload()
            if self.editor.record_id is not None:
                self.list.select_record(self.editor.record_id)
        else:
            self.list.model.refresh_records(change.records)
        if "tag" in change.kinds:
            self.list.refresh_tags()
        if change.created:
            self._reopen_if_restored(change)

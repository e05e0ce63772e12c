"""The editor of one record, of any kind: fields, review notes, links and backlinks.

Nothing here has a Save button. Typing is saved after a short pause, on
leaving the field, and before anything else happens (switching record,
undo, closing); a choice is saved at once. Each save is one UpdateFields
command on the window's undo stack. When a change arrives from elsewhere
(undo, a link made in another editor), fields the user is not editing are
refreshed from the stored record.

The editors are built once per kind: another record of the kind shown fills
them again, and those of a kind left are kept off screen until a record of
it opens again. Those of the kinds not yet shown are made ahead while the
window is idle (:mod:`ui.editors.editors_ahead`), so the first record of a kind
opens as fast as the next; a language switch makes every kind's anew that way,
the record shown staying in its editors until its new ones are made.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.compose.citation_completer import CitationCompleter
from ui.compose.extensions import extension_for
from ui.dialogs.link_picker import LinkPickerDialog
from ui.editors.editors_ahead import EditorsAhead, finish
from ui.editors.extension import RecordExtension
from ui.editors.fields import FieldEditor, FlagField, MarkdownField, field_editor
from ui.editors.keys import GlobalUndoKeys
from ui.editors.links import LinkRoleEditor, ReferenceList
from ui.editors.review_notes import ReviewNotesBox
from ui.editors.translations_field import TranslationsField
from ui.icons import kind_icon
from ui.labels import KIND_ORDER, field_label, kind_name, role_label, untitled
from ui.messages import field_problem
from ui.models.references import Reference
from ui.models.values import format_datetime
from ui.undo import SetLinks, UpdateFields, link_command, unlink_command
from ui.workspace import Workspace
from workbench import bilingual
from workbench.changes import Changes
from workbench.errors import InvalidField, RecordNotFound
from workbench.library import Backlink
from workbench.records import FieldSpec, RecordData, coerce_field, field_specs, link_roles

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
BACKLINKS = "backlinks"
"""The name what points at the open record is read under (ui.background_reads)."""
MAKE_AHEAD_AFTER_MS = 1_000
"""When the editors of the kinds not shown begin to be made, after the editor is:
once a project's opening (its lists' first reads and paint, the warm-up) is done."""


@dataclass
class _KindEditors:
    """The editors built for one kind, kept off screen while another kind is shown."""

    content: QWidget
    fields: dict[str, FieldEditor]
    link_editors: dict[str, LinkRoleEditor]
    extension: RecordExtension | None
    notes_box: ReviewNotesBox | None
    backlinks: ReferenceList
    header: tuple[QLabel, QLabel, QLabel]


def _delete_off_screen(content: QWidget) -> None:
    """Delete editors kept off screen, now, on the GUI thread: without a parent they
    are Python's, and left to ``deleteLater`` when no event loop runs again (the
    application closing, a test) Python's collector would delete them, on
    whichever thread it runs (a worker's)."""
    if shiboken6.isValid(content):
        shiboken6.delete(content)


def _discard(kept: dict[str, _KindEditors], ahead: EditorsAhead[_KindEditors]) -> None:
    """Delete the kept editors, and those half made, on the GUI thread (left to
    Python's collector, they could be deleted on whichever thread it ran on)."""
    ahead.cancel()
    for editors in kept.values():
        _delete_off_screen(editors.content)
    kept.clear()


class RecordEditor(QScrollArea):
    open_requested = Signal(object)
    """A record id the user wants to open (a link or backlink activated)."""
    highlighted = Signal(object)
    """A record id highlighted inside the record (an entry of a submission's outline)."""
    wide_requested = Signal(bool)
    """The translator wants the editor as wide as the window (True), or back."""
    record_shown = Signal(object)
    """The RecordData now shown (None when nothing is)."""
    record_removed = Signal(object, bool)
    """The id of the record shown, which has just gone (deleted, or its creation undone),
    and whether the keyboard focus was in this editor: its field is gone with it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._workspace = workspace
        self._record: RecordData | None = None
        self._fields: dict[str, FieldEditor] = {}
        self._shown: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.link_editors: dict[str, LinkRoleEditor] = {}
        self.extension: RecordExtension | None = None
        """The kind's own panel: the composer of a recommendation, the outline of a submission."""
        self.backlinks = ReferenceList()
        self.notes_box: ReviewNotesBox | None = None
        """The review notes of a recommendation or submission (hidden while it has none)."""
        self._kind_shown: str | None = None
        """The kind the editors on screen were built for (None: a placeholder)."""
        self._kept: dict[str, _KindEditors] = {}
        """Editors built for other kinds, by kind: following a link to another kind and
        back fills them again rather than building them anew (50-110 ms each). Out
        of the window's widget tree, so gone with the editor only when told."""
        self._ahead = EditorsAhead(self._make, self._made_ahead, self, workspace)
        self.relabelling = False
        """Whether the record shown waits for its editors in the language just
        installed (being made ahead, then shown in its place)."""
        kept, ahead = self._kept, self._ahead
        self.destroyed.connect(lambda: _discard(kept, ahead))
        QTimer.singleShot(MAKE_AHEAD_AFTER_MS, self, lambda: self._ahead.want(KIND_ORDER))
        self._keys = GlobalUndoKeys(self.flush, self)
        self.wide = False
        """Whether the translator asked for the window's width (kept across records)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        workspace.changed.connect(self._on_changed)
        self._show_nothing()

    # --- what is shown --------------------------------------------------------

    @property
    def record(self) -> RecordData | None:
        return self._record

    @property
    def record_id(self) -> uuid.UUID | None:
        return self._record.id if self._record else None

    def field(self, name: str) -> FieldEditor:
        return self._fields[name]

    def show_record(self, record_id: uuid.UUID | None) -> None:
        """Show a record (after saving what was typed in the previous one)."""
        self.flush()
        if record_id is not None and record_id == self.record_id:
            return
        record = None
        if record_id is not None:
            try:
                record = self._workspace.library.get(record_id)
            except RecordNotFound:
                record = None
        previous = self._record
        self._record = record
        self._dirty.clear()
        if record is None:
            self.relabelling = False
            self._show_nothing()
        elif self._built_for(previous, record):
            self._refill(record)
        else:
            self._set_aside_shown()
            self._build(record)
        self.record_shown.emit(record)

    def _built_for(self, previous: RecordData | None, record: RecordData) -> bool:
        """Whether the editors on screen serve ``record`` as they are: another record of
        the kind shown, whose panel (if any) shows another record afresh (a
        recommendation's composer does; a submission's outline keeps what it
        shows of its record). Building a record's editors anew, one Qt widget
        per field, was most of the time it took to open one."""
        return (
            previous is not None
            and previous.kind == record.kind == self._kind_shown
            and (self.extension is None or self.extension.reusable)
            and bool(self._fields)
        )

    def retranslate(self) -> None:
        """Every kind's editors made anew, ahead, in the interface language now
        installed (those made before are dropped), the record shown's kind first;
        the record shown stays in its editors until its new ones are made (what was
        typed in them is saved now, and when they are replaced)."""
        self.flush()
        _discard(self._kept, self._ahead)
        self._kind_shown = None  # in the language before: replaced, never kept
        if self._record is None:
            self.relabelling = False
            self._show_nothing()
        else:
            self.relabelling = True
            self._ahead.want([self._record.kind])
        self._ahead.want(KIND_ORDER)

    def _made_ahead(self, kind: str, editors: _KindEditors) -> None:
        """Editors made ahead: kept for the kind's next record, or shown now for the
        record shown, if it waits for them in a new language."""
        record = self._record
        if self.relabelling and record is not None and record.kind == kind:
            self.flush()  # what was typed meanwhile, saved from the editors it was typed in
            self.relabelling = False
            self._bring_back(editors, self._record or record)
        elif kind == self._kind_shown or kind in self._kept:
            _delete_off_screen(editors.content)  # made while the kind's own were shown
        else:
            self._kept[kind] = editors

    def focus_first_field(self) -> None:
        for editor in self._fields.values():
            editor.input.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    # --- saving ---------------------------------------------------------------

    def flush(self) -> None:
        """Save every field typed into since the last save (valid ones; invalid ones say why)."""
        self._timer.stop()
        if self.extension is not None:
            self.extension.flush()
        record = self._record
        if record is None or not self._dirty:
            return
        values: dict[str, Any] = {}
        for name in sorted(self._dirty):
            editor = self._fields[name]
            try:
                value = coerce_field(record.kind, name, editor.value())
            except InvalidField as error:
                editor.show_error(field_problem(error))
                continue
            editor.show_error("")
            self._dirty.discard(name)
            self._shown[name] = value
            if value != record.fields[name]:
                values[name] = value
        if values:
            self._workspace.push(UpdateFields(self._workspace, record, values))

    def _on_edited(self, name: str) -> None:
        self._dirty.add(name)
        self._timer.start()

    def _on_committed(self, name: str) -> None:
        self._dirty.add(name)
        self.flush()

    def _on_changed(self, change: Changes) -> None:
        record = self._record
        if record is None or (record.id not in change.records and record.id not in change.links):
            return
        try:
            fresh = self._workspace.library.get(record.id)
        except RecordNotFound:
            focus = QApplication.focusWidget()
            had_focus = focus is not None and self.isAncestorOf(focus)
            self._record = None
            self._dirty.clear()
            self._show_nothing()
            self.record_removed.emit(record.id, had_focus)
            return
        self._fill(fresh)

    def _fill(self, record: RecordData) -> None:
        """Show ``record`` in the editors built for its kind; a field being typed in
        keeps what is typed, and one already showing its value is left alone."""
        self._record = record
        for name, editor in self._fields.items():
            value = record.fields[name]
            if name not in self._dirty and value != self._shown.get(name):
                editor.set_value(value)
                editor.show_error("")
                self._shown[name] = value
            if isinstance(editor, TranslationsField):
                editor.set_originals(record.fields, record.children)
        self._refresh_header(record)
        self._refresh_links(record)
        if self.notes_box is not None:
            self.notes_box.show_record(record)
        if self.extension is not None:
            self.extension.show_record(record)

    def _refill(self, record: RecordData) -> None:
        """Another record in the editors built for its kind, shown from the top."""
        self._shown = {}  # every field gets the new record's value
        self._fill(record)
        self.verticalScrollBar().setValue(0)

    def _set_wide(self, wide: bool) -> None:
        self.wide = wide
        self.wide_requested.emit(wide)

    # --- building -------------------------------------------------------------

    def _set_aside_shown(self) -> None:
        """Keep the editors on screen, off screen, for the next record of their kind
        (an outline that keeps what it shows of its record is not kept)."""
        kind = self._kind_shown
        if kind is None or not (self.extension is None or self.extension.reusable):
            return
        content = self.takeWidget()
        if self.extension is not None:
            self.extension.set_shown(False)
        header = (self._icon, self._title, self._meta)
        self._kept[kind] = _KindEditors(
            content,
            self._fields,
            self.link_editors,
            self.extension,
            self.notes_box,
            self.backlinks,
            header,
        )
        self._kind_shown = None

    def _bring_back(self, kept: _KindEditors, record: RecordData) -> None:
        """Show ``record`` in editors kept or made for its kind (filled afresh, as
        when another record of the kind shown opens). Filled before they are shown:
        a word-wrapped label given its text once on screen kept the height of
        the text before (the translation progress, cut off)."""
        self._kind_shown = record.kind
        self._fields, self.link_editors = kept.fields, kept.link_editors
        self.extension, self.notes_box = kept.extension, kept.notes_box
        self.backlinks = kept.backlinks
        self._icon, self._title, self._meta = kept.header
        for editor in self._fields.values():
            if isinstance(editor, TranslationsField):  # the view chosen since
                editor.show_wide(self.wide)
        if self.extension is not None:
            self.extension.set_shown(True)
        self._shown = {}  # every field gets the new record's value
        self._fill(record)
        self._replace_content(kept.content)
        self.verticalScrollBar().setValue(0)

    def _show_nothing(self) -> None:
        self._set_aside_shown()
        self._kind_shown = None
        self._fields = {}
        self._shown = {}
        self.link_editors = {}
        self.extension = None
        self.notes_box = None
        placeholder = QLabel(self.tr("Choose a record from the list, or create one."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self._replace_content(placeholder)

    def _build(self, record: RecordData) -> None:
        """Show ``record`` in its kind's editors: kept, being made ahead (finished
        now), or made now."""
        kept = self._kept.pop(record.kind, None)
        if kept is None:
            kept = finish(self._ahead.take(record.kind) or self._make(record.kind))
        self.relabelling = False  # whatever waited, the record shown has new editors
        self._bring_back(kept, record)

    def _make(self, kind: str) -> Generator[None, None, _KindEditors]:
        """The editors of ``kind``, empty (:meth:`_bring_back` fills them), made a
        piece at a time: each ``yield`` is a place to stop (see EditorsAhead). Off
        the window's widget tree until shown; dropped half made, they are deleted."""
        content = QWidget()
        try:
            return (yield from self._make_in(content, kind))
        except GeneratorExit:
            _delete_off_screen(content)
            raise

    def _make_in(self, content: QWidget, kind: str) -> Generator[None, None, _KindEditors]:
        layout = QVBoxLayout(content)
        header_row, header = self._header(content)
        layout.addLayout(header_row)
        extension = extension_for(self._workspace, kind, content)
        first = extension is not None and extension.first
        if extension is not None and first:  # what the record is about, on top
            layout.addWidget(extension)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Beside the preview the editor may be narrow: a label that leaves its field
        # too little room goes above it, so no field is ever cut off at the edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)  # before its rows: a row's label is then made in content
        yield
        claimed = extension.claimed_fields if extension else frozenset()
        fields: dict[str, FieldEditor] = {}
        for name, spec in field_specs(kind).items():
            if name not in claimed:
                editor = fields[name] = self._field_editor(name, spec, content, kind)
                label = "" if isinstance(editor, FlagField) else field_label(name)
                form.addRow(label, editor.container)
                yield
        notes_box = ReviewNotesBox(self._workspace, content)
        layout.addWidget(notes_box)
        links_box, link_editors = self._links_box(kind, content)
        layout.addWidget(links_box)
        yield
        if extension is not None:
            extension.open_requested.connect(self.open_requested)
            extension.highlighted.connect(self.highlighted)
            if not first:
                layout.addWidget(extension)
        backlinks_box, backlinks = self._backlinks_box(content)
        layout.addWidget(backlinks_box)
        layout.addStretch(1)
        return _KindEditors(content, fields, link_editors, extension, notes_box, backlinks, header)

    def _field_editor(self, name: str, spec: FieldSpec, parent: QWidget, kind: str) -> FieldEditor:
        editor: FieldEditor
        if name == bilingual.FIELD:
            editor = TranslationsField(spec, parent, kind)
            editor.wide_requested.connect(self._set_wide)
        else:
            editor = field_editor(spec, parent)
        editor.edited.connect(self._on_edited)
        editor.committed.connect(self._on_committed)
        editor.input.installEventFilter(self._keys)
        if isinstance(editor, MarkdownField):
            CitationCompleter.attach(editor.text, self._workspace)
        return editor

    def _header(self, parent: QWidget) -> tuple[QHBoxLayout, tuple[QLabel, QLabel, QLabel]]:
        row = QHBoxLayout()
        icon = QLabel(parent)
        title = QLabel(parent)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        meta = QLabel(parent)
        meta.setEnabled(False)
        meta.setWordWrap(True)
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(meta)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(titles, 1)
        return row, (icon, title, meta)

    def _links_box(self, kind: str, parent: QWidget) -> tuple[QGroupBox, dict[str, LinkRoleEditor]]:
        box = QGroupBox(self.tr("Links"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        link_editors = {}
        for role, spec in link_roles(kind).items():
            editor = LinkRoleEditor(role, box, spec.target_kind, spec.many)
            editor.link_requested.connect(self._pick_link)
            editor.unlink_requested.connect(self._unlink)
            editor.reorder_requested.connect(self.set_links)
            editor.list.open_requested.connect(self.open_requested)
            link_editors[role] = editor
            form.addRow(role_label(role), editor)
        return box, link_editors

    def _backlinks_box(self, parent: QWidget) -> tuple[QGroupBox, ReferenceList]:
        box = QGroupBox(self.tr("Cited by"), parent)
        layout = QVBoxLayout(box)
        backlinks = ReferenceList(box)
        backlinks.setObjectName("backlinks")
        backlinks.open_requested.connect(self.open_requested)
        layout.addWidget(backlinks)
        return box, backlinks

    def _replace_content(self, content: QWidget) -> None:
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _refresh_header(self, record: RecordData) -> None:
        self._icon.setPixmap(kind_icon(record.kind).pixmap(32, 32))
        title = record.title
        if record.kind == "provision":  # named with its instrument, as everywhere
            named = self._workspace.library.summaries([record.id]).get(record.id)
            title = named.title if named is not None else title
        self._title.setText(title or untitled())
        changed = format_datetime(record.updated_at)
        self._meta.setText(
            self.tr("%s · changed %s by %s") % (kind_name(record.kind), changed, record.changed_by)
        )

    def _refresh_links(self, record: RecordData) -> None:
        found = self._workspace.library.summaries(record.link_targets)
        for role, editor in self.link_editors.items():
            editor.set_references(
                [
                    Reference(t, found[t].kind, found[t].title)
                    for t in record.links.get(role, ())
                    if t in found
                ]
            )
        self._read_backlinks(record.id)

    def _read_backlinks(self, record_id: uuid.UUID) -> None:
        """What points here, read on a worker: a tag or an instrument may be pointed at
        by thousands of records, which would hold up opening it."""
        library = self._workspace.library
        self._workspace.reads.request(
            BACKLINKS,
            lambda _progress: (record_id, library.backlinks(record_id)),
            self._show_backlinks,
            lambda error: log.warning("backlinks not read: %s", error),
        )

    def _show_backlinks(self, outcome: tuple[uuid.UUID, list[Backlink]]) -> None:
        record_id, backlinks = outcome
        if self._record is None or self._record.id != record_id:
            return  # another record is open by now
        self.backlinks.set_references(
            [
                Reference(b.owner_id, b.owner_kind, b.owner_title, role_label(b.role))
                for b in backlinks
            ],
            max_rows=8,
        )

    # --- links ----------------------------------------------------------------

    def _pick_link(self, role: str) -> None:
        self.flush()
        record = self._record
        if record is None:
            return
        kind = link_roles(record.kind)[role].target_kind
        exclude = {record.id, *record.links.get(role, ())}
        target, accepted = LinkPickerDialog.pick(self, self._workspace, kind, exclude)
        if accepted and target is not None and self._record is not None:
            self.link(role, target)

    def link(self, role: str, target: uuid.UUID) -> None:
        if self._record is not None:
            self._workspace.push(link_command(self._workspace, self._record, role, target))

    def set_links(self, role: str, targets: list[uuid.UUID]) -> None:
        """All targets of a role in a new order (a reorder, or records dropped in)."""
        self.flush()
        if self._record is not None:
            self._workspace.push(SetLinks(self._workspace, self._record, role, targets))

    def _unlink(self, role: str, target: uuid.UUID) -> None:
        self.flush()
        if self._record is not None:
            self._workspace.push(unlink_command(self._workspace, self._record, role, target))

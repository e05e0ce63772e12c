"""An export's notes (:mod:`workbench.export.notes`) worded in the interface's
language: what was left out of the submission and why, and what was changed on
the way to Word, each naming a record by its kind and title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.labels import (
    QT_TRANSLATE_NOOP,
    field_label,
    kind_name,
    language_in_words,
    value_label,
)
from workbench.export import ExportNote
from workbench.export.language_check import MisplacedText
from workbench.export.notes import (
    ABBREVIATIONS,
    LABELS,
    CharactersDropped,
    LeftOut,
    Place,
    TemplatePartLeftOut,
    UnknownCitation,
)
from workbench.export.plan import SOURCE_NOT_PUBLIC

TEMPLATE_PARTS = {
    "macros": QT_TRANSLATE_NOOP("ExportNotes", "macros"),
    "ActiveX controls": QT_TRANSLATE_NOOP("ExportNotes", "ActiveX controls"),
    "embedded objects": QT_TRANSLATE_NOOP("ExportNotes", "embedded objects"),
    "custom XML data": QT_TRANSLATE_NOOP("ExportNotes", "custom XML data"),
    "custom XML bindings": QT_TRANSLATE_NOOP("ExportNotes", "custom XML bindings"),
}
"""What the template check names (``workbench.export.template_package``)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportNotes", text)


def note_text(note: ExportNote) -> str:
    """One note as a sentence of the interface."""
    if isinstance(note, LeftOut):
        return _left_out(note)
    if isinstance(note, CharactersDropped):
        return _tr("%s: %s characters Word cannot hold were dropped.") % (
            place_text(note.place),
            note.count,
        )
    if isinstance(note, UnknownCitation):
        return _tr("Citation key “@%s” matches no source (%s times); it was left as text.") % (
            note.key,
            note.count,
        )
    if isinstance(note, TemplatePartLeftOut):
        return _template_part(note)
    return _misplaced(note)


def _left_out(note: LeftOut) -> str:
    if note.reason == SOURCE_NOT_PUBLIC:
        return _tr("Left out %s “%s”: its source is not public.") % (
            kind_name(note.kind),
            note.title,
        )
    return _tr("Left out %s “%s” (%s).") % (
        kind_name(note.kind),
        note.title,
        value_label(note.reason),
    )


def place_text(place: Place) -> str:
    """Where in the document, as its writer knows it."""
    if place.field:
        return _tr("The submission's field “%s”") % field_label(place.field)
    if place.kind == ABBREVIATIONS:
        return _tr("The list of abbreviations")
    if place.kind == LABELS:
        return _tr("The document's headings and labels")
    if place.kind == "section":
        return _tr("Section “%s”") % place.title
    return _tr("%s “%s”") % (kind_name(place.kind), place.title)


def _template_part(note: TemplatePartLeftOut) -> str:
    if note.target:
        return _tr("Left out of the template: a link to an outside file (%s, %s).") % (
            note.part.removeprefix("external "),
            note.target,
        )
    part = TEMPLATE_PARTS.get(note.part)
    named = QCoreApplication.translate("ExportNotes", part) if part else note.part
    return _tr("Left out of the template: %s.") % named


def _misplaced(note: MisplacedText) -> str:
    return _tr("“%s”, %s: the text reads as %s; the document is in %s.") % (
        note.title,
        field_label(note.field),
        language_in_words(note.found),
        language_in_words(note.expected),
    )

"""The words users read for kinds, fields and vocabulary values, all translated.

Stored identifiers (``in_force``, ``short_name``) never reach the screen
directly: this module is the one place that turns them into labels, so a
translation covers every list, form and filter at once.

The tables are keyed by what the kinds registry (workbench.kinds) names: every
kind, every field of a kind and its list columns, every link role. The GUI's
tests fail when one of those has no label here. (This module reads the kind
names from db.vocabulary, not the registry: the first window shows before the
database layer loads.)
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_NOOP
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt

from db.vocabulary import RECORD_KIND_NAMES


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (as Qt's macro does) and keeps its type for mypy."""
    return str(_QT_NOOP(context, text))


KIND_ORDER = RECORD_KIND_NAMES
"""The navigator's order, the domain's own: from the law, through the analysis, to the output."""

KIND_LABELS = {
    # Plurals have a context of their own: "Evidence" is singular and plural in
    # English, and one source text in one context gets one translation.
    "instrument": (
        QT_TRANSLATE_NOOP("Kind", "Instrument"),
        QT_TRANSLATE_NOOP("Kinds", "Instruments"),
    ),
    "provision": (QT_TRANSLATE_NOOP("Kind", "Provision"), QT_TRANSLATE_NOOP("Kinds", "Provisions")),
    "critique": (QT_TRANSLATE_NOOP("Kind", "Critique"), QT_TRANSLATE_NOOP("Kinds", "Critiques")),
    "evidence": (QT_TRANSLATE_NOOP("Kind", "Evidence"), QT_TRANSLATE_NOOP("Kinds", "Evidence")),
    "source": (QT_TRANSLATE_NOOP("Kind", "Source"), QT_TRANSLATE_NOOP("Kinds", "Sources")),
    "recommendation": (
        QT_TRANSLATE_NOOP("Kind", "Recommendation"),
        QT_TRANSLATE_NOOP("Kinds", "Recommendations"),
    ),
    "submission": (
        QT_TRANSLATE_NOOP("Kind", "Submission"),
        QT_TRANSLATE_NOOP("Kinds", "Submissions"),
    ),
    "tag": (QT_TRANSLATE_NOOP("Kind", "Tag"), QT_TRANSLATE_NOOP("Kinds", "Tags")),
}

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "short_name": QT_TRANSLATE_NOOP("Field", "Short name"),
    "instrument": QT_TRANSLATE_NOOP("Field", "Instrument"),
    "instrument_kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "jurisdiction": QT_TRANSLATE_NOOP("Field", "Jurisdiction"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "adopted_on": QT_TRANSLATE_NOOP("Field", "Adopted on"),
    "version_date": QT_TRANSLATE_NOOP("Field", "Version date"),
    "url": QT_TRANSLATE_NOOP("Field", "URL"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "unit": QT_TRANSLATE_NOOP("Field", "Structural unit"),
    "heading": QT_TRANSLATE_NOOP("Field", "Heading"),
    "wording": QT_TRANSLATE_NOOP("Field", "Wording"),
    "wording_is_quotation": QT_TRANSLATE_NOOP("Field", "Wording is the statute's own words"),
    "wording_language": QT_TRANSLATE_NOOP("Field", "Wording language"),
    "wording_version_date": QT_TRANSLATE_NOOP("Field", "Wording taken on"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "argument": QT_TRANSLATE_NOOP("Field", "Argument"),
    "severity": QT_TRANSLATE_NOOP("Field", "Severity"),
    "evidence_kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "observed_on": QT_TRANSLATE_NOOP("Field", "Observed on"),
    "observed_precision": QT_TRANSLATE_NOOP("Field", "Date precision"),
    "quotation": QT_TRANSLATE_NOOP("Field", "Quotation"),
    "locator": QT_TRANSLATE_NOOP("Field", "Locator"),
    "confidentiality": QT_TRANSLATE_NOOP("Field", "Confidentiality"),
    "key": QT_TRANSLATE_NOOP("Field", "Citation key"),
    "source_kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "author": QT_TRANSLATE_NOOP("Field", "Author"),
    "short_title": QT_TRANSLATE_NOOP("Field", "Short title"),
    "publisher": QT_TRANSLATE_NOOP("Field", "Publisher"),
    "issued": QT_TRANSLATE_NOOP("Field", "Issued"),
    "accessed_on": QT_TRANSLATE_NOOP("Field", "Accessed on"),
    "action": QT_TRANSLATE_NOOP("Field", "Action"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "rationale": QT_TRANSLATE_NOOP("Field", "Rationale"),
    "addressee": QT_TRANSLATE_NOOP("Field", "Addressee"),
    "priority": QT_TRANSLATE_NOOP("Field", "Priority"),
    "subtitle": QT_TRANSLATE_NOOP("Field", "Subtitle"),
    "organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "authors": QT_TRANSLATE_NOOP("Field", "Authors"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "submitted_on": QT_TRANSLATE_NOOP("Field", "Submitted on"),
    "language": QT_TRANSLATE_NOOP("Field", "Language"),
    "second_language": QT_TRANSLATE_NOOP("Field", "Side by side with"),
    "translations": QT_TRANSLATE_NOOP("Field", "Other languages"),
    "template": QT_TRANSLATE_NOOP("Field", "Template"),
    "introduction": QT_TRANSLATE_NOOP("Field", "Introduction"),
    "section_introduction": QT_TRANSLATE_NOOP("Field", "Section introduction"),
    "proposed_wording": QT_TRANSLATE_NOOP("Field", "Proposed wording"),
    "include_cover": QT_TRANSLATE_NOOP("Field", "Cover page"),
    "include_toc": QT_TRANSLATE_NOOP("Field", "Table of contents"),
    "include_abbreviations": QT_TRANSLATE_NOOP("Field", "List of abbreviations"),
    "include_comparative_table": QT_TRANSLATE_NOOP("Field", "Comparative table"),
    "include_bibliography": QT_TRANSLATE_NOOP("Field", "Bibliography"),
    "include_confidential": QT_TRANSLATE_NOOP("Field", "Include confidential material"),
    "citation_style": QT_TRANSLATE_NOOP("Field", "Citations"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "theme": QT_TRANSLATE_NOOP("Field", "Ready-made theme"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "updated_at": QT_TRANSLATE_NOOP("Field", "Changed"),
}

ROLE_LABELS = {
    "instrument": QT_TRANSLATE_NOOP("Role", "Instrument"),
    "wording_source": QT_TRANSLATE_NOOP("Role", "Source of the wording"),
    "source": QT_TRANSLATE_NOOP("Role", "Source"),
    "tags": QT_TRANSLATE_NOOP("Role", "Tags"),
    "provisions": QT_TRANSLATE_NOOP("Role", "Provisions"),
    "standards": QT_TRANSLATE_NOOP("Role", "Standards invoked"),
    "evidence": QT_TRANSLATE_NOOP("Role", "Evidence"),
    "critiques": QT_TRANSLATE_NOOP("Role", "Critiques answered"),
    # what points from inside a part ("Cited by"): a submission's outline, a wording
    "sections": QT_TRANSLATE_NOOP("Role", "In its outline"),
    "proposed_wordings": QT_TRANSLATE_NOOP("Role", "Proposes wording for it"),
}

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "kk": QT_TRANSLATE_NOOP("Language", "Kazakh"),
}
"""Languages as a sentence names them (:func:`language_in_words`): Russian and
Kazakh translate them in lower case ("язык текста — английский")."""


def kind_name(kind: str, *, plural: bool = False) -> str:
    singular, many = KIND_LABELS.get(kind, (kind, kind))
    if plural:
        return QCoreApplication.translate("Kinds", many)
    return QCoreApplication.translate("Kind", singular)


def field_label(name: str) -> str:
    return QCoreApplication.translate(
        "Field", FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
    )


def role_label(role: str) -> str:
    return QCoreApplication.translate(
        "Role", ROLE_LABELS.get(role, role.replace("_", " ").capitalize())
    )


NATIVE_LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each language as its own speakers name it: what a list to choose from shows, so
a reader finds their language whatever language the interface is in."""


def value_label(value: str) -> str:
    """A vocabulary identifier (``in_force``) as words (``in force``), translated; a
    language code as the language's own name (see :data:`NATIVE_LANGUAGE_NAMES`)."""
    if value in NATIVE_LANGUAGE_NAMES:
        return NATIVE_LANGUAGE_NAMES[value]
    return QCoreApplication.translate("Vocabulary", value.replace("_", " "))


def language_in_words(code: str) -> str:
    """A language named in a sentence of the interface ("Not translated into Russian")."""
    if code in LANGUAGE_NAMES:
        return QCoreApplication.translate("Language", LANGUAGE_NAMES[code])
    return code


def untitled() -> str:
    return QCoreApplication.translate("Kind", "(untitled)")


def relabel(model: QAbstractItemModel) -> None:
    """Have the views of ``model`` read its headers and top-level cells again: their
    words come from here at painting time, so another language needs only that."""
    rows, columns = model.rowCount(), model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))

"""The preflight's findings beside the preview: worst first, each opening its record.

A model over the findings (:class:`FindingsModel`) rather than a widget item per
finding: a 300-recommendation submission has 1,200 findings, and making an item
for each (30 ms) when a submission opened, or labelling each again when the
interface language changed, held the window. The view asks for the rows it
shows, labelled in the interface language of that moment.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeView, QWidget

from ui.labels import field_label, kind_name, language_in_words, untitled, value_label
from ui.models import roles
from workbench.preflight import Finding

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a5a00", "info": "#44546a"}


def _severity_label(severity: str) -> str:
    words = {"error": "Error", "warning": "Warning", "info": "Note"}
    return QCoreApplication.translate("Preflight", words.get(severity, severity))


def finding_text(finding: Finding) -> str:
    """The finding in the interface language, from its code and its detail; as the
    service worded it (English) for a code this list does not know."""
    templates = {
        "not-translated": "Not translated into %s: %s",
        "empty-section": "Section “%s” holds no recommendation",
        "recommendation-without-evidence": "The recommendation “%s” relies on no evidence",
        "evidence-without-source": (
            "The evidence “%s” cites no source, so its footnote will be missing"
        ),
        "provision-without-proposed-wording": "No proposed wording for %s",
        "confidential-exported": "This evidence (%s) will be in the exported document",
        "source-without-url": "The source “%s” has no URL",
        "source-without-date": "The source “%s” has no date",
        "unknown-citation-key": "Citation [@%s] in “%s” matches no source",
        "unholdable-characters": "%s character(s) Word cannot hold (%s) in “%s” will be dropped",
        "wrong-language": "%s of “%s” reads as %s, in a document in %s",
        "unresolved-review-notes": "%s review note(s) on “%s” not resolved",
    }
    if finding.code not in templates:
        return finding.message
    detail = list(finding.detail)
    if finding.code == "not-translated" and detail:
        detail = [
            language_in_words(detail[0]),
            ", ".join(field_label(f).lower() for f in detail[1:]),
        ]
    elif finding.code == "wrong-language" and len(detail) == 4:
        field, title, found, expected = detail
        detail = [field_label(field), title, language_in_words(found), language_in_words(expected)]
    elif finding.code == "confidential-exported" and detail:
        detail = [value_label(detail[0])]
    template = QCoreApplication.translate("Preflight", templates.get(finding.code, finding.message))
    if template.count("%s") != len(detail):
        return finding.message
    return template % tuple(detail)


_WORST_FIRST = {"error": 0, "warning": 1, "info": 2}
_HEADERS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("PreflightList", "Severity")),
    str(QT_TRANSLATE_NOOP("PreflightList", "Problem")),
    str(QT_TRANSLATE_NOOP("PreflightList", "Record")),
)
ModelIndex = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """Findings, worst first, in three columns (severity, problem, record); the
    record's id under ``roles.RECORD_ID`` and the finding's code under ``UserRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._texts: dict[int, tuple[str, str, str]] = {}
        """Rows' words as last asked for (a row is painted and measured many times)."""
        self._brushes = {severity: QBrush(QColor(c)) for severity, c in _SEVERITY_COLOURS.items()}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = sorted(findings, key=lambda f: _WORST_FIRST.get(f.severity, 3))
        self._texts.clear()
        self.endResetModel()

    def relabel(self) -> None:
        """Every row and header asked for again (the interface language changed)."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self.findings:
            last = self.index(len(self.findings) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PreflightList", _HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding, column = self.findings[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._words(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self._words(index.row())[1]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return self._brushes.get(finding.severity)
        if role == roles.RECORD_ID:
            return finding.record_id
        if role == Qt.ItemDataRole.UserRole:
            return finding.code
        return None

    def _words(self, row: int) -> tuple[str, str, str]:
        """A finding's severity, problem and record, in the interface language."""
        words = self._texts.get(row)
        if words is None:
            finding = self.findings[row]
            record = f"{kind_name(finding.kind)}: {finding.title or untitled()}"
            words = (_severity_label(finding.severity), finding_text(finding), record)
            self._texts[row] = words
        return words


class PreflightList(QTreeView):
    """Findings, worst first; clicking one (or Enter) asks to open its record."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflight")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.findings = FindingsModel(self)
        self.setModel(self.findings)
        self.header().setResizeContentsPrecision(0)  # fitted to the rows shown, not 1,000
        self._listed: list[Finding] = []
        self.clicked.connect(self._open)
        self.activated.connect(self._open)

    def retranslate(self) -> None:
        """The findings listed, in the interface language now installed (asked for again
        row by row as they are painted)."""
        self.findings.relabel()
        self._fit_columns()

    def set_findings(self, findings: list[Finding]) -> None:
        """List ``findings``, unless they are those listed (most refreshes after an
        edit find the same)."""
        if findings == self._listed:
            return
        self.findings.set_findings(findings)
        self._listed = list(findings)
        self._fit_columns()

    def clear(self) -> None:
        self._listed = []
        self.findings.set_findings([])

    def _fit_columns(self) -> None:
        for column in range(len(_HEADERS)):
            self.resizeColumnToContents(column)

    def _open(self, index: QModelIndex) -> None:
        record_id = index.data(roles.RECORD_ID)
        if isinstance(record_id, uuid.UUID):
            self.open_requested.emit(record_id)

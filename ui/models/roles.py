"""Custom item data roles shared by every model, so views and tests ask alike."""

from __future__ import annotations

from PySide6.QtCore import Qt

RECORD_ID = Qt.ItemDataRole.UserRole + 1
"""The record's uuid.UUID."""
KIND = Qt.ItemDataRole.UserRole + 2
"""The record kind ("provision"...)."""
TAG_ID = Qt.ItemDataRole.UserRole + 3
"""A tag's uuid.UUID (navigator tag rows)."""
SORT_FIELD = Qt.ItemDataRole.UserRole + 4
"""The field name a column shows and sorts by (header data)."""

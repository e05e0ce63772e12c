"""Records carried by drag and drop: from the library list into a recommendation's
links or a submission's outline, and within those lists to reorder them.

The payload names each record's kind with its id, so a drop target can accept
only what fits (a provision into *Provisions*, a recommendation into a section).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QMimeData

RECORDS_MIME = "application/x-workbench-records"


def records_mime(records: Iterable[tuple[str, uuid.UUID]]) -> QMimeData:
    data = QMimeData()
    payload = [{"kind": kind, "id": str(record_id)} for kind, record_id in records]
    data.setData(RECORDS_MIME, json.dumps(payload).encode())
    return data


def dropped_records(data: QMimeData, kinds: Sequence[str] = ()) -> list[uuid.UUID]:
    """The ids in ``data`` (of ``kinds``, when given); nothing for foreign or broken data."""
    if not data.hasFormat(RECORDS_MIME):
        return []
    try:
        payload = json.loads(bytes(data.data(RECORDS_MIME).data()).decode())
        found = [(str(entry["kind"]), uuid.UUID(str(entry["id"]))) for entry in payload]
    except (ValueError, KeyError, TypeError):
        return []
    return [record_id for kind, record_id in found if not kinds or kind in kinds]

"""Records read for the preview, kept between its refreshes while they stay unchanged.

The preview of a submission is planned again after every pause in typing, and
planning reads every record the document reaches (3,000 for a 300-recommendation
submission: 0.6 s of a worker holding Python's GIL, the window's stalls). Between
two refreshes one record has usually changed. A record's revision is a hash of its
content, and every write sets its update time and author, so a record whose
revision, update time, author and ancestry read the same as when it was kept is
the record kept: only the others are read again.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from workbench.record_rows import load_many
from workbench.records import RecordData

Stamp = tuple[str, str, str, str]
"""A record's revision, update time, author and ancestors, as stored."""

_STAMPS_PER_QUERY = 500


class RecordCache:
    """Read records, each kept with the stamp it was read under (at most ``limit``,
    the least recently used going first). Safe to share between worker threads."""

    def __init__(self, limit: int = 20_000) -> None:
        self.limit = limit
        self._kept: OrderedDict[uuid.UUID, tuple[Stamp, RecordData]] = OrderedDict()
        self._lock = threading.Lock()
        self.reads = 0
        """How many records were read rather than found kept (for tests and benchmarks)."""

    def load_many(self, session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RecordData]:
        """As :func:`workbench.record_rows.load_many`: those of ``ids`` that exist."""
        stamps = _stamps(session, list(dict.fromkeys(ids)))
        found: dict[uuid.UUID, RecordData] = {}
        with self._lock:
            for record_id, stamp in stamps.items():
                kept = self._kept.get(record_id)
                if kept is not None and kept[0] == stamp:
                    found[record_id] = kept[1]
                    self._kept.move_to_end(record_id)
        stale = [record_id for record_id in stamps if record_id not in found]
        fresh = load_many(session, stale)
        with self._lock:
            self.reads += len(fresh)
            for record_id, data in fresh.items():
                self._kept[record_id] = (stamps[record_id], data)
                self._kept.move_to_end(record_id)
            while len(self._kept) > self.limit:
                self._kept.popitem(last=False)
        found.update(fresh)
        return found


def read_records(
    session: Session, ids: Iterable[uuid.UUID], kept: RecordCache | None
) -> dict[uuid.UUID, RecordData]:
    """:func:`workbench.record_rows.load_many`, through ``kept`` when there is one."""
    return kept.load_many(session, ids) if kept is not None else load_many(session, ids)


def _stamps(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Stamp]:
    """The stamps of those of ``ids`` that exist, read as stored text (a third of the
    time converting them would take)."""
    by_text = {str(record_id): record_id for record_id in ids}
    texts = list(by_text)
    connection = session.connection()
    stamps: dict[uuid.UUID, Stamp] = {}
    for start in range(0, len(texts), _STAMPS_PER_QUERY):
        chunk = texts[start : start + _STAMPS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            "SELECT id, revision, updated_at, changed_by, ancestors FROM records "
            f"WHERE id IN ({marks})",
            tuple(chunk),
        )
        for record_id, *stamp in rows:
            stamps[by_text[record_id]] = (stamp[0], stamp[1], stamp[2], stamp[3])
    return stamps

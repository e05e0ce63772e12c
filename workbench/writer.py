"""The unit of work behind every change: revisions, times, author and search.

Services record which records they touched; :meth:`Writer.finish` then gives
each one its new revision (hash of its parent and its content), update time
and author, and refreshes its search entry, all inside the same transaction
as the change itself. Imports (interchange, merge) that bring revisions of
their own mark them ``keep_revision`` so history crosses machines intact.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import Record
from workbench.records import content_dict, read_children, read_fields, read_links
from workbench.revisions import next_ancestors, next_revision


class Writer:
    def __init__(self, session: Session, *, author: str, now: datetime) -> None:
        self.session = session
        self.author = author
        self.now = now
        self._touched: dict[uuid.UUID, None] = {}
        self._keep_revision: set[uuid.UUID] = set()
        self._reindex: dict[uuid.UUID, None] = {}

    def touch(self, record_id: uuid.UUID) -> None:
        """This record's content changed: give it a new revision at finish."""
        self._touched[record_id] = None

    def keep_revision(self, record_id: uuid.UUID) -> None:
        """This record arrived with its revision (import): index it, keep its history."""
        self._keep_revision.add(record_id)
        self._reindex[record_id] = None

    def reindex(self, record_id: uuid.UUID) -> None:
        """Refresh the search entry only (e.g. a provision whose instrument was renamed)."""
        self._reindex[record_id] = None

    def finish(self) -> None:
        from workbench.search import index_record, unindex

        self.session.flush()
        for record_id in self._touched:
            record = self.session.get(Record, record_id)
            if record is not None and record_id not in self._keep_revision:
                self._advance(record)
        self.session.flush()
        for record_id in {**self._touched, **self._reindex}:
            record = self.session.get(Record, record_id)
            if record is None:
                unindex(self.session, record_id)
            else:
                index_record(self.session, record)
        self.session.flush()
        # Finishing twice (a service finishes early to return final data) must
        # not advance a revision twice.
        self._touched.clear()
        self._reindex.clear()

    def _advance(self, record: Record) -> None:
        content = content_dict(
            read_fields(record), read_links(self.session, record), read_children(record)
        )
        parent = record.revision or None
        record.revision = next_revision(parent, content)
        record.ancestors = next_ancestors(parent, record.ancestors or [])
        record.updated_at = self.now
        record.changed_by = self.author

"""The unit of work behind every change: revisions, times, author and search.

Services record which records they touched; :meth:`Writer.finish` then gives
each one its new revision (hash of its parent and its content, less links to
confidential records: :mod:`workbench.hidden_links`), update time
and author, and refreshes its search entry, all inside the same transaction
as the change itself. Imports (interchange, merge) that bring revisions of
their own mark them ``keep_revision`` so history crosses machines intact.

Because it sees every record a change touched, the writer is also what says
what the change did: :attr:`Writer.changes`, complete once the transaction
has finished, is what the services hand back to their callers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Record
from workbench.changes import NO_CHANGES, Changes, RecordRef
from workbench.hidden_links import confidential_among
from workbench.records import content_dict, read_children, read_fields, read_links, with_parts
from workbench.revisions import (
    names_content,
    next_ancestors,
    next_revision,
    without_links_to,
)
from workbench.search import index_many, unindex


class Writer:
    def __init__(self, session: Session, *, author: str, now: datetime) -> None:
        self.session = session
        self.author = author
        self.now = now
        self._touched: dict[uuid.UUID, None] = {}
        self._keep_revision: set[uuid.UUID] = set()
        self._reindex: dict[uuid.UUID, None] = {}
        self._created: set[uuid.UUID] = set()
        self._linked: set[uuid.UUID] = set()
        self._changes = NO_CHANGES

    @property
    def changes(self) -> Changes:
        """What this unit of work did, as far as it has finished (all of it after the
        transaction): the services return it."""
        return self._changes

    def touch(self, record_id: uuid.UUID, *, created: bool = False) -> None:
        """This record's content changed (or, ``created``, it is new): give it a new
        revision at finish."""
        self._touched[record_id] = None
        if created:
            self._created.add(record_id)

    def deleted(self, kind: str, record_id: uuid.UUID) -> None:
        """This record went (its tombstone is written by the caller)."""
        self._note(Changes(deleted=frozenset({RecordRef(kind, record_id)})))

    def relinked(self, record_ids: Iterable[uuid.UUID]) -> None:
        """Links to or from these records were added or removed: their backlinks changed."""
        self._linked.update(record_ids)

    def changed(self, *, outline: bool = False, exports: bool = False) -> None:
        """Say what else moved besides records: a submission's outline, its export log."""
        self._note(Changes(outline=outline, exports=exports))

    def _note(self, changes: Changes) -> None:
        self._changes = self._changes | changes

    def keep_revision(self, record_id: uuid.UUID, *, reindex: bool = True) -> None:
        """This record arrived with its revision (import): index it, keep its history.
        ``reindex`` False: the caller indexed it already (bulk writes)."""
        self._keep_revision.add(record_id)
        if reindex:
            self._reindex[record_id] = None

    def revise(self, record_ids: Iterable[uuid.UUID]) -> None:
        """Give records written with the revision they carried a new one on top of it
        now (a load's record whose content that revision does not name)."""
        self.session.flush()
        self._advance(list(self._load(list(record_ids), fresh=True).values()))
        self.session.flush()

    def revise_stale(self, record_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
        """Give those of these records whose revision no longer names their content
        (a part of their kind retired by a migration) a new revision on top, keeping
        who changed them last and when: nobody edited them. Returns their ids."""
        self.session.flush()
        records = list(self._load(list(record_ids)).values())
        links = {record.id: read_links(self.session, record) for record in records}
        targets = (str(t) for roles in links.values() for ts in roles.values() for t in ts)
        hidden = frozenset(confidential_among(self.session, targets))
        stale = [
            record
            for record in records
            if not names_content(
                record.revision,
                record.ancestors or [],
                content_dict(read_fields(record), links[record.id], read_children(record)),
                hidden,
            )
        ]
        kept = {record.id: (record.updated_at, record.changed_by) for record in stale}
        self._advance(stale)
        for record in stale:
            record.updated_at, record.changed_by = kept[record.id]
        self.session.flush()
        return [record.id for record in stale]

    def reindex(self, record_id: uuid.UUID) -> None:
        """Refresh the search entry only (e.g. a provision whose instrument was renamed)."""
        self._reindex[record_id] = None

    def finish(self) -> None:
        self.session.flush()
        touched = self._load(list(self._touched))
        self._advance([r for i, r in touched.items() if i not in self._keep_revision])
        self.session.flush()
        wanted = list({**self._touched, **self._reindex})
        found = self._load(wanted)
        for record_id in wanted:
            if record_id not in found:
                unindex(self.session, record_id)
        index_many(self.session, [found[i] for i in wanted if i in found])
        self.session.flush()
        self._note(self._finished_changes(touched))
        # Finishing twice (a service finishes early to return final data) must
        # not advance a revision twice.
        self._touched.clear()
        self._reindex.clear()
        self._created.clear()
        self._linked.clear()

    def _finished_changes(self, touched: dict[uuid.UUID, Record]) -> Changes:
        """The records touched since the last finish, sorted into created and updated.
        Imports that keep their revisions are not listed: they are bulk operations
        and report what they wrote themselves."""
        created: set[RecordRef] = set()
        updated: set[RecordRef] = set()
        for record_id, record in touched.items():
            ref = RecordRef(record.kind, record_id)
            (created if record_id in self._created else updated).add(ref)
        linked = self._linked - touched.keys()
        kinds: dict[uuid.UUID, str] = {}
        if linked:
            query = select(Record.id, Record.kind).where(Record.id.in_(linked))
            kinds = {record_id: kind for record_id, kind in self.session.execute(query)}
        return Changes(
            created=frozenset(created),
            updated=frozenset(updated),
            linked=frozenset(RecordRef(kinds[i], i) for i in linked if i in kinds)
            | frozenset(RecordRef(touched[i].kind, i) for i in self._linked if i in touched),
        )

    def _load(self, ids: list[uuid.UUID], *, fresh: bool = False) -> dict[uuid.UUID, Record]:
        """The records among ``ids`` that exist, in a few queries; ``fresh``: as the
        database holds them now (bulk writes go around the session)."""
        poly, parts = with_parts()  # revisions and search entries read every part
        found: dict[uuid.UUID, Record] = {}
        for start in range(0, len(ids), 500):
            query = select(poly).where(poly.id.in_(ids[start : start + 500])).options(*parts)
            query = query.execution_options(populate_existing=fresh)
            found.update((r.id, r) for r in self.session.scalars(query))
        return found

    def _advance(self, records: list[Record]) -> None:
        """New revisions for ``records``: their content hashed less links to records
        confidential here (:mod:`workbench.hidden_links`), looked up in one go."""
        links = {record.id: read_links(self.session, record) for record in records}
        targets = (str(t) for roles in links.values() for ts in roles.values() for t in ts)
        hidden = confidential_among(self.session, targets)
        for record in records:
            content = content_dict(read_fields(record), links[record.id], read_children(record))
            parent = record.revision or None
            record.revision = next_revision(parent, without_links_to(content, hidden))
            record.ancestors = next_ancestors(parent, record.ancestors or [])
            record.updated_at = self.now
            record.changed_by = self.author

"""Whether records carry revisions that name their content, wherever they come from.

A revision is a hash of its parent and the record's content
(:mod:`workbench.revisions`), so two copies holding one revision hold one
content, and a merge that finds the same revision on both sides rightly changes
nothing. A record edited by hand in a dump keeps its old revision with a new
content, and that promise breaks. So every way records come in checks it, each
as its purpose asks:

* ``load`` (in memory, streamed, and so the starter library) takes such a
  record as a change made outside Workbench: it is written with a new revision
  on top of the one it names (its history kept), and the load report names it;
* ``merge`` refuses it as damaged or forged (:func:`check_theirs`): a
  colleague's file says what they did, and a record it misstates cannot be
  merged honestly;
* ``workbench check`` reports records whose stored content does not match
  their revision (:func:`stored_records`): a change made to the file itself.

Content is what the record holds less its metadata, as interchange writes it
(which is how the app hashes it); a deletion's content is ``{"deleted": true}``.
Links to confidential records are left out of the hash
(:mod:`workbench.hidden_links`), so a share that withholds them ships records
that still match their revisions; every check is given the ids of the records
confidential in the document or the project (:func:`hidden_ids`). A record
whose revision was made before that rule, shared without its confidential
links, cannot match as shipped: the share gives it a new revision on top
(:func:`workbench.confidential.without_confidential`), and a merge also tries
it with our links to the withheld records given back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Tombstone
from workbench import kinds
from workbench.hidden_links import confidential_among, confidential_ids
from workbench.interchange.dumping import iter_records
from workbench.interchange.format import (
    META_KEYS,
    InterchangeError,
    ParsedRecord,
    ParsedTombstone,
)
from workbench.kinds import SECTION_NAMES
from workbench.records import (
    LATER_FIELDS,
    LATER_PART_FIELDS,
    content_dict,
    display_title,
    field_specs,
    json_value,
    link_roles,
)
from workbench.revisions import DELETED, MAX_ANCESTORS, names_content, next_revision

RecordName = tuple[str, uuid.UUID, str]
"""A record as a report names it: kind, id, title."""

_CONFIDENTIAL_KINDS = frozenset(kinds.confidential_kinds())


def item_content(item: Mapping[str, Any]) -> dict[str, Any]:
    """A record's content as interchange holds it: the item less its metadata."""
    return {key: value for key, value in item.items() if key not in META_KEYS}


def item_names_its_content(item: Mapping[str, Any], hidden: frozenset[str]) -> bool:
    """Whether an (already validated) item's revision names its content."""
    return names_content(item["revision"], item.get("ancestors", []), item_content(item), hidden)


def record_names_its_content(
    record: ParsedRecord, hidden: frozenset[str], item: Mapping[str, Any] | None = None
) -> bool:
    """Whether a validated record's revision names the content it will be stored as.

    Its ``item`` (as the document gives it) is tried first: what Workbench writes
    is the stored content already, and hashing the item costs a third of building
    that content again. A revision names the item's content only if someone hashed
    exactly it, and what is stored follows from it alone."""
    revision, ancestors = record.meta["revision"], record.meta["ancestors"]
    if item is not None:
        content = item_content(item)
        if _stored_shape(record.kind, content) and names_content(
            revision, ancestors, content, hidden
        ):
            return True
    return names_content(revision, ancestors, parsed_content(record), hidden)


def _stored_shape(kind: str, content: Mapping[str, Any]) -> bool:
    """Whether an item's content has the keys its stored content will have: every
    field (those added later only when not at their default), every link role and
    every part (those added later only when not empty). Else the revision must name
    the stored content, built in full."""
    fields, roles = _SHAPES[kind]
    later = [name for name in content if name in LATER_FIELDS]
    if any(content[name] == LATER_FIELDS[name] for name in later):
        return False
    later_parts = [name for name in content if name in kinds.LATER_PARTS]
    if any(not content[name] for name in later_parts):
        return False
    later += later_parts
    links = content.get("links")
    return (
        len(content) - len(later) == len(fields)
        and fields.issubset(content.keys())
        and isinstance(links, dict)
        and links.keys() == roles
    )


_SHAPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    kind: (
        frozenset(
            [
                *(n for n in field_specs(kind) if n not in LATER_FIELDS),
                "links",
                *(n for n in entry.part_names if n not in kinds.LATER_PARTS),
            ]
        ),
        frozenset(link_roles(kind)),
    )
    for kind, entry in kinds.RECORD_KINDS.items()
}
"""Per kind: the keys a stored content always has, and its link roles."""


def parsed_content(record: ParsedRecord) -> dict[str, Any]:
    """The content a validated record has once stored, as the app hashes it: every
    field (defaults for those not given), every link role, ids in their stored
    form and times in UTC, whichever valid form the document gave them in."""
    fields = {
        name: _stored(record.fields.get(name, spec.default))
        for name, spec in field_specs(record.kind).items()
    }
    links = {role: tuple(record.links.get(role, ())) for role in link_roles(record.kind)}
    children = {
        part.name: tuple(_part_content(part, item) for item in record.children.get(part.name, ()))
        for part in kinds.of(record.kind).parts
    }
    return content_dict(fields, links, children)


def _part_content(part: kinds.Part, item: Mapping[str, Any]) -> dict[str, Any]:
    """A validated part as :func:`workbench.records.part_json` reads it back."""
    content: dict[str, Any] = {"id": str(item["id"])}
    for reference in part.references:
        if not reference.many:
            content[reference.key] = json_value(item.get(reference.parsed_key))
    for name in part.fields:
        value = json_value(_stored(item.get(name)))
        if name not in LATER_PART_FIELDS or value != LATER_PART_FIELDS[name]:
            content[name] = value
    for reference in part.references:
        if reference.many:
            content[reference.key] = [str(target) for target in item.get(reference.key, ())]
    return content


def _stored(value: Any) -> Any:
    """A value as the database gives it back (times in UTC)."""
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def tombstone_names_deletion(tombstone: ParsedTombstone) -> bool:
    """Whether a deletion's revision is one the app gives a deletion."""
    return names_content(tombstone.revision, tombstone.ancestors, DELETED)


def confidential_in(kind: str, item: Mapping[str, Any]) -> bool:
    """Whether a document's item is a record that may be withheld and is not public."""
    return kind in _CONFIDENTIAL_KINDS and item.get("confidentiality", "public") != "public"


def document_hidden(document: Mapping[str, Any]) -> set[str]:
    """The ids (text) of a whole document's confidential records."""
    return {
        str(item.get("id"))
        for kind in _CONFIDENTIAL_KINDS
        for item in document.get(SECTION_NAMES[kind], [])
        if isinstance(item, dict) and confidential_in(kind, item)
    }


def hidden_ids(
    session: Session, document_ids: Iterable[str] = (), *, among: Iterable[str] | None = None
) -> frozenset[str]:
    """The records confidential here or in the document (ids as text); of those
    here, only those ``among`` the ids given, when given: the targets of the links
    a check will meet, on a large project a few thousand of a quarter million."""
    here = confidential_ids(session) if among is None else confidential_among(session, among)
    return here | frozenset(document_ids)


# --- load: a change made outside Workbench ---------------------------------------


def changed_outside(
    records: Iterable[ParsedRecord], items: Iterable[Mapping[str, Any]], hidden: frozenset[str]
) -> list[RecordName]:
    """The validated ``records`` (with their ``items``, in the same order) whose
    revision does not name their content."""
    return [
        (record.kind, record.id, display_title(record.kind, record.fields))
        for record, item in zip(records, items, strict=True)
        if not record_names_its_content(record, hidden, item)
    ]


def revised_tombstones(tombstones: Sequence[ParsedTombstone]) -> list[RecordName]:
    """Give each deletion whose revision is not a deletion's one on top of it (a
    deletion has no content to lose); the deletions so revised, as named in a report."""
    revised = []
    for tombstone in tombstones:
        if not tombstone_names_deletion(tombstone):
            tombstone.ancestors = [tombstone.revision, *tombstone.ancestors][:MAX_ANCESTORS]
            tombstone.revision = next_revision(tombstone.revision, DELETED)
            revised.append((tombstone.kind, tombstone.id, "(deleted)"))
    return revised


# --- merge: their records ----------------------------------------------------------


def check_theirs(
    hidden: frozenset[str],
    shipped: Iterable[tuple[ParsedRecord, Mapping[str, Any]]],
    restored: Mapping[uuid.UUID, ParsedRecord],
    tombstones: Iterable[ParsedTombstone],
) -> None:
    """Refuse, naming it, the first of a colleague's records whose revision names
    neither its record (and item) as ``shipped`` nor as ``restored`` (our links to
    records their share withheld given back), or the first deletion whose
    revision is not a deletion's."""
    for record, item in shipped:
        if record_names_its_content(record, hidden, item):
            continue
        given_back = restored[record.id]
        if given_back is record or not record_names_its_content(given_back, hidden):
            raise _forged(record.kind, record.id, display_title(record.kind, record.fields))
    for tombstone in tombstones:
        if not tombstone_names_deletion(tombstone):
            raise _forged(tombstone.kind, tombstone.id, "(deleted)", "tombstones")


def _forged(kind: str, record_id: uuid.UUID, title: str, section: str = "") -> InterchangeError:
    """The one-line refusal of a record that does not match its revision."""
    return InterchangeError(
        f"{section or SECTION_NAMES[kind]} (id {record_id})",
        f"{kind} '{title}' does not match its revision: the file was damaged or "
        "altered outside Workbench; ask for a new copy of it",
    )


# --- check: stored records ----------------------------------------------------------


def stored_records(session: Session) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every stored record as the document holds it, kind by kind in id order,
    with whether its content matches its revision; read in batches (linear
    time). ``workbench check`` reads each record once, for this and for what
    its texts hold."""
    hidden = hidden_ids(session)
    for kind in SECTION_NAMES:
        for item in iter_records(session, kind):
            yield kind, item, item_names_its_content(item, hidden)


def altered_deletions(session: Session) -> Iterator[RecordName]:
    """Every deletion whose revision is not a deletion's, in id order."""
    for tombstone in session.scalars(select(Tombstone).order_by(Tombstone.id)):
        if not names_content(tombstone.revision, tombstone.ancestors or [], DELETED):
            yield tombstone.kind, tombstone.id, "(deleted)"

"""Resolving: versions of one record in, the version to keep out. Pure: no
database, no project; every function here gives the same answer for the same
content on every machine, which is what lets two colleagues who merge each
other's work end with the same records.

A resolved revision descends from both sides, so merging the same file again
changes nothing. The parent of a resolved revision is the greater of the two
revisions (:func:`rank`), and ``both`` keeps the greater revision in place and
copies the other, so the outcome does not depend on who merges whom.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db.models import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from workbench import bilingual, kinds
from workbench.interchange import META_KEYS, ParsedTombstone
from workbench.kinds import PART_NAMES
from workbench.merge.model import (
    Change,
    Choice,
    Comparison,
    ConflictShape,
    RecordItem,
    Resolution,
    Version,
)
from workbench.records import FieldSpec, field_specs, link_roles, part_field_specs
from workbench.revisions import MAX_ANCESTORS, generation, next_revision, without_links_to

COPY_SUFFIX = " (conflicting copy)"


def compare(ours: Version, theirs: Version) -> Comparison:
    """Whether the versions are the same, one descends from the other, or neither."""
    if ours.revision == theirs.revision:
        return Comparison.SAME
    if ours.revision in theirs.ancestors:
        return Comparison.THEIRS
    if theirs.revision in ours.ancestors:
        return Comparison.OURS
    return Comparison.CONFLICT


# --- fields ---------------------------------------------------------------------------


def differing_fields(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> tuple[str, ...]:
    """The content keys two versions disagree on; links one role at a time, as
    ``links.<role>``, so each role can be resolved on its own."""
    found: list[str] = []
    for name in content_keys(ours, theirs):
        if name == "links":
            mine, other = ours.get("links", {}), theirs.get("links", {})
            roles = dict.fromkeys([*mine, *other])
            found.extend(f"links.{r}" for r in roles if mine.get(r, []) != other.get(r, []))
        elif ours.get(name) != theirs.get(name):
            found.append(name)
    return tuple(found)


def combinable(kind: str, name: str) -> bool:
    """Whether a field can keep both sides' values: long texts (one after the
    other), link roles holding many records and parts lists (the union), and
    translations (every language and text either side has)."""
    if name == bilingual.FIELD:
        return True
    if name.startswith("links."):
        role = link_roles(kind).get(name.removeprefix("links."))
        return role is not None and role.many
    if name in PART_NAMES:
        return True
    spec = field_specs(kind).get(name)
    return spec is not None and spec.type is str and not spec.choices and _is_long(spec)


def _is_long(spec: FieldSpec) -> bool:
    return (spec.max_length or 0) > SHORT_TEXT_LIMIT


def combined(kind: str, name: str, mine: Any, theirs: Any) -> Any:
    """Both sides' values of a :func:`combinable` field, ours first."""
    if name.startswith("links.") or name in PART_NAMES:
        mine, theirs = list(mine or []), list(theirs or [])
        key = (lambda v: v["id"]) if name in PART_NAMES else (lambda v: v)
        held = {key(v) for v in mine}
        return mine + [v for v in theirs if key(v) not in held]
    if name == bilingual.FIELD:
        return _combined_translations(kind, mine or {}, theirs or {})
    if not mine or mine == theirs:
        return theirs
    if not theirs:
        return mine
    limit = field_specs(kind)[name].max_length or len(mine) + len(theirs) + 2
    return f"{mine}\n\n{theirs}"[:limit]


def _combined_translations(
    kind: str, mine: Mapping[str, Mapping[str, str]], theirs: Mapping[str, Mapping[str, str]]
) -> dict[str, dict[str, str]]:
    """Every language and text either side translated. Where both translated the
    same text differently, a long text keeps both, ours first (as a long field
    does), and a short one (a title, a name) keeps ours."""
    merged: dict[str, dict[str, str]] = {}
    for language in dict.fromkeys([*mine, *theirs]):
        ours, other = mine.get(language, {}), theirs.get(language, {})
        texts = {**other, **ours}
        for key, text in other.items():
            if ours.get(key) not in (None, text) and _long_translation(kind, key):
                texts[key] = f"{ours[key]}\n\n{text}"[:LONG_TEXT_LIMIT]
        merged[language] = texts
    return merged


def _long_translation(kind: str, key: str) -> bool:
    """Whether the text a translation key stands for is a long one, as the spec of
    its field says (a part's text, ``<part>.<id>.<name>``: its column's)."""
    name = key.rsplit(".", 1)[-1]
    if "." in key:
        spec = _part_specs(kind, key.split(".", 1)[0]).get(name)
    else:
        spec = field_specs(kind).get(name)
    return _is_long(spec) if spec is not None else name != "title"


@functools.cache
def _part_specs(kind: str, part: str) -> dict[str, FieldSpec]:
    entry = kinds.of(kind)
    return part_field_specs(entry.part(part)) if part in entry.part_names else {}


def content_keys(*items: Mapping[str, Any]) -> list[str]:
    """The keys of the items' content (not their metadata), in the order first seen."""
    keys: dict[str, None] = {}
    for item in items:
        keys.update((k, None) for k in item if k not in META_KEYS)
    return list(keys)


def content(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item's content: fields, links and parts, without the record's metadata."""
    return {k: v for k, v in item.items() if k not in META_KEYS}


def field_by_field(
    kind: str, ours: Mapping[str, Any], theirs: Mapping[str, Any], choices: Mapping[str, str]
) -> dict[str, Any]:
    """Content taking each field (and link role) from the side chosen for it:
    "mine" (the default), "theirs", or "both" where :func:`combinable`. A choice
    for "links" applies to every role that has none of its own."""

    def pick(name: str, mine: Any, other: Any, default: str = Choice.MINE) -> Any:
        choice = choices.get(name, default)
        if choice == Choice.BOTH and combinable(kind, name):
            return combined(kind, name, mine, other)
        return other if choice == Choice.THEIRS else mine

    result: dict[str, Any] = {}
    for name in content_keys(ours, theirs):
        if name != "links":
            result[name] = pick(name, ours.get(name), theirs.get(name))
            continue
        mine, other = ours.get("links", {}), theirs.get("links", {})
        whole = choices.get("links", Choice.MINE)
        result["links"] = {
            role: pick(f"links.{role}", mine.get(role, []), other.get(role, []), whole)
            for role in dict.fromkeys([*mine, *other])
        }
    return result


def with_proposal(
    kind: str,
    proposal: Mapping[str, Any],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    choices: Mapping[str, str],
) -> dict[str, Any]:
    """The three-way merge's content (``proposal``) with the fields the user chose
    otherwise: "mine" or "theirs" (that side's value as it stands), "both" where
    :func:`combinable`; "merged", and every field not named, as merged."""
    result = {**proposal, "links": dict(proposal.get("links", {}))}
    for name, choice in choices.items():
        if choice == Choice.MERGED:
            continue
        mine, other = field_value(ours, name), field_value(theirs, name)
        if choice == Choice.BOTH and combinable(kind, name):
            value = combined(kind, name, mine, other)
        else:
            value = other if choice == Choice.THEIRS else mine
        _put(result, name, value)
    if not result["links"] and "links" not in proposal:
        del result["links"]
    return result


def field_value(item: Mapping[str, Any], name: str) -> Any:
    """The value of one field, link role (``links.<role>``) or list of parts."""
    if name.startswith("links."):
        return item.get("links", {}).get(name.removeprefix("links."))
    return item.get(name)


def _put(content: dict[str, Any], name: str, value: Any) -> None:
    target, key = content, name
    if name.startswith("links."):
        target, key = content["links"], name.removeprefix("links.")
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


# --- conflicts ------------------------------------------------------------------------


@dataclass
class Outcome:
    """What resolving one conflict writes, deletes, and keeps as conflicting copies."""

    writes: list[RecordItem] = field(default_factory=list)
    deletions: list[ParsedTombstone] = field(default_factory=list)
    copies: list[uuid.UUID] = field(default_factory=list)


def resolve_conflict(
    change: Change,
    ours: dict[str, Any] | None,
    theirs: dict[str, Any] | None,
    our_version: Version,
    their_tombstone: ParsedTombstone | None,
    resolution: Resolution,
    hidden: frozenset[str],
) -> Outcome:
    """Resolve one conflict as ``resolution`` says. ``ours`` and ``theirs`` are the
    two records as interchange JSON (None on the side that deleted it), and
    ``hidden`` the ids (as text) of records confidential here (see :func:`merge_revision`)."""
    if change.proposal is not None and isinstance(resolution, Mapping):
        assert ours is not None and theirs is not None
        chosen = with_proposal(change.kind, change.proposal, ours, theirs, resolution)
        kept = merged(ours, theirs, chosen, hidden)
        return Outcome(writes=[RecordItem(change.kind, change.id, kept)])
    if change.conflict in (ConflictShape.EDIT_EDIT, ConflictShape.NONE):
        assert ours is not None and theirs is not None
        return _resolve_edits(change.kind, ours, theirs, resolution, hidden)
    if change.conflict == ConflictShape.EDIT_DELETE:  # we edited, they deleted
        assert ours is not None and their_tombstone is not None
        if resolution == Choice.THEIRS:
            return Outcome(deletions=[merged_tombstone(their_tombstone, our_version)])
        their_version = Version(
            their_tombstone.revision, tuple(their_tombstone.ancestors), deleted=True
        )
        kept = descendant(ours, our_version, their_version, hidden)
        return Outcome(writes=[RecordItem(change.kind, change.id, kept)])
    # delete/edit: we deleted, they edited
    assert theirs is not None
    their_version = Version(theirs["revision"], tuple(theirs["ancestors"]), False)
    if resolution == Choice.MINE:
        tombstone = ParsedTombstone(
            change.id, change.kind, our_version.revision, list(our_version.ancestors),
            datetime.fromisoformat(theirs["updated_at"]), theirs.get("changed_by", ""),
        )  # fmt: skip
        return Outcome(deletions=[merged_tombstone(tombstone, their_version)])
    kept = descendant(theirs, their_version, our_version, hidden)
    return Outcome(writes=[RecordItem(change.kind, change.id, kept)])


def _resolve_edits(
    kind: str,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    resolution: Resolution,
    hidden: frozenset[str],
) -> Outcome:
    our_rev, their_rev = ours["revision"], theirs["revision"]
    if resolution == Choice.BOTH:
        winner, loser = (ours, theirs) if rank(our_rev) >= rank(their_rev) else (theirs, ours)
        kept = merged(winner, loser, content(winner), hidden)
        copy = conflicting_copy(kind, loser, hidden)
        copy_id = uuid.UUID(copy["id"])
        writes = [RecordItem(kind, uuid.UUID(kept["id"]), kept), RecordItem(kind, copy_id, copy)]
        return Outcome(writes=writes, copies=[copy_id])
    if resolution in (Choice.MINE, Choice.THEIRS):
        chosen = content(ours if resolution == Choice.MINE else theirs)
    else:
        assert isinstance(resolution, Mapping)
        chosen = field_by_field(kind, ours, theirs, resolution)
    kept = merged(ours, theirs, chosen, hidden)
    return Outcome(writes=[RecordItem(kind, uuid.UUID(kept["id"]), kept)])


# --- revisions ------------------------------------------------------------------------


def rank(revision: str) -> tuple[int, str]:
    """The order of revisions: later generations first, then the greater text."""
    return generation(revision), revision


def merged(
    first: dict[str, Any],
    second: dict[str, Any],
    chosen: dict[str, Any],
    hidden: frozenset[str],
) -> dict[str, Any]:
    """A record with content ``chosen`` whose revision descends from both ``first``
    and ``second`` (two versions of one record)."""
    parent = max(first["revision"], second["revision"], key=rank)
    return {
        "id": first["id"],
        "revision": merge_revision(parent, chosen, hidden),
        "ancestors": joined_history(first, second),
        "created_at": min(first["created_at"], second["created_at"]),
        "updated_at": max(first["updated_at"], second["updated_at"]),
        "changed_by": (first if first["revision"] == parent else second).get("changed_by", ""),
        **kinds.stored_form(chosen),
    }


def joined_history(*items: Mapping[str, Any]) -> list[str]:
    """Every revision the items are or descend from, latest first, as many as are kept."""
    revisions = {r for item in items for r in (item["revision"], *item["ancestors"])}
    return sorted(revisions, key=rank, reverse=True)[:MAX_ANCESTORS]


def descendant(
    item: dict[str, Any], own: Version, other: Version, hidden: frozenset[str]
) -> dict[str, Any]:
    """``item`` kept, with a revision that also descends from the other side's."""
    histories = [
        {"revision": own.revision, "ancestors": list(own.ancestors)},
        {"revision": other.revision, "ancestors": list(other.ancestors)},
    ]
    parent = max(own.revision, other.revision, key=rank)
    return {
        **item,
        "revision": merge_revision(parent, content(item), hidden),
        "ancestors": joined_history(*histories),
    }


def merged_tombstone(tombstone: ParsedTombstone, other: Version) -> ParsedTombstone:
    """``tombstone`` with a revision that also descends from the other side's version."""
    histories = [
        {"revision": tombstone.revision, "ancestors": tombstone.ancestors},
        {"revision": other.revision, "ancestors": list(other.ancestors)},
    ]
    parent = max(tombstone.revision, other.revision, key=rank)
    return ParsedTombstone(
        tombstone.id,
        tombstone.kind,
        next_revision(parent, {"deleted": True}),
        joined_history(*histories),
        tombstone.deleted_at,
        tombstone.changed_by,
    )


def conflicting_copy(kind: str, item: dict[str, Any], hidden: frozenset[str]) -> dict[str, Any]:
    """The losing version as a new record: a new id (the same on every machine),
    new ids for its parts, and a title saying what it is."""
    copy_id = uuid.uuid5(uuid.UUID(item["id"]), f"conflict:{item['revision']}")
    copied = content(item)
    title_field = kinds.of(kind).title_field
    if title_field in field_specs(kind):
        copied[title_field] = (str(copied.get(title_field, "")) + COPY_SUFFIX)[:2000]
    for part in PART_NAMES:
        if part in copied:
            copied[part] = [
                {**child, "id": str(uuid.uuid5(copy_id, str(child["id"])))}
                for child in copied[part]
            ]
    return {
        "id": str(copy_id),
        "revision": merge_revision(item["revision"], copied, hidden),
        "ancestors": [item["revision"], *item["ancestors"]][:MAX_ANCESTORS],
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
        "changed_by": item.get("changed_by", ""),
        **copied,
    }


def merge_revision(parent: str, chosen: Mapping[str, Any], hidden: frozenset[str]) -> str:
    """The revision a merge gives content ``chosen``, its links to records confidential
    here left out of the hash: a colleague who cannot see those records (and so holds
    no such links) reaches the same revision for the same merge, and the two converge.
    Hashed as it will be stored (an empty part list added later left out)."""
    return next_revision(parent, without_links_to(kinds.stored_form(chosen), hidden))

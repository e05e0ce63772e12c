"""Three-way merge of one record's content: the common ancestor, ours and theirs
in, the merged content and what happened to each field out. Pure: no database,
no project, no Qt.

A field one side changed takes that side's value without a question. A field
both changed is merged by what it is:

- a long text (a markdown body) by paragraph and sentence
  (:mod:`workbench.merge.text_merge`);
- a link role holding many records, and a list of parts, as an ordered set
  (:mod:`workbench.merge.ordered_merge`); a part both sides kept is merged field by
  field the same way (a section's list of recommendations too), and a part one
  side removed while the other edited it is a conflict;
- translations per language and per text, each text as its field would be;
- anything else (a short text, a choice, a date, a flag, a single link) is a
  conflict unless both chose the same value.

Whoever merges, a merge without conflicts gives the same content, and the same
fields conflict both ways: two colleagues merging each other's work converge.
Merging a side with itself, or with the unchanged ancestor, gives that side.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.models import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from workbench import bilingual, kinds
from workbench.interchange import META_KEYS
from workbench.merge.model import FieldOutcome
from workbench.merge.ordered_merge import merge_ordered
from workbench.merge.text_merge import TextConflict, TextMerge, merge_text
from workbench.records import FieldSpec, field_specs, link_roles, part_field_specs
from workbench.revisions import canonical_json

__all__ = [
    "ContentMerge",
    "FieldMerge",
    "FieldOutcome",
    "TextConflict",
    "TextMerge",
    "merge_content",
    "merge_ordered",
    "merge_text",
]


class _Absent:
    """A key one version does not hold (unlike a key holding None)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class FieldMerge:
    """What merging did with one content key: ``title``, ``links.<role>``, a part
    list's name, or the translations."""

    name: str
    outcome: FieldOutcome
    base: Any
    mine: Any
    theirs: Any
    value: Any
    """The merged value; for a conflict, every edit that does not overlap applied
    and our wording wherever edits overlap (so "mine" stands until someone chooses).
    None (as ``base``, ``mine`` and ``theirs``) where that version has no such key."""
    regions: tuple[TextConflict, ...] = ()
    """For a conflicting text (or texts inside it): each overlapping region."""


@dataclass(frozen=True)
class ContentMerge:
    content: dict[str, Any]
    """The merged content: the shape of ``resolve.content(item)``, no metadata."""
    fields: tuple[FieldMerge, ...]

    @property
    def conflicts(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.outcome == FieldOutcome.CONFLICT)

    @property
    def automatic(self) -> tuple[str, ...]:
        """What the merge changed for us without asking."""
        changed = (FieldOutcome.THEIRS, FieldOutcome.MERGED)
        return tuple(f.name for f in self.fields if f.outcome in changed)

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Merged:
    """A merged value on its way up: the value, whether some part of it conflicts,
    and the text regions that do."""

    value: Any
    conflict: bool = False
    regions: list[TextConflict] = field(default_factory=list)


Merger = Callable[[Any, Any, Any], _Merged]


def merge_content(
    kind: str, base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> ContentMerge:
    """``mine`` and ``theirs``, two versions of a ``kind`` record descending from
    ``base`` (each as ``resolve.content`` gives it), merged field by field."""
    merged: dict[str, Any] = {}
    fields: list[FieldMerge] = []
    for name in _keys(base, mine, theirs):
        if name == kinds.LINKS:
            roles = _merge_links(kind, *(v.get(name) or {} for v in (base, mine, theirs)))
            fields.extend(f for f, _ in roles)
            merged[name] = {f.name.split(".", 1)[1]: f.value for f, held in roles if held}
            continue
        found, held = _merge_field(name, _merger(kind, name), base, mine, theirs)
        fields.append(found)
        if held:
            merged[name] = found.value
    return ContentMerge(merged, tuple(fields))


def _keys(*versions: Mapping[str, Any], skip: tuple[str, ...] = META_KEYS) -> list[str]:
    """The keys of the versions but ``skip`` (a record's metadata): the ancestor's
    order, then the others' sorted (so the order does not depend on who is mine)."""
    first = [k for k in versions[0] if k not in skip]
    rest = {k for v in versions[1:] for k in v if k not in skip} - set(first)
    return first + sorted(rest)


def _merge_links(
    kind: str, base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> list[tuple[FieldMerge, bool]]:
    roles = link_roles(kind)
    found = []
    for role in _keys(base, mine, theirs):
        spec = roles.get(role)
        merger = _ordered if spec is None or spec.many else _scalar
        found.append(_merge_field(role, merger, base, mine, theirs, f"{kinds.LINKS}.{role}"))
    return found


def _merge_field(
    key: str,
    merger: Merger,
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    name: str = "",
) -> tuple[FieldMerge, bool]:
    """One key merged, and whether the merged content holds it."""
    values = tuple(v.get(key, ABSENT) for v in (base, mine, theirs))
    outcome, result = _merge_values(merger, *values)
    base_value, mine_value, their_value, value = (
        None if v is ABSENT else v for v in (*values, result.value)
    )
    found = FieldMerge(
        name or key,
        outcome,
        base=base_value,
        mine=mine_value,
        theirs=their_value,
        value=value,
        regions=tuple(result.regions),
    )
    return found, result.value is not ABSENT


def _merge_values(
    merger: Merger, base: Any, mine: Any, theirs: Any
) -> tuple[FieldOutcome, _Merged]:
    """One value merged: taken from the side that changed it, or, when both did,
    combined by ``merger``."""
    if mine == theirs:
        same = FieldOutcome.UNCHANGED if mine == base else FieldOutcome.SAME
        return same, _Merged(mine)
    if theirs == base:
        return FieldOutcome.MINE, _Merged(mine)
    if mine == base:
        return FieldOutcome.THEIRS, _Merged(theirs)
    result = merger(base, mine, theirs)
    return (FieldOutcome.CONFLICT if result.conflict else FieldOutcome.MERGED), result


def _value(merger: Merger, base: Any, mine: Any, theirs: Any) -> _Merged:
    """:func:`_merge_values` for a value inside another (a part's field, a translation)."""
    return _merge_values(merger, base, mine, theirs)[1]


# --- kinds of value --------------------------------------------------------------------


def _scalar(base: Any, mine: Any, theirs: Any) -> _Merged:
    """Both changed a value that cannot be combined: ours stands, as a conflict."""
    return _Merged(mine, conflict=True)


def _text_merger(limit: int | None) -> Merger:
    def merge(base: Any, mine: Any, theirs: Any) -> _Merged:
        if not (isinstance(mine, str) and isinstance(theirs, str)):
            return _scalar(base, mine, theirs)
        text = merge_text(base if isinstance(base, str) else "", mine, theirs)
        if limit is not None and len(text.text) > limit:
            return _scalar(base, mine, theirs)  # both sides' text would not fit: choose
        return _Merged(text.text, bool(text.conflicts), list(text.conflicts))

    return merge


def _ordered(base: Any, mine: Any, theirs: Any) -> _Merged:
    if not all(isinstance(v, list) for v in (mine, theirs)):
        return _scalar(base, mine, theirs)
    return _Merged(merge_ordered(base if isinstance(base, list) else [], mine, theirs))


def _is_long(spec: FieldSpec | None) -> bool:
    """A text long enough to be written in paragraphs (merged by paragraph and sentence)."""
    return (
        spec is not None
        and spec.type is str
        and not spec.choices
        and (spec.max_length or 0) > SHORT_TEXT_LIMIT
    )


def _objects(base: Any, mine: Any, theirs: Any) -> _Merged:
    """A list of objects without ids (a review note's replies) as an ordered set of
    them: what either side added is kept, once, and what either removed is gone."""
    if not all(isinstance(v, list) for v in (mine, theirs)):
        return _scalar(base, mine, theirs)
    ancestor, ours, other = ([canonical_json(o) for o in v] for v in (_list(base), mine, theirs))
    return _Merged([json.loads(text) for text in merge_ordered(ancestor, ours, other)])


def _list(value: Any) -> list[Any]:
    """A list a version holds, or none (a version without the key: ABSENT)."""
    return value if isinstance(value, list) else []


def _spec_merger(spec: FieldSpec | None) -> Merger:
    if spec is not None and _is_long(spec):
        return _text_merger(spec.max_length)
    if spec is not None and spec.type is list:
        return _objects
    return _scalar


def _merger(kind: str, name: str) -> Merger:
    """How a top-level field of a ``kind`` record merges when both sides changed it."""
    if name == bilingual.FIELD:
        return functools.partial(_merge_translations, kind)
    entry = kinds.of(kind)
    if name in entry.part_names:
        return functools.partial(_merge_parts, entry.part(name))
    return _spec_merger(field_specs(kind).get(name))


# --- translations ----------------------------------------------------------------------


def _merge_translations(kind: str, base: Any, mine: Any, theirs: Any) -> _Merged:
    """Per language and per text, each text merged as the field it translates."""
    ancestor, ours, other = (v if isinstance(v, Mapping) else {} for v in (base, mine, theirs))
    result: dict[str, dict[str, str]] = {}
    conflict, regions = False, list[TextConflict]()
    for language in sorted({*ancestor, *ours, *other}):
        texts = tuple(v.get(language) or {} for v in (ancestor, ours, other))
        merged: dict[str, str] = {}
        for key in sorted({k for t in texts for k in t}):
            values = tuple(t.get(key, "") for t in texts)
            found = _value(_translation_merger(kind, key), *values)
            conflict, regions = conflict or found.conflict, regions + found.regions
            if found.value:
                merged[key] = found.value
        if merged:
            result[language] = merged
    return _Merged(result or ABSENT, conflict, regions)  # no translations: left out


def _translation_merger(kind: str, key: str) -> Merger:
    """A translated text merges as the text it translates (a part's: its column's)."""
    name = key.rsplit(".", 1)[-1]
    entry = kinds.of(kind)
    part = key.split(".", 1)[0] if "." in key else ""
    if part in entry.part_names:
        spec = part_field_specs(entry.part(part)).get(name)
    else:
        spec = field_specs(kind).get(name)
    return _text_merger(LONG_TEXT_LIMIT) if _is_long(spec) else _scalar


# --- parts -----------------------------------------------------------------------------


def _merge_parts(part: kinds.Part, base: Any, mine: Any, theirs: Any) -> _Merged:
    """Parts as an ordered set of ids; a part both kept merged field by field; a part
    one side removed and the other edited is a conflict (ours stands). A part list
    added later is absent from a version that has none, and from the result if empty."""
    if part.later:
        mine, theirs = _list(mine), _list(theirs)
    if not all(isinstance(v, list) for v in (mine, theirs)):
        return _scalar(base, mine, theirs)
    by_id = [{str(p["id"]): p for p in v} for v in (_list(base), mine, theirs)]
    ancestor, ours, other = by_id
    order = merge_ordered(list(ancestor), list(ours), list(other), key=_part_key(part, by_id))
    found = _Merged([])
    values: dict[str, Any] = {}
    for pid in order:
        if pid in ours and pid in other:
            kept = _merge_part(part, ancestor.get(pid, {}), ours[pid], other[pid])
            found.conflict = found.conflict or kept.conflict
            found.regions += kept.regions
            values[pid] = kept.value
        else:
            values[pid] = ours.get(pid, other.get(pid))
    removed_edited = [
        pid
        for pid, was in ancestor.items()
        if (pid in ours) != (pid in other) and ours.get(pid, other.get(pid)) != was
    ]
    if removed_edited:
        found.conflict = True
        revived = {pid for pid in removed_edited if pid in ours}
        values.update((pid, ours[pid]) for pid in revived)
        order = _put_back(order, list(ours), revived)
    found.value = [values[pid] for pid in order]
    if part.later and not found.value:
        found.value = ABSENT
    return found


def _put_back(order: list[str], ours: list[str], revived: set[str]) -> list[str]:
    """``order`` with our parts ``revived`` (they removed them, we edited them) back
    after the part they follow here."""
    placed = list(order)
    before: str | None = None
    for pid in ours:
        if pid in revived:
            placed.insert(placed.index(before) + 1 if before is not None else 0, pid)
        if pid in placed:
            before = pid
    return placed


def _part_key(part: kinds.Part, versions: list[dict[str, Any]]) -> Callable[[str], Any]:
    """How parts added at one place on both sides are ordered: by their times (a status
    change, an export), then their ids."""
    times = [n for n, s in part_field_specs(part).items() if s.type.__name__ == "datetime"]

    def key(pid: str) -> tuple[str, ...]:
        item = next(v[pid] for v in versions if pid in v)
        return (*(str(item.get(n) or "") for n in times), pid)

    return key


def _merge_part(part: kinds.Part, base: Mapping[str, Any], mine: Any, theirs: Any) -> _Merged:
    specs = part_field_specs(part)
    lists = {r.key for r in part.references if r.many}
    result: dict[str, Any] = {}
    conflict, regions = False, list[TextConflict]()
    for name in _keys(base, mine, theirs, skip=()):
        merger = _ordered if name in lists else _spec_merger(specs.get(name))
        values = (base.get(name, ABSENT), mine.get(name, ABSENT), theirs.get(name, ABSENT))
        found = _value(merger, *values)
        conflict, regions = conflict or found.conflict, regions + found.regions
        if found.value is not ABSENT:
            result[name] = found.value
    return _Merged(result, conflict, regions)

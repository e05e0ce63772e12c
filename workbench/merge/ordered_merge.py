"""Three-way merge of an ordered set (a link role's targets, the ids of a record's
parts). Pure: no database, no project.

What is in the result: an item both sides still hold, or one either side added.
An item either side removed is gone (a removal is an edit like any other; a
part one side removed and the other edited is caught by the caller, which sees
the edit).

In what order, the same whoever merges:

- The items both sides hold (the skeleton) keep the order of the side that
  reordered them; if neither did, both orders agree; if both did differently,
  the order whose items' keys read first wins (a tie-break that depends on the
  items only, never on which side is "mine").
- An item only one side added goes right after the item it followed on that
  side (or first, if it was first). Items added after the same item by both
  sides are all kept, in the order of their keys; each side's own run of
  additions stays together, since each follows the one before it.

Merging three copies one pair at a time gives the same items in any order; the
order of items added concurrently at one place can differ (no position
identifiers are stored, so nothing else could tell them apart). A chosen trade:
after one merge, two copies' runs at one place read as a single run, so an order
that converged for a third copy would have to cut merged runs apart by their keys
alone, and would cut one colleague's run of additions (three recommendations
added together to a section) apart around another's. Each copy's run stays whole
and in its order instead; only the order of the runs may depend on who merged
first, and the next merge between those copies settles it (the skeleton rule).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

H = TypeVar("H", bound=Hashable)


def merge_ordered(
    base: Sequence[H],
    mine: Sequence[H],
    theirs: Sequence[H],
    key: Callable[[H], Any] = str,
) -> list[H]:
    """``mine`` and ``theirs``, two edits of the ordered set ``base``, merged (see the
    module). ``key`` orders what the sides disagree on; a repeated item counts once."""
    ancestor, ours, other = (list(dict.fromkeys(items)) for items in (base, mine, theirs))
    if ours == other or other == ancestor:
        return ours
    if ours == ancestor:
        return other
    held = set(ancestor)
    in_ours, in_other = set(ours), set(other)
    both = in_ours & in_other
    kept = both | {x for x in ours if x not in held} | {x for x in other if x not in held}
    skeleton = _skeleton(ancestor, ours, other, both, key)
    children: dict[Any, list[H]] = {}
    for side in (ours, other):
        _hang_additions(side, both, kept, children)
    result: list[H] = []
    _walk(None, children, key, result)
    for item in skeleton:
        result.append(item)
        _walk(item, children, key, result)
    return result


def _skeleton(
    ancestor: list[H], ours: list[H], other: list[H], both: set[H], key: Callable[[H], Any]
) -> list[H]:
    """The items both sides hold, in the order of the side that reordered them."""
    mine_order = [x for x in ours if x in both]
    their_order = [x for x in other if x in both]
    if mine_order == their_order:
        return mine_order
    shared = set(ancestor) & both
    base_order = [x for x in ancestor if x in shared]
    mine_moved = [x for x in mine_order if x in shared] != base_order
    theirs_moved = [x for x in their_order if x in shared] != base_order
    if mine_moved != theirs_moved:
        return mine_order if mine_moved else their_order
    return min(mine_order, their_order, key=lambda order: [key(x) for x in order])


def _hang_additions(
    side: list[H], both: set[H], kept: set[H], children: dict[Any, list[H]]
) -> None:
    """Each item only ``side`` added, under the kept item it follows on ``side``."""
    before: H | None = None
    for item in side:
        if item in kept and item not in both:
            children.setdefault(before, []).append(item)
        if item in kept:
            before = item


def _walk(
    parent: H | None, children: dict[Any, list[H]], key: Callable[[H], Any], out: list[H]
) -> None:
    """The additions hanging under ``parent``, each followed by its own."""
    stack = sorted(children.get(parent, ()), key=key, reverse=True)
    while stack:
        item = stack.pop()
        out.append(item)
        stack.extend(sorted(children.get(item, ()), key=key, reverse=True))

"""How a provision is named wherever it is named: with its instrument.

"Article 1(1)" is in every law; a provision is told apart only by the
instrument it belongs to, so lists, pickers, search results, the composer,
preflight findings and the export all name it "CoAO RK, Article 73-3 …": the
instrument's short name, or when it has none the start of its title, cut
between words. One rule, here, read in batches (a list of 100,000 provisions
asks for the instruments of the rows it shows, in one query per 500).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, asc, desc, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Instrument, Link, Provision
from workbench import kinds
from workbench.collation import ALPHABETICAL_LIMIT, sort_key
from workbench.records import display_title, ids_by_kind, model_for

ABBREVIATED_LENGTH = 32
"""Characters of an instrument's title kept when it has no short name."""


def abbreviated(title: str, length: int = ABBREVIATED_LENGTH) -> str:
    """``title`` cut after the last whole word within ``length`` characters, marked
    with an ellipsis; whole when it fits."""
    title = " ".join(title.split())
    if len(title) <= length:
        return title
    cut = title[: length + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > length // 2 else title[:length]
    return cut.rstrip(" ,.;:-–—«“\"'(") + "…"


def instrument_label(short_name: str | None, title: str | None) -> str:
    """An instrument as provisions are named with it: its short name, else its title
    abbreviated."""
    return (short_name or "").strip() or abbreviated(title or "")


def provision_title(instrument: str, own: str) -> str:
    """A provision's name: its instrument's label, then its own (unit and heading)."""
    if instrument and own:
        return f"{instrument}, {own}"
    return instrument or own


def titles(
    session: Session, record_ids: Sequence[uuid.UUID], kind: str | None = None
) -> dict[uuid.UUID, str]:
    """The records' titles as lists name them (a provision with its instrument), reading
    only the fields a title is made of: an outline names its 300 recommendations
    in 4 ms, where reading them whole for their list rows takes 9. Given the ``kind``
    the ids name (an outline's are recommendations), their kinds are not looked up
    (half the time); an id of another kind is then left out, as one naming nothing."""
    found: dict[uuid.UUID, str] = {}
    provisions: list[uuid.UUID] = []
    grouped = {kind: list(record_ids)} if kind else ids_by_kind(session, list(record_ids))
    for kind, ids in grouped.items():
        entry, model = kinds.of(kind), model_for(kind)
        names = entry.title_fields or (entry.title_field,)
        query = select(model.id, *(getattr(model, name) for name in names))
        for record_id, *values in session.execute(query.where(model.id.in_(ids))):
            found[record_id] = display_title(kind, dict(zip(names, values, strict=True)))
        if kind == "provision":
            provisions.extend(ids)
    labels = instrument_labels(session, provisions)
    return {i: provision_title(labels[i], t) if i in labels else t for i, t in found.items()}


def instrument_labels(session: Session, provision_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The instrument label of each of these provisions that names an instrument."""
    labels: dict[uuid.UUID, str] = {}
    for start in range(0, len(provision_ids), 500):
        rows = session.execute(
            select(Link.owner_id, Instrument.short_name, Instrument.title)
            .join(Instrument, Instrument.id == Link.target_id)
            .where(
                Link.role == "instrument",
                Link.owner_id.in_(provision_ids[start : start + 500]),
            )
        )
        labels.update((owner, instrument_label(short, title)) for owner, short, title in rows)
    return labels


_INSTRUMENT = aliased(Instrument, flat=True)
"""Instruments joined to provisions: both are records, so the join needs its own name."""
_LABEL = func.coalesce(func.nullif(_INSTRUMENT.short_name, ""), _INSTRUMENT.title, "")


def provisions_by_instrument(filtered: Select[Any]) -> Select[Any]:
    """``filtered`` (the provision list's filters, selecting nothing yet) selecting
    each provision's id, instrument name and unit, the instrument joined in."""
    return (
        filtered.add_columns(Provision.id, _LABEL, Provision.unit)
        .outerjoin(Link, (Link.owner_id == Provision.id) & (Link.role == "instrument"))
        .outerjoin(_INSTRUMENT, _INSTRUMENT.id == Link.target_id)
    )


def ordered_by_instrument(
    session: Session, query: Select[Any], descending: bool, language: str | None
) -> list[uuid.UUID]:
    """The ids of :func:`provisions_by_instrument`'s rows by instrument, then unit: in
    the language's alphabetical order for a list short enough to sort here."""
    direction = desc if descending else asc
    ordered = query.order_by(direction(_LABEL), direction(Provision.unit), direction(Provision.id))
    rows = list(session.execute(ordered).all())
    if language and len(rows) <= ALPHABETICAL_LIMIT:
        rows.sort(
            key=lambda row: (sort_key(row[1], language), sort_key(row[2] or "", language)),
            reverse=descending,
        )
    return [row[0] for row in rows]

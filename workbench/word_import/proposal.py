"""What an import proposes: one row per record to create, which the user may
untick, give another kind, or merge into a record the library already holds.

A row's links point at other rows by key (or at the library's records by id), so
unticking a row or merging it into an existing record re-points what links to it
when the interchange document is built (:mod:`.writing`). Each row's id is
derived from where it came from: the same document (by the identity
:func:`.reading.read_word` gives it, else its file name) read again gives the
same ids and, unchanged, the same revisions, so importing it a second time
writes nothing; a source's id comes from its URL or title, so two documents
citing one source propose one record.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from workbench.word_import.mentions import (
    InstrumentIndex,
    Mention,
    article_of,
    canonical_name,
    normalized,
)
from workbench.word_import.notes import SourceDraft
from workbench.word_import.reading import ReadReport

IMPORT_NAMESPACE = uuid.UUID("4d0b6c55-6e0c-4f7e-9a8f-1d6a7c2f3b90")
"""The namespace of the ids an import gives the records it proposes."""


@dataclass(frozen=True)
class ExistingSource:
    id: uuid.UUID
    key: str
    title: str
    url: str


BODY_FIELD = {"recommendation": "text", "critique": "argument", "evidence": "summary"}
"""The kinds a row read as prose may be given, each with the field its text goes to."""

ARTICLE_UNIT = {"en": "Article {}", "ru": "Статья {}", "kk": "{}-бап"}
"""A new provision's unit in the document's language."""


@dataclass
class ProposedRecord:
    """One record the import would create."""

    key: str
    """Unique in the proposal: ``recommendation:3``, ``source:rsf-2023``..."""
    kind: str
    title: str
    fields: dict[str, Any]
    links: dict[str, list[str]] = field(default_factory=dict)
    """Role -> keys of other rows, or ids (as text) of records the library holds."""
    parts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Proposed wordings (``provision``: a key or id) or sections (``recommendations``: keys)."""
    origin: str = ""
    """Where in the document it came from: "footnotes 3, 7", "recommendation 2"."""
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    include: bool = True
    same_as: ExistingSource | None = None
    """The library's source this one is merged into: nothing is written for it, what
    links to it links there, and its citations cite that source's key."""

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds this row may be changed to (its own first)."""
        if self.kind in BODY_FIELD:
            return (self.kind, *(k for k in BODY_FIELD if k != self.kind))
        return (self.kind,)

    @property
    def body(self) -> str:
        return str(self.fields.get(BODY_FIELD.get(self.kind, ""), ""))


@dataclass
class Proposal:
    """Every row, in the order the preview shows them: sources, instruments,
    provisions, recommendations (and what they became), the submission."""

    records: list[ProposedRecord]
    language: str
    report: ReadReport = field(default_factory=ReadReport)
    existing_sources: list[ExistingSource] = field(default_factory=list)
    identity: str = ""
    """What the document is known by across its versions (its record ids derive from it)."""

    def row(self, key: str) -> ProposedRecord:
        return next(r for r in self.records if r.key == key)

    def change_kind(self, key: str, kind: str) -> None:
        """Give a prose row another kind: its text moves to that kind's field, its
        links keep the roles the new kind has, and a submission lists only
        recommendations."""
        row = self.row(key)
        if kind == row.kind or kind not in row.kinds:
            return
        body, field = row.body, BODY_FIELD[kind]
        translations = {
            language: {
                name: text
                for name, text in (
                    ("title", texts.get("title")),
                    (field, texts.get(BODY_FIELD[row.kind])),
                )
                if text
            }
            for language, texts in row.fields.get("translations", {}).items()
        }
        row.fields = {"title": row.title, field: body}
        if any(translations.values()):
            row.fields["translations"] = {k: v for k, v in translations.items() if v}
        keep = {"recommendation": ("provisions", "tags"), "critique": ("provisions", "tags")}
        row.links = {role: t for role, t in row.links.items() if role in keep.get(kind, ("tags",))}
        row.parts = {} if kind != "recommendation" else row.parts
        row.kind = kind

    def merge_into(self, key: str, source: ExistingSource | None) -> None:
        """Merge a proposed source into one the library holds (None: keep it new)."""
        self.row(key).same_as = source

    def counts(self) -> dict[str, int]:
        """Rows that will be written, by kind."""
        found: dict[str, int] = {}
        for row in self.records:
            if row.include and row.same_as is None:
                found[row.kind] = found.get(row.kind, 0) + 1
        return found


def record_id(identity: str, place: str) -> uuid.UUID:
    """The id of the record read from ``place`` of the document known as ``identity``."""
    return uuid.uuid5(IMPORT_NAMESPACE, f"{identity}\x00{place}")


def source_identity(source: SourceDraft) -> str:
    """What makes two notes' sources one: the URL without its scheme, or the title."""
    return _plain_url(source.url) if source.url else normalized(source.title)


def matching_source(
    source: SourceDraft, existing: Iterable[ExistingSource]
) -> ExistingSource | None:
    """The library's source with the same URL, else (the note giving none) the same title."""
    identity = source_identity(source)
    if source.url:
        return next((c for c in existing if c.url and _plain_url(c.url) == identity), None)
    return next((c for c in existing if normalized(c.title) == identity), None)


def _plain_url(url: str) -> str:
    return re.sub(r"^[a-z]+://(www\.)?", "", url.casefold()).rstrip("/")


@dataclass
class ProvisionRows:
    """The provisions a document names: the library's, and those to create.

    A provision of an instrument the library does not know is proposed with the
    instrument offered beside it, unticked; it is ticked itself when the document
    says it is concerned (a comparative table's row, a "Provisions concerned"
    line), and offered unticked when the text only mentions it."""

    index: InstrumentIndex
    language: str
    rows: dict[str, ProposedRecord] = field(default_factory=dict)
    """New provisions and unknown instruments, by key."""
    named_as: dict[str, str] = field(default_factory=dict)
    """What :meth:`named` found for each name it was given (a key or an id)."""

    def reference(self, mention: Mention, wanted: bool = False, unit: str = "") -> str:
        """A key or id (as text) for the provision ``mention`` names."""
        existing = self.index.provision(mention)
        if existing is not None:
            return str(existing)
        if mention.instrument is not None:
            return self._new_provision(str(mention.instrument), mention.number, True, unit)
        instrument = self._unknown_instrument(mention.unknown_name)
        return self._new_provision(instrument, mention.number, wanted, unit)

    def named(self, text: str) -> str | None:
        """The provision a table's cell or a "Provisions concerned" line names
        ("КоАП РК, Статья 73-3": instrument, then unit): the library's, or one to
        create; None for an empty name."""
        text = text.strip()
        found_before = self.named_as.get(text)
        if found_before is not None:
            return found_before
        reference = self._named(text)
        if reference is not None:
            self.named_as[text] = reference
        return reference

    def _named(self, text: str) -> str | None:
        pattern = self.index.pattern()
        found = pattern.search(normalized(text)) if pattern else None
        instrument = self.index.names[found.group(1)] if found else None
        name, comma, unit = text.partition(",")
        unit = unit.strip() if comma else text
        number = article_of(text)
        if instrument is not None:
            held = self.index.units.get((instrument, normalized(unit)))
            if held is not None:
                return str(held)
            if number:
                return self.reference(Mention(number, instrument), True, unit)
        if number and comma and name.strip():
            return self.reference(Mention(number, None, name.strip()), True, text)
        return self._new_provision("", number, True, text) if text else None

    def _new_provision(self, instrument: str, number: str, include: bool, unit: str = "") -> str:
        """A provision to create, once per instrument, article and the parts of it
        the unit names after its number ("Статья 29 (пункт 3)" is not "Статья 29")."""
        key = f"provision:{instrument}:{_article_key(number, unit)}"
        if key in self.rows:
            row = self.rows[key]
            if include and unit and not row.include:  # the fuller name the line gives
                row.title, row.fields["unit"] = unit, unit[:200]
            row.include = row.include or include
            return key
        unit = unit or ARTICLE_UNIT.get(self.language, ARTICLE_UNIT["en"]).format(number)
        self.rows[key] = ProposedRecord(
            key,
            "provision",
            unit,
            {"unit": unit[:200]},
            {"instrument": [instrument]} if instrument else {},
            origin="named in the text",
            id=uuid.uuid5(IMPORT_NAMESPACE, key),
            include=include,
        )
        return key

    def _unknown_instrument(self, name: str) -> str:
        """An instrument the library does not know, offered by its name (unticked)."""
        key = f"instrument:{canonical_name(name)}"
        if key not in self.rows:
            self.rows[key] = ProposedRecord(
                key,
                "instrument",
                name,
                {"title": name, "short_name": name[:80]},
                origin="named in the text, not in the library",
                id=uuid.uuid5(IMPORT_NAMESPACE, key),
                include=False,
            )
        return key


def _article_key(number: str, unit: str) -> str:
    """An article and what the unit names after its number, as one key."""
    if not number:
        return normalized(unit)
    article = number.split("(")[0]
    after = normalized(unit[unit.find(article) + len(article) :]) if unit else ""
    return f"{number}|{after}" if after else number

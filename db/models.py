"""The project's data model: typed SQLAlchemy 2 models for every record kind.

Shape of the schema, and why:

* Every top-level record (instrument, provision, critique, evidence, source,
  recommendation, submission, tag) is a row in ``records`` (identity, times,
  author, revision history) joined to a row in its own kind's table (joined
  table inheritance). One identity table lets links, tags, backlinks, search
  and merge treat all kinds alike.
* Links between records live in one ordered ``links`` table keyed by the
  owning record and a role (``provisions``, ``evidence``, ``tags``...). The
  owner is the side that carries the link in interchange and merge (links are
  owned by one side: docs/interchange.md). Foreign keys cascade, so a deleted target
  can never leave a dangling link.
* Things that only exist inside one record (a recommendation's proposed
  wordings and status history, a submission's sections, their items, the
  review notes of either, and the export log) are child tables. They change
  the owner's revision.
* A deleted record leaves a row in ``tombstones`` carrying its revision
  history, so deletions merge like edits.

Column ``info`` carries the validation rules (``choices``, ``max_length``)
that the interchange loader and the services enforce; they live here so the
model stays the single description of a record.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db import vocabulary as vocab
from db.types import GUID, ISODate, UTCDateTime

SHORT_TEXT_LIMIT = 2_000
"""Longest accepted single-line value (titles, names, URLs), in characters."""

LONG_TEXT_LIMIT = 1_000_000
"""Longest accepted long text (Markdown bodies, wordings), in characters."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        uuid.UUID: GUID(),
        datetime: UTCDateTime(),
        date: ISODate(),
        list[str]: JSON(),
        dict[str, Any]: JSON(),
    }


def short_text(*, default: str = "", index: bool = False) -> Mapped[str]:
    """A one-line text field, never NULL (empty string means 'not given')."""
    return mapped_column(
        String(SHORT_TEXT_LIMIT),
        default=default,
        server_default=default,
        index=index,
        info={"max_length": SHORT_TEXT_LIMIT},
    )


def long_text() -> Mapped[str]:
    """A long Markdown text field, never NULL."""
    return mapped_column(
        Text, default="", server_default="", info={"max_length": LONG_TEXT_LIMIT, "long": True}
    )


def choice(choices: tuple[str, ...], default: str) -> Mapped[str]:
    """A field restricted to one of a closed vocabulary's identifiers."""
    return mapped_column(
        String(40), default=default, server_default=default, info={"choices": choices}
    )


def flag(default: bool) -> Mapped[bool]:
    return mapped_column(Boolean, default=default, server_default="1" if default else "0")


@dataclass(frozen=True)
class LinkRole:
    """A kind of link a record may own: which kind it points at, and how many."""

    target_kind: str
    many: bool = True


TAGS = LinkRole("tag")


class Record(Base):
    """Identity and history shared by every record kind."""

    __tablename__ = "records"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(SHORT_TEXT_LIMIT), default="")
    """The author (from settings) who made the latest change."""
    revision: Mapped[str] = mapped_column(String(80))
    ancestors: Mapped[list[str]] = mapped_column(default=list)
    """Recent ancestor revisions, newest first (see workbench.revisions)."""
    translations: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    """The record's texts in other languages, {language: {field: text}}: part of its
    content like any field, so revisions, interchange and merge carry it
    (workbench.bilingual says which fields may be translated)."""

    __mapper_args__ = {"polymorphic_on": "kind"}

    link_roles: ClassVar[dict[str, LinkRole]] = {}
    """Links this kind owns, by role name."""

    search_fields: ClassVar[tuple[str, ...]] = ()
    """Fields indexed for full-text search; the first is the record's title."""


def record_id_column() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("records.id", ondelete="CASCADE"), primary_key=True)


class Tag(Record):
    """A free label or one of the ready-made themes."""

    __tablename__ = "tags"
    __mapper_args__ = {"polymorphic_identity": "tag"}
    id: Mapped[uuid.UUID] = record_id_column()
    name: Mapped[str] = short_text(index=True)
    theme: Mapped[bool] = flag(False)
    description: Mapped[str] = long_text()

    search_fields = ("name", "description")


class Instrument(Record):
    """A legal act or international instrument."""

    __tablename__ = "instruments"
    __mapper_args__ = {"polymorphic_identity": "instrument"}
    id: Mapped[uuid.UUID] = record_id_column()
    title: Mapped[str] = short_text()
    short_name: Mapped[str] = short_text()
    instrument_kind: Mapped[str] = choice(vocab.INSTRUMENT_KINDS, "law")
    jurisdiction: Mapped[str] = short_text()
    status: Mapped[str] = choice(vocab.INSTRUMENT_STATUSES, "in_force")
    adopted_on: Mapped[date | None]
    version_date: Mapped[date | None]
    url: Mapped[str] = short_text()
    notes: Mapped[str] = long_text()

    link_roles = {"tags": TAGS}
    search_fields = ("title", "short_name", "notes")


class Provision(Record):
    """A structural unit of an instrument (article, paragraph, sub-paragraph)."""

    __tablename__ = "provisions"
    __mapper_args__ = {"polymorphic_identity": "provision"}
    id: Mapped[uuid.UUID] = record_id_column()
    unit: Mapped[str] = short_text()
    heading: Mapped[str] = short_text()
    wording: Mapped[str] = long_text()
    wording_is_quotation: Mapped[bool] = flag(False)
    """True when ``wording`` is the statute's own words (exported as a quotation)."""
    wording_language: Mapped[str] = short_text()
    wording_version_date: Mapped[date | None]
    status: Mapped[str] = choice(vocab.PROVISION_STATUSES, "in_force")
    notes: Mapped[str] = long_text()

    link_roles = {
        "instrument": LinkRole("instrument", many=False),
        "wording_source": LinkRole("source", many=False),
        "tags": TAGS,
    }
    search_fields = ("unit", "heading", "wording", "notes")


class Critique(Record):
    """What is wrong with one or more provisions, and which standards say so."""

    __tablename__ = "critiques"
    __mapper_args__ = {"polymorphic_identity": "critique"}
    id: Mapped[uuid.UUID] = record_id_column()
    title: Mapped[str] = short_text()
    category: Mapped[str] = choice(vocab.CRITIQUE_CATEGORIES, "other")
    argument: Mapped[str] = long_text()
    severity: Mapped[str] = choice(vocab.SEVERITIES, "medium")

    link_roles = {
        "provisions": LinkRole("provision"),
        "standards": LinkRole("provision"),
        "evidence": LinkRole("evidence"),
        "tags": TAGS,
    }
    search_fields = ("title", "argument")


class Evidence(Record):
    """A fact (figure, case, ranking, statement...) with its source."""

    __tablename__ = "evidence"
    __mapper_args__ = {"polymorphic_identity": "evidence"}
    id: Mapped[uuid.UUID] = record_id_column()
    title: Mapped[str] = short_text()
    evidence_kind: Mapped[str] = choice(vocab.EVIDENCE_KINDS, "other")
    summary: Mapped[str] = long_text()
    value: Mapped[str] = short_text()
    """The figure as the source gives it ("134/180", "8,361", "23/100")."""
    observed_on: Mapped[date | None]
    observed_precision: Mapped[str] = choice(vocab.DATE_PRECISIONS, "day")
    """How much of ``observed_on`` is known (the year only: it is stored as 1 January)."""
    quotation: Mapped[str] = long_text()
    locator: Mapped[str] = short_text()
    """Where in the source (page, paragraph)."""
    confidentiality: Mapped[str] = choice(vocab.CONFIDENTIALITY, "public")

    link_roles = {"source": LinkRole("source", many=False), "tags": TAGS}
    search_fields = ("title", "summary", "value", "quotation")


class Source(Record):
    """A citable document; ``key`` is what ``[@key]`` citations refer to."""

    __tablename__ = "sources"
    __mapper_args__ = {"polymorphic_identity": "source"}
    id: Mapped[uuid.UUID] = record_id_column()
    key: Mapped[str] = short_text(index=True)
    source_kind: Mapped[str] = choice(vocab.SOURCE_KINDS, "web_page")
    author: Mapped[str] = short_text()
    title: Mapped[str] = short_text()
    short_title: Mapped[str] = short_text()
    """How a later footnote names the source ("General Comment No. 34"): empty, the
    title cut before its first break (a colon, a bracket, a dash)."""
    publisher: Mapped[str] = short_text()
    issued: Mapped[str] = short_text()
    """Publication date as precise as known: "2023", "2023-06" or "2023-06-14"."""
    url: Mapped[str] = short_text()
    accessed_on: Mapped[date | None]
    confidentiality: Mapped[str] = choice(vocab.CONFIDENTIALITY, "public")
    notes: Mapped[str] = long_text()

    link_roles = {"tags": TAGS}
    search_fields = ("title", "short_title", "key", "author", "publisher", "notes")


class Recommendation(Record):
    """An action asked of the addressee, grounded in the library."""

    __tablename__ = "recommendations"
    __mapper_args__ = {"polymorphic_identity": "recommendation"}
    id: Mapped[uuid.UUID] = record_id_column()
    title: Mapped[str] = short_text()
    action: Mapped[str] = choice(vocab.RECOMMENDATION_ACTIONS, "amend")
    text: Mapped[str] = long_text()
    rationale: Mapped[str] = long_text()
    addressee: Mapped[str] = short_text()
    priority: Mapped[str] = choice(vocab.PRIORITIES, "medium")
    status: Mapped[str] = choice(vocab.RECOMMENDATION_STATUSES, "draft")

    proposed_wordings: Mapped[list[ProposedWording]] = relationship(
        order_by="ProposedWording.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    status_history: Mapped[list[StatusChange]] = relationship(
        order_by="StatusChange.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    review_notes: Mapped[list[ReviewNote]] = relationship(
        order_by="ReviewNote.position", cascade="all, delete-orphan", passive_deletes=True
    )

    link_roles = {
        "provisions": LinkRole("provision"),
        "critiques": LinkRole("critique"),
        "evidence": LinkRole("evidence"),
        "tags": TAGS,
    }
    search_fields = ("title", "text", "rationale", "addressee")


class ProposedWording(Base):
    """New wording a recommendation proposes for one provision."""

    __tablename__ = "proposed_wordings"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    provision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("records.id", ondelete="SET NULL"), index=True
    )
    current_wording: Mapped[str] = long_text()
    proposed_wording: Mapped[str] = long_text()
    justification: Mapped[str] = long_text()
    current_wording_translation: Mapped[str] = choice(vocab.WORDING_TRANSLATIONS, "official")
    """Whether the current wording's translations (its texts in other languages)
    are the statute's official texts or an unofficial translation."""


class StatusChange(Base):
    """One step of a recommendation's status history."""

    __tablename__ = "status_changes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = choice(vocab.RECOMMENDATION_STATUSES, "draft")
    changed_at: Mapped[datetime]
    author: Mapped[str] = short_text()
    note: Mapped[str] = long_text()
    """A comment, or the authority's response when the status records one."""


class ReviewNote(Base):
    """A reviewer's comment on an exported document, brought home to the record it
    is about (a recommendation, or a submission for its summary, introduction or a
    section's introduction).

    One table for both owners: ``record_id`` points at the identity table, so a
    note's owner may be of either kind and goes with it (ON DELETE CASCADE)."""

    __tablename__ = "review_notes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = short_text()
    """The field the comment is on (``text``, ``rationale``, ``summary``,
    ``section_introduction``...), as the exported anchor named it."""
    language: Mapped[str] = short_text()
    """The language of the text commented on ("" when not known)."""
    quote: Mapped[str] = long_text()
    """The text the comment was anchored to, as the reviewer saw it."""
    author: Mapped[str] = short_text()
    written_at: Mapped[datetime | None]
    """When the comment was written; None when the document does not say (Word
    writes a comment without a date when asked to remove personal information)."""
    text: Mapped[str] = long_text()
    replies: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default="[]", info={"item_keys": ("author", "date", "text")}
    )
    """The replies to the comment, in order: ``{"author", "date", "text"}`` each, the
    date as ISO 8601 text ("" when not known)."""
    status: Mapped[str] = choice(vocab.REVIEW_NOTE_STATUSES, "open")
    origin: Mapped[str] = short_text()
    """Where the comment came from (``<export id>/<comment id>``): a comment already
    brought in is not brought in again. "" for a note made by hand."""


class Submission(Record):
    """A document assembled from recommendations, exported to Word."""

    __tablename__ = "submissions"
    __mapper_args__ = {"polymorphic_identity": "submission"}
    id: Mapped[uuid.UUID] = record_id_column()
    title: Mapped[str] = short_text()
    subtitle: Mapped[str] = short_text()
    addressee: Mapped[str] = short_text()
    organisation: Mapped[str] = short_text()
    authors: Mapped[str] = short_text()
    place: Mapped[str] = short_text()
    submitted_on: Mapped[date | None]
    language: Mapped[str] = choice(vocab.DOCUMENT_LANGUAGES, "en")
    second_language: Mapped[str] = choice(vocab.SECOND_LANGUAGES, "none")
    """Exported side by side with ``language`` in two columns, unless "none"."""
    template: Mapped[str] = short_text()
    summary: Mapped[str] = long_text()
    introduction: Mapped[str] = long_text()
    include_cover: Mapped[bool] = flag(True)
    include_toc: Mapped[bool] = flag(True)
    include_abbreviations: Mapped[bool] = flag(True)
    include_comparative_table: Mapped[bool] = flag(True)
    include_bibliography: Mapped[bool] = flag(True)
    include_confidential: Mapped[bool] = flag(False)
    citation_style: Mapped[str] = choice(vocab.CITATION_STYLES, "full_then_short")

    sections: Mapped[list[Section]] = relationship(
        order_by="Section.position", cascade="all, delete-orphan", passive_deletes=True
    )
    export_log: Mapped[list[ExportLogEntry]] = relationship(
        order_by="ExportLogEntry.exported_at", cascade="all, delete-orphan", passive_deletes=True
    )
    """This machine's exports of the submission: not its content (see ExportLogEntry)."""
    review_notes: Mapped[list[ReviewNote]] = relationship(
        order_by="ReviewNote.position", cascade="all, delete-orphan", passive_deletes=True
    )

    link_roles = {"tags": TAGS}
    search_fields = ("title", "subtitle", "summary", "introduction", "addressee")


class Section(Base):
    """A titled group of recommendations within a submission."""

    __tablename__ = "sections"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = short_text()
    introduction: Mapped[str] = long_text()

    items: Mapped[list[SectionItem]] = relationship(
        order_by="SectionItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SectionItem(Base):
    """A recommendation's place in a section."""

    __tablename__ = "section_items"
    section_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sections.id", ondelete="CASCADE"), primary_key=True
    )
    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class ExportLogEntry(Base):
    """One export of a submission made on this machine: when, the file's name (or its
    path relative to the project's folder), a hash of the result and what it held.

    Local, like a recent-files list: no part of the submission's content or
    revision, never dumped, shared or merged, so exporting changes no record and
    two colleagues exporting one submission have nothing to reconcile."""

    __tablename__ = "export_log"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    exported_at: Mapped[datetime]
    path: Mapped[str] = short_text()
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    """What was exported (ordered recommendation ids and texts), for 'changed since'."""


class Link(Base):
    """An ordered, owned link from one record to another."""

    __tablename__ = "links"
    owner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(40), primary_key=True)
    target_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_links_target_id", "target_id"),)


class Tombstone(Base):
    """What is left of a deleted record: its identity and revision history."""

    __tablename__ = "tombstones"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    deleted_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(SHORT_TEXT_LIMIT), default="")
    revision: Mapped[str] = mapped_column(String(80))
    ancestors: Mapped[list[str]] = mapped_column(default=list)


class RecordBase(Base):
    """The content of a revision a later merge may need as the common ancestor of
    two diverged versions: what a merge received or made. Not a record's history
    (edits keep none): a few per record, pruned (``workbench.merge.bases``)."""

    __tablename__ = "record_bases"
    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    revision: Mapped[str] = mapped_column(String(80), primary_key=True)
    generation: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    """The revision's content as JSON."""


class ImportedRecord(Base):
    """A record a Word document's import wrote, and the revision it gave it: a
    later import of that document names its new version after this revision, so
    a merge takes it as the record's next version where nobody edited it since,
    and compares field by field with this version where someone did. Local to
    the project (never shared); a record deleted takes its row with it."""

    __tablename__ = "imported_records"
    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True
    )
    document: Mapped[str] = mapped_column(String(SHORT_TEXT_LIMIT))
    """The document's identity: Word's document id, else its file name."""
    revision: Mapped[str] = mapped_column(String(80))
    ancestors: Mapped[list[str]] = mapped_column(default=list)


class ProjectInfo(Base):
    """The project's own identity (one row)."""

    __tablename__ = "project_info"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = short_text()
    created_at: Mapped[datetime]


def _models_by_kind() -> dict[str, type[Record]]:
    """Every kind's model, in the vocabulary's order: the kinds are named once there
    (the command line reads them without loading SQLAlchemy) and each model
    declares its own; a name without a model, or a model without a name, fails here."""
    models = {
        model.__mapper_args__["polymorphic_identity"]: model for model in Record.__subclasses__()
    }
    if set(models) != set(vocab.RECORD_KIND_NAMES):
        raise RuntimeError(
            f"record kinds {sorted(models)} differ from the vocabulary's "
            f"{sorted(vocab.RECORD_KIND_NAMES)}"
        )
    return {kind: models[kind] for kind in vocab.RECORD_KIND_NAMES}


RECORD_KINDS: dict[str, type[Record]] = _models_by_kind()
"""Every record kind by its stable name, in the order lists and dumps use."""

"""What a submission's document will hold, gathered from the project as plain data.

The plan is the single answer to "what goes in the export": the DOCX writer
renders it, and the preview and preflight read it, so they can never disagree
with the file. It is built in one read transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Source, Submission
from workbench import kinds, naming
from workbench.bilingual import localized, section_key, wording_key
from workbench.collation import sort_key
from workbench.errors import RecordNotFound, WorkbenchError
from workbench.export.citations import SourceEntry, find_citations
from workbench.kinds import LINKS
from workbench.project import Project
from workbench.record_cache import RecordCache, read_records
from workbench.records import RecordData


class SubmissionNotFound(WorkbenchError):
    def __init__(self, wanted: str, candidates: Iterable[str] = ()) -> None:
        names = ", ".join(f"'{c}'" for c in candidates)
        hint = f" (submissions: {names})" if names else " (the project has no submission)"
        super().__init__(f"no submission matches '{wanted}'{hint}")
        self.wanted = wanted


class AmbiguousSubmission(WorkbenchError):
    def __init__(self, wanted: str, matches: Iterable[str]) -> None:
        super().__init__(
            f"'{wanted}' matches several submissions: {', '.join(matches)}; give its id"
        )


@dataclass(frozen=True)
class PlannedEvidence:
    id: uuid.UUID
    title: str
    summary: str
    value: str
    observed_on: str
    source_key: str | None


@dataclass(frozen=True)
class PlannedCritique:
    id: uuid.UUID
    title: str
    argument: str


@dataclass(frozen=True)
class PlannedWording:
    recommendation_id: uuid.UUID
    unit: str
    current: str
    proposed: str
    justification: str
    unofficial: bool = False
    """Whether ``current`` is an unofficial translation of the statute's wording
    (the document marks it and says so under the table)."""
    wording_id: uuid.UUID | None = None
    """The wording's own id (its anchor in an exported document is named by it)."""


@dataclass(frozen=True)
class PlannedRecommendation:
    id: uuid.UUID
    title: str
    text: str
    rationale: str
    targets: tuple[str, ...]
    critiques: tuple[PlannedCritique, ...]
    evidence: tuple[PlannedEvidence, ...]
    wordings: tuple[PlannedWording, ...]


@dataclass(frozen=True)
class PlannedSection:
    id: uuid.UUID
    title: str
    introduction: str
    recommendations: tuple[PlannedRecommendation, ...]


SOURCE_NOT_PUBLIC = "its source is not public"
"""Why evidence whose own confidentiality is public is left out when its source
may not be shown (an :class:`Exclusion`'s reason; otherwise it is the record's
confidentiality level)."""


@dataclass(frozen=True)
class Exclusion:
    """Something left out of the document, and why (reported to the user)."""

    kind: str
    id: uuid.UUID
    title: str
    reason: str


@dataclass(frozen=True)
class DocumentPlan:
    submission_id: uuid.UUID
    title: str
    subtitle: str
    addressee: str
    organisation: str
    authors: str
    place: str
    date: str
    language: str
    summary: str
    introduction: str
    include_cover: bool
    include_toc: bool
    include_abbreviations: bool
    include_comparative_table: bool
    include_bibliography: bool
    citation_style: str
    include_confidential: bool
    sections: tuple[PlannedSection, ...]
    abbreviations: tuple[tuple[str, str], ...]
    sources: dict[str, SourceEntry]
    keywords: tuple[str, ...]
    excluded: tuple[Exclusion, ...] = field(default=())

    @property
    def recommendations(self) -> list[PlannedRecommendation]:
        return [r for s in self.sections for r in s.recommendations]

    @property
    def wordings(self) -> list[PlannedWording]:
        return [w for r in self.recommendations for w in r.wordings]


def find_submission(project: Project, wanted: str | None) -> uuid.UUID:
    """A submission by id or exact title; the only one when ``wanted`` is None."""
    with project.reading() as session:
        rows = session.execute(select(Submission.id, Submission.title)).all()
    if wanted is None:
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise SubmissionNotFound("(any)")
        raise AmbiguousSubmission("(no --submission given)", [t for _, t in rows])
    for submission_id, _ in rows:
        if str(submission_id) == wanted.strip().lower():
            return submission_id
    matches = [i for i, t in rows if t == wanted] or [
        i for i, t in rows if t.casefold() == wanted.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousSubmission(wanted, [str(m) for m in matches])
    raise SubmissionNotFound(wanted, [t for _, t in rows])


_SOURCE_COLUMNS = (
    "key",
    "author",
    "title",
    "short_title",
    "publisher",
    "issued",
    "url",
    "accessed_on",
    "confidentiality",
)
"""What a bibliography entry, and a source left out of one, is made of."""


_KEYS_PER_QUERY = 500
"""Citation keys per ``IN (...)`` query: well under SQLite's limit of variables."""


def _source_entry(f: Mapping[str, Any]) -> SourceEntry:
    return SourceEntry(
        key=f["key"],
        author=f["author"],
        title=f["title"],
        short_title=f["short_title"],
        publisher=f["publisher"],
        issued=f["issued"],
        url=f["url"],
        accessed_on=f["accessed_on"].isoformat() if f["accessed_on"] else "",
    )


def cited_keys(plan: DocumentPlan) -> set[str]:
    """Every citation key the document can cite: in any of its texts, and the
    sources of its evidence. Found in every string of the plan, whatever field,
    so the bibliography read for it can never miss one the writer renders."""
    keys = {e.source_key for r in plan.recommendations for e in r.evidence if e.source_key}
    for text in _strings(plan):
        if "@" in text:
            keys.update(item.key for citation in find_citations(text) for item in citation.items)
    return keys


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for member in fields(value):
            yield from _strings(getattr(value, member.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


class _Reader:
    """Reads records once each within one session."""

    def __init__(self, session: Session, kept: RecordCache | None = None) -> None:
        self.session = session
        self.kept = kept
        """Records kept from earlier plans, read again only where they changed."""
        self.cache: dict[uuid.UUID, RecordData | None] = {}
        self.sources: dict[str, list[tuple[Any, ...]]] = {}
        """The sources read so far, by citation key: (id, *_SOURCE_COLUMNS) in id
        order, none for a key no source has. Shared by every plan a reader makes
        (see :func:`build_plans`)."""

    def sources_with_keys(self, keys: Iterable[str]) -> dict[str, list[tuple[Any, ...]]]:
        """The sources behind these citation keys, each key read once per reader."""
        wanted = set(keys)
        missing = sorted(wanted - self.sources.keys())
        columns = [Source.id, *(getattr(Source, name) for name in _SOURCE_COLUMNS)]
        for start in range(0, len(missing), _KEYS_PER_QUERY):
            chunk = missing[start : start + _KEYS_PER_QUERY]
            for key in chunk:
                self.sources[key] = []
            query = select(*columns).where(Source.key.in_(chunk)).order_by(Source.id)
            for row in self.session.execute(query):
                self.sources[row[1]].append(tuple(row))
        return {key: self.sources[key] for key in sorted(wanted)}

    def get(self, record_id: uuid.UUID | str | None) -> RecordData | None:
        if record_id is None:
            return None
        key = uuid.UUID(str(record_id))
        if key not in self.cache:
            self.prefetch([key])
        return self.cache[key]

    def prefetch(self, ids: Iterable[uuid.UUID]) -> None:
        missing = [i for i in ids if i not in self.cache]
        loaded = read_records(self.session, missing, self.kept)
        for record_id in missing:
            self.cache[record_id] = loaded.get(record_id)

    def prefetch_reachable(self, start: uuid.UUID, depth: int) -> None:
        """Load in bulk, level by level, what a document reads from ``start`` (the
        links it follows, and parts); anything missed is read when asked for."""
        frontier = [start]
        for _ in range(depth):
            self.prefetch(frontier)
            frontier = [
                target
                for data in (self.cache.get(i) for i in frontier)
                if data is not None
                for target in _references(data)
                if target not in self.cache
            ]
            if not frontier:
                return

    def linked(self, data: RecordData, role: str) -> list[RecordData]:
        found = (self.get(t) for t in data.links.get(role, ()))
        return [r for r in found if r is not None]


_FOLLOWED_LINKS: dict[str, tuple[str, ...]] = {
    "submission": (),
    "recommendation": ("tags", "provisions", "critiques", "evidence"),
    "critique": ("provisions", "standards"),
    "evidence": ("source",),
    "provision": ("instrument",),
}
"""The links the plan follows from each kind (with every part's references);
records of the other kinds are read for themselves only. Following every link
read 14,000 records for a 300-recommendation submission of a million-record
library (1.4 s), most of them never shown."""


def _references(data: RecordData) -> list[uuid.UUID]:
    roles = _FOLLOWED_LINKS.get(data.kind)
    if roles is None:
        return []
    links = {role: data.links[role] for role in roles if role in data.links}
    content = {LINKS: links, **data.children}
    return [uuid.UUID(str(target)) for target in kinds.references(data.kind, content)]


def build_plan(
    project: Project,
    submission_id: uuid.UUID,
    *,
    include_confidential: bool = False,
    language: str | None = None,
    kept: RecordCache | None = None,
) -> DocumentPlan:
    """The document in ``language`` (default: the submission's own): each text in
    its translation into that language where a record has one, else as written
    (records in ``kept`` read again only if changed)."""
    with project.reading() as session:
        reader = _Reader(session, kept)
        return _Planner(reader, include_confidential, language).plan(submission_id)


def build_plans(
    project: Project,
    submission_ids: Iterable[uuid.UUID],
    *,
    include_confidential: bool = False,
    kept: RecordCache | None = None,
) -> Iterator[tuple[DocumentPlan, DocumentPlan | None]]:
    """Each submission's plan with its second language's (as :func:`build_second_plan`),
    every record read once for all of them.

    Submissions share records (and the sources their citations name), so
    planning them one by one would read those again for each: checking every
    submission of a large library grew with the square of its size. ``kept``
    holds records from earlier plans (the preview's), read again only if changed.
    """
    with project.reading() as session:
        reader = _Reader(session, kept)
        for submission_id in submission_ids:
            plan = _Planner(reader, include_confidential, None).plan(submission_id)
            second = _second_language(session, submission_id)
            if second is None or second == plan.language:
                yield plan, None
            else:
                yield plan, _Planner(reader, plan.include_confidential, second).plan(submission_id)


def _second_language(session: Session, submission_id: uuid.UUID) -> str | None:
    submission = session.get(Submission, submission_id)
    if submission is None or submission.second_language in ("", "none"):
        return None
    return submission.second_language


def second_language(project: Project, submission_id: uuid.UUID) -> str | None:
    """The language a submission is exported in beside its own, if any."""
    with project.reading() as session:
        return _second_language(session, submission_id)


def build_second_plan(project: Project, plan: DocumentPlan) -> DocumentPlan | None:
    """The plan of the language a side-by-side export puts beside ``plan``'s (the
    submission's option), or None when it has one language."""
    second = second_language(project, plan.submission_id)
    if second is None or second == plan.language:
        return None
    return build_plan(
        project,
        plan.submission_id,
        include_confidential=plan.include_confidential,
        language=second,
    )


class _Planner:
    def __init__(self, reader: _Reader, include_confidential: bool, language: str | None) -> None:
        self.reader = reader
        self.language = language
        self.submission_texts: Mapping[str, Any] = {}
        self.include_confidential = include_confidential
        self.excluded: dict[uuid.UUID, Exclusion] = {}
        self.instruments: dict[uuid.UUID, RecordData] = {}
        self.keywords: dict[str, None] = {}

    def plan(self, submission_id: uuid.UUID) -> DocumentPlan:
        # submission -> recommendations -> their links -> instruments and sources -> ...
        self.reader.prefetch_reachable(submission_id, depth=5)
        submission = self.reader.get(submission_id)
        if submission is None or submission.kind != "submission":
            raise RecordNotFound(submission_id, "submission")
        self.language = self.language or submission.fields["language"]
        f = localized(submission.fields, self.language)
        self.submission_texts = f
        self.include_confidential = self.include_confidential or bool(f["include_confidential"])
        sections = tuple(self._section(s) for s in submission.children["sections"])
        plan = DocumentPlan(
            submission_id=submission.id,
            title=f["title"],
            subtitle=f["subtitle"],
            addressee=f["addressee"],
            organisation=f["organisation"],
            authors=f["authors"],
            place=f["place"],
            date=f["submitted_on"].isoformat() if f["submitted_on"] else "",
            language=self.language,
            summary=f["summary"],
            introduction=f["introduction"],
            include_cover=f["include_cover"],
            include_toc=f["include_toc"],
            include_abbreviations=f["include_abbreviations"],
            include_comparative_table=f["include_comparative_table"],
            include_bibliography=f["include_bibliography"],
            citation_style=f["citation_style"],
            include_confidential=self.include_confidential,
            sections=sections,
            abbreviations=self._abbreviations(),
            sources={},
            keywords=tuple(self.keywords),
        )
        sources = self._sources(cited_keys(plan))
        return replace(plan, sources=sources, excluded=tuple(self.excluded.values()))

    def _visible(self, data: RecordData) -> bool:
        level = data.fields.get("confidentiality", "public")
        return self._admitted(data.kind, data.id, data.title, level)

    def _admitted(self, kind: str, record_id: uuid.UUID, title: str, level: str) -> bool:
        """Whether the document may show a record of this confidentiality; one it
        may not is listed among what was left out."""
        if level == "public" or self.include_confidential:
            return True
        self.excluded[record_id] = Exclusion(kind, record_id, title, level)
        return False

    def _sources(self, keys: Iterable[str]) -> dict[str, SourceEntry]:
        """The bibliography of the keys the document cites: for each, its first
        source (in id order) the document may show. Only the cited keys are read
        (every source with a key, 120,000 in a million-record library, took 2.8 s
        of a 4.5 s export even as columns)."""
        sources: dict[str, SourceEntry] = {}
        for key, rows in self.reader.sources_with_keys(keys).items():
            for source_id, *values in rows:
                f = dict(zip(_SOURCE_COLUMNS, values, strict=True))
                title = kinds.of("source").title(f)
                if self._admitted("source", source_id, title, f["confidentiality"]):
                    sources.setdefault(key, _source_entry(f))
        return sources

    def _section(self, section: Mapping[str, Any]) -> PlannedSection:
        recommendations = []
        for rec_id in section["recommendations"]:
            data = self.reader.get(rec_id)
            if data is not None:
                recommendations.append(self._recommendation(data))
        texts = self.submission_texts
        return PlannedSection(
            uuid.UUID(section["id"]),
            texts.get(section_key(section["id"], "title")) or section["title"],
            texts.get(section_key(section["id"], "introduction")) or section["introduction"],
            tuple(recommendations),
        )

    def _recommendation(self, rec: RecordData) -> PlannedRecommendation:
        for tag in self.reader.linked(rec, "tags"):
            self.keywords[tag.fields["name"]] = None
        targets = self.reader.linked(rec, "provisions")
        critiques = self.reader.linked(rec, "critiques")
        for critique in critiques:
            for role in ("provisions", "standards"):
                for provision in self.reader.linked(critique, role):
                    self._provision_label(provision)
        f = localized(rec.fields, self.language)
        return PlannedRecommendation(
            id=rec.id,
            title=f["title"],
            text=f["text"],
            rationale=f["rationale"],
            targets=tuple(self._provision_label(p) for p in targets),
            critiques=tuple(
                PlannedCritique(c.id, *self._texts(c, "title", "argument")) for c in critiques
            ),
            evidence=tuple(
                e for e in (self._evidence(d) for d in self.reader.linked(rec, "evidence")) if e
            ),
            wordings=tuple(self._wording(rec.id, w, f) for w in rec.children["proposed_wordings"]),
        )

    def _evidence(self, data: RecordData) -> PlannedEvidence | None:
        if not self._visible(data):
            return None
        sources = self.reader.linked(data, "source")
        source_key = None
        if sources:
            if not self._visible(sources[0]):
                self.excluded[data.id] = Exclusion(
                    data.kind, data.id, data.title, SOURCE_NOT_PUBLIC
                )
                return None
            source_key = sources[0].fields["key"] or None
        observed = data.fields["observed_on"]
        title, value, summary = self._texts(data, "title", "value", "summary")
        return PlannedEvidence(
            id=data.id,
            title=title,
            summary=summary,
            value=value,
            observed_on=_to_precision(observed, data.fields.get("observed_precision", "day")),
            source_key=source_key,
        )

    def _provision_label(self, provision: RecordData) -> str:
        instruments = self.reader.linked(provision, "instrument")
        unit, heading = self._texts(provision, "unit", "heading")
        if not instruments:
            return " ".join(part for part in (unit, heading) if part)
        instrument = instruments[0]
        self.instruments[instrument.id] = instrument
        short_name, title = self._texts(instrument, "short_name", "title")
        return naming.provision_title(naming.instrument_label(short_name, title), unit)

    def _texts(self, data: RecordData, *names: str) -> tuple[str, ...]:
        """Fields of a record in the document's language (see workbench.bilingual)."""
        fields = localized(data.fields, self.language)
        return tuple(str(fields[name]) for name in names)

    def _wording(
        self, rec_id: uuid.UUID, wording: Mapping[str, Any], texts: Mapping[str, Any]
    ) -> PlannedWording:
        """A proposed wording in the document's language: the recommendation's
        translation of it (``texts``: its fields localized) where it has one."""
        provision = self.reader.get(wording["provision"])
        unit = self._provision_label(provision) if provision else ""

        def text(name: str) -> str:
            return str(texts.get(wording_key(wording["id"], name)) or wording[name])

        translated = bool(texts.get(wording_key(wording["id"], "current_wording")))
        current = text("current_wording") or (
            self._texts(provision, "wording")[0] if provision else ""
        )
        return PlannedWording(
            rec_id,
            unit,
            current,
            text("proposed_wording"),
            text("justification"),
            unofficial=translated and wording.get("current_wording_translation") == "unofficial",
            wording_id=uuid.UUID(str(wording["id"])),
        )

    def _abbreviations(self) -> tuple[tuple[str, str], ...]:
        texts = [self._texts(i, "short_name", "title") for i in self.instruments.values()]
        pairs = {(short, title) for short, title in texts if short and short != title}
        language = self.language or "en"
        return tuple(sorted(pairs, key=lambda pair: (sort_key(pair[0], language), pair[1])))


def _to_precision(day: date | None, precision: str) -> str:
    """A date as ISO text cut to what is known of it: ``2022``, ``2022-03`` or the day."""
    if day is None:
        return ""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()

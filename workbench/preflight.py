"""Preflight: what to fix before a submission goes out, each finding pointing at its record.

Two scopes: a submission (what its export would contain: the preflight panel)
and the whole library (``workbench check``). Library checks stream through the
records, so they stay flat in memory on large projects.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models import (
    RECORD_KINDS,
    Evidence,
    Link,
    Section,
    SectionItem,
    Source,
    Submission,
)
from db.sqlite import integrity_ok
from workbench import naming, review_notes
from workbench.export.citations import find_citations
from workbench.export.language_check import (
    LANGUAGE_NAMES,
    plan_texts,
    texts_in_another_language,
)
from workbench.export.plan import DocumentPlan, build_plan, build_plans, build_second_plan
from workbench.export.wordtext import has_unholdable_characters, unholdable_characters
from workbench.project import Project
from workbench.record_cache import RecordCache, read_records
from workbench.records import RecordData, display_title, field_specs
from workbench.revision_check import altered_deletions, stored_records

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    severity: str
    """"error" (the export would be wrong), "warning" (worth fixing) or "info"."""
    code: str
    """Stable identifier of the kind of problem, e.g. "unknown-citation-key"."""
    message: str
    kind: str
    record_id: uuid.UUID
    title: str
    field: str = ""
    detail: tuple[str, ...] = ()
    """The message's variable parts, in order (a title, a key, a language code...),
    so an interface can word the finding in its own language."""


@dataclass(frozen=True)
class CheckReport:
    integrity_ok: bool
    findings: tuple[Finding, ...]

    @property
    def has_problems(self) -> bool:
        return not self.integrity_ok or any(f.severity != "info" for f in self.findings)


# --- one submission ----------------------------------------------------------------


def check_submission(
    project: Project, submission_id: uuid.UUID, *, include_confidential: bool = False
) -> list[Finding]:
    plan = build_plan(project, submission_id, include_confidential=include_confidential)
    return check_plan(project, plan, build_second_plan(project, plan))


def check_submissions(project: Project, submission_ids: list[uuid.UUID]) -> Iterator[Finding]:
    """Every submission's findings, planned together (see ``build_plans``)."""
    for plan, second in build_plans(project, submission_ids):
        yield from check_plan(project, plan, second)


def check_plan(
    project: Project,
    plan: DocumentPlan,
    second: DocumentPlan | None = None,
    kept: RecordCache | None = None,
) -> list[Finding]:
    """The findings of a submission planned already (the preview plans it anyway);
    ``second``, its second language's plan, adds the texts left untranslated;
    ``kept``, records read before (the preview's), is read again only where changed."""
    findings = list(_plan_findings(project, plan, kept))
    findings.extend(_wrong_language(plan))
    if second is not None:
        findings.extend(_untranslated(plan, second))
        findings.extend(_wrong_language(second, plan))
    return findings


def _wrong_language(plan: DocumentPlan, first: DocumentPlan | None = None) -> Iterator[Finding]:
    for text in texts_in_another_language(plan, first):
        yield Finding(
            "warning",
            "wrong-language",
            text.english(),
            text.kind,
            text.record_id,
            text.title,
            text.field,
            (text.field, text.title, text.found, text.expected),
        )


def _untranslated(plan: DocumentPlan, other: DocumentPlan) -> Iterator[Finding]:
    """Texts a side-by-side export would show untranslated in its second column.

    The second language's plan falls back to the original wherever a record
    has no translation, so a text that reads the same in both plans was not
    translated. Information only: names and figures may rightly read the same.
    """
    second = other.language
    untranslated: dict[tuple[str, uuid.UUID], tuple[str, list[str]]] = {}
    for mine, theirs in zip(plan_texts(plan), plan_texts(other), strict=True):
        kind, record_id, title, field, text = mine
        if text.strip() and text == theirs[4]:
            fields = untranslated.setdefault((kind, record_id), (title, []))[1]
            if field not in fields:
                fields.append(field)
    language = LANGUAGE_NAMES.get(second, second)
    for (kind, record_id), (title, fields) in untranslated.items():
        yield Finding(
            "info",
            "not-translated",
            f"Not translated into {language}: {', '.join(fields)}",
            kind,
            record_id,
            title,
            fields[0],
            (second, *fields),
        )


def _plan_findings(
    project: Project, plan: DocumentPlan, kept: RecordCache | None = None
) -> Iterator[Finding]:
    for section in plan.sections:
        if not section.recommendations:
            yield Finding(
                "warning",
                "empty-section",
                f"Section '{section.title}' holds no recommendation",
                "submission",
                plan.submission_id,
                plan.title,
                "sections",
                (section.title,),
            )
    for rec in plan.recommendations:
        if not rec.evidence:
            yield Finding(
                "warning",
                "recommendation-without-evidence",
                f"The recommendation “{rec.title}” relies on no evidence",
                "recommendation",
                rec.id,
                rec.title,
                "evidence",
                (rec.title,),
            )
        for evidence in rec.evidence:
            if evidence.source_key is None:
                yield Finding(
                    "warning",
                    "evidence-without-source",
                    f"The evidence “{evidence.title}” cites no source, so its footnote "
                    "will be missing",
                    "evidence",
                    evidence.id,
                    evidence.title,
                    "source",
                    (evidence.title,),
                )
    yield from _wordings_missing(project, plan, kept)
    yield from _unresolved_notes(project, plan)
    if plan.include_confidential:
        yield from _confidential_included(project, plan, kept)
    texts = plan_texts(plan)
    for kind, record_id, title, field, text in texts:
        yield from _text_findings(kind, record_id, title, field, text, set(plan.sources))
    yield from _cited_sources_incomplete(project, plan, texts)


def _wordings_missing(
    project: Project, plan: DocumentPlan, kept: RecordCache | None
) -> Iterator[Finding]:
    recommendations = _load(project, [rec.id for rec in plan.recommendations], kept)
    provisions = _load(
        project, [p for d in recommendations.values() for p in d.links.get("provisions", ())], kept
    )
    with project.reading() as session:
        instruments = naming.instrument_labels(session, list(provisions))
    for rec in plan.recommendations:
        data = recommendations.get(rec.id)
        if data is None:
            continue
        worded = {w["provision"] for w in data.children["proposed_wordings"]}
        for provision_id in data.links.get("provisions", ()):
            provision = provisions.get(provision_id)
            if str(provision_id) not in worded and provision is not None:
                named = naming.provision_title(instruments.get(provision_id, ""), provision.title)
                yield Finding(
                    "info",
                    "provision-without-proposed-wording",
                    f"No proposed wording for {named}",
                    "recommendation",
                    rec.id,
                    rec.title,
                    "proposed_wordings",
                    (named,),
                )


def _unresolved_notes(project: Project, plan: DocumentPlan) -> Iterator[Finding]:
    """The submission and each of its recommendations that reviewers' notes still ask
    something of: one finding per record, with the count."""
    named = {plan.submission_id: ("submission", plan.title)}
    named.update((rec.id, ("recommendation", rec.title)) for rec in plan.recommendations)
    counts = review_notes.unresolved(project, named)
    for record_id, (kind, title) in named.items():
        count = counts.get(record_id)
        if not count:
            continue
        yield Finding(
            "warning",
            "unresolved-review-notes",
            f"{count} review note(s) on “{title}” not resolved",
            kind,
            record_id,
            title,
            "review_notes",
            (str(count), title),
        )


def _confidential_included(
    project: Project, plan: DocumentPlan, kept: RecordCache | None
) -> Iterator[Finding]:
    evidence = _load(project, [e.id for rec in plan.recommendations for e in rec.evidence], kept)
    for rec in plan.recommendations:
        for item in rec.evidence:
            data = evidence.get(item.id)
            level = data.fields["confidentiality"] if data is not None else "public"
            if level != "public":
                yield Finding(
                    "warning",
                    "confidential-exported",
                    f"This {level} evidence will be in the exported document",
                    "evidence",
                    item.id,
                    item.title,
                    "confidentiality",
                    (level,),
                )


def _cited_sources_incomplete(
    project: Project, plan: DocumentPlan, texts: list[tuple[str, uuid.UUID, str, str, str]]
) -> Iterator[Finding]:
    """Sources the document cites that lack a URL (warning) or a date (information)."""
    cited = {e.source_key for rec in plan.recommendations for e in rec.evidence if e.source_key}
    for *_where, text in texts:
        cited.update(item.key for c in find_citations(text or "") for item in c.items)
    incomplete = [k for k in sorted(cited & set(plan.sources)) if not _complete(plan, k)]
    if not incomplete:
        return
    query = select(Source.id, Source.key).where(Source.key.in_(incomplete)).order_by(Source.id)
    with project.reading() as session:
        ids = dict((key, source_id) for source_id, key in reversed(session.execute(query).all()))
    for key in incomplete:
        source = plan.sources[key]
        title = source.title or key
        if not source.url:
            yield Finding(
                "warning", "source-without-url", f"The source “{title}” has no URL",
                "source", ids[key], title, "url", (title,),
            )  # fmt: skip
        if not source.issued:
            yield Finding(
                "info", "source-without-date", f"The source “{title}” has no date",
                "source", ids[key], title, "issued", (title,),
            )  # fmt: skip


def _complete(plan: DocumentPlan, key: str) -> bool:
    return bool(plan.sources[key].url and plan.sources[key].issued)


def _load(
    project: Project, ids: list[uuid.UUID], kept: RecordCache | None
) -> dict[uuid.UUID, RecordData]:
    """Records in bulk (one read, a few queries): a record at a time is too slow for
    the preflight panel, which runs after every pause in editing."""
    with project.reading() as session:
        return read_records(session, ids, kept)


def _text_findings(
    kind: str, record_id: uuid.UUID, title: str, field: str, text: str, keys: set[str]
) -> Iterator[Finding]:
    if not text:
        return
    for citation in find_citations(text):
        for item in citation.items:
            if item.key not in keys:
                yield Finding(
                    "error",
                    "unknown-citation-key",
                    f"Citation [@{item.key}] in “{title}” matches no source",
                    kind,
                    record_id,
                    title,
                    field,
                    (item.key, title),
                )
    bad = unholdable_characters(text)
    if bad:
        codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in bad}))
        yield Finding(
            "warning",
            "unholdable-characters",
            f"{len(bad)} character(s) Word cannot hold ({codes}) in “{title}” will be dropped",
            kind,
            record_id,
            title,
            field,
            (str(len(bad)), codes, title),
        )


# --- the whole library --------------------------------------------------------------


def each_once(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per problem: the library-wide check and a submission's both
    find an empty section or evidence with no source. The later wording is
    kept (a submission's says what the problem costs its document), in the
    place of the first."""
    kept: dict[tuple[object, ...], Finding] = {}
    for finding in findings:
        # One record's own problem is one finding, whatever title (translated or
        # not) each check gave it; elsewhere the detail tells findings apart (a
        # submission's empty sections, a recommendation's provisions).
        detail = () if finding.code in ONE_PER_RECORD else finding.detail
        kept[(finding.code, finding.kind, finding.record_id, finding.field, detail)] = finding
    return list(kept.values())


ONE_PER_RECORD = frozenset({"evidence-without-source", "unresolved-review-notes"})


def check_project(project: Project) -> CheckReport:
    """SQLite's integrity check and every library-wide finding: none for a
    damaged file, whose pages may fail to read (the damage is the finding).

    The two run side by side: SQLite's check reads every page outside the GIL
    (32 s of a million-record project) while the findings are computed, each
    on its own connection. Whatever reading a damaged file raised is dropped
    once the integrity check has named the damage; on an intact file it is
    raised, as any error."""
    with ThreadPoolExecutor(1, thread_name_prefix="integrity-check") as checking:
        integrity = checking.submit(_integrity_ok, project)
        try:
            with project.reading() as session:
                findings = tuple(_library_findings(session))
        except Exception:
            if integrity.result():
                raise
            findings = ()
        intact = integrity.result()
    return CheckReport(intact, findings if intact else ())


def _integrity_ok(project: Project) -> bool:
    with project.reading() as session:
        return integrity_ok(session.connection(), thorough=True)


def _library_findings(session: Session) -> Iterator[Finding]:
    has_source = exists().where(Link.owner_id == Evidence.id, Link.role == "source")
    for evidence_id, title in session.execute(
        select(Evidence.id, Evidence.title).where(~has_source)
    ):
        yield Finding(
            "warning", "evidence-without-source", f"The evidence “{title}” cites no source",
            "evidence", evidence_id, title, "source", (title,),
        )  # fmt: skip
    for source_id, title, url, issued in session.execute(
        select(Source.id, Source.title, Source.url, Source.issued).where(
            (Source.url == "") | (Source.issued == "")
        )
    ):
        # No URL leaves a reader nowhere to go; many laws and reports have no date.
        if not url:
            yield Finding(
                "warning", "source-without-url", f"The source “{title}” has no URL",
                "source", source_id, title, "url", (title,),
            )  # fmt: skip
        if not issued:
            yield Finding(
                "info", "source-without-date", f"The source “{title}” has no date",
                "source", source_id, title, "issued", (title,),
            )  # fmt: skip
    has_items = exists().where(SectionItem.section_id == Section.id)
    for title, submission_id, submission_title in session.execute(
        select(Section.title, Section.submission_id, Submission.title)
        .join(Submission, Submission.id == Section.submission_id)
        .where(~has_items)
    ):
        yield Finding(
            "warning", "empty-section", f"Section '{title}' holds no recommendation",
            "submission", submission_id, submission_title, "sections", (title,),
        )  # fmt: skip
    keys = {key for (key,) in session.execute(select(Source.key)) if key}
    yield from _record_findings(session, keys)


REVISION_MISMATCH = (
    "Its content does not match its revision (changed outside Workbench): dump the "
    "project and load the dump back to give it a new revision, or restore a backup"
)

_WORDING_TEXTS = ("current_wording", "proposed_wording", "justification")
"""The texts of a recommendation's proposed wordings that may cite or hold characters."""


def _record_findings(session: Session, keys: set[str]) -> Iterator[Finding]:
    """What each record holds, read once: citations of unknown keys and characters
    Word cannot hold in its texts, and content that no longer matches its
    revision (changed in the file itself, outside Workbench, so a merge could no
    longer see the change).

    Read apart, the texts were a fifth of a million-record check. Titles are
    made only for the records that may hold a finding (a citation needs an @)."""
    text_fields = {kind: _text_fields(kind) for kind in RECORD_KINDS}
    for kind, item, matches in stored_records(session):
        texts = [(name, item.get(name)) for name in text_fields[kind]]
        texts += [
            ("proposed_wordings", wording.get(name))
            for wording in item.get("proposed_wordings", ())
            for name in _WORDING_TEXTS
        ]
        may_hold = _may_hold_findings([text for _name, text in texts])
        if matches and not may_hold:
            continue
        record_id, title = uuid.UUID(item["id"]), display_title(kind, item)
        if may_hold:
            for name, text in texts:
                yield from _text_findings(kind, record_id, title, name, text or "", keys)
        if not matches:
            yield Finding("error", "revision-mismatch", REVISION_MISMATCH, kind, record_id, title)
    for kind, record_id, title in altered_deletions(session):
        yield Finding("error", "revision-mismatch", REVISION_MISMATCH, kind, record_id, title)


def _text_fields(kind: str) -> list[str]:
    """A kind's free texts: those that may cite a source or hold any character."""
    return [
        name for name, spec in field_specs(kind).items() if spec.type is str and not spec.choices
    ]


def _may_hold_findings(texts: Sequence[str | None]) -> bool:
    """Whether any of ``texts`` may cite a source or hold a character Word cannot."""
    return any(text and ("@" in text or has_unholdable_characters(text)) for text in texts)

"""From what a document says (:class:`.plan.ImportPlan`) to the rows an import
proposes (:class:`.proposal.Proposal`), given what the library already holds.

Each recommendation is a row, and so are the critiques under its rationale and
the items of its evidence, linked from it; the provisions it names (in its
text, its "Provisions concerned" line or a comparative table's rows) are the
library's where it holds them, else rows to create (:class:`.proposal.ProvisionRows`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.export.labels import LABELS
from workbench.word_import.evidence import evidence_fields
from workbench.word_import.front_matter import SUBMISSION_FIELDS
from workbench.word_import.mentions import InstrumentIndex, mentions_in
from workbench.word_import.notes import SourceDraft
from workbench.word_import.plan import ImportPlan, PlannedCritique, PlannedRecommendation
from workbench.word_import.proposal import (
    ExistingSource,
    Proposal,
    ProposedRecord,
    ProvisionRows,
    matching_source,
    record_id,
    source_identity,
)
from workbench.word_import.tables import PlannedWording
from workbench.word_import.translations import add_translations

SOURCE_NOTE_LIMIT = 2000
ORIGIN_MARKERS = 5
"""How many of a source's notes its row names."""


@dataclass
class LibraryKnowledge:
    """What of the library an import matches the document against."""

    instruments: InstrumentIndex = field(default_factory=InstrumentIndex)
    sources: list[ExistingSource] = field(default_factory=list)


def build_proposal(
    plan: ImportPlan, known: LibraryKnowledge, identity: str, language: str
) -> Proposal:
    """Every record ``plan`` would create, as rows the user can change. A document in
    two languages side by side is in its first column's, the other its translations."""
    language = plan.languages[0] if plan.languages else language
    sources = [_source_row(s, known.sources) for s in plan.sources]
    provisions = ProvisionRows(known.instruments, language)
    builder = _RecommendationRows(plan, provisions, identity)
    recommendations = [row for n, r in enumerate(plan.recommendations, 1) for row in builder(n, r)]
    submission = _submission_row(plan, identity, language)
    records = [
        *sources,
        *sorted(provisions.rows.values(), key=lambda row: row.kind),
        *recommendations,
        *([submission] if submission.parts["sections"] else []),
    ]
    add_translations(
        {row.key: row for row in records},
        plan,
        lambda text: evidence_fields(text, builder.sources)[0],
        provisions.named_as,
    )
    return Proposal(records, language, plan.report, known.sources, identity)


def _source_row(source: SourceDraft, existing: list[ExistingSource]) -> ProposedRecord:
    return ProposedRecord(
        f"source:{source.key}",
        "source",
        source.title,
        {
            "key": source.key,
            "source_kind": "web_page" if source.url else "other",
            "title": source.title,
            "short_title": source.short_title,
            "author": source.author,
            "publisher": source.publisher,
            "issued": source.issued,
            "url": source.url,
            "notes": source.note[:SOURCE_NOTE_LIMIT],
        },
        origin=_notes_named(source.markers),
        id=record_id("source", source_identity(source)),
        same_as=matching_source(source, existing),
    )


def _notes_named(markers: list[str]) -> str:
    """``fn3``, ``fn7``... as "footnotes 3, 7" (the first few), endnotes likewise."""
    found = []
    for prefix, one, many in (("fn", "footnote", "footnotes"), ("en", "endnote", "endnotes")):
        numbers = [m[2:] for m in markers if m.startswith(prefix)]
        if numbers:
            shown = ", ".join(numbers[:ORIGIN_MARKERS])
            hidden = len(numbers) - ORIGIN_MARKERS
            more = f" and {hidden} more" if hidden > 0 else ""
            found.append(f"{one if len(numbers) == 1 else many} {shown}{more}")
    return "; ".join(found)


class _RecommendationRows:
    """A recommendation's row, with rows for the critiques and evidence under it."""

    def __init__(self, plan: ImportPlan, provisions: ProvisionRows, identity: str) -> None:
        self.plan = plan
        self.provisions = provisions
        self.identity = identity
        self.sources = {s.key for s in plan.sources}

    def __call__(self, number: int, planned: PlannedRecommendation) -> list[ProposedRecord]:
        place = f"recommendation {number}"
        critiques = [
            self._critique(f"{place}, critique {n}", c) for n, c in enumerate(planned.critiques, 1)
        ]
        evidence = [
            self._evidence(f"{place}, evidence {n}", text)
            for n, text in enumerate(planned.evidence, 1)
        ]
        wordings = [self._wording(i) for i in planned.wordings]
        provisions = [
            *self._named(f"{planned.title}\n{planned.text}"),
            *(ref for t in planned.targets if (ref := self.provisions.named(t)) is not None),
            *(str(w["provision"]) for w in wordings if w["provision"]),
        ]
        row = ProposedRecord(
            f"recommendation:{number}",
            "recommendation",
            planned.title,
            {"title": planned.title, "text": planned.text, "rationale": planned.rationale},
            {
                "provisions": list(dict.fromkeys(provisions)),
                "critiques": [c.key for c in critiques],
                "evidence": [e.key for e in evidence],
            },
            {"proposed_wordings": wordings},
            origin=place,
            id=record_id(self.identity, place),
        )
        return [row, *critiques, *evidence]

    def _named(self, text: str) -> list[str]:
        return [self.provisions.reference(m) for m in mentions_in(text, self.provisions.index)]

    def _critique(self, place: str, critique: PlannedCritique) -> ProposedRecord:
        return ProposedRecord(
            f"critique:{place}",
            "critique",
            critique.title,
            {"title": critique.title, "argument": critique.argument},
            {"provisions": self._named(f"{critique.title}\n{critique.argument}")},
            origin=place,
            id=record_id(self.identity, place),
        )

    def _evidence(self, place: str, text: str) -> ProposedRecord:
        fields, source = evidence_fields(text, self.sources)
        links = {"source": [f"source:{source}"]} if source else {}
        return ProposedRecord(
            f"evidence:{place}",
            "evidence",
            fields["title"],
            fields,
            links,
            origin=place,
            id=record_id(self.identity, place),
        )

    def _wording(self, index: int) -> dict[str, object]:
        wording: PlannedWording = self.plan.wordings[index]
        return {
            "id": str(record_id(self.identity, f"table row {index}")),
            "provision": self.provisions.named(wording.provision),
            "current_wording": wording.current,
            "proposed_wording": wording.proposed,
            "justification": wording.justification,
            "current_wording_translation": "unofficial" if wording.unofficial else "official",
        }


def _submission_row(plan: ImportPlan, identity: str, language: str) -> ProposedRecord:
    sections = [
        {
            "id": str(record_id(identity, f"section {n}")),
            "title": section.title or LABELS.get(language, LABELS["en"])["recommendations"],
            "introduction": section.introduction,
            "recommendations": [f"recommendation:{i + 1}" for i in section.recommendations],
        }
        for n, section in enumerate(plan.sections, 1)
    ]
    title = plan.title or "Imported submission"
    fields = {
        **{name: getattr(plan, name) for name in SUBMISSION_FIELDS},
        "title": title,
        "language": language,
        "submitted_on": plan.submitted_on or None,
    }
    return ProposedRecord(
        "submission",
        "submission",
        title,
        fields,
        parts={"sections": sections},
        origin="the document's outline",
        id=record_id(identity, "submission"),
    )

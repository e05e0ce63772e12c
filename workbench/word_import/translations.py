"""A side-by-side document's second language as the translations of the records
its first language became (:attr:`.plan.ImportPlan.translation`).

Both languages were read as documents of their own, so their recommendations,
critiques, evidence, table rows and sections stand in the same order: each
record takes the other side's texts, matched by place, into its
``translations`` (only those that differ from its own and are not empty), and
the submission is set to be exported side by side again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.word_import.front_matter import SUBMISSION_FIELDS
from workbench.word_import.plan import ImportPlan, PlannedRecommendation
from workbench.word_import.proposal import ProposedRecord


def add_translations(
    rows: Mapping[str, ProposedRecord],
    plan: ImportPlan,
    evidence_texts: Any,
    named_as: Mapping[str, str],
) -> None:
    """Give ``rows`` (by key) the second language's texts of ``plan``.
    ``evidence_texts`` turns an evidence item into its fields (as the first side's);
    ``named_as`` is the provision row each of the first side's names became."""
    other = plan.translation
    if other is None or len(plan.languages) != 2:
        return
    language = plan.languages[1]
    _provisions(rows, plan, other, language, named_as)
    pairs = zip(plan.recommendations, other.recommendations, strict=False)
    for number, (mine, theirs) in enumerate(pairs, 1):
        place = f"recommendation {number}"
        row = rows.get(f"recommendation:{number}")
        if row is not None:
            _recommendation(row, mine, theirs, other, language)
        for n, critique in enumerate(theirs.critiques[: len(mine.critiques)], 1):
            if (found := rows.get(f"critique:{place}, critique {n}")) is not None:
                texts = {"title": critique.title, "argument": critique.argument}
                _translate(found, language, texts)
        for n, text in enumerate(theirs.evidence[: len(mine.evidence)], 1):
            if (found := rows.get(f"evidence:{place}, evidence {n}")) is not None:
                fields = evidence_texts(text)
                names = ("title", "value", "summary")
                _translate(found, language, {name: fields.get(name, "") for name in names})
    if (submission := rows.get("submission")) is not None:
        _submission(submission, plan, other, language)


def _recommendation(
    row: ProposedRecord,
    mine: PlannedRecommendation,
    theirs: PlannedRecommendation,
    other: ImportPlan,
    language: str,
) -> None:
    texts = {"title": theirs.title, "text": theirs.text, "rationale": theirs.rationale}
    parts = row.parts.get("proposed_wordings", [])
    for part, index in zip(parts, mine.wordings, strict=False):
        if index < len(other.wordings):
            wording = other.wordings[index]
            if wording.unofficial:
                part["current_wording_translation"] = "unofficial"
            for name, value in (
                ("current_wording", wording.current),
                ("proposed_wording", wording.proposed),
                ("justification", wording.justification),
            ):
                texts[f"proposed_wordings.{part['id']}.{name}"] = value
    _translate(row, language, texts)


def _provisions(
    rows: Mapping[str, ProposedRecord],
    plan: ImportPlan,
    other: ImportPlan,
    language: str,
    named_as: Mapping[str, str],
) -> None:
    """A provision created from a name gets the other side's name of it as its unit:
    whole where its unit is the whole name, else what follows the instrument."""
    pairs = [
        pair
        for mine, theirs in zip(plan.recommendations, other.recommendations, strict=False)
        for pair in zip(mine.targets, theirs.targets, strict=False)
    ]
    pairs += [
        (mine.provision, theirs.provision)
        for mine, theirs in zip(plan.wordings, other.wordings, strict=False)
    ]
    for mine_name, their_name in pairs:
        row = rows.get(named_as.get(mine_name.strip(), ""))
        if row is None or row.kind != "provision" or "translations" in row.fields:
            continue
        whole = row.fields.get("unit") == mine_name.strip()
        unit = their_name.strip() if whole else their_name.split(",", 1)[-1].strip()
        _translate(row, language, {"unit": unit})


def _submission(row: ProposedRecord, plan: ImportPlan, other: ImportPlan, language: str) -> None:
    texts = {name: str(getattr(other, name)) for name in SUBMISSION_FIELDS}
    sections = row.parts.get("sections", [])
    for part, section in zip(sections, other.sections, strict=False):
        texts[f"sections.{part['id']}.title"] = section.title
        texts[f"sections.{part['id']}.introduction"] = section.introduction
    _translate(row, language, texts)
    row.fields["second_language"] = language


def _translate(row: ProposedRecord, language: str, texts: Mapping[str, Any]) -> None:
    """Keep the texts that say something and differ from the row's own."""
    kept = {
        name: value
        for name, value in texts.items()
        if isinstance(value, str) and value.strip() and value != _own(row, name)
    }
    if kept:
        row.fields.setdefault("translations", {})[language] = kept


def _own(row: ProposedRecord, name: str) -> Any:
    """The row's own text for a field, or a part's field named ``part.id.field``."""
    if "." not in name:
        return row.fields.get(name)
    part_name, part_id, field = name.split(".", 2)
    part = next((p for p in row.parts.get(part_name, []) if p.get("id") == part_id), {})
    return part.get(field)

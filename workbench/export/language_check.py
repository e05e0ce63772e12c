"""The texts a submission's document is made of, and those written in another
language than the document (English in a Russian export, Russian in the Kazakh
column): what the preflight lists and ``workbench export`` warns of."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.export.plan import DocumentPlan
from workbench.language_detect import detect_language

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}

PlanText = tuple[str, uuid.UUID, str, str, str]
"""(kind, record id, record title, field, text)."""


@dataclass(frozen=True)
class MisplacedText:
    """A text that reads as ``found`` in a document in ``expected``."""

    kind: str
    record_id: uuid.UUID
    title: str
    field: str
    found: str
    expected: str

    def english(self) -> str:
        found = LANGUAGE_NAMES.get(self.found, self.found)
        expected = LANGUAGE_NAMES.get(self.expected, self.expected)
        return f"The {self.field} of “{self.title}” reads as {found}, in a document in {expected}"


def texts_in_another_language(
    plan: DocumentPlan, first: DocumentPlan | None = None
) -> Iterator[MisplacedText]:
    """Texts that read as another language than ``plan`` exports them in. For a second
    language's plan (``first`` given) a text left untranslated is not counted again:
    the not-translated finding names it."""
    texts = plan_texts(plan)
    originals: list[PlanText | None] = list(plan_texts(first)) if first else [None] * len(texts)
    for (kind, record_id, title, field, value), original in zip(texts, originals, strict=True):
        if original is not None and original[4] == value:
            continue
        found = detect_language(value)
        if found is not None and found != plan.language:
            yield MisplacedText(kind, record_id, title, field, found, plan.language)


def plan_texts(plan: DocumentPlan) -> list[PlanText]:
    texts = [
        ("submission", plan.submission_id, plan.title, name, value)
        for name, value in (
            ("title", plan.title),
            ("summary", plan.summary),
            ("introduction", plan.introduction),
            ("addressee", plan.addressee),
        )
    ]
    for section in plan.sections:
        texts.append(
            ("submission", plan.submission_id, plan.title, "sections", section.introduction)
        )
    for rec in plan.recommendations:
        for name in ("title", "text", "rationale"):
            texts.append(("recommendation", rec.id, rec.title, name, getattr(rec, name)))
        for critique in rec.critiques:
            texts.append(("critique", critique.id, critique.title, "argument", critique.argument))
        for evidence in rec.evidence:
            texts.append(("evidence", evidence.id, evidence.title, "summary", evidence.summary))
        for wording in rec.wordings:
            for name in ("current", "proposed", "justification"):
                texts.append(
                    (
                        "recommendation",
                        rec.id,
                        rec.title,
                        "proposed_wordings",
                        getattr(wording, name),
                    )
                )
    return texts

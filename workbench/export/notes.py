"""What an export tells its user about the document, as data.

The command line words each note in English (``english``); the window words
the same notes in the interface's language (``ui/export_notes.py``): an
advocate working in Russian or Kazakh is told in their language what was
left out of their submission, and where. A note names a record by its kind
and title, never by an id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workbench.export.plan import DocumentPlan

LABELS = "labels"
"""The place of the document's own headings and labels."""
ABBREVIATIONS = "abbreviations"
"""The place of the list of abbreviations (instruments' short names and titles)."""


@dataclass(frozen=True)
class LeftOut:
    """A record the document may not show: ``reason`` is its confidentiality
    level (``internal``, ``confidential``) or :data:`workbench.export.plan.SOURCE_NOT_PUBLIC`."""

    kind: str
    title: str
    reason: str

    def english(self) -> str:
        return f"left out {self.kind} '{self.title}' ({self.reason})"


@dataclass(frozen=True)
class Place:
    """Where text went in the document: a record (``kind``, ``title``), a section of
    the outline (kind ``section``), a field of the submission (kind
    ``submission``, ``field``), the list of abbreviations or the labels."""

    kind: str
    title: str = ""
    field: str = ""

    def english(self) -> str:
        if self.field:
            return f"the submission's {self.field.replace('_', ' ')}"
        if self.kind in (LABELS, ABBREVIATIONS):
            return f"the document's {self.kind}"
        return f"{self.kind} '{self.title}'"


@dataclass(frozen=True)
class CharactersDropped:
    """Characters Word cannot hold (control characters, lone surrogates) taken out."""

    place: Place
    count: int

    def english(self) -> str:
        return f"dropped {self.count} character(s) Word cannot hold from {self.place.english()}"


@dataclass(frozen=True)
class UnknownCitation:
    """A citation key that names no source: it was left in the text as typed."""

    key: str
    count: int

    def english(self) -> str:
        return f"citation key '@{self.key}' matches no source ({self.count} time(s)); left as text"


@dataclass(frozen=True)
class TemplatePartLeftOut:
    """Something of the organisation's template the export does not carry over
    (what Word would run or fetch): ``part`` as the template check names it
    ("macros", "embedded objects"...), or a link to an outside file and its
    ``target``."""

    part: str
    target: str = ""

    def english(self) -> str:
        return f"left out of the template: {self.part}" + (
            f" ({self.target})" if self.target else ""
        )


_EXTERNAL = re.compile(r"(external \S+) \((.*)\)", re.DOTALL)


def template_part(described: str) -> TemplatePartLeftOut:
    """A part as :mod:`workbench.export.template_package` describes it, read back
    ("external image (http://…)": the kind of link and its target)."""
    found = _EXTERNAL.fullmatch(described)
    if found:
        return TemplatePartLeftOut(found.group(1), found.group(2))
    return TemplatePartLeftOut(described)


def places_of(wheres: Iterable[str], plan: DocumentPlan) -> dict[str, Place]:
    """Each place the writer names ``where`` ("recommendation <id>", "section <id>",
    "submission.<field>", "source <key>"...) as the user knows it."""
    titles = dict(_titled(plan))
    return {where: _place(where, plan, titles) for where in wheres}


def _place(where: str, plan: DocumentPlan, titles: dict[str, str]) -> Place:
    name, _, rest = where.partition(" ")
    if name in ("recommendation", "evidence", "section"):
        return Place(name, titles.get(rest, rest))
    if name == "source":
        source = plan.sources.get(rest)
        return Place("source", source.title if source is not None and source.title else rest)
    if where.startswith("submission."):
        return Place("submission", plan.title, where.removeprefix("submission."))
    if where.startswith("instrument."):
        return Place(ABBREVIATIONS)
    return Place(LABELS)


def _titled(plan: DocumentPlan) -> Iterator[tuple[str, str]]:
    """The titles of the sections, recommendations and evidence the plan holds, by id."""
    for section in plan.sections:
        yield str(section.id), section.title
        for recommendation in section.recommendations:
            yield str(recommendation.id), recommendation.title
            for evidence in recommendation.evidence:
                yield str(evidence.id), evidence.title

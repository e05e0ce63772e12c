"""Importing a Word document into a project: read, propose, write.

:func:`propose_import` reads the document and the library and gives the rows
(:class:`.proposal.Proposal`) the preview shows and the user changes;
:func:`merge_plan` turns the rows kept into a merge plan, which the command
line prints for ``--dry-run`` and :func:`workbench.merge.apply_merge` writes
in one transaction after a verified backup (undoable in the app like a
merge). A record the import made before is met at its revision: importing
the same document again plans nothing; a later version of it, or edits made
since, appear as a merge shows them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.interchange import ParsedRecord
from workbench.interchange.plain_records import iter_plain_records
from workbench.language_detect import detect_language
from workbench.merge import MergePlan, plan_merge
from workbench.project import Project
from workbench.word_import import lineage
from workbench.word_import.building import LibraryKnowledge, build_proposal
from workbench.word_import.mentions import InstrumentIndex, KnownInstrument, KnownProvision
from workbench.word_import.plan import plan_import
from workbench.word_import.proposal import ExistingSource, Proposal
from workbench.word_import.reading import Heading, Paragraph, WordDocument, read_word
from workbench.word_import.writing import import_document

LANGUAGES = ("en", "ru", "kk")


@dataclass
class ImportedFile:
    path: Path
    document: WordDocument
    proposal: Proposal


def propose_import(project: Project, path: Path, language: str | None = None) -> ImportedFile:
    """Read ``path`` and propose its records, matched against ``project``'s library.
    ``language`` (else the one the document's text is written in) names new
    provisions and the submission's language."""
    document = read_word(path)
    language = language or _language_of(document)
    plan = plan_import(document)
    identity = document.identity or f"file:{path.name.casefold()}"
    proposal = build_proposal(plan, read_knowledge(project), identity, language)
    return ImportedFile(Path(path), document, proposal)


def merge_plan(project: Project, proposal: Proposal, author: str) -> MergePlan:
    """What writing ``proposal`` would do to ``project``, as a merge plans it; the
    merge also keeps the revision the import gave each record it writes."""
    with project.reading() as session:
        earlier = lineage.earlier_revisions(session, (row.id for row in proposal.records))
    plan = plan_merge(project, import_document(proposal, author, earlier))
    proposed = {
        record_id: (item["revision"], list(item["ancestors"]))
        for record_id, item in plan.theirs.items()
    }

    def also_write(session: Session, written: Sequence[ParsedRecord]) -> None:
        ours = {record.id: proposed[record.id] for record in written if record.id in proposed}
        lineage.remember(session, proposal.identity, ours)

    plan.also_write = also_write
    return plan


def read_knowledge(project: Project) -> LibraryKnowledge:
    """The library's instruments (by every name), provisions and sources."""
    with project.reading() as session:
        instruments = [
            KnownInstrument(uuid.UUID(item["id"]), _names(item, ("title", "short_name")))
            for item in iter_plain_records(session, "instrument")
        ]
        provisions = [
            KnownProvision(uuid.UUID(item["id"]), uuid.UUID(target), unit)
            for item in iter_plain_records(session, "provision")
            for target in item["links"].get("instrument", [])[:1]
            for unit in _names(item, ("unit",))
        ]
        sources = [
            ExistingSource(uuid.UUID(item["id"]), item["key"], item["title"], item["url"])
            for item in iter_plain_records(session, "source")
        ]
    return LibraryKnowledge(InstrumentIndex.of(instruments, provisions), sources)


def _names(item: dict[str, object], fields: tuple[str, ...]) -> tuple[str, ...]:
    """The fields' values, and their translations."""
    translations = item.get("translations")
    versions = [item, *(translations.values() if isinstance(translations, dict) else ())]
    return tuple(
        str(version[name])
        for version in versions
        if isinstance(version, dict)
        for name in fields
        if version.get(name)
    )


def _language_of(document: WordDocument) -> str:
    text = " ".join(
        block.text for block in document.blocks[:200] if isinstance(block, Heading | Paragraph)
    )
    found = detect_language(text)
    return found if found in LANGUAGES else "en"

"""The starter library every new project begins with.

It is authored in ``resources/starter/authoring.py`` (readable data with local
keys such as ``"crc-131"``) and shipped as interchange JSON in
``resources/starter/library.json``, which is what new projects load. The JSON
is generated from the authoring file by running::

    python -m workbench.starter

Ids are derived from the local keys (UUID 5) and times come from a fixed
clock, so the generated file is the same on every machine, and every project
started from it shares the same record ids: colleagues who both started from
the starter library merge cleanly.
"""

from __future__ import annotations

import json
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from resources import resource
from workbench import ancestors, interchange, kinds, starter_translations, store
from workbench.composition import Composition
from workbench.library import Library
from workbench.project import Project
from workbench.store import LoadReport

NAMESPACE = uuid.UUID("9a1f1b1e-5d8e-4f43-a2a4-7f4b8c2a6e01")
STARTER_AUTHOR = "Workbench starter library"
STARTER_NAME = "Freedom of expression in Kazakhstan (legal review, 2023)"
STARTER_TIME = datetime(2023, 9, 1, tzinfo=UTC)
STARTER_PATH = ("starter", "library.json")

CREATION_ORDER = (
    "tag",
    "source",
    "instrument",
    "provision",
    "evidence",
    "critique",
    "recommendation",
)
"""The kinds the authoring module lists, in the order they are created: targets
before the records linking them, and an order the shipped file's times follow."""


def _authoring_list(kind: str) -> str:
    """The authoring module's list of a kind: its interchange section, in capitals."""
    return kinds.of(kind).section.upper()


def starter_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


class _StarterClock:
    """One second per reading from a fixed moment: stable, ordered times."""

    def __init__(self) -> None:
        self.now = STARTER_TIME

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _ids(kind: str, keys: Iterable[str] | str | None) -> list[uuid.UUID]:
    if keys is None:
        return []
    if isinstance(keys, str):
        keys = [keys]
    return [starter_id(kind, key) for key in keys]


def _split(kind: str, item: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, list[uuid.UUID]]]:
    """An authoring item's fields and links. ``key`` is the local id, except that
    a source's key is also its citation key, a field of its own."""
    fields: dict[str, Any] = {"key": item["key"]} if kind == "source" else {}
    links: dict[str, list[uuid.UUID]] = {}
    entry = kinds.of(kind)
    for name, value in item.items():
        if name == "key" or name in entry.part_names:
            continue
        role = entry.link_roles.get(name)
        if role is not None:
            links[name] = _ids(role.target_kind, value)
        else:
            fields[name] = value
    return fields, links


def populate(project: Project, authoring: ModuleType) -> None:
    """Create every record the authoring module describes."""
    library = Library(project)
    composition = Composition(project)
    for kind in CREATION_ORDER:
        for item in getattr(authoring, _authoring_list(kind)):
            fields, links = _split(kind, item)
            record_id = starter_id(kind, item["key"])
            wording_ids = _wording_ids(record_id, item)
            translations = starter_translations.record_translations(kind, item["key"], wording_ids)
            if translations:
                fields["translations"] = translations
            if kind == "recommendation":
                status = fields.pop("status", "final")
                library.create(kind, fields, links, record_id=record_id)
                _add_wordings(composition, item, record_id)
                composition.set_status(
                    record_id,
                    status,
                    "As published in the 2023 legal review.",
                    change_id=uuid.uuid5(record_id, "status:0"),
                )
            else:
                library.create(kind, fields, links, record_id=record_id)
    _add_submission(library, composition, authoring.SUBMISSION)


def _wording_ids(record_id: uuid.UUID, item: Mapping[str, Any]) -> list[uuid.UUID]:
    return [
        uuid.uuid5(record_id, f"wording:{number}")
        for number in range(len(item.get("proposed_wordings", [])))
    ]


def _add_wordings(composition: Composition, item: Mapping[str, Any], record_id: uuid.UUID) -> None:
    """The proposed wordings; those whose current wording is translated are marked
    unofficial: the review gives the statutes in English only."""
    wording_ids = _wording_ids(record_id, item)
    for number, wording in enumerate(item.get("proposed_wordings", [])):
        provision = wording.get("provision")
        unofficial = starter_translations.wording_has_translation(item["key"], number)
        composition.add_proposed_wording(
            record_id,
            starter_id("provision", provision) if provision else None,
            current_wording=wording.get("current_wording", ""),
            proposed_wording=wording.get("proposed_wording", ""),
            justification=wording.get("justification", ""),
            current_wording_translation="unofficial" if unofficial else "official",
            wording_id=wording_ids[number],
        )


def _add_submission(
    library: Library, composition: Composition, submission: Mapping[str, Any]
) -> None:
    fields = {k: v for k, v in submission.items() if k != "sections"}
    submission_id = starter_id("submission", "mazhilis")
    section_ids = [
        uuid.uuid5(submission_id, f"section:{number}")
        for number in range(len(submission["sections"]))
    ]
    translations = starter_translations.submission_translations(section_ids)
    if translations:
        fields["translations"] = translations
    record = library.create("submission", fields, record_id=submission_id)
    for number, section in enumerate(submission["sections"]):
        section_id = composition.add_section(
            record.id,
            section["title"],
            introduction=section.get("introduction", ""),
            section_id=section_ids[number],
        ).id
        composition.set_section_items(
            section_id, _ids("recommendation", section["recommendations"])
        )


def build_document(authoring: ModuleType) -> dict[str, Any]:
    """The starter library as an interchange document, the same on every run."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "starter.wbproj"
        with Project.create(path, author=STARTER_AUTHOR, clock=_StarterClock()) as project:
            populate(project, authoring)
            document = interchange.dump_document(project)
    document["project"] = {"id": str(starter_id("project", "starter")), "name": STARTER_NAME}
    document["created_at"] = STARTER_TIME.isoformat(timespec="microseconds")
    return document


def starter_document() -> dict[str, Any]:
    """The shipped starter library (resources/starter/library.json)."""
    return json.loads(resource(*STARTER_PATH).read_text(encoding="utf-8"))


def install_starter(project: Project) -> LoadReport:
    """Fill a project with the starter library (in one transaction), keeping its
    records' contents as the common ancestors of later merges: every project made
    from it holds the same ones."""
    document = starter_document()
    report = store.load(project, document)
    with project.writing() as writer:
        ancestors.remember(writer.session, _versions(document))
    return report


def _versions(document: Mapping[str, Any]) -> Iterator[tuple[uuid.UUID, str, dict[str, Any]]]:
    for section in kinds.SECTION_NAMES.values():
        for item in document.get(section, []):
            content = {k: v for k, v in item.items() if k not in interchange.META_KEYS}
            yield uuid.UUID(item["id"]), item["revision"], content


def create_project(
    path: Path, *, empty: bool = False, name: str | None = None, language: str = "en"
) -> Project:
    """A new project, holding the starter library unless ``empty``; its submission
    then in ``language`` (the interface's) where the starter library is written in it."""
    project = Project.create(path, name=name)
    if not empty:
        try:
            install_starter(project)
            _submission_in(project, language)
        except BaseException:
            project.close()
            path.unlink(missing_ok=True)
            raise
    return project


STARTER_SUBMISSION = starter_id("submission", "mazhilis")


def _submission_in(project: Project, language: str) -> None:
    """Offer the starter submission in ``language``: exported, previewed and checked
    in it (a change of its own, merged like any other)."""
    if language == "en" or language not in starter_translations.LANGUAGES:
        return
    library = Library(project)
    if library.get(STARTER_SUBMISSION).fields["language"] != language:
        library.update(STARTER_SUBMISSION, {"language": language})


def write_starter_json(target: Path) -> None:
    from resources.starter import authoring

    document = build_document(authoring)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/starter/library.json")
    write_starter_json(output)
    print(f"Wrote {output}")

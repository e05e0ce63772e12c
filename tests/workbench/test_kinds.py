"""The kinds registry is complete: every kind the database knows has an entry, and
every entry agrees with the schema it describes.

A kind or part missing from the registry would silently drop out of dumps,
shares, merges and snapshots; these tests read the schema itself (models,
relationships, foreign keys) and the starter library's records, not the
registry, to find what it should hold.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ForeignKey

from db.models import RECORD_KINDS as MODELS
from db.models import Base, ImportedRecord, Link, Record
from db.vocabulary import RECORD_KIND_NAMES
from workbench import bilingual, interchange, kinds, store
from workbench.interchange import record_from_data
from workbench.kinds import INSTRUMENT_COLUMN, RECORD_KINDS
from workbench.merge import apply_merge, plan_merge
from workbench.paths import AppPaths
from workbench.project import Project
from workbench.records import field_specs, part_field_specs, part_json
from workbench.revision_check import item_content
from workbench.revisions import next_revision
from workbench.starter import starter_document

ALL_KINDS = list(RECORD_KIND_NAMES)


def test_every_kind_has_an_entry_in_the_vocabulary_s_order() -> None:
    """(The registry also refuses to load without one: see kinds._in_vocabulary_order.)"""
    assert tuple(RECORD_KINDS) == RECORD_KIND_NAMES == tuple(MODELS)
    for name, entry in RECORD_KINDS.items():
        assert entry.name == name
        assert entry.model is MODELS[name]


def test_the_registry_refuses_a_kind_without_an_entry_or_with_two() -> None:
    entries = tuple(RECORD_KINDS.values())
    with pytest.raises(RuntimeError, match=r"no entry for \['tag'\]"):
        kinds._in_vocabulary_order(entries[:-1])
    with pytest.raises(RuntimeError, match=r"repeated \['tag'\]"):
        kinds._in_vocabulary_order((*entries, entries[-1]))


def test_every_kind_has_its_own_interchange_section() -> None:
    sections = [entry.section for entry in RECORD_KINDS.values()]
    assert all(sections)
    assert len(set(sections)) == len(sections)
    assert not {"tombstones", "format", "version", "project"} & set(sections)
    assert {k: e.section for k, e in RECORD_KINDS.items()} == kinds.SECTION_NAMES
    assert {kinds.KIND_OF_SECTION[s] for s in sections} == set(RECORD_KINDS)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_translatable_fields_are_free_texts_of_the_kind(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    specs = field_specs(kind)
    assert entry.translatable, f"{kind}: no translatable field"
    for name in entry.translatable:
        assert name in specs, f"{kind}.{name} is not a field"
        assert specs[name].type is str and specs[name].choices is None, f"{kind}.{name}"
    assert bilingual.TRANSLATABLE[kind] == entry.translatable
    translated_parts = [part for part in entry.parts if part.translatable]
    assert len(translated_parts) <= 1, "the translations editor shows one part list per kind"
    for part in translated_parts:
        assert bilingual.PARTS[kind] == (part.name, part.translatable)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_list_columns_and_title_fields_are_fields_of_the_kind(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    specs = field_specs(kind)
    assert entry.list_columns, f"{kind}: no list columns"
    assert len(set(entry.list_columns)) == len(entry.list_columns)
    for name in entry.list_columns:
        linked = kind == "provision" and name == INSTRUMENT_COLUMN  # named, sorted by it
        assert name in specs or name == "updated_at" or linked, f"{kind} lists {name!r}"
    for name in (*entry.title_fields, entry.title_field):
        assert name in specs, f"{kind} is named by {name!r}, not a field"


def _owned_relationships(model: type[Base]) -> dict[str, type[Any]]:
    """The lists of rows a model owns (deleted with it): its parts, as the schema has them."""
    return {
        relationship.key: relationship.mapper.class_
        for relationship in model.__mapper__.relationships
        if relationship.cascade.delete_orphan
    }


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_part_of_the_model_is_a_part_of_the_entry(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    owned = _owned_relationships(entry.model)
    owned.pop("export_log", None)  # this machine's log of exports: no part of the record
    assert {p.name: p.model for p in entry.parts} == owned


def _foreign_keys(table: Any) -> Iterator[tuple[Any, ForeignKey]]:
    for column in table.columns:
        for key in column.foreign_keys:
            yield column, key


@pytest.mark.parametrize("kind", [k for k in RECORD_KINDS if RECORD_KINDS[k].parts])
def test_every_column_of_a_part_is_a_field_a_reference_or_bookkeeping(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    for part in entry.parts:
        columns = set(part.model.__table__.columns.keys())
        relationship = entry.model.__mapper__.relationships[part.name]
        owners = {remote.key for _, remote in relationship.local_remote_pairs}
        assert owners == {part.owner.key}, f"{kind}.{part.name} is owned through {owners}"
        stored = {r.column.key for r in part.references if not r.many}
        assert set(part.fields) <= columns, f"{kind}.{part.name}"
        assert set(part_field_specs(part)) == set(part.fields)
        assert set(part.translatable) <= set(part.fields), f"{kind}.{part.name}"
        left = columns - {"id", "position"} - owners - stored - set(part.fields)
        assert left == set(), f"{kind}.{part.name} holds {left} the registry does not"


LOCAL_TABLES = (ImportedRecord.__table__,)
"""Bookkeeping about records, kept on this machine only and never shared or merged,
that goes with its record (ON DELETE CASCADE): what an import wrote
(word_import/lineage.py). A record deleted and brought back loses it, and the next
import of its document then asks rather than updates: nothing is lost."""


def test_every_foreign_key_to_a_record_is_a_link_or_a_part_reference() -> None:
    """Outside the identity table, the kinds' own rows and the links table, a column
    pointing at a record is a reference from a part: the registry must name it,
    or deleting, restoring or merging would leave it out."""
    kind_tables = {model.__table__ for model in MODELS.values()}
    known = {(r.column.class_.__table__.name, r.column.key) for _, r in kinds.PART_REFERENCES}
    owners = {  # a part owned by records of several kinds points at the identity table
        (part.model.__table__.name, part.owner.key)
        for entry in RECORD_KINDS.values()
        for part in entry.parts
        if part.owner.expression.references(Record.__table__.c.id)
    }
    found = set()
    for table in Base.metadata.sorted_tables:
        if table in kind_tables or table in (Record.__table__, Link.__table__, *LOCAL_TABLES):
            continue
        for column, key in _foreign_keys(table):
            if key.column.table is Record.__table__:
                found.add((table.name, column.key))
    assert found == known | owners


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_pointers_cover_every_link_role_and_part_reference(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    roles = {p.role: p.target_kind for p in entry.pointers if p.part is None}
    assert roles == {role: spec.target_kind for role, spec in entry.model.link_roles.items()}
    inside = {(p.part.name, p.reference.key) for p in entry.pointers if p.part and p.reference}
    assert inside == {(part.name, r.key) for part in entry.parts for r in part.references}
    for pointer in entry.pointers:
        assert pointer.target_kind in RECORD_KINDS
        assert pointer in kinds.pointers_to(pointer.target_kind)


def _uuids(value: Any) -> Iterator[str]:
    """Every UUID written anywhere in a JSON value."""
    if isinstance(value, dict):
        for inner in value.values():
            yield from _uuids(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _uuids(inner)
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            yield str(uuid.UUID(value))


def test_references_find_every_record_a_starter_record_points_at() -> None:
    """Every id of a record that a record's content holds anywhere is one of its
    references (found without the registry: by scanning the content)."""
    document = starter_document()
    records = {
        item["id"]: kind
        for kind, section in kinds.SECTION_NAMES.items()
        for item in document[section]
    }
    checked = set()
    for kind, section in kinds.SECTION_NAMES.items():
        for item in document[section]:
            content = {k: v for k, v in item.items() if k != "id"}
            pointed = {i for i in _uuids(content) if i in records}
            assert set(kinds.references(kind, content)) == pointed, f"{kind} {item['id']}"
            typed = list(kinds.of(kind).typed_references(content))
            assert {str(t) for _, t in typed} == pointed
            for pointer, target in typed:
                assert records[str(target)] == pointer.target_kind
                checked.add(pointer.where)
    every_reference = {p.where for p in kinds.POINTERS if p.part is not None}
    assert every_reference <= checked, "the starter library no longer exercises every part"


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        kinds.of("memo")


def test_rows_made_from_validated_parts_read_back_as_the_same_content() -> None:
    """What a store writes (``Part.rows``) and what a dump reads (``records.part_json``)
    agree for every part, the records a part lists included."""
    document = _every_kind_and_part()
    seen = set()
    for kind, entry in RECORD_KINDS.items():
        for item in document[entry.section]:
            parsed = record_from_data(item, kind)
            validated = {kinds.LINKS: parsed.links, **parsed.children}  # UUIDs, provision_id
            assert list(map(str, entry.references(validated))) == entry.references(item)
            for part in entry.parts:
                rows = part.rows(parsed.id, parsed.children[part.name])
                assert [part_json(part, row) for row in rows] == item.get(part.name, [])
                for place, row in enumerate(rows):
                    assert getattr(row, part.owner.key) == parsed.id
                    assert not part.ordered or row.position == place
                seen.update(part.name for _ in rows)
    assert seen == set(kinds.PART_NAMES)


def test_without_targets_drops_exactly_the_refused_references() -> None:
    document = starter_document()
    for entry in RECORD_KINDS.values():
        for item in document[entry.section]:
            before = repr(item)
            assert entry.without_targets(item, lambda _: True) == item
            emptied = entry.without_targets(item, lambda _: False)
            assert entry.references(emptied) == []
            unlinked = {**item, "links": {role: [] for role in item["links"]}}
            for name in ["links", *item]:
                if name not in entry.part_names:
                    assert emptied[name] == unlinked[name]
            assert repr(item) == before, "the content given is left as it was"


def _every_kind_and_part() -> dict[str, Any]:
    """The starter library, which holds every kind and every part but review notes
    (a new project has none): its first recommendation and submission are given some,
    under revisions that name their content."""
    document = starter_document()
    for section, field in (("recommendations", "rationale"), ("submissions", "summary")):
        item = document[section][0]
        item["review_notes"] = [
            {
                "id": str(uuid.uuid5(uuid.UUID(item["id"]), "note 1")),
                "field": field,
                "language": "ru",
                "quote": "заведомо ложных сведений",
                "author": "Айгерим",
                "written_at": "2025-03-04T09:15:00.000000+00:00",
                "text": "Нужна ссылка на решение суда.",
                "replies": [{"author": "Ерлан", "date": "2025-03-05T10:00:00Z", "text": "Сделаю."}],
                "status": "open",
                "origin": "export-1/0",
            },
            {
                "id": str(uuid.uuid5(uuid.UUID(item["id"]), "note 2")),
                "field": field,
                "language": "",
                "quote": "",
                "author": "",
                "written_at": None,
                "text": "Мәтінді қысқарту керек.",
                "replies": [],
                "status": "resolved",
                "origin": "",
            },
        ]
        parent = item["revision"]
        item["ancestors"] = [parent, *item["ancestors"]]
        item["revision"] = next_revision(parent, item_content(item))
    return document


def _records(document: dict[str, Any]) -> dict[str, Any]:
    return {section: document.get(section) for section in [*kinds.SECTION_NAMES.values()]}


def test_every_kind_and_part_round_trips_through_load_dump_and_merge(tmp_path: Path) -> None:
    """What interchange, the store and merge read from the registry covers every kind
    and every part: a document holding each comes back whole from a load and a dump,
    and from a merge into an empty project."""
    document = _every_kind_and_part()
    for kind in RECORD_KINDS.values():
        items = document[kind.section]
        assert items, f"no {kind.name} to round-trip"
        for part in kind.parts:
            assert any(item.get(part.name) for item in items), f"no {part.name} to round-trip"
    with Project.create(tmp_path / "loaded.wbproj") as project:
        store.load(project, document)
        loaded = interchange.dump_document(project)
    assert _records(loaded) == _records(document)
    with Project.create(tmp_path / "merged.wbproj") as project:
        plan = plan_merge(project, loaded)
        apply_merge(project, plan, paths=AppPaths.rooted_at(tmp_path / "home"))
        merged = interchange.dump_document(project)
    assert _records(merged) == _records(document)

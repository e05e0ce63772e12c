"""Translations in conflict, resolved field by field with "both": every language and
text either side has is kept; long texts translated differently keep both wordings."""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench import interchange
from workbench.library import Library
from workbench.merge import apply_merge, combinable, plan_merge
from workbench.project import Project


def test_both_keeps_every_translation_either_side_made(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine.wbproj", tmp_path / "theirs.wbproj"
    with Project.create(mine) as project:
        record = Library(project).create("evidence", {"title": "Cases", "summary": "Many cases"})
    shutil.copyfile(mine, theirs)
    with Project.open(mine, author="me") as project:
        Library(project).update(
            record.id,
            {"translations": {"ru": {"title": "Дела", "summary": "Много дел"}}},
        )
    with Project.open(theirs, author="colleague") as project:
        Library(project).update(
            record.id,
            {
                "translations": {
                    "ru": {"title": "Случаи", "summary": "Множество дел"},
                    "kk": {"title": "Істер"},
                }
            },
        )
        document = interchange.dump_document(project)
    assert combinable("evidence", "translations")
    with Project.open(mine) as project:
        plan = plan_merge(project, document)
        apply_merge(project, plan, resolutions={record.id: {"translations": "both"}})
        merged = Library(project).get(record.id).fields["translations"]
    assert merged == {
        "ru": {"title": "Дела", "summary": "Много дел\n\nМножество дел"},
        "kk": {"title": "Істер"},
    }

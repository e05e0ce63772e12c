"""A statute's current wording translated by the authors is marked as an
unofficial translation: the flag is stored, dumped, loaded and merged, leaves the
revision of a wording without it as it was, and the document marks the wording
with * and says so under the comparative table, in each language it shows."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.bilingual import wording_key
from workbench.cli import main
from workbench.composition import Composition
from workbench.errors import InvalidField
from workbench.export import export_submission
from workbench.export.labels import LABELS
from workbench.interchange import dump_document
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.project import Project
from workbench.store import load

RU_CURRENT = "Оскорбление наказывается штрафом или арестом."
KK_CURRENT = "Қорлау айыппұлмен немесе қамаумен жазаланады."


@pytest.fixture
def translated(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        library = Library(project)
        library.update(
            fixed(50),
            {
                "translations": {
                    "ru": {wording_key(fixed(51), "current_wording"): RU_CURRENT},
                    "kk": {wording_key(fixed(51), "current_wording"): KK_CURRENT},
                }
            },
        )
        yield project


def _table(path: Path, document=None):
    document = document or docx.Document(str(path))
    return next(t for t in document.tables if len(t.columns) == 5)


def _after_table(path: Path) -> list[str]:
    """The texts of what follows the comparative table."""
    document = docx.Document(str(path))
    body = list(document.element.body.iterchildren())
    table = _table(path, document)._tbl
    following = body[body.index(table) + 1 :]
    return [
        "".join(node.text or "" for node in element.iter() if node.tag.endswith("}t"))
        for element in following[:3]
    ]


def _mark(project: Project, value: str) -> None:
    Composition(project).update_proposed_wording(fixed(51), current_wording_translation=value)


def test_a_flagged_translation_is_marked_and_noted_under_the_table(
    translated: Project, tmp_path: Path
) -> None:
    _mark(translated, "unofficial")
    out = tmp_path / "ru.docx"
    export_submission(translated, out, language="ru")
    cells = [cell.text for row in _table(out).rows for cell in row.cells]
    assert any(text.startswith(RU_CURRENT[:20]) and text.endswith(" *") for text in cells)
    assert LABELS["ru"]["unofficial_translation"] in _after_table(out)


def test_both_languages_are_noted_in_a_side_by_side_document(
    translated: Project, tmp_path: Path
) -> None:
    _mark(translated, "unofficial")
    out = tmp_path / "ru-kk.docx"
    export_submission(translated, out, language="ru", second_language="kk")
    notes = _after_table(out)
    assert LABELS["ru"]["unofficial_translation"] in notes
    assert LABELS["kk"]["unofficial_translation"] in notes


def test_no_note_when_official_or_when_the_text_is_not_a_translation(
    translated: Project, tmp_path: Path
) -> None:
    out = tmp_path / "official.docx"
    export_submission(translated, out, language="ru")
    assert LABELS["ru"]["unofficial_translation"] not in _after_table(out)
    _mark(translated, "unofficial")
    english = tmp_path / "en.docx"  # the wording as written, not a translation
    export_submission(translated, english, language="en")
    assert LABELS["en"]["unofficial_translation"] not in _after_table(english)
    assert not any(c.text.endswith(" *") for r in _table(english).rows for c in r.cells)


def test_the_flag_at_its_default_leaves_the_revision_alone(translated: Project) -> None:
    library = Library(translated)
    before = library.get(fixed(50))
    [wording] = before.content()["proposed_wordings"]
    assert "current_wording_translation" not in wording
    _mark(translated, "unofficial")
    flagged = library.get(fixed(50))
    assert flagged.content()["proposed_wordings"][0]["current_wording_translation"] == "unofficial"
    assert flagged.revision != before.revision
    _mark(translated, "official")
    assert library.get(fixed(50)).content() == before.content()


def test_only_official_or_unofficial(translated: Project) -> None:
    with pytest.raises(InvalidField):
        _mark(translated, "maybe")


def test_the_flag_travels_through_dump_and_load(translated: Project, tmp_path: Path) -> None:
    _mark(translated, "unofficial")
    path = translated.path
    translated.close()
    dump = tmp_path / "dump.json"
    assert main(["dump", str(path), "-o", str(dump)]) == 0
    [recommendation] = [
        r
        for r in json.loads(dump.read_text("utf-8"))["recommendations"]
        if r["id"] == str(fixed(50))
    ]
    assert recommendation["proposed_wordings"][0]["current_wording_translation"] == "unofficial"
    target = tmp_path / "copy.wbproj"
    assert main(["new", str(target), "--empty"]) == 0
    assert main(["load", str(target), str(dump)]) == 0
    with Project.open(target) as copy:
        [wording] = Library(copy).get(fixed(50)).children["proposed_wordings"]
        assert wording["current_wording_translation"] == "unofficial"


def test_a_colleague_s_flag_merges_in_without_conflict(translated: Project, tmp_path: Path) -> None:
    with Project.create(tmp_path / "colleague.wbproj", clock=TickingClock()) as colleague:
        load(colleague, dump_document(translated))
        _mark(colleague, "unofficial")
        theirs = dump_document(colleague)
    plan = plan_merge(translated, theirs)
    assert not plan.conflicts
    apply_merge(translated, plan)
    [wording] = Library(translated).get(fixed(50)).children["proposed_wordings"]
    assert wording["current_wording_translation"] == "unofficial"

"""An evidence's date may be known to the day, the month or the year only, and the
document says no more than is known: "2022 г.", not "1 января 2022 г."."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench.cli import main
from workbench.export import export_submission
from workbench.library import Library
from workbench.project import Project


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "p.wbproj", TickingClock(), language="ru") as project:
        yield project


def _evidence(project: Project) -> list:
    return [summary.id for summary in Library(project).page("evidence")]


@pytest.mark.parametrize(
    ("precision", "written", "hidden"),
    [("year", "2022 г.", "марта"), ("month", "март 2022 г.", "15 марта"), ("day", "15 марта", "")],
)
def test_the_document_says_what_is_known_of_a_date(
    small: Project, tmp_path: Path, precision: str, written: str, hidden: str
) -> None:
    library = Library(small)
    for evidence in _evidence(small):
        library.update(evidence, {"observed_on": "2022-03-15", "observed_precision": precision})
    out = tmp_path / f"{precision}.docx"
    export_submission(small, out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert written in text
    assert "2022-03" not in text
    if hidden:
        assert hidden not in text


def test_a_day_precision_leaves_the_content_and_revision_as_before(small: Project) -> None:
    library = Library(small)
    evidence = _evidence(small)[0]
    before = library.get(evidence)
    assert "observed_precision" not in before.content()
    after = library.update(evidence, {"observed_precision": "year"})
    assert after.content()["observed_precision"] == "year"
    assert after.revision != before.revision


def test_a_precision_travels_through_dump_and_load(
    small: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = _evidence(small)[0]
    Library(small).update(evidence, {"observed_on": "2022-01-01", "observed_precision": "year"})
    path = small.path
    small.close()
    dump = tmp_path / "dump.json"
    assert main(["dump", str(path), "-o", str(dump)]) == 0
    items = json.loads(dump.read_text(encoding="utf-8"))["evidence"]
    [item] = [i for i in items if i["id"] == str(evidence)]
    assert item["observed_precision"] == "year"
    target = tmp_path / "copy.wbproj"
    assert main(["new", str(target), "--empty"]) == 0
    assert main(["load", str(target), str(dump)]) == 0
    with Project.open(target) as copy:
        assert Library(copy).get(evidence).fields["observed_precision"] == "year"
    capsys.readouterr()

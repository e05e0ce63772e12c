"""Records read as plain rows are what the ORM reads, to the key and its order
(workbench.interchange.plain_records): a dump, a share and a check hash and
write them, so any difference would change a file or report a forged record."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench import store
from workbench.interchange.dumping import iter_model_records, iter_records
from workbench.interchange.plain_records import has_plain_rows, iter_plain_records
from workbench.kinds import SECTION_NAMES
from workbench.library import Library
from workbench.project import Project
from workbench.records import RecordData
from workbench.starter import starter_document

PLAIN_KINDS = [kind for kind in SECTION_NAMES if has_plain_rows(kind)]


def _both_ways(project: Project, kind: str) -> tuple[str, str]:
    """The records of ``kind`` read both ways, as the JSON a dump would write."""
    with project.reading() as session:
        plain = json.dumps(list(iter_plain_records(session, kind)), ensure_ascii=False)
        model = json.dumps(list(iter_model_records(session, kind)), ensure_ascii=False)
    return plain, model


def test_the_kinds_read_as_plain_rows_are_those_without_parts() -> None:
    assert "submission" not in PLAIN_KINDS
    assert set(PLAIN_KINDS) == set(SECTION_NAMES) - {"submission"}


def test_the_starter_library_reads_the_same_both_ways(tmp_path: Path) -> None:
    with Project.create(tmp_path / "starter.wbproj") as project:
        store.load(project, starter_document())
        for kind in PLAIN_KINDS:
            plain, model = _both_ways(project, kind)
            assert plain == model
            assert json.loads(plain), f"the starter library has no {kind}"


def test_a_project_with_confidential_and_translated_records_reads_the_same(
    tmp_path: Path,
) -> None:
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        library = Library(project)
        library.create(
            "evidence",
            {
                "title": "Журналистерге қарсы істер — 2023",
                "observed_on": "2023-05-03",
                "observed_precision": "month",
                "confidentiality": "confidential",
                "translations": {"ru": {"title": "Дела против журналистов — 2023"}},
            },
        )
        for kind in PLAIN_KINDS:
            plain, model = _both_ways(project, kind)
            assert plain == model
        with project.reading() as session:
            assert list(iter_records(session, "evidence")) == json.loads(
                _both_ways(project, "evidence")[1]
            )


_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"))

ANY_EVIDENCE = {
    "title": _TEXT.filter(str.strip),
    "summary": _TEXT,
    "observed": st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31))),
    "translated": st.dictionaries(
        st.sampled_from(["ru", "kk", "en"]), st.fixed_dictionaries({"title": _TEXT})
    ),
}
"""What :func:`create_evidence` is given, any Unicode text included."""


def create_evidence(
    project: Project,
    title: str,
    summary: str,
    observed: date | None,
    translated: dict[str, dict[str, str]],
) -> tuple[RecordData, RecordData]:
    """Evidence with these values, and the source it links to."""
    library = Library(project)
    source = library.create("source", {"key": "k", "title": title[:200]})
    evidence = library.create(
        "evidence",
        {
            "title": title[:200],
            "summary": summary,
            "observed_on": observed.isoformat() if observed else None,
            "translations": translated,
        },
        {"source": [source.id]},
    )
    return evidence, source


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(**ANY_EVIDENCE)
def test_any_evidence_reads_the_same_both_ways(
    project: Project,
    title: str,
    summary: str,
    observed: date | None,
    translated: dict[str, dict[str, str]],
) -> None:
    """Each example adds its records to the same project (one project per
    example would be most of the test's time)."""
    create_evidence(project, title, summary, observed, translated)
    for kind in ("evidence", "source"):
        plain, model = _both_ways(project, kind)
        assert plain == model


def _damage(path: Path, *statements: str) -> None:
    """Change the file as another program would: foreign keys not enforced."""
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def small_project_in_other_forms(folder: Path) -> Path:
    """A small project changed as another program would write it: a time with
    another offset and JSON with spaces (sources), link targets in capitals, a
    compact date."""
    path = folder / "small.wbproj"
    build_small_project(path, TickingClock()).close()
    _damage(
        path,
        "UPDATE records SET created_at = '2026-01-01T05:00:00+05:00', "
        "ancestors = '[ \"1-aa\" ]' WHERE kind = 'source'",
        "UPDATE links SET target_id = upper(target_id)",
        "UPDATE evidence SET observed_on = '20240105'",
    )
    return path


def test_values_stored_in_another_form_read_as_the_orm_reads_them(tmp_path: Path) -> None:
    """A file written by another program: a time with another offset, an id and
    a link target in capitals, JSON with spaces. Read the same both ways."""
    path = small_project_in_other_forms(tmp_path)
    with Project.open(path) as project:
        for kind in PLAIN_KINDS:
            plain, model = _both_ways(project, kind)
            assert plain == model
        with project.reading() as session:
            sources = list(iter_plain_records(session, "source"))
            evidence = list(iter_plain_records(session, "evidence"))
        assert {s["created_at"] for s in sources} == {"2026-01-01T00:00:00.000000+00:00"}
        assert {tuple(s["ancestors"]) for s in sources} == {("1-aa",)}
        assert {e["observed_on"] for e in evidence} == {"2024-01-05"}
        assert all(t == t.lower() for e in evidence for t in e["links"]["source"])


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        ("UPDATE evidence SET observed_on = '2024-02-30'", ValueError),
        ("UPDATE records SET created_at = 'вчера' WHERE kind = 'evidence'", ValueError),
        ("UPDATE records SET ancestors = '5' WHERE kind = 'evidence'", TypeError),
        ("UPDATE records SET ancestors = '{bad' WHERE kind = 'evidence'", ValueError),
    ],
)
def test_a_stored_value_that_cannot_be_read_fails_both_ways(
    tmp_path: Path, damage: str, error: type[Exception]
) -> None:
    path = tmp_path / "small.wbproj"
    build_small_project(path, TickingClock()).close()
    _damage(path, damage)
    with Project.open(path) as project, project.reading() as session:
        with pytest.raises(error):
            list(iter_model_records(session, "evidence"))
        with pytest.raises(error):
            list(iter_plain_records(session, "evidence"))


def test_parts_stored_in_another_form_read_as_the_orm_reads_them(tmp_path: Path) -> None:
    """A recommendation's status history and proposed wordings, changed by another program."""
    path = tmp_path / "starter.wbproj"
    with Project.create(path) as project:
        store.load(project, starter_document())
    _damage(
        path,
        "UPDATE status_changes SET changed_at = '2026-02-01T03:00:00+03:00'",
        "UPDATE proposed_wordings SET provision_id = upper(provision_id)",
        "UPDATE proposed_wordings SET current_wording_translation = 'official' "
        "WHERE substr(id, 1, 1) < '8'",
    )
    with Project.open(path) as project:
        plain, model = _both_ways(project, "recommendation")
        assert plain == model
        recommendations = json.loads(plain)
    changes = [c for r in recommendations for c in r["status_history"]]
    assert {c["changed_at"] for c in changes} == {"2026-02-01T00:00:00.000000+00:00"}
    wordings = [w for r in recommendations for w in r["proposed_wordings"]]
    assert all(w["provision"] == w["provision"].lower() for w in wordings if w["provision"])
    translations = {w.get("current_wording_translation") for w in wordings}
    assert translations == {None, "unofficial"}  # at its default, left out

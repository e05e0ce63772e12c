"""Models round-trip, and the migrations build exactly what the models describe."""

import shutil
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.engine import create_project_engine
from db.models import RECORD_KINDS, Base, Link, ProposedWording, Recommendation, Section, Submission
from db.schema import SCHEMA_VERSION, head_revision, upgrade
from db.sqlite import APPLICATION_ID, read_header
from workbench.library import Library
from workbench.project import Project
from workbench.search import search

FIXTURE_V1 = Path(__file__).parents[1] / "data" / "project-v1.wbproj"
WHEN = datetime(2025, 5, 17, 8, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def migrated(tmp_path: Path):
    engine = create_project_engine(tmp_path / "m.wbproj")
    with engine.begin() as connection:
        upgrade(connection)
    yield engine
    engine.dispose()


def test_migrations_agree_with_models(migrated) -> None:
    with migrated.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, *a: (
                    not (type_ == "table" and name.startswith("search_index"))
                ),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrations_stamp_the_header(tmp_path: Path, migrated) -> None:
    migrated.dispose()
    header = read_header(tmp_path / "m.wbproj")
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert head_revision() == "0012_review_notes"


def test_every_kind_has_a_table_and_round_trips(migrated) -> None:
    tables = set(inspect(migrated).get_table_names())
    for model in RECORD_KINDS.values():
        assert model.__tablename__ in tables
    ids = {kind: uuid.uuid4() for kind in RECORD_KINDS}
    with Session(migrated) as session, session.begin():
        for kind, model in RECORD_KINDS.items():
            record = model(
                id=ids[kind],
                created_at=WHEN,
                updated_at=WHEN,
                changed_by="Ә. Author",
                revision="1-abc",
                ancestors=["0-x"],
            )
            session.add(record)
        session.flush()
        recommendation = session.get(Recommendation, ids["recommendation"])
        assert recommendation is not None
        recommendation.proposed_wordings.append(
            ProposedWording(
                id=uuid.uuid4(),
                recommendation_id=recommendation.id,
                position=0,
                provision_id=ids["provision"],
                proposed_wording="Жаңа мәтін",
            )
        )
        submission = session.get(Submission, ids["submission"])
        assert submission is not None
        submission.submitted_on = date(2023, 6, 1)
        submission.sections.append(
            Section(id=uuid.uuid4(), submission_id=submission.id, position=0, title="I")
        )
        session.add(
            Link(
                owner_id=ids["critique"], role="provisions", target_id=ids["provision"], position=0
            )
        )
    with Session(migrated) as session:
        for kind, model in RECORD_KINDS.items():
            loaded = session.get(model, ids[kind])
            assert loaded is not None and loaded.kind == kind
            assert loaded.created_at == WHEN and loaded.created_at.tzinfo is not None
            assert loaded.changed_by == "Ә. Author" and loaded.ancestors == ["0-x"]
        recommendation = session.get(Recommendation, ids["recommendation"])
        assert recommendation.proposed_wordings[0].proposed_wording == "Жаңа мәтін"
        assert recommendation.status == "draft"  # defaults apply
        submission = session.get(Submission, ids["submission"])
        assert submission.submitted_on == date(2023, 6, 1)
        assert submission.include_toc is True and submission.include_confidential is False
        assert session.scalars(select(Link.target_id)).all() == [ids["provision"]]


def test_foreign_keys_are_enforced(migrated) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), migrated.begin() as connection:
        connection.execute(
            Link.__table__.insert().values(
                owner_id=uuid.uuid4(), role="tags", target_id=uuid.uuid4(), position=0
            )
        )


def test_wal_mode_is_on(project) -> None:
    with project.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_older_project_is_backed_up_and_migrated(tmp_path: Path, isolated_home) -> None:
    path = tmp_path / "old.wbproj"
    shutil.copy(FIXTURE_V1, path)
    original = path.read_bytes()
    with Project.open(path) as project:
        assert project.migrated_from == 1
        assert project.backup is not None and project.backup.parent == isolated_home.backups
        library = Library(project)
        assert library.counts()["provision"] == 1
        hits = search(project, "клевет")
        assert {hit.kind for hit in hits} == {"provision", "recommendation"}
        found = {(h.kind, h.title) for h in search(project, "ук рк")}
        assert found == {
            ("instrument", "Уголовный кодекс Республики Казахстан"),
            ("provision", "УК РК, Статья 131 Клевета"),  # found, and named, by its instrument
        }
    assert read_header(path).user_version == SCHEMA_VERSION
    backup_engine = create_project_engine(project.backup)
    with backup_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM provisions").scalar() == 1
    backup_engine.dispose()
    assert path.read_bytes() != original
    with Project.open(path) as again:
        assert again.migrated_from is None


def test_the_kind_names_vocabulary_matches_the_models() -> None:
    """The command line offers kinds from db.vocabulary without loading the models."""
    from db.models import RECORD_KINDS
    from db.vocabulary import RECORD_KIND_NAMES

    assert tuple(RECORD_KINDS) == RECORD_KIND_NAMES

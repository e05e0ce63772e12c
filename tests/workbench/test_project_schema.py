"""Our own project file is checked as strictly as a colleague's.

Every file here is a real project written by Workbench, then altered with plain
sqlite3 the way another program or a hostile hand would leave it: an FTS5
table naming a tokenizer this SQLite lacks, a view where a table was, a
trigger that fires on our writes, text that is not UTF-8. Each is run through
the real command line.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.schema import ALEMBIC_REVISIONS
from db.schema_check import SCHEMA_DIGESTS, expected_schema, read_schema, schema_digest
from tests.workbench.hostile import (
    assert_refused_in_one_line,
    content,
    run,
    run_child,
    small_project,
)
from workbench.errors import ForeignSchema
from workbench.library import Library
from workbench.lock import lock_path_for
from workbench.paths import sidecars
from workbench.project import Project
from workbench.share import read_bundle

RECOMMENDATION = uuid.UUID("00000000-0000-0000-0000-000000000032")
"""'Decriminalise insult', in the small project's submission."""

TAMPERED: dict[str, tuple[list[str], str]] = {
    "unknown tokenizer": (
        [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'unicode61', 'planted') "
            "WHERE name = 'search_index'",
        ],
        "virtual table `search_index` defined otherwise",
    ),
    "view for a table": (
        [
            "CREATE TABLE kept_links AS SELECT * FROM links",
            "DROP TABLE links",
            "CREATE VIEW links AS SELECT * FROM kept_links",
        ],
        "a view `links` where Workbench has a table",
    ),
    "trigger": (
        ["CREATE TRIGGER wipe AFTER INSERT ON export_log BEGIN DELETE FROM links; END"],
        "a trigger `wipe` that Workbench did not create",
    ),
    "extra index": (
        ["CREATE INDEX spy ON records (changed_by)"],
        "an index `spy`",
    ),
    "altered table": (
        ["ALTER TABLE tags ADD COLUMN extra TEXT"],
        "a table `tags` defined otherwise",
    ),
    "missing index": (
        ["DROP INDEX ix_links_target_id"],
        "no index `ix_links_target_id`",
    ),
}

WRITING = [
    ("load", "{tmp}/in.json"),
    ("export", "-o", "{tmp}/out.docx"),
    ("merge", "{tmp}/in.json"),
]
READING = [
    ("info",),
    ("search", "court"),
    ("dump", "-o", "{tmp}/out.json"),
    ("share", "-o", "{tmp}/out.wbshare"),
    ("merge", "{tmp}/in.json", "--dry-run"),
]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small project, written once; each test alters a copy."""
    return small_project(tmp_path_factory.mktemp("clean") / "clean.wbproj")


def _altered(clean: Path, folder: Path, *statements: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "p.wbproj"
    shutil.copyfile(clean, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    assert not any(s.exists() for s in sidecars(path))
    return path


def _argv(folder: Path, project: Path, command: tuple[str, ...]) -> list[str]:
    return [command[0], str(project), *(part.format(tmp=folder) for part in command[1:])]


def _input_document(clean: Path, folder: Path) -> None:
    with Project.open(clean, read_only=True) as project:
        from workbench.interchange import dump

        dump(project, folder / "in.json")


def _assert_untouched(project: Path, before: bytes) -> None:
    assert project.read_bytes() == before
    for trace in (*sidecars(project), lock_path_for(project)):
        assert not trace.exists(), trace


# --- the schema: only ours, checked before anything of ours runs ------------------


@pytest.mark.parametrize("version", sorted(ALEMBIC_REVISIONS))
def test_the_recorded_digest_is_what_the_migrations_build(version: int) -> None:
    """Opening compares digests; this keeps them true to the migrations."""
    assert SCHEMA_DIGESTS[version] == schema_digest(expected_schema(version))


@pytest.mark.parametrize("name", ["project-v1.wbproj", "project-v2.wbproj"])
def test_older_projects_pass_the_check_and_migrate(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copyfile(Path(__file__).parents[1] / "data" / name, path)
    with Project.open(path) as project:
        assert project.migrated_from is not None
    connection = sqlite3.connect(path)
    try:
        assert read_schema(connection) == expected_schema(max(ALEMBIC_REVISIONS))
    finally:
        connection.close()


@pytest.mark.parametrize("case", list(TAMPERED))
@pytest.mark.parametrize("command", WRITING, ids=lambda c: " ".join(c))
def test_a_command_that_writes_refuses_a_foreign_schema_and_changes_nothing(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command
) -> None:
    _input_document(clean, tmp_path)
    statements, named = TAMPERED[case]
    project = _altered(clean, tmp_path, *statements)
    before = project.read_bytes()
    code, _, err = run(capsys, *_argv(tmp_path, project, command))
    assert_refused_in_one_line(code, err, str(project), named, "nothing was changed", "restore")
    _assert_untouched(project, before)
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("case", list(TAMPERED))
@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c))
def test_a_command_that_reads_refuses_a_foreign_schema_in_the_same_words(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command
) -> None:
    _input_document(clean, tmp_path)
    statements, named = TAMPERED[case]
    project = _altered(clean, tmp_path, *statements)
    before = project.read_bytes()
    code, out, err = run(capsys, *_argv(tmp_path, project, command))
    assert_refused_in_one_line(code, err, str(project), named, "nothing was changed", "restore")
    assert out == ""
    assert project.read_bytes() == before
    for made in ("out.json", "out.wbshare"):
        assert not (tmp_path / made).exists()


def test_a_planted_trigger_never_fires_on_export(clean: Path, tmp_path: Path) -> None:
    """The case that made ``export`` delete every link: refused before it could fire,
    in a child process, so no traceback can hide in our own handling."""
    project = _altered(clean, tmp_path, *TAMPERED["trigger"][0])
    before = project.read_bytes()
    done = run_child("export", project, "-o", tmp_path / "out.docx")
    assert_refused_in_one_line(done.returncode, done.stderr, "trigger `wipe`")
    _assert_untouched(project, before)
    connection = sqlite3.connect(project)
    try:
        assert connection.execute("SELECT count(*) FROM links").fetchone()[0] > 0
    finally:
        connection.close()


def test_an_older_project_with_a_foreign_object_is_neither_backed_up_nor_migrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.wbproj"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "project-v1.wbproj", path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TRIGGER stamp AFTER UPDATE ON records BEGIN SELECT 1; END")
    connection.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "info", path)
    assert_refused_in_one_line(code, err, "trigger `stamp`")
    _assert_untouched(path, before)
    backups = tmp_path / "home" / "backups"
    assert not backups.exists() or not any(backups.iterdir())


@pytest.mark.parametrize("case", list(TAMPERED))
def test_check_lists_every_foreign_object(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    statements, named = TAMPERED[case]
    project = _altered(clean, tmp_path, *statements)
    before = project.read_bytes()
    code, out, err = run(capsys, "check", project)
    assert code == 1, err
    assert "Traceback" not in err
    assert "Schema: NOT Workbench's" in out
    assert named in out
    assert project.read_bytes() == before
    code, out, _ = run(capsys, "check", project, "--json")
    report = json.loads(out)
    assert code == 1
    assert report["schema_ok"] is False and report["integrity_ok"] is None
    assert any(named in difference["message"] for difference in report["schema"])


def test_check_names_each_difference_of_a_view_in_a_tables_place(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(clean, tmp_path, *TAMPERED["view for a table"][0])
    _, out, _ = run(capsys, "check", project, "--json")
    found = {(d["type"], d["name"], d["problem"]) for d in json.loads(out)["schema"]}
    assert found == {
        ("view", "links", "replaced"),
        ("table", "kept_links", "foreign"),
        ("index", "ix_links_target_id", "missing"),
        ("index", "sqlite_autoindex_links_1", "missing"),
    }


def test_check_of_a_sound_project_says_its_schema_is_ours(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(clean, tmp_path)
    _, out, _ = run(capsys, "check", project, "--json")
    report = json.loads(out)
    assert report["schema_ok"] is True and report["schema"] == []
    assert report["integrity_ok"] is True


def test_the_refusal_is_a_damaged_project_so_the_app_offers_its_backups(
    clean: Path, tmp_path: Path
) -> None:
    project = _altered(clean, tmp_path, *TAMPERED["trigger"][0])
    with pytest.raises(ForeignSchema) as refused:
        Project.open(project)
    assert refused.value.detail == "it contains a trigger `wipe` that Workbench did not create"
    assert [d.name for d in refused.value.differences] == ["wipe"]


# --- text that is not UTF-8: read with U+FFFD, named by check, never a failure ------

NOT_UTF8 = f"UPDATE recommendations SET title = CAST(x'ff41' AS TEXT) WHERE id = '{RECOMMENDATION}'"


def _records(project: Path) -> dict[str, Any]:
    """The project's records, without what an export adds (its record of itself)."""
    document = content(project)
    for submission in document.get("submissions", []):
        submission.pop("exports", None)
        for key in ("updated_at", "revision", "ancestors", "changed_by"):
            submission.pop(key, None)
    return document


def test_dump_reads_text_that_is_not_utf8_with_replacement(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(clean, tmp_path, NOT_UTF8)
    before = project.read_bytes()
    code, _, err = run(capsys, "dump", project, "-o", tmp_path / "out.json")
    assert code == 0, err
    dumped = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "\ufffdA" in json.dumps(json.loads(dumped), ensure_ascii=False)
    assert project.read_bytes() == before


def test_share_completes_on_text_that_is_not_utf8(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(clean, tmp_path, NOT_UTF8)
    before = project.read_bytes()
    code, _, err = run(capsys, "share", project, "-o", tmp_path / "out.wbshare")
    assert code == 0, err
    document = read_bundle(tmp_path / "out.wbshare")
    assert "\ufffdA" in json.dumps(document, ensure_ascii=False)
    assert project.read_bytes() == before


def test_export_completes_on_text_that_is_not_utf8(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(clean, tmp_path, NOT_UTF8)
    before = _records(project)
    code, _, err = run(capsys, "export", project, "-o", tmp_path / "out.docx")
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs)
    assert "\ufffdA" in text
    assert _records(project) == before


def test_check_names_the_record_and_field_holding_text_that_is_not_utf8(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(
        clean,
        tmp_path,
        NOT_UTF8,
        "UPDATE tags SET name = CAST(x'c3' AS TEXT)",
        f"UPDATE proposed_wordings SET justification = CAST(x'80' AS TEXT) "
        f"WHERE recommendation_id = '{RECOMMENDATION}'",
    )
    before = project.read_bytes()
    code, out, err = run(capsys, "check", project, "--json")
    assert code == 1, err
    found = {
        (f["kind"], f["id"], f["field"])
        for f in json.loads(out)["findings"]
        if f["code"] == "text-not-utf8"
    }
    tag = "00000000-0000-0000-0000-000000000001"
    assert found == {
        ("recommendation", str(RECOMMENDATION), "title"),
        ("recommendation", str(RECOMMENDATION), "proposed_wordings.justification"),
        ("tag", tag, "name"),
    }
    assert project.read_bytes() == before
    code, out, _ = run(capsys, "check", project)
    assert "recommendation '\ufffdA' (title): The text holds bytes that are not UTF-8" in out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(stored=st.binary(max_size=40))
def test_any_stored_bytes_read_as_their_utf8_with_replacement(
    clean: Path, tmp_path_factory: pytest.TempPathFactory, stored: bytes
) -> None:
    project = _altered(clean, tmp_path_factory.mktemp("bytes"))
    connection = sqlite3.connect(project, isolation_level=None)
    connection.execute(
        "UPDATE recommendations SET title = CAST(? AS TEXT) WHERE id = ?",
        (stored, str(RECOMMENDATION)),
    )
    connection.close()
    with Project.open(project, read_only=True) as opened:
        record = Library(opened).get(RECOMMENDATION)
    assert record.fields["title"] == stored.decode("utf-8", errors="replace")


def test_a_schema_whose_text_is_not_utf8_is_damage_not_a_traceback(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _altered(
        clean,
        tmp_path,
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master VALUES ('table', CAST(x'ff41' AS TEXT), "
        "CAST(x'ff41' AS TEXT), 0, CAST(x'435245415445205441424c4520ff28' AS TEXT))",
    )
    before = project.read_bytes()
    for command in ("info", "check"):
        code, _, err = run(capsys, command, project)
        assert code == 2 and "Traceback" not in err
        assert "is damaged" in err and "not UTF-8" in err
    assert project.read_bytes() == before


def test_a_backup_with_a_planted_trigger_is_not_restored(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It would be refused again the moment it was opened."""
    project = tmp_path / "p.wbproj"
    shutil.copyfile(clean, project)
    planted = _altered(clean, tmp_path / "elsewhere", *TAMPERED["trigger"][0])
    before = project.read_bytes()
    code, _, err = run(capsys, "restore", project, "--backup", planted)
    assert_refused_in_one_line(code, err, str(planted), "not a sound backup")
    assert project.read_bytes() == before

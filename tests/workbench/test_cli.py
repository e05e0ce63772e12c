"""The command line: exit codes, --json output, messages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import RECORD_KINDS
from db.schema import SCHEMA_VERSION
from workbench import cli
from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.settings import Settings, save_settings


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_empty_then_info_json_reports_zero_of_every_kind(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.wbproj"
    assert run(capsys, "new", str(path), "--empty")[0] == 0
    code, out, err = run(capsys, "info", str(path), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["counts"] == {kind: 0 for kind in RECORD_KINDS}
    assert data["total"] == 0 and data["tombstones"] == 0
    assert data["schema_version"] == SCHEMA_VERSION and data["name"] == "x"
    assert set(data) == {
        "path",
        "id",
        "name",
        "created_at",
        "schema_version",
        "counts",
        "total",
        "tombstones",
    }


def test_new_refuses_an_existing_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.wbproj"
    path.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "new", str(path), "--empty")
    assert code == 2 and "already exists" in err
    assert path.read_text(encoding="utf-8") == "keep me"


def test_info_text_lists_counts(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "privacy"})
    code, out, _ = run(capsys, "info", str(path))
    assert code == 0 and "tag" in out and f"schema version {SCHEMA_VERSION}" in out


def test_search_json(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.wbproj"
    with Project.create(path) as project:
        library = Library(project)
        tag = library.create("tag", {"name": "Клевета"})
        library.create("critique", {"title": "Уголовная клевета"})
    code, out, _ = run(capsys, "search", str(path), "клев", "--kind", "tag", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "клев"
    [result] = data["results"]
    assert result["id"] == str(tag.id) and result["kind"] == "tag" and result["title"] == "Клевета"
    assert result["snippet"] == "Клевета" and result["highlights"] == [[0, 7]]
    assert set(result) == {"id", "kind", "title", "snippet", "highlights", "score"}
    code, out, _ = run(capsys, "search", str(path), "клевета")
    assert code == 0 and "[Клевета]" in out and "critique" in out
    code, out, _ = run(capsys, "search", str(path), "absent", "--json")
    assert code == 0 and json.loads(out)["results"] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["search", "x.wbproj"],
        ["search", "x.wbproj", "q", "--kind", "poem"],
        ["search", "x.wbproj", "q", "--limit", "0"],
        ["frobnicate"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


@pytest.mark.parametrize("content", [b"", b"plain text\n", bytes(range(256)) * 8])
def test_bad_input_exits_2_with_message(tmp_path: Path, capsys, content: bytes) -> None:
    path = tmp_path / "bad.wbproj"
    path.write_bytes(content)
    code, out, err = run(capsys, "info", str(path), "--json")
    assert code == 2 and out == ""
    assert "is not a Workbench project" in err
    assert path.read_bytes() == content
    assert run(capsys, "search", str(tmp_path / "missing.wbproj"), "q")[0] == 2


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Stand in for the window: record which project it would have opened (and the
    bundle it would have offered for merging, after it)."""
    opened: list[Path] = []

    def launch(path: Path, share: Path | None = None) -> int:
        opened.append(path)
        if share is not None:
            opened.append(share)
        return 0

    monkeypatch.setattr(cli, "launch_gui", launch)
    return opened


def test_no_command_creates_the_default_project(isolated_home, capsys, launched) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert isolated_home.default_project.exists()
    assert str(isolated_home.default_project) in out
    assert launched == [isolated_home.default_project]


def test_gui_opens_the_given_project_else_the_last_one(
    isolated_home, tmp_path: Path, capsys, launched
) -> None:
    given = tmp_path / "given.wbproj"
    assert run(capsys, "gui", str(given))[0] == 0
    last = tmp_path / "last.wbproj"
    Project.create(last).close()
    save_settings(isolated_home, Settings().with_recent(last))
    assert run(capsys, "gui")[0] == 0
    assert launched == [given, last.resolve()]
    assert not isolated_home.default_project.exists()


def test_gui_given_a_bundle_opens_the_last_project_and_offers_the_bundle(
    isolated_home, tmp_path: Path, capsys, launched
) -> None:
    """A .wbshare double-clicked with no app running: the last project opens, and
    the bundle is offered for merging into it."""
    last = tmp_path / "last.wbproj"
    Project.create(last).close()
    save_settings(isolated_home, Settings().with_recent(last))
    bundle = tmp_path / "от коллеги.wbshare"
    assert run(capsys, "gui", str(bundle))[0] == 0
    assert launched == [last.resolve(), bundle]


def test_installed_entry_point(tmp_path: Path) -> None:
    """The real console script, as users run it."""
    script = Path(sys.executable).with_name("workbench")
    assert script.exists(), "install the project (pip install -e .) so the script exists"
    help_text = subprocess.run([script, "--help"], capture_output=True, text=True, check=True)
    assert "search" in help_text.stdout and "info" in help_text.stdout
    path = tmp_path / "y.wbproj"
    subprocess.run([script, "new", str(path), "--empty"], check=True, capture_output=True)
    info = subprocess.run([script, "info", str(path), "--json"], capture_output=True, text=True)
    assert info.returncode == 0 and json.loads(info.stdout)["total"] == 0

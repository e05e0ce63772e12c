"""File-system trouble, made real: read-only disks (a tmpfs remounted read-only),
immutable files (``chattr +i``), missing folders and a full disk (a tiny tmpfs).

Every command says so in one line with exit code 2 and no traceback, leaves
nothing half written and no sidecar behind; an intact project on a read-only
disk opens read-only for the commands that only look (and ``export``) and is
never called damaged. As root, permission bits do not stop writes, hence mounts
and ``chattr``; those tests are skipped with a reason where they cannot run.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from tests import places
from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench.cli import main
from workbench.errors import SaveFailed
from workbench.export import export_submission
from workbench.filesystem import target_of
from workbench.library import Library
from workbench.project import Project
from workbench.tempfiles import partial_path


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``disk(size)``: a fresh tmpfs of that size; unmounted when the test ends."""
    with ExitStack() as stack:
        made = iter(range(1_000))
        yield lambda size: stack.enter_context(places.tmpfs(tmp_path / f"disk{next(made)}", size))


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """``immutable(path)``: chattr +i, undone when the test ends."""
    with ExitStack() as stack:
        yield lambda path: stack.enter_context(places.immutable(path))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A small intact project with a submission, closed cleanly (no -wal left)."""
    path = tmp_path / "source" / "p.wbproj"
    path.parent.mkdir()
    build_small_project(path, TickingClock()).close()
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _dump(project: Path, tmp_path: Path) -> dict[str, object]:
    """The project's dump, without the moment it was made."""
    out = tmp_path / f"dump-{len(list(tmp_path.glob('dump-*')))}.json"
    assert main(["dump", str(project), "-o", str(out)]) == 0
    document: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    document.pop("created_at")
    return document


def _one_line_refusal(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    lines = [x for x in err.strip().splitlines() if not x.startswith("workbench: warning:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "damaged" not in err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _exports(project: Path) -> int:
    with Project.open(project, read_only=True) as opened, opened.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM export_log")).scalar_one())


LOOKING = [
    ["info"],
    ["info", "--json"],
    ["search", "{p}", "recommendation"],
    ["check"],
]


@places.needs_root
@pytest.mark.parametrize("command", LOOKING, ids=lambda c: " ".join(c))
def test_an_intact_project_on_a_read_only_disk_is_looked_at_never_called_damaged(
    source: Path, disk: Callable[[str], Path], command: list[str], capsys
) -> None:
    medium = disk("8m")
    shutil.copyfile(source, medium / "p.wbproj")
    places.seal(medium)
    before = _listing(medium)
    project = str(medium / "p.wbproj")
    argv = [command[0], project, *[a for a in command[1:] if a != "{p}"]]
    capsys.readouterr()
    code = main(argv)
    captured = capsys.readouterr()
    assert code in (0, 1) if command[0] == "check" else code == 0
    assert "damaged" not in captured.err.lower() + captured.out.lower()
    assert "Traceback" not in captured.err
    if command[0] == "check":
        assert "Integrity: ok" in captured.out
    assert _listing(medium) == before


@places.needs_root
def test_dump_and_export_from_a_read_only_disk(
    source: Path, disk: Callable[[str], Path], tmp_path: Path, capsys
) -> None:
    medium = disk("8m")
    shutil.copyfile(source, medium / "p.wbproj")
    places.seal(medium)
    before = _listing(medium)
    project = medium / "p.wbproj"
    assert _dump(project, tmp_path) == _dump(source, tmp_path)
    target = tmp_path / "paper.docx"
    capsys.readouterr()
    assert main(["export", str(project), "-o", str(target)]) == 0
    note = _one_line_refusal(capsys, "written but not recorded", "p.wbproj", "read-only")
    assert str(medium) not in note  # folder and name, never the full path
    assert target.stat().st_size > 0
    assert _listing(medium) == before and _exports(project) == _exports(source)


@places.needs_root
def test_a_project_whose_log_holds_changes_is_read_from_a_read_only_disk_with_its_index(
    source: Path, disk: Callable[[str], Path], capsys
) -> None:
    medium = disk("8m")
    with Project.open(source) as project:  # open: the change is in the -wal only
        Library(project).create("tag", {"name": "only in the log"})
        for end in ("", "-wal", "-shm"):
            shutil.copyfile(f"{source}{end}", medium / f"p.wbproj{end}")
    places.seal(medium)
    capsys.readouterr()
    assert main(["search", str(medium / "p.wbproj"), "log", "--kind", "tag"]) == 0
    assert "only in the log" in capsys.readouterr().out


@places.needs_root
def test_a_log_without_its_index_on_a_read_only_disk_is_explained_not_called_damaged(
    source: Path, disk: Callable[[str], Path], capsys
) -> None:
    medium = disk("8m")
    with Project.open(source) as project:
        Library(project).create("tag", {"name": "only in the log"})
        for end in ("", "-wal"):
            shutil.copyfile(f"{source}{end}", medium / f"p.wbproj{end}")
    places.seal(medium)
    before = _listing(medium)
    capsys.readouterr()
    assert main(["info", str(medium / "p.wbproj")]) == 2
    _one_line_refusal(capsys, "p.wbproj", "-wal", "read-only", "Copy the project")
    assert _listing(medium) == before


WRITING = [
    ["load", "{p}", "{json}"],
    ["merge", "{p}", "{json}"],
    ["new", "{new}"],
    ["export", "{src}", "-o", "{out}"],
    ["dump", "{src}", "-o", "{dumped}"],
]


@places.needs_root
@pytest.mark.parametrize("command", WRITING, ids=lambda c: c[0])
def test_writing_on_a_read_only_disk_is_one_line_and_changes_nothing(
    source: Path, disk: Callable[[str], Path], tmp_path: Path, command: list[str], capsys
) -> None:
    medium = disk("8m")
    shutil.copyfile(source, medium / "p.wbproj")
    document = tmp_path / "records.json"
    document.write_text('{"format": "workbench-interchange", "version": 1, "records": []}')
    places.seal(medium)
    before, dumped = _listing(medium), _dump(medium / "p.wbproj", tmp_path)
    names = {
        "{p}": medium / "p.wbproj",
        "{json}": document,
        "{new}": medium / "new.wbproj",
        "{src}": source,
        "{out}": medium / "paper.docx",
        "{dumped}": medium / "all.json",
    }
    capsys.readouterr()
    assert main([str(names.get(a, a)) for a in command]) == 2
    line = _one_line_refusal(capsys, "read-only", "nothing was changed")
    assert medium.name in line
    assert _listing(medium) == before
    assert _dump(medium / "p.wbproj", tmp_path) == dumped


@places.needs_root
def test_an_immutable_project_opens_read_only_and_refuses_changes(
    source: Path, immutable: Callable[[Path], None], tmp_path: Path, capsys
) -> None:
    immutable(source)
    dumped = _dump(source, tmp_path)
    before = _listing(source.parent)
    document = tmp_path / "records.json"
    document.write_text('{"format": "workbench-interchange", "version": 1, "records": []}')
    capsys.readouterr()
    assert main(["load", str(source), str(document)]) == 2
    _one_line_refusal(capsys, "source/p.wbproj", "the file is read-only")
    assert main(["export", str(source), "-o", str(tmp_path / "paper.docx")]) == 0
    _one_line_refusal(capsys, "not recorded")
    assert main(["info", str(source)]) == 0
    assert _dump(source, tmp_path) == dumped
    assert [n for n in _listing(source.parent) if n.endswith((".lock", ".partial"))] == []
    assert set(before) <= set(_listing(source.parent))


def test_dump_into_a_missing_folder_is_one_line(source: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["dump", str(source), "-o", str(tmp_path / "nowhere" / "all.json")]) == 2
    _one_line_refusal(capsys, "nowhere/all.json", "does not exist", "Create the folder")
    assert not (tmp_path / "nowhere").exists()


@places.needs_root
def test_new_on_a_full_disk_leaves_nothing(disk: Callable[[str], Path], capsys) -> None:
    medium = disk("256k")
    capsys.readouterr()
    assert main(["new", str(medium / "p.wbproj")]) == 2
    _one_line_refusal(capsys, "p.wbproj", "the disk is full", "Free some space")
    assert _listing(medium) == []


@places.needs_root
def test_dump_on_a_full_disk_leaves_no_partial_file(
    source: Path, disk: Callable[[str], Path], capsys
) -> None:
    medium = disk("1m")
    _fill(medium)
    (medium / "filler").rename(medium / "kept")
    capsys.readouterr()
    assert main(["dump", str(source), "-o", str(medium / "all.json")]) == 2
    _one_line_refusal(capsys, "all.json", "the disk is full")
    assert _listing(medium) == ["kept"]


def _fill(folder: Path) -> None:
    """Write until the disk says it is full (unbuffered: a buffered file would try to
    write what it still holds when it closes, and fail again, depending on how the
    last write happened to end)."""
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            pass


@places.needs_root
def test_an_export_that_cannot_be_recorded_leaves_the_earlier_file_in_place(
    source: Path, disk: Callable[[str], Path], tmp_path: Path
) -> None:
    medium = disk("16m")
    shutil.copyfile(source, medium / "p.wbproj")
    target = tmp_path / "paper.docx"
    with Project.open(medium / "p.wbproj") as project:
        export_submission(project, target)
        earlier = target.read_bytes()
        recorded = _exports(medium / "p.wbproj")
        _fill(medium)
        with pytest.raises(SaveFailed) as caught:
            for _ in range(50):  # each export's record grows the log until the disk refuses
                export_submission(project, target)
                earlier = target.read_bytes()
                recorded += 1
        assert caught.value.problem == "the disk is full"
        with pytest.raises(SaveFailed):  # no earlier file: the new one is not left either
            export_submission(project, tmp_path / "new.docx")
    (medium / "filler").unlink()
    assert target.read_bytes() == earlier
    assert _exports(medium / "p.wbproj") == recorded
    assert _listing(tmp_path).count("paper.docx") == 1 and not (tmp_path / "new.docx").exists()
    assert not [n for n in _listing(tmp_path) if n.startswith(".~")]


def test_refused_opens_leave_no_sidecar_files(source: Path, tmp_path: Path, capsys) -> None:
    with sqlite3.connect(source) as connection:  # closes cleanly: no -wal left
        connection.execute("UPDATE alembic_version SET version_num = 'foreign'")
    connection.close()
    before = _listing(source.parent)
    document = tmp_path / "records.json"
    document.write_text('{"format": "workbench-interchange", "version": 1, "records": []}')
    for argv in (
        ["info", str(source)],
        ["check", str(source)],
        ["load", str(source), str(document)],
        ["export", str(source), "-o", str(tmp_path / "paper.docx")],
    ):
        capsys.readouterr()
        assert main(argv) == 2
        assert _listing(source.parent) == before, argv


def test_a_missing_folder_is_worded_alike_by_every_writing_command(
    source: Path, tmp_path: Path, capsys
) -> None:
    lines = []
    for command, name in (("dump", "f.json"), ("export", "f.docx"), ("share", "f.wbshare")):
        capsys.readouterr()
        assert main([command, str(source), "-o", str(tmp_path / "nowhere" / name)]) == 2
        lines.append(_one_line_refusal(capsys).replace(name, "FILE"))
    assert len(set(lines)) == 1, lines
    assert lines[0] == (
        "workbench: cannot write nowhere/FILE: its folder does not exist; nothing was "
        "changed. Create the folder first, or choose another."
    )
    assert not (tmp_path / "nowhere").exists()


@places.needs_root
def test_share_onto_a_read_only_disk_is_one_line(
    source: Path, disk: Callable[[str], Path], capsys
) -> None:
    medium = disk("1m")
    places.seal(medium)
    capsys.readouterr()
    assert main(["share", str(source), "-o", str(medium / "b.wbshare")]) == 2
    _one_line_refusal(capsys, f"{medium.name}/b.wbshare", "the disk is read-only")
    assert _listing(medium) == []


@places.needs_root
def test_a_project_in_a_read_only_folder_is_read_and_refuses_changes(
    source: Path, immutable: Callable[[Path], None], tmp_path: Path, capsys
) -> None:
    dumped = _dump(source, tmp_path)
    immutable(source.parent)  # nothing can be created or removed in it
    before = _listing(source.parent)
    capsys.readouterr()
    assert main(["check", str(source)]) in (0, 1)
    assert "Integrity: ok" in capsys.readouterr().out
    assert _dump(source, tmp_path) == dumped
    for argv in (
        ["load", str(source), str(tmp_path / "dump-0.json")],
        ["merge", str(source), str(tmp_path / "dump-0.json")],
    ):
        capsys.readouterr()
        assert main(argv) == 2
        _one_line_refusal(capsys, "source/p.wbproj", "the folder is read-only")
    assert main(["export", str(source), "-o", str(tmp_path / "paper.docx")]) == 0
    _one_line_refusal(capsys, "not recorded")
    assert _listing(source.parent) == before


@given(
    name=st.text(
        st.characters(blacklist_characters="/\0", blacklist_categories=("Cs",)), min_size=1
    ).filter(lambda n: n not in (".", "..")),
    suffix=st.sampled_from([".partial", ".creating", ".earlier"]),
)
def test_a_temporary_file_is_named_after_the_file_the_user_asked_for(
    name: str, suffix: str
) -> None:
    target = Path("/somewhere/folder") / name
    assert target_of(partial_path(target, suffix)) == target
    assert target_of(target) == target or name.startswith(".~")

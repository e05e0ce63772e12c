"""Backups: verified copies made with the backup API, rotation, damage found at open,
the damaged file kept aside and the newest sound backup restored (service and CLI)."""

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.damaged_files import garble_table_roots
from workbench import backups
from workbench.cli import main
from workbench.errors import NoGoodBackup, ProjectDamaged
from workbench.library import Library
from workbench.paths import AppPaths
from workbench.project import Project

PAGE = 4096


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _project_with_tags(path: Path, count: int = 300) -> list[str]:
    with Project.create(path) as project:
        library = Library(project)
        names = [f"tag {n}" for n in range(count)]
        for name in names:
            library.create("tag", {"name": name, "description": "x" * 400})
    return names


def _tag_names(path: Path) -> set[str]:
    with Project.open(path, read_only=True) as project:
        return {row.title for row in Library(project).page("tag", limit=100_000)}


def test_a_backup_is_a_sound_copy_and_leaves_the_project_unchanged(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    names = _project_with_tags(path, 50)
    before = path.read_bytes()
    made = backups.make_backup(path, isolated_home.backups, "manual")
    assert path.read_bytes() == before
    assert backups.is_good(made)
    assert [b.path for b in backups.list_backups(path, isolated_home.backups)] == [made]
    assert sorted(p.name for p in isolated_home.backups.iterdir()) == [made.name]
    assert _tag_names(made) == set(names)


def test_opening_backs_up_when_the_newest_backup_is_a_day_old(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 5)
    assert backups.list_backups(path, isolated_home.backups) == []  # a new project: none yet
    with Project.open(path):
        pass
    [first] = backups.list_backups(path, isolated_home.backups)
    assert first.reason == "open"
    with Project.open(path):
        pass
    assert len(backups.list_backups(path, isolated_home.backups)) == 1  # recent enough
    old = datetime.now(UTC) - timedelta(hours=25)
    first.path.rename(first.path.with_name(f"p-{old.strftime('%Y%m%dT%H%M%S%fZ')}-open.wbproj"))
    with Project.open(path):
        pass
    assert len(backups.list_backups(path, isolated_home.backups)) == 2


def test_rotation_keeps_recent_densely_and_thins_older(tmp_path: Path) -> None:
    now = datetime(2026, 6, 15, 12, tzinfo=UTC)
    ages = [timedelta(minutes=m) for m in range(0, 600, 20)]  # 3 an hour in the last day
    ages += [timedelta(days=d, hours=h) for d in range(2, 40) for h in (1, 5)]  # 2 a day
    ages += [timedelta(days=d) for d in range(60, 400, 7)]  # weekly, long ago
    made = [backups.Backup(tmp_path / f"b{i}", now - age, "open", 1) for i, age in enumerate(ages)]
    keep = set(backups.kept(made, now))
    by_path = {b.path: b for b in made}
    recent = [b for b in made if now - b.made_at <= timedelta(days=1)]
    kept_recent = [b for b in recent if b.path in keep]
    hours = {b.made_at.replace(minute=0, second=0) for b in recent}
    assert len(kept_recent) == len(hours) + 2  # the newest of each hour, and the 5 newest
    assert all(b.path in keep for b in recent[:5])
    daily = [
        by_path[p]
        for p in keep
        if timedelta(days=1) < now - by_path[p].made_at <= timedelta(days=30)
    ]
    window = [b for b in made if timedelta(days=1) < now - b.made_at <= timedelta(days=30)]
    assert len(daily) == len({b.made_at.date() for b in daily}) == 28  # days 2..29, one each
    assert {b.made_at.date() for b in daily} == {b.made_at.date() for b in window}
    older = [by_path[p] for p in keep if now - by_path[p].made_at > timedelta(days=30)]
    months = {
        (b.made_at.year, b.made_at.month) for b in made if now - b.made_at > timedelta(days=30)
    }
    assert len(older) == len(months)
    # each kept one is the newest of its day or month
    for backup in daily:
        same_day = [b for b in made if b.made_at.date() == backup.made_at.date()]
        assert backup.made_at == max(b.made_at for b in same_day)


def test_thinning_deletes_real_files_only_after_a_new_sound_backup(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 3)
    folder = isolated_home.backups
    now = datetime(2026, 6, 20, 12, tzinfo=UTC)  # 88-90 days back: all in March
    for days in (90, 89, 88, 40, 10, 9):
        backups.make_backup(path, folder, "open", now=now - timedelta(days=days))
    # the sixth pushed the 90-day one out of the newest five: same month as 88, older
    assert sorted((now - b.made_at).days for b in backups.list_backups(path, folder)) == [
        9,
        10,
        40,
        88,
        89,
    ]
    backups.make_backup(path, folder, "merge", now=now)
    left = backups.list_backups(path, folder)
    ages = sorted((now - b.made_at).days for b in left)
    assert ages == [0, 9, 10, 40, 88]  # 89 days: same month as 88, older
    assert all(backups.is_good(b.path) for b in left)


def test_a_backup_that_fails_its_check_is_not_kept_and_drops_nothing(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path)
    folder = isolated_home.backups
    now = datetime.now(UTC)
    for days in range(400, 100, -30):
        backups.make_backup(path, folder, "open", now=now - timedelta(days=days))
    before = sorted(folder.iterdir())
    garble_table_roots(path)
    with pytest.raises(ProjectDamaged):
        backups.make_backup(path, folder, "merge")
    assert sorted(folder.iterdir()) == before


@pytest.mark.parametrize("damage", ["bit flips", "truncation"])
def test_a_damaged_project_is_recognised_kept_aside_and_restored_from_the_newest_sound_backup(
    tmp_path: Path, isolated_home: AppPaths, capsys, damage: str
) -> None:
    path = tmp_path / "p.wbproj"
    names = _project_with_tags(path)
    with Project.open(path) as project:  # the open backup holds all 300 tags
        Library(project).create("tag", {"name": "after the backup"})
    if damage == "bit flips":
        garble_table_roots(path)
    else:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    damaged_bytes = path.read_bytes()
    with pytest.raises(ProjectDamaged):
        Project.open(path)
    code, _out, err = run(capsys, "info", str(path))
    assert code == 2 and "damaged" in err and "workbench restore" in err

    # a newer backup that is itself damaged is passed over
    [good] = backups.list_backups(path, isolated_home.backups)
    later = (datetime.now(UTC) + timedelta(minutes=1)).strftime("%Y%m%dT%H%M%S%fZ")
    bad = good.path.with_name(f"p-{later}-merge.wbproj")
    bad.write_bytes(good.path.read_bytes()[: 3 * PAGE])
    assert backups.list_backups(path, isolated_home.backups)[0].path == bad

    code, out, _err = run(capsys, "restore", str(path), "--json")
    assert code == 0
    report = json.loads(out)
    aside = Path(report["kept_aside"])
    assert aside.name.startswith("p.wbproj.damaged-") and aside.read_bytes() == damaged_bytes
    assert Path(report["restored_from"]) == good.path
    assert _tag_names(path) == set(names)
    with Project.open(path) as project:
        assert project.identity().name == "p"


def test_restore_list_and_a_chosen_backup(tmp_path: Path, isolated_home: AppPaths, capsys) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    first = backups.make_backup(path, isolated_home.backups, "manual")
    with Project.open(path) as project:
        Library(project).create("tag", {"name": "later"})
    code, out, _ = run(capsys, "restore", str(path), "--list", "--json")
    listed = json.loads(out)["backups"]
    assert code == 0 and first.name in {Path(b["path"]).name for b in listed}
    assert set(listed[0]) == {"path", "made_at", "reason", "size"}

    code, out, _ = run(capsys, "restore", str(path), "--backup", str(first), "--json")
    assert code == 0
    aside = Path(json.loads(out)["kept_aside"])
    assert aside.name.startswith("p.wbproj.replaced-")  # it was sound: replaced, not damaged
    assert "later" not in _tag_names(path) and "later" in _tag_names(aside)


def test_restore_onto_a_linked_project_is_refused_and_both_left(
    tmp_path: Path, isolated_home: AppPaths, capsys
) -> None:
    real = tmp_path / "files" / "p.wbproj"
    real.parent.mkdir()
    _project_with_tags(real, 2)
    backup = backups.make_backup(real, isolated_home.backups, "manual")
    link = tmp_path / "p.wbproj"
    link.symlink_to(real)
    before = real.read_bytes()
    listing = sorted(p.name for p in real.parent.iterdir())
    code, _, err = run(capsys, "restore", str(link), "--backup", str(backup))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "p.wbproj" in err
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == before
    assert sorted(p.name for p in real.parent.iterdir()) == listing


def test_restore_without_backups_or_from_a_bad_one_changes_nothing(
    tmp_path: Path, isolated_home: AppPaths, capsys
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    before = path.read_bytes()
    code, _out, err = run(capsys, "restore", str(path))
    assert code == 2 and "no sound backup" in err
    junk = tmp_path / "junk.wbproj"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(NoGoodBackup):
        backups.restore(path, junk)
    assert path.read_bytes() == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "home")
    assert left == ["junk.wbproj", "p.wbproj"]


def test_load_backs_up_first(tmp_path: Path, isolated_home: AppPaths, capsys) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    document = tmp_path / "d.json"
    assert run(capsys, "dump", str(path), "-o", str(document))[0] == 0
    assert run(capsys, "load", str(path), str(document))[0] == 0
    reasons = {b.reason for b in backups.list_backups(path, isolated_home.backups)}
    assert "load" in reasons


def test_a_crashed_sessions_wal_goes_aside_with_the_damaged_file(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    backup = backups.make_backup(path, isolated_home.backups, "manual")
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"UPDATE records SET changed_by = 'ghost'\"); c.commit()\n"
        "os._exit(0)\n"  # no close, no checkpoint: the WAL stays, as after a crash
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    restored = backups.restore(path, backup)
    assert restored.kept_aside is not None and not wal.exists()
    assert Path(str(restored.kept_aside) + "-wal").exists()
    with Project.open(path) as project, project.reading() as session:
        authors = {a for (a,) in session.execute(text("SELECT changed_by FROM records"))}
    assert authors and "ghost" not in authors


def test_same_named_projects_in_two_folders_keep_their_own_backups(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    """Everyone's default project is "My library": a colleague's copy opened from
    another folder must neither thin nor stand in for one's own backups."""
    mine = tmp_path / "home" / "My library.wbproj"
    theirs = tmp_path / "downloads" / "My library.wbproj"
    for path in (mine, theirs):
        path.parent.mkdir(parents=True)
    _project_with_tags(mine, 3)
    _project_with_tags(theirs, 7)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    my_first = backups.make_backup(mine, isolated_home.backups, "open", now=start)
    for minutes in range(1, 8):  # more than the rotation keeps of the newest
        when = start + timedelta(minutes=minutes)
        backups.make_backup(theirs, isolated_home.backups, "open", now=when)
    assert my_first.exists()
    assert [b.path for b in backups.list_backups(mine, isolated_home.backups)] == [my_first]
    assert my_first not in [b.path for b in backups.list_backups(theirs, isolated_home.backups)]
    assert backups.newest_good(mine, isolated_home.backups).path == my_first
    assert len(_tag_names(my_first)) == 3


def test_backups_named_before_places_were_recorded_still_count(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    made = backups.make_backup(path, isolated_home.backups, "merge")
    stamp = (datetime.now(UTC) - timedelta(hours=2)).strftime("%Y%m%dT%H%M%S%fZ")
    legacy = made.rename(made.with_name(f"p-{stamp}-schema-2.wbproj"))
    [found] = backups.list_backups(path, isolated_home.backups)
    assert (found.path, found.reason) == (legacy, "schema-2")


def test_restore_json_gives_absolute_paths_for_relative_arguments(
    tmp_path: Path, isolated_home: AppPaths, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "жоба.wbproj"
    _project_with_tags(path, 2)
    backups.make_backup(path, isolated_home.backups, "manual")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "restore", "жоба.wbproj", "--json")
    report = json.loads(out)
    assert code == 0
    for key in ("project", "restored_from", "kept_aside"):
        assert Path(report[key]).is_absolute(), key
    assert Path(report["kept_aside"]).parent == tmp_path.resolve()


def test_json_paths_are_absolute_under_a_relative_workbench_home(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_HOME", "портативный")
    path = tmp_path / "p.wbproj"
    _project_with_tags(path, 2)
    with Project.open(path):  # the opening's backup
        pass
    code, out, _ = run(capsys, "restore", "p.wbproj", "--list", "--json")
    listed = json.loads(out)["backups"]
    assert code == 0 and listed
    assert all(Path(b["path"]).is_absolute() for b in listed)
    assert Path(listed[0]["path"]).is_relative_to(tmp_path / "портативный")

"""The backup a merge waits for: the project as it was just before the merge, and
no second copy of a file that was backed up on opening and not changed since."""

import shutil
import uuid
from pathlib import Path

from workbench import backups, interchange
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.paths import AppPaths
from workbench.project import Project

TAG = uuid.UUID(int=1)


def _copies(tmp_path: Path) -> tuple[Path, Path, dict]:
    """Ours and a colleague's copy of one project; what the colleague changed."""
    ours, theirs = tmp_path / "ours.wbproj", tmp_path / "theirs.wbproj"
    with Project.create(ours) as project:
        Library(project).create("tag", {"name": "Сөз бостандығы"}, record_id=TAG)
    shutil.copyfile(ours, theirs)
    with Project.open(theirs) as project:
        Library(project).update(TAG, {"description": "Свобода выражения мнений"})
        return ours, theirs, interchange.dump_document(project)


def _tag(path: Path) -> dict:
    with Project.open(path, read_only=True) as project:
        return dict(Library(project).get(TAG).fields)


def test_a_merge_straight_after_opening_takes_the_opening_backup_as_its_own(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    ours, _, document = _copies(tmp_path)
    before = _tag(ours)
    with Project.open(ours) as project:
        [opened] = backups.list_backups(ours, isolated_home.backups)
        result = apply_merge(project, plan_merge(project, document))
    assert opened.reason == "open"
    assert result.backup == opened.path
    assert [b.reason for b in backups.list_backups(ours, isolated_home.backups)] == ["open"]
    assert _tag(opened.path) == before
    assert _tag(ours)["description"] == "Свобода выражения мнений"


def test_a_merge_after_an_edit_backs_up_the_edit_first(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    ours, _, document = _copies(tmp_path)
    with Project.open(ours) as project:
        ours_only = Library(project).create("tag", {"name": "Ақпарат бостандығы"}).id
        result = apply_merge(project, plan_merge(project, document))
    made = backups.list_backups(ours, isolated_home.backups)
    assert sorted(b.reason for b in made) == ["merge", "open"]
    assert result.backup is not None and result.backup.name.endswith("-merge.wbproj")
    with Project.open(result.backup, read_only=True) as backup:
        assert Library(backup).get(ours_only).fields["name"] == "Ақпарат бостандығы"
    assert _tag(result.backup)["description"] == ""
    assert _tag(ours)["description"] == "Свобода выражения мнений"


def test_a_merge_with_a_recent_backup_on_record_makes_its_own(
    tmp_path: Path, isolated_home: AppPaths
) -> None:
    """Opening made no backup (the newest is recent): the merge copies the file."""
    ours, _, document = _copies(tmp_path)
    backups.make_backup(ours, isolated_home.backups, "manual")
    with Project.open(ours) as project:
        result = apply_merge(project, plan_merge(project, document))
    assert sorted(b.reason for b in backups.list_backups(ours, isolated_home.backups)) == [
        "manual",
        "merge",
    ]
    assert result.backup is not None and _tag(result.backup)["description"] == ""

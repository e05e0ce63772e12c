"""Sharing and merging through the dialogs: a conflict resolved field by field with the
widgets, the whole merge undone and redone, encrypted bundles and wrong passphrases."""

from __future__ import annotations

import gc
import shutil
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.dialogs.conflict_panel import whole_record
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.share_dialog import ShareDialog
from ui.main_window import MainWindow
from ui.models.merge_preview import MergePreviewModel
from ui.workspace import Workspace
from workbench import interchange
from workbench.changes import Changes
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge, read_theirs
from workbench.project import Project
from workbench.share import is_encrypted, share

PASSPHRASE = "correct horse battery"


def _exact(project: Project) -> dict[str, Any]:
    document = interchange.dump_document(project)
    document.pop("created_at")
    return document


def _first(library: Library, kind: str) -> uuid.UUID:
    return library.page(kind, limit=1)[0].id


@pytest.fixture
def theirs_path(starter_template: Path, tmp_path: Path) -> Path:
    """A colleague's copy of the same project (made before either side changed)."""
    path = tmp_path / "theirs.wbproj"
    shutil.copyfile(starter_template, path)
    return path


def _their_bundle(
    theirs_path: Path, tmp_path: Path, critique: uuid.UUID, passphrase: str | None
) -> tuple[Path, uuid.UUID]:
    """Their edits: the critique's title and argument, one more tag on it, a new tag."""
    with Project.open(theirs_path, author="Aigerim") as project:
        library = Library(project)
        tag = library.create("tag", {"name": "added by Aigerim"}).id
        library.update(critique, {"title": "Their title", "argument": "Their argument."})
        library.link(critique, "tags", tag)
        bundle = tmp_path / "from-aigerim.wbshare"
        share(project, bundle, passphrase=passphrase)
    return bundle, tag


def _open_dialog(qtbot, workspace: Workspace, bundle: Path) -> MergeDialog:
    dialog = MergeDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(bundle))
    return dialog


def _read(qtbot, dialog: MergeDialog) -> Any:
    with qtbot.waitSignal(dialog.planned, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_conflict_resolved_field_by_field_then_whole_merge_undone(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path, monkeypatch
) -> None:
    library = workspace.library
    critique = _first(library, "critique")
    bundle, their_tag = _their_bundle(theirs_path, tmp_path, critique, PASSPHRASE)
    library.update(critique, {"title": "My title", "argument": "My argument."})
    before = _exact(workspace.project)
    changes: list[Changes] = []
    workspace.changed.connect(changes.append)

    dialog = _open_dialog(qtbot, workspace, bundle)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.isVisible()  # encrypted: asked for, nothing read yet
    assert dialog.plan is None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    plan = _read(qtbot, dialog)
    assert plan is not None and dialog.apply_button.isEnabled()
    totals = {"added": 1, "updated": 0, "merged": 0, "deleted": 0, "conflicts": 1}
    assert dialog.model.totals() == totals

    panel = dialog.panel(critique)
    # Only they changed the tags: merged with no question, still listed to be changed.
    assert set(plan.conflicts[0].fields) == {"title", "argument"}
    assert plan.conflicts[0].automatic == ("links.tags",)
    assert set(panel.field_buttons) == {"title", "argument", "links.tags"}
    assert panel.field_buttons["links.tags"]["merged"].isChecked()
    assert "both" not in panel.field_buttons["title"]  # a title cannot hold two values
    for name, choice in (("title", "theirs"), ("argument", "both"), ("links.tags", "both")):
        button = panel.findChild(type(panel.field_buttons[name][choice]), f"{name}:{choice}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.resolution() == {"title": "theirs", "argument": "both", "links.tags": "both"}

    with qtbot.waitSignal(dialog.merged, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result is not None and result.backup is not None and result.backup.exists()
    merged = library.get(critique)
    assert merged.fields["title"] == "Their title"
    assert merged.fields["argument"] == "My argument.\n\nTheir argument."
    assert their_tag in merged.links["tags"]
    assert library.exists(their_tag)
    assert changes and changes[-1].structural and critique in changes[-1].records
    after = _exact(workspace.project)

    stack = workspace.undo_stack
    assert stack.count() == 1 and "from-aigerim.wbshare" in stack.undoText()
    threads, collecting = _threads_running(monkeypatch, "undo_merge", "redo_merge")
    stack.undo()  # the whole merge, at once, off the GUI thread
    assert _exact(workspace.project) == before
    assert not library.exists(their_tag)
    assert library.get(critique).fields["title"] == "My title"
    stack.redo()
    assert _exact(workspace.project) == after
    assert threads and threading.main_thread() not in threads
    assert collecting == [False, False] and gc.isenabled()  # ui.collector.paused
    assert changes[-1].structural and critique in changes[-1].records
    dialog.close()


def _threads_running(monkeypatch, *names: str) -> tuple[list[threading.Thread], list[bool]]:
    """Where the undo command's calls of ``names`` (through the project's services)
    ran (they still run, unchanged)."""
    import workbench.services

    threads: list[threading.Thread] = []
    collecting: list[bool] = []
    for name in names:
        real = getattr(workbench.services, name)

        def spy(*args: Any, real: Any = real) -> Any:
            threads.append(threading.current_thread())
            collecting.append(gc.isenabled())
            return real(*args)

        monkeypatch.setattr(workbench.services, name, spy)
    return threads, collecting


def test_wrong_passphrase_shows_the_message_and_changes_nothing(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    critique = _first(workspace.library, "critique")
    bundle, _tag = _their_bundle(theirs_path, tmp_path, critique, PASSPHRASE)
    before = _exact(workspace.project)
    dialog = _open_dialog(qtbot, workspace, bundle)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    assert _read(qtbot, dialog) is None
    assert "Wrong passphrase" in dialog.status.text()
    assert not dialog.apply_button.isEnabled() and dialog.passphrase.text() == ""
    assert _exact(workspace.project) == before and workspace.undo_stack.count() == 0
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # the right one works after a wrong one
    assert _read(qtbot, dialog) is not None
    assert _exact(workspace.project) == before  # reading alone changes nothing
    dialog.close()


def test_a_bundle_that_withheld_confidential_records_says_so(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    critique = _first(workspace.library, "critique")
    plain, _tag = _their_bundle(theirs_path, tmp_path, critique, None)
    dialog = _open_dialog(qtbot, workspace, plain)
    assert _read(qtbot, dialog) is not None
    assert not dialog.withheld_label.isVisible()  # nothing confidential: nothing withheld
    with Project.open(theirs_path) as project:
        library = Library(project)
        library.update(_first(library, "evidence"), {"confidentiality": "confidential"})
        share(project, plain)
    assert _read(qtbot, dialog) is not None
    assert dialog.withheld_label.isVisible()
    assert "your links to yours stay" in dialog.withheld_label.text()
    dialog.close()


def test_damaged_file_is_explained(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / "broken.wbshare"
    broken.write_bytes(b"PK\x03\x04 not really a bundle")
    dialog = _open_dialog(qtbot, workspace, broken)
    assert _read(qtbot, dialog) is None
    assert "broken.wbshare" in dialog.status.text()
    assert "Nothing was changed" in dialog.status.text()
    dialog.close()


def test_share_dialog_writes_an_encrypted_bundle_that_merges_back(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    new_tag = workspace.library.create("tag", {"name": "shared from the dialog"}).id
    dialog = ShareDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out.wbshare"
    dialog.path.setText("")
    qtbot.keyClicks(dialog.path, str(target))
    assert dialog.encrypt.isChecked()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text() and not target.exists()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    with qtbot.waitSignal(dialog.shared, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == target and is_encrypted(target)
    dialog.close()

    with Project.open(theirs_path) as project:
        document = read_theirs(target, lambda: PASSPHRASE)
        apply_merge(project, plan_merge(project, document))
        assert Library(project).get(new_tag).fields["name"] == "shared from the dialog"


def test_file_menu_offers_share_and_merge(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "S&hare…" in texts and "&Merge from a Colleague…" in texts
    assert window.share_action.isEnabled() and window.merge_action.isEnabled()
    window.close_project()
    assert not window.share_action.isEnabled() and not window.merge_action.isEnabled()


def test_preview_model(qtmodeltester) -> None:
    model = MergePreviewModel()
    model.set_summary(
        {
            "added": {"tag": 2, "source": 0},
            "updated": {"tag": 1},
            "deleted": {"source": 3},
            "conflicts": {},
        }
    )
    assert model.rowCount() == 2  # kinds with no change are left out
    assert model.totals() == {"added": 2, "updated": 1, "merged": 0, "deleted": 3, "conflicts": 0}
    qtmodeltester.check(model)


# --- many conflicts: the list, one panel at a time, a choice for every conflict -----------


def _conflicts_bundle(
    workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> tuple[Path, list[uuid.UUID], uuid.UUID]:
    """Four critiques both sides retitled and re-argued, and a tag we renamed they deleted."""
    critiques = [summary.id for summary in workspace.library.page("critique", limit=4)]
    tag = _first(workspace.library, "tag")
    with Project.open(theirs_path, author="Aigerim") as project:
        library = Library(project)
        for n, critique in enumerate(critiques):
            library.update(critique, {"title": f"Their {n}", "argument": f"Their {n}."})
        library.delete(tag)
        bundle = tmp_path / "conflicts.wbshare"
        share(project, bundle)
    for n, critique in enumerate(critiques):
        workspace.library.update(critique, {"title": f"My {n}", "argument": f"My {n}."})
    workspace.library.update(tag, {"name": "renamed by me"})
    return bundle, critiques, tag


def _choose_for_all(dialog: MergeDialog, choice: str | None) -> None:
    dialog.for_all.setCurrentIndex(dialog.for_all.findData(choice))


def _apply(qtbot, dialog: MergeDialog) -> Any:
    with qtbot.waitSignal(dialog.merged, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is not None
    return blocker.args[0]


def test_conflicts_are_listed_and_the_selected_ones_panel_shown(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    bundle, critiques, tag = _conflicts_bundle(workspace, theirs_path, tmp_path)
    dialog = _open_dialog(qtbot, workspace, bundle)
    plan = _read(qtbot, dialog)
    model, view = dialog.conflict_model, dialog.conflict_list
    ids = [model.conflicts[row].id for row in range(model.rowCount())]
    assert ids == [c.id for c in plan.conflicts] and set(ids) >= {*critiques, tag}
    row = ids.index(critiques[0])
    assert model.index(row, 0).data() == f"Critique: {plan.conflicts[row].title}"
    first = plan.conflicts[0].id
    assert view.currentIndex().row() == 0  # the first is selected as the preview shows
    assert list(dialog.panels) == [first]  # and only its panel is built
    assert dialog.detail.currentWidget() is dialog.panels[first]
    assert model.index(0, 1).data() == ""  # nothing decided yet

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # arrow keys walk the list
    second = plan.conflicts[1].id
    assert view.currentIndex().row() == 1 and dialog.detail.currentWidget() is dialog.panels[second]
    assert set(dialog.panels) == {first, second}

    panel = dialog.panel(critiques[2])
    assert dialog.detail.currentWidget() is panel and dialog.panels[critiques[2]] is panel
    panel.choose("title", "theirs")
    row = ids.index(critiques[2])
    assert model.index(row, 1).data() == "Field by field"
    dialog.panel(critiques[3])
    assert dialog.panel(critiques[2]) is panel  # kept: back to it, the choice is still there
    assert panel.resolution() == {"title": "theirs", "argument": "merged"}
    assert widget_after(view) is panel.mode  # Tab leads from the list into the panel
    dialog.close()


def widget_after(widget: Any) -> Any:
    """The next widget Tab focuses after ``widget`` (skipping its own children)."""
    following = widget.nextInFocusChain()
    while widget.isAncestorOf(following):
        following = following.nextInFocusChain()
    return following


def test_take_theirs_for_every_conflict_applies_their_versions(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    bundle, critiques, tag = _conflicts_bundle(workspace, theirs_path, tmp_path)
    dialog = _open_dialog(qtbot, workspace, bundle)
    plan = _read(qtbot, dialog)
    _choose_for_all(dialog, "theirs")
    model = dialog.conflict_model
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == ["Theirs"] * len(
        plan.conflicts
    )
    assert dialog.panels[plan.conflicts[0].id].mode.currentData() == "theirs"
    assert dialog.panel(critiques[3]).mode.currentData() == "theirs"  # built after, still theirs
    assert dialog.for_all.currentData() == "theirs"
    _apply(qtbot, dialog)
    for n, critique in enumerate(critiques):
        fields = workspace.library.get(critique).fields
        assert (fields["title"], fields["argument"]) == (f"Their {n}", f"Their {n}.")
    assert not workspace.library.exists(tag)  # they deleted it
    assert f"{len(plan.conflicts)} conflict(s) resolved" in dialog.status.text()
    dialog.close()


def test_a_change_after_a_choice_for_all_switches_back_and_is_honoured(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    bundle, critiques, _tag = _conflicts_bundle(workspace, theirs_path, tmp_path)
    dialog = _open_dialog(qtbot, workspace, bundle)
    _read(qtbot, dialog)
    _choose_for_all(dialog, "theirs")
    panel = dialog.panel(critiques[1])
    panel.mode.setCurrentIndex(panel.mode.findData("fields"))  # its fields start as theirs
    qtbot.mouseClick(panel.field_buttons["title"]["mine"], Qt.MouseButton.LeftButton)
    assert dialog.for_all.currentData() is None and dialog.for_all.currentIndex() == 0
    resolutions = dialog.resolutions()
    assert resolutions[critiques[1]] == {"title": "mine", "argument": "theirs"}
    assert resolutions[critiques[0]] == resolutions[critiques[2]] == "theirs"
    _apply(qtbot, dialog)
    fields = workspace.library.get(critiques[1]).fields
    assert (fields["title"], fields["argument"]) == ("My 1", "Their 1.")
    assert workspace.library.get(critiques[2]).fields["title"] == "Their 2"
    dialog.close()


def test_resolutions_cover_conflicts_never_shown(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    bundle, critiques, tag = _conflicts_bundle(workspace, theirs_path, tmp_path)
    dialog = _open_dialog(qtbot, workspace, bundle)
    plan = _read(qtbot, dialog)
    shown = set(dialog.panels)
    resolutions = dialog.resolutions()
    assert set(resolutions) == {c.id for c in plan.conflicts}
    for change in plan.conflicts:
        if change.id not in shown:  # the defaults an untouched panel gives
            assert resolutions[change.id] == ({} if change.conflict == "edit/edit" else "mine")
    assert resolutions[tag] == "mine"  # we edited, they deleted: kept by default

    _choose_for_all(dialog, "both")
    resolutions = dialog.resolutions()
    assert all(resolutions[critique] == "both" for critique in critiques)
    assert resolutions[tag] == "mine"  # "both" keeps the edited side: ours
    assert set(dialog.panels) == shown  # deciding for all built no panel
    _apply(qtbot, dialog)
    assert workspace.library.get(tag).fields["name"] == "renamed by me"
    dialog.close()


def test_keep_both_for_every_conflict_keeps_an_edited_record_against_a_deletion() -> None:
    assert whole_record("edit/edit", "both") == "both"  # theirs as a separate copy
    assert whole_record("edit/delete", "both") == "mine"  # we edited: ours stays
    assert whole_record("delete/edit", "both") == "theirs"  # they edited: theirs comes back
    assert whole_record("delete/edit", "mine") == "mine"


def test_a_record_merged_with_no_question_can_be_opened_and_changed(
    qtbot, workspace: Workspace, theirs_path: Path, tmp_path: Path
) -> None:
    """They retitled a critique, I rewrote its argument: merged with no question, listed
    as such; I open it and keep my title after all."""
    library = workspace.library
    critique = _first(library, "critique")
    with Project.open(theirs_path, author="Aigerim") as project:
        Library(project).update(critique, {"title": "Заголовок Айгерим"})
        bundle = tmp_path / "from-aigerim.wbshare"
        share(project, bundle)
    mine_title = library.get(critique).fields["title"]
    library.update(critique, {"argument": "Менің дәлелім."})

    dialog = _open_dialog(qtbot, workspace, bundle)
    plan = _read(qtbot, dialog)
    assert plan.conflicts == [] and dialog.model.totals()["merged"] == 1
    assert dialog.conflict_model.index(0, 1).data() == "Merged automatically"
    panel = dialog.panel(critique)
    assert set(panel.field_buttons) == {"title"}
    assert panel.field_buttons["title"]["merged"].isChecked()
    panel.choose("title", "mine")
    assert dialog.conflict_model.index(0, 1).data() == "Field by field"

    _apply(qtbot, dialog)
    merged = library.get(critique)
    assert merged.fields["title"] == mine_title
    assert merged.fields["argument"] == "Менің дәлелім."
    dialog.close()

"""The window: menus and shortcuts, navigator and filters, settings, remembered layout."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.app import build_window, launch
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow, OpeningPage
from ui.models import roles
from ui.project_closing import wait_for_closes
from workbench.project import Project
from workbench.settings import Settings, load_settings


def test_open_project_shows_counts_and_the_first_kind(window: MainWindow) -> None:
    assert window.workspace is not None and window.view is not None
    counts = window.workspace.library.counts()
    assert window.windowTitle() == f"{window.workspace.project.identity().name} — Workbench"
    navigator = window.view.navigator_model
    window.view.navigator.expand(navigator.kind_index("tag"))
    assert navigator.rowCount(navigator.kind_index("tag")) == counts["tag"]
    assert window.view.list.kind == "instrument"
    assert window.view.list.model.rowCount() == counts["instrument"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "F&ormat", "&Help"]


def test_navigator_switches_kind_and_tag_filters(qtbot, window: MainWindow) -> None:
    view = window.view
    assert view is not None and window.workspace is not None
    library = window.workspace.library
    view.navigator.setCurrentIndex(view.navigator_model.kind_index("critique"))
    assert view.list.kind == "critique"
    assert view.list.model.rowCount() == library.counts()["critique"]
    usage = library.tag_usage()
    tag_id = max(usage, key=usage.__getitem__)
    view.navigator.setCurrentIndex(view.navigator_model.tag_index(tag_id))
    # every kind's records with the tag, as many as the navigator counts
    assert view.middle.currentWidget() is view.search
    hits = [view.search.model.hit(row) for row in range(view.search.model.rowCount())]
    assert len(hits) == usage[tag_id] > 0
    assert len({hit.kind for hit in hits if hit is not None}) > 1
    assert "tagged" in view.search.summary.text()
    view.navigator.setCurrentIndex(view.navigator_model.kind_index("evidence"))
    assert view.middle.currentWidget() is view.list and view.list.kind == "evidence"
    view.list.set_tag(tag_id)  # the list's own filter still narrows one kind
    assert view.list.model.rowCount() == library.count("evidence", tag=tag_id)


def test_filters_by_status_and_confidentiality(window: MainWindow) -> None:
    view = window.view
    assert view is not None and window.workspace is not None
    library = window.workspace.library
    view.show_kind("recommendation")
    view.list.set_filter("status", "final")
    assert view.list.model.rowCount() == library.count(
        "recommendation", filters={"status": "final"}
    )
    view.show_kind("evidence")
    view.list.set_filter("confidentiality", "public")
    expected = library.count("evidence", filters={"confidentiality": "public"})
    assert view.list.model.rowCount() == expected
    assert view.list.count_label.text() == f"{expected:,} records"


def test_sorting_a_column_asks_the_database(window: MainWindow) -> None:
    view = window.view
    assert view is not None
    view.show_kind("source")
    column = view.list.model.columns.index("key")
    view.list.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    keys = [view.list.model.summary(r).fields["key"] for r in range(view.list.model.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_settings_author_is_recorded_on_changes(
    window: MainWindow, monkeypatch, isolated_home
) -> None:
    chosen = replace(window.settings, author="Amina K.", document_language="ru")
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, p, s: (chosen, True)))
    window.settings_action.trigger()
    assert load_settings(isolated_home).author == "Amina K."
    record_id = window.new_record("submission")
    assert window.workspace is not None
    record = window.workspace.library.get(record_id)
    assert record.changed_by == "Amina K." and record.fields["language"] == "ru"


def test_settings_dialog_returns_what_was_chosen(qtbot) -> None:
    dialog = SettingsDialog(Settings(author="A"))
    qtbot.addWidget(dialog)
    dialog.author.setText("  Bolat  ")
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("kk"))
    dialog.document_language.setCurrentIndex(dialog.document_language.findData("ru"))
    result = dialog.result_settings()
    assert (result.author, result.interface_language, result.document_language) == (
        "Bolat",
        "kk",
        "ru",
    )


def test_an_opened_project_is_remembered_while_the_window_stays_open(
    qtbot, isolated_home, starter_path: Path
) -> None:
    """A crash later on still finds the project among the recent ones."""
    window = build_window(starter_path, isolated_home)
    qtbot.addWidget(window)
    recent = (str(starter_path.resolve()),)
    qtbot.waitUntil(lambda: load_settings(isolated_home).recent_projects == recent)
    window.close()


def test_layout_and_recent_projects_are_remembered(
    qtbot, isolated_home, starter_path: Path
) -> None:
    first = build_window(starter_path, isolated_home)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 480)  # within the offscreen screen (800x600)
    size = first.size()
    first.close()
    saved = load_settings(isolated_home)
    assert saved.window_geometry and saved.recent_projects == (str(starter_path.resolve()),)
    second = build_window(None, isolated_home)
    qtbot.addWidget(second)
    assert second.size() == size
    second.recent_menu.aboutToShow.emit()
    [recent] = second.recent_menu.actions()
    second.show()
    recent.trigger()
    assert not second.open_action.isEnabled()  # while it opens
    qtbot.waitUntil(lambda: second.workspace is not None, timeout=10_000)
    assert second.open_action.isEnabled() and second.new_record_action.isEnabled()
    second.close()


def test_close_project_releases_it_and_keeps_the_window(window: MainWindow, starter_path) -> None:
    window.close_action.trigger()
    assert window.workspace is None and not window.new_record_action.isEnabled()
    assert window.open_project(starter_path)  # the lock was released


def test_list_rows_carry_ids_and_open_the_editor(qtbot, window: MainWindow) -> None:
    view = window.view
    assert view is not None
    index = view.list.model.index(2, 0)
    view.list.view.setCurrentIndex(index)
    assert view.editor.record_id == index.data(roles.RECORD_ID)


def test_preview_joins_beside_a_usable_editor(qtbot, window: MainWindow) -> None:
    """Opening a recommendation brings in its submission's preview, scrolled to it,
    without squeezing the editor or hiding the navigator's names."""
    from ui.project_view import EDITOR_MIN_WIDTH, NAVIGATOR_MIN_WIDTH

    view = window.view
    assert view is not None
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    assert view.document.isHidden()
    view.show_kind("recommendation")
    view.list.view.selectRow(4)
    qtbot.waitUntil(lambda: view.document.isVisible() and view.sizes()[3] >= 300)
    navigator, listing, editor, _document = view.sizes()
    assert navigator >= NAVIGATOR_MIN_WIDTH and editor >= EDITOR_MIN_WIDTH
    assert listing > 0
    qtbot.waitUntil(lambda: view.document.preview.verticalScrollBar().value() > 0)


def _launched_and_painted(qtbot, project: Path, home) -> tuple[MainWindow, OpeningPage]:
    """The window as `workbench` starts it, once its "Opening" page has been painted
    (before which nothing is opened: the page says so, and no project is open)."""
    window = launch(project, home)
    qtbot.addWidget(window)
    page = window.stack.currentWidget()
    assert isinstance(page, OpeningPage) and window.workspace is None
    with qtbot.waitSignal(page.painted, timeout=5000):
        pass
    return window, page


@pytest.mark.xcb
def test_launch_shows_the_window_first_then_opens_the_project(
    qtbot, isolated_home, starter_path: Path
) -> None:
    """`workbench` puts the window on screen saying what it opens, and opens it after."""
    window, page = _launched_and_painted(qtbot, starter_path, isolated_home)
    assert starter_path.name in page.findChild(QLabel).text()
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    assert window.workspace is not None and window.stack.currentWidget() is window.view
    assert window.view.list.model.rowCount() > 0
    assert window.new_record_action.isEnabled()
    qtbot.waitUntil(lambda: window.stack.count() == 2)  # the welcome page and the project
    tags = window.workspace.library.count("tag")  # opened on a worker, used on this thread
    assert window.new_record("tag") is not None
    assert window.workspace.library.count("tag") == tags + 1
    window.undo()
    assert window.workspace.library.count("tag") == tags
    window.close()


def test_launch_starts_the_log_once_the_window_is_on_screen(
    qtbot, isolated_home, starter_path: Path
) -> None:
    """The log file is set up after the first paint (its module would delay the window),
    and before the project's opening is logged."""
    log = isolated_home.logs / "workbench.log"
    window, _page = _launched_and_painted(qtbot, starter_path, isolated_home)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10_000)
    text = log.read_text(encoding="utf-8")
    assert "the app starts" in text and "open a project done" in text
    assert text.index("the app starts") < text.index("open a project done")
    window.close()


def test_launch_on_a_file_that_is_not_a_project_ends_on_the_welcome_page(
    qtbot, isolated_home, tmp_path: Path, recorded_messages
) -> None:
    stranger = tmp_path / "notes.wbproj"
    stranger.write_text("not a project", encoding="utf-8")
    window = launch(stranger, isolated_home)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=10_000)
    assert window.workspace is None and window.isVisible()
    [(title, _text)] = recorded_messages.shown
    assert title == "Not a Workbench project"
    assert stranger.read_text(encoding="utf-8") == "not a project"
    window.close()


def test_closing_the_window_while_it_opens_leaves_the_project_free(
    qtbot, isolated_home, starter_path: Path
) -> None:
    window, _page = _launched_and_painted(qtbot, starter_path, isolated_home)
    qtbot.waitUntil(lambda: window.runner.task is not None or window.workspace is not None)
    window.close()
    assert window.workspace is None and window.runner.task is None
    wait_for_closes()  # the file itself closes on a thread
    Project.open(starter_path).close()  # not locked by the window that closed


def test_a_project_that_fails_to_open_leaves_the_open_one_in_place(
    qtbot, window: MainWindow, tmp_path: Path, recorded_messages
) -> None:
    assert window.workspace is not None and window.view is not None
    before = window.workspace
    stranger = tmp_path / "other.wbproj"
    stranger.write_bytes(b"\0" * 4096)
    window.open_in_background(stranger)
    assert not window.new_record_action.isEnabled()  # the panes are covered meanwhile
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=10_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view)
    assert window.workspace is before and window.new_record_action.isEnabled()
    assert recorded_messages.shown[0][0] == "Not a Workbench project"


def test_opening_another_project_closes_the_first_once_the_second_is_open(
    qtbot, window: MainWindow, starter_path: Path, tmp_path: Path
) -> None:
    assert window.workspace is not None
    first = window.workspace
    second_path = tmp_path / "second.wbproj"
    second_path.write_bytes(starter_path.read_bytes())
    window.open_in_background(second_path)
    assert window.workspace is first  # still open behind the page
    qtbot.waitUntil(lambda: window.workspace is not first, timeout=10_000)
    assert window.workspace is not None and window.workspace.project.path == second_path
    assert window.stack.currentWidget() is window.view
    wait_for_closes()  # the file itself closes on a thread
    Project.open(starter_path).close()  # the first was closed and its lock released


@pytest.mark.xcb
def test_opening_a_project_from_an_earlier_version_says_it_is_being_upgraded(
    qtbot, window: MainWindow, starter_path: Path, tmp_path: Path
) -> None:
    """The upgrade builds the search index again (a while on a large library): the
    page says so instead of only "Opening"; a current project says nothing of it."""
    import shutil

    from ui.main_window import OpeningPage

    shown: list[str] = []
    window.upgrading.connect(lambda _name: shown.append(_page_text(window)))
    current = tmp_path / "current.wbproj"
    current.write_bytes(starter_path.read_bytes())
    window.open_in_background(current)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.workspace.project.path == current
    )
    assert shown == []
    older = tmp_path / "Өткен жылғы жоба.wbproj"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "project-v2.wbproj", older)
    with qtbot.waitSignal(window.upgrading, timeout=10_000) as signal:
        window.open_in_background(older)
    assert signal.args == ["Өткен жылғы жоба.wbproj"]
    page = window.stack.currentWidget()
    assert isinstance(page, OpeningPage)
    assert (
        page.label.text()
        == "Upgrading “Өткен жылғы жоба.wbproj” for this version of Workbench (once)…"
    )
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.project.path == older)


def _page_text(window: MainWindow) -> str:
    page = window.stack.currentWidget()
    return page.label.text() if hasattr(page, "label") else ""


def test_file_new_creates_the_project_in_the_background_then_opens_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    first = window.workspace
    target = tmp_path / "fresh"  # the suffix is added
    window.new_project(target)
    page = window.stack.currentWidget()
    assert (
        isinstance(page, OpeningPage) and "Creating “fresh.wbproj”" in page.findChild(QLabel).text()
    )
    assert window.workspace is first  # the open project stays until the new one is ready
    qtbot.waitUntil(lambda: window.workspace is not first, timeout=20_000)
    assert window.workspace is not None
    assert window.workspace.project.path == tmp_path / "fresh.wbproj"
    assert window.workspace.library.count("critique") > 0  # the starter library
    assert window.stack.currentWidget() is window.view


def test_file_new_where_nothing_can_be_written_says_why(
    qtbot, window: MainWindow, tmp_path: Path, recorded_messages
) -> None:
    first = window.workspace
    blocked = tmp_path / "a file"
    blocked.write_text("in the way", encoding="utf-8")
    window.new_project(blocked / "fresh.wbproj")
    qtbot.waitUntil(lambda: bool(recorded_messages.shown), timeout=20_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view)
    assert window.workspace is first
    [(_title, text)] = recorded_messages.shown
    assert "cannot be created there" in text

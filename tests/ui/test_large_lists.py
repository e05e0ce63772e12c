"""A large list's ids are read on a worker: the window answers while 30,000 ids
are read and sorted, the list fills when they arrive, and a record asked for
meanwhile is selected then (ui.models.record_table, ui.list_panel).

The starter project's lists are small, so these tests lower the threshold."""

from __future__ import annotations

import gc

import pytest

from ui.list_panel import ROWS_MEASURED
from ui.main_window import MainWindow
from ui.models.record_table import RecordTableModel


@pytest.fixture
def large_from_three(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecordTableModel, "LARGE", 3)


def _view(window: MainWindow):
    view = window.view
    assert view is not None
    return view


def test_a_large_list_fills_when_its_ids_arrive(
    qtbot, window: MainWindow, large_from_three
) -> None:
    view = _view(window)
    total = window.workspace.library.count("provision")
    assert total > 3
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        view.show_kind("provision")
        assert view.list.model.loading and view.list.model.rowCount() == 0
        assert view.list.count_label.text() == "Reading the list…"
    assert not view.list.model.loading
    assert view.list.model.rowCount() == total
    assert view.list.count_label.text().startswith(str(total))
    listed = [view.list.model.summary(row) for row in range(total)]
    expected = window.workspace.library.ordered_ids("provision", language="en")
    assert [s.id for s in listed if s is not None] == expected


def test_a_record_asked_for_while_the_list_is_read_is_selected_when_it_arrives(
    qtbot, window: MainWindow, large_from_three
) -> None:
    view = _view(window)
    wanted = window.workspace.library.ordered_ids("provision")[-1]
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        view.show_kind("provision")
        assert view.list.select_record(wanted)  # remembered, not yet selected
    current = view.list.view.currentIndex()
    assert current.isValid() and view.list.model.summary(current.row()).id == wanted


def test_ids_of_a_list_no_longer_shown_are_dropped(
    qtbot, window: MainWindow, large_from_three
) -> None:
    """Provisions asked for, then the (small) tags shown before they arrive."""
    view = _view(window)
    view.show_kind("provision")
    assert view.list.model.loading
    view.show_kind("tag")  # eight tags: more than three, so also read on a worker
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        pass
    qtbot.wait(200)  # the provisions' read, if it was not dropped, would land by now
    assert view.list.model.kind == "tag"
    tags = window.workspace.library.count("tag")
    assert view.list.model.rowCount() == tags
    assert {view.list.model.summary(r).kind for r in range(tags)} == {"tag"}


def test_a_new_record_keeps_the_rows_shown_and_is_selected_when_the_list_arrives(
    qtbot, window: MainWindow, large_from_three
) -> None:
    view = _view(window)
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        view.show_kind("tag")
    before = view.list.model.rowCount()
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        created = window.new_record("tag")
        assert view.list.model.loading
        assert view.list.model.rowCount() == before  # not emptied while read again
    assert view.list.model.rowCount() == before + 1
    current = view.list.view.currentIndex()
    assert current.isValid() and view.list.model.summary(current.row()).id == created
    assert view.editor.record_id == created


def test_a_large_list_is_read_with_the_collector_paused_and_kept_out_of_its_walks(
    qtbot, window: MainWindow, large_from_three, monkeypatch: pytest.MonkeyPatch
) -> None:
    """300,000 new ids would be walked by Python's cycle collector, more than once,
    each walk holding the window (ui.collector)."""
    library = window.workspace.library
    real = type(library).ordered_ids
    collecting: list[bool] = []

    def ordered_ids(self, *args, **kwargs):
        collecting.append(gc.isenabled())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(library), "ordered_ids", ordered_ids)
    view = _view(window)
    gc.unfreeze()
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        view.show_kind("provision")
    assert collecting == [False] and gc.isenabled()
    assert gc.get_freeze_count() >= view.list.model.rowCount() > 3


def test_ids_are_asked_for_once_the_event_loop_runs_and_only_for_the_last_list(
    qtbot, window: MainWindow, large_from_three, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read holds the GIL for tens of milliseconds: it must not run beside the
    building of the panes (a project opening) or their first paint."""
    view = _view(window)
    reads = view.list.model._reads
    assert reads is not None
    asked: list[str] = []
    real = reads.request

    def request(label, work, done, failed):  # type: ignore[no-untyped-def]
        asked.append(view.list.model.kind)
        return real(label, work, done, failed)

    monkeypatch.setattr(reads, "request", request)
    view.show_kind("provision")
    view.show_kind("critique")  # another list asked for before the loop ran
    assert asked == []  # nothing read while the panes are built
    with qtbot.waitSignal(view.list.model.ids_arrived, timeout=10_000):
        pass
    assert asked == ["critique"]
    assert view.list.model.rowCount() == window.workspace.library.count("critique")


def test_a_list_not_shown_fits_its_columns_to_a_page_of_rows_not_every_row(
    qtbot, window: MainWindow
) -> None:
    """Qt's "rows on screen" means every row for a table not shown: picking a kind
    in the navigator after a tag's records (the list hidden) read them all."""
    view = _view(window)
    library = window.workspace.library
    code = library.create("instrument", {"title": "Кодекс об административных правонарушениях"})
    for number in range(1, 4 * ROWS_MEASURED):
        library.create("provision", {"unit": f"Статья {number}"}, {"instrument": [code.id]})
    assert library.count("provision") < RecordTableModel.LARGE  # read at once, then fitted
    view.middle.setCurrentWidget(view.search)  # as when a tag's records are listed
    assert not view.list.view.isVisible()
    view.list.show_kind("provision")
    pages = len(view.list.model._pages)
    assert 1 <= pages <= ROWS_MEASURED // RecordTableModel.PAGE_SIZE + 1

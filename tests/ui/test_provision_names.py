"""Provisions are told apart by their instrument everywhere they are named: the list's
Instrument column (sorted by it), pickers and search results, the composer, the
preflight, and the instruments list leads with short names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.relabelling import relabelled
from ui.main_window import MainWindow
from workbench.collation import sort_key
from workbench.kinds import INSTRUMENT_COLUMN
from workbench.naming import abbreviated, instrument_label, provision_title


def _column(window: MainWindow, name: str) -> list[str]:
    assert window.view is not None
    model = window.view.list.model
    column = model.columns.index(name)
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_the_provision_list_has_an_instrument_column_sorted_by_it(
    qtbot, window: MainWindow
) -> None:
    assert window.view is not None
    window.view.show_kind("provision")
    model = window.view.list.model
    assert model.columns[0] == INSTRUMENT_COLUMN
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Instrument"
    names = _column(window, INSTRUMENT_COLUMN)
    assert "CrCRK" in names and "CRKAO" in names and "" not in names
    model.sort(0, Qt.SortOrder.AscendingOrder)
    sorted_names = _column(window, INSTRUMENT_COLUMN)
    assert sorted_names == sorted(sorted_names, key=lambda name: sort_key(name, "en"))
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(f"{sorted_names[0]}, ")


def test_search_results_and_link_names_carry_the_instrument(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None
    hits = window.workspace.services.search("slander", kinds=("provision",))
    assert hits and all(", " in hit.title for hit in hits)
    assert any(hit.title.startswith("CrCRK, Article 130") for hit in hits)
    [provision] = [h.id for h in hits if h.title.startswith("CrCRK, Article 130")]
    summary = window.workspace.library.summaries([provision])[provision]
    assert summary.title.startswith("CrCRK, Article 130") and summary.instrument == "CrCRK"


def test_the_instruments_list_leads_with_short_names(qtbot, window: MainWindow) -> None:
    assert window.view is not None
    window.view.show_kind("instrument")
    assert window.view.list.model.columns[0] == "short_name"
    names = _column(window, "short_name")
    assert len(set(names)) == len(names)


def test_an_instrument_without_a_short_name_is_named_by_the_start_of_its_title() -> None:
    title = "Закон Республики Казахстан «О масс-медиа» от 19 июня 2024 года № 93-VIII"
    label = instrument_label("", title)
    assert label == abbreviated(title) and label.endswith("…") and len(label) <= 33
    assert title.startswith(label.removesuffix("…"))
    assert instrument_label("  ", "Конституция") == "Конституция"
    assert provision_title("ҚР ӘҚБтК", "73-3-бап") == "ҚР ӘҚБтК, 73-3-бап"
    assert provision_title("", "73-3-бап") == "73-3-бап"


def test_the_editor_names_a_provision_with_its_instrument(qtbot, window: MainWindow) -> None:
    assert window.view is not None and window.workspace is not None
    hits = window.workspace.services.search("slander", kinds=("provision",))
    [provision] = [h.id for h in hits if h.title.startswith("CrCRK, Article 130")]
    window.view.open_record(provision)
    assert window.view.editor._title.text().startswith("CrCRK, Article 130")


def test_the_navigator_has_room_for_every_kind_in_kazakh(qtbot, window: MainWindow) -> None:
    from ui.labels import KIND_ORDER, kind_name
    from ui.translations import install_language

    install_language("kk")
    try:
        relabelled(qtbot, window)
        window.resize(1280, 800)
        qtbot.wait(30)
        assert window.view is not None
        navigator = window.view.navigator
        metrics = navigator.fontMetrics()
        names = max(metrics.horizontalAdvance(kind_name(k, plural=True)) for k in KIND_ORDER)
        decoration = navigator.indentation() + navigator.iconSize().width()
        assert navigator.columnWidth(0) >= names + decoration  # the icon and words, whole
    finally:
        install_language("en")

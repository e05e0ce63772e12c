"""Every item model passes Qt's model tester, over a real starter project."""

import re
import uuid

from PySide6.QtCore import Qt

from ui.models import roles
from ui.models.navigator import COUNT_COLUMN, NavigatorModel
from ui.models.record_table import COLUMNS, RecordTableModel
from ui.models.references import Reference, ReferenceListModel
from ui.models.search_results import SearchResultsModel
from ui.workspace import Workspace
from workbench.collation import sort_key


def test_record_table_model_every_kind(qtmodeltester, workspace: Workspace) -> None:
    model = RecordTableModel(workspace.library, "instrument")
    for kind in COLUMNS:
        model.set_kind(kind)
        qtmodeltester.check(model)
        assert model.rowCount() == workspace.library.counts()[kind]


def test_record_table_model_sorts_and_filters(qtmodeltester, workspace: Workspace) -> None:
    model = RecordTableModel(workspace.library, "critique")
    model.sort(COLUMNS["critique"].index("severity"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    severities = [model.summary(row).fields["severity"] for row in range(model.rowCount())]
    assert severities == sorted(severities, reverse=True)
    model.set_filters({"severity": "high"})
    assert model.rowCount() == workspace.library.count("critique", filters={"severity": "high"})
    assert all(model.summary(r).fields["severity"] == "high" for r in range(model.rowCount()))
    qtmodeltester.check(model)


def test_record_table_model_pages(qtmodeltester, workspace: Workspace) -> None:
    for n in range(25):
        workspace.library.create("tag", {"name": f"extra {n:02}"})
    model = RecordTableModel(workspace.library, "tag")
    model.PAGE_SIZE = 7
    model.MAX_PAGES = 2
    model.reload()
    qtmodeltester.check(model)
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert len(names) == workspace.library.count("tag") and len(model._pages) <= 2
    # Alphabetical as people read it (case aside), not by code point: see workbench.collation.
    expected = [s.title for s in workspace.library.page("tag", limit=1000)]
    assert names == sorted(expected, key=lambda title: sort_key(title, "en"))
    first = model.data(model.index(0, 0), roles.RECORD_ID)
    workspace.library.update(first, {"name": "renamed"})
    model.refresh_records(frozenset({first}))
    assert model.data(model.index(0, 0)) == "renamed"


def test_navigator_model(qtmodeltester, workspace: Workspace) -> None:
    model = NavigatorModel(workspace.library)
    counts = workspace.library.counts()
    provisions = model.kind_index("provision")
    assert model.data(provisions.siblingAtColumn(COUNT_COLUMN)) == f"{counts['provision']:,}"
    tags = model.kind_index("tag")
    assert model.rowCount(tags) == 0 and model.hasChildren(tags)  # read when expanded
    qtmodeltester.check(model)  # fetches the tags, as a view expanding them does
    assert model.rowCount(tags) == counts["tag"]
    workspace.library.create("tag", {"name": "new theme"})
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount(tags) == counts["tag"] + 1


def test_search_results_model(qtmodeltester, workspace: Workspace) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_hits(workspace.search("slander"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    assert isinstance(model.data(model.index(0, 0), roles.RECORD_ID), uuid.UUID)


def test_reference_list_model(qapp, qtmodeltester) -> None:
    model = ReferenceListModel()
    model.set_references(
        [Reference(uuid.uuid4(), "provision", "Art. 1"), Reference(uuid.uuid4(), "critique", "")]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_dates_follow_the_interface_language(qapp) -> None:
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QLocale

    from ui.models.values import display_value

    previous = QLocale()
    try:
        # one unambiguous shape in every language, the year whole
        expected = {"ru": "1 сент. 2023", "kk": "1 қыр. 2023", "en_US": "1 Sep 2023"}
        for language, written in expected.items():
            QLocale.setDefault(QLocale(language))
            assert display_value(date(2023, 9, 1)) == written
            moment = display_value(datetime(2023, 9, 1, 12, 0, tzinfo=UTC))
            # its day in the machine's time zone, then the time
            assert re.fullmatch(r"\d{1,2} \S+ 2023, \d\d:\d\d", moment), moment
    finally:
        QLocale.setDefault(previous)

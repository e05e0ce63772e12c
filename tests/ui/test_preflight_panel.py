"""The Preflight tab counts what it lists, and each finding names its record in its
own words (the Record column may be off-screen), in every interface language."""

from __future__ import annotations

import pytest

from tests.ui.submissions import open_submission, refreshed
from ui.main_window import MainWindow
from ui.translations import install_language


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_finding_names_its_record_and_the_tab_counts_them(
    qtbot, window: MainWindow, language: str
) -> None:
    install_language(language)
    try:
        _id, _builder = open_submission(window)
        assert window.view is not None
        panel = window.view.document
        refreshed(qtbot, panel)
        listed = panel.preflight.topLevelItemCount()
        assert listed > 0
        assert panel.tabText(1).endswith(f"({listed})")
        named = 0
        for row in range(listed):
            item = panel.preflight.topLevelItem(row)
            record_title = item.text(2).split(": ", 1)[1]
            if item.data(0, 0x0100) in {"source-without-date", "source-without-url"}:
                assert record_title in item.text(1), item.text(1)
                named += 1
        assert named > 0, "the starter library has sources without a date"
    finally:
        install_language("en")


def test_a_refresh_that_finds_the_same_redraws_nothing(qtbot, window: MainWindow) -> None:
    """After most edits the document and its findings come back the same: neither
    the preview's layout nor the thousand rows of a large preflight are redone."""
    submission_id, _builder = open_submission(window)
    assert window.view is not None
    panel = window.view.document
    refreshed(qtbot, panel)
    shown = panel.preview.document()
    first = panel.preflight.topLevelItem(0)
    first.setData(1, 0x0101, "kept")  # a mark a rebuilt row would not carry
    panel.refresh()
    refreshed(qtbot, panel)
    assert panel.preview.document() is shown  # not parsed, nor laid out, again
    assert panel.preflight.topLevelItem(0).data(1, 0x0101) == "kept"

    assert window.workspace is not None
    window.workspace.library.update(submission_id, {"title": "Ұсыныстар — новый заголовок"})
    panel.refresh()
    refreshed(qtbot, panel)
    assert panel.preview.document() is not shown  # parsed anew (on the worker)
    assert "Ұсыныстар — новый заголовок" in panel.preview.toPlainText()

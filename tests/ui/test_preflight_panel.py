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
        findings = panel.preflight.findings
        listed = findings.rowCount()
        assert listed > 0
        assert panel.tabText(1).endswith(f"({listed})")
        named = 0
        for row in range(listed):
            problem, record = findings.index(row, 1).data(), findings.index(row, 2).data()
            record_title = record.split(": ", 1)[1]
            if findings.index(row, 0).data(0x0100) in {"source-without-date", "source-without-url"}:
                assert record_title in problem, problem
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
    relisted: list[int] = []
    panel.preflight.findings.modelReset.connect(lambda: relisted.append(1))
    panel.refresh()
    refreshed(qtbot, panel)
    assert panel.preview.document() is shown  # not parsed, nor laid out, again
    assert relisted == []  # the findings not listed again

    assert window.workspace is not None
    window.workspace.library.update(submission_id, {"title": "Ұсыныстар — новый заголовок"})
    panel.refresh()
    refreshed(qtbot, panel)
    assert panel.preview.document() is not shown  # parsed anew (on the worker)
    assert "Ұсыныстар — новый заголовок" in panel.preview.toPlainText()

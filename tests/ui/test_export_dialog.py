"""Export through the dialog (File ▸ Export Submission…, Ctrl+E): the DOCX written off the GUI
thread holds the recommendations in the outline's new order with their footnotes, matching
the live preview; what changed since the last export is shown; a target that cannot be
written is explained and nothing is recorded."""

import html
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.submissions import make_cited_evidence_confidential, open_submission
from ui.dialogs.export_dialog import ExportDialog
from ui.main_window import MainWindow
from workbench.export.html import PreviewRenderer
from workbench.export.plan import build_plan
from workbench.file_names import safe_file_name
from workbench.outline import read_outline

pytestmark = pytest.mark.xcb  # run again on a real X display (tests/ui/test_real_display.py)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _recommendation_titles(path: Path) -> list[str]:
    """The titles in the document's order, checked to be numbered 1, 2, 3..."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs if p.style.name == "Recommendation"]
    labels = [f"Recommendation {number}. " for number in range(1, len(texts) + 1)]
    assert all(t.startswith(label) for t, label in zip(texts, labels, strict=True))
    return [t.removeprefix(label) for t, label in zip(texts, labels, strict=True)]


def _footnotes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    references = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    texts = {
        n.get(f"{W}id"): "".join(n.itertext()).strip()
        for n in notes.iter(f"{W}footnote")
        if int(n.get(f"{W}id")) > 0
    }
    return [texts[r] for r in references]


def _plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _finish_and_close(dialog: ExportDialog) -> None:
    dialog.finished_export.connect(lambda _report: dialog.reject())


def test_export_through_the_dialog_in_the_new_order_with_footnotes(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(ExportDialog, "open_file", staticmethod(lambda p: opened.append(p) or True))
    submission, builder = open_submission(window)
    assert window.workspace is not None
    project = window.workspace.project

    window.activateWindow()  # a real display gives shortcuts (Alt+Up, Ctrl+E) to it alone
    qtbot.waitUntil(window.isActiveWindow)
    # reorder: the last section to the top (keyboard), its first recommendation last
    last = builder.model.index(builder.model.rowCount() - 1, 0)
    builder.tree.setCurrentIndex(last)
    builder.tree.setFocus()
    for _ in range(builder.model.rowCount() - 1):
        qtbot.keyClick(builder.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    outline = read_outline(project, submission)
    original_first = outline.sections[1].items[0]
    assert outline.sections[0].title == "Systemic improvements"
    model = builder.model
    data = model.mimeData([model.index(0, 0, model.index(1, 0))])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(4, 0))
    outline = read_outline(project, submission)
    assert outline.recommendations()[-1] == original_first
    titles = [window.workspace.library.get(r).title for r in outline.recommendations()]

    # Ctrl+E opens the dialog on the submission shown; export, wait, close
    target = tmp_path / "out" / "submission.docx"
    target.parent.mkdir()
    seen: list[ExportDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        qtbot.waitUntil(lambda: "Never exported before" in dialog.changes.toPlainText())
        dialog.path.setText(str(target))
        _finish_and_close(dialog)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen and opened == [target]
    report = seen[0].report
    assert report is not None and report.path == target

    # the document: recommendations in the new order, numbered by Word, with their footnotes
    assert _recommendation_titles(target) == titles
    footnotes = _footnotes(target)
    assert len(footnotes) == report.footnotes > 0
    preview = PreviewRenderer(build_plan(project, submission))
    preview.render()
    assert [_plain(note) for note in preview.footnotes] == footnotes  # the preview agrees

    # the export was recorded: the next dialog compares with it
    later = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(later)
    assert "Comparing" in later.changes.toPlainText()  # read on a worker, shown when read
    qtbot.waitUntil(lambda: not later.comparing)
    assert "Last exported" in later.changes.toPlainText()
    assert "No recommendation changed since." in later.changes.toPlainText()


def test_moved_recommendations_are_listed_as_changed(qtbot, window: MainWindow, tmp_path) -> None:
    submission, builder = open_submission(window)
    assert window.workspace is not None
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(tmp_path / "first"))  # ".docx" is added
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        assert dialog.start()
    assert (tmp_path / "first.docx").exists()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=5000)

    builder.tree.setCurrentIndex(builder.model.index(0, 0))
    builder.move_current(1)
    dialog.show_changes()
    qtbot.waitUntil(lambda: not dialog.comparing)
    text = dialog.changes.toPlainText()
    assert "Moved:" in text and "Added:" not in text


def test_an_unwritable_target_is_explained_and_nothing_recorded(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    submission, _builder = open_submission(window)
    assert window.workspace is not None
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(tmp_path / "no such folder" / "out.docx"))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000) as signal:
        dialog.start()
    assert signal.args == [None]
    assert "folder does not exist" in dialog.status.text()
    assert "Nothing was changed" in dialog.status.text()
    assert window.workspace.composition.export_count(submission) == 0
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5000)


def test_the_organisation_template_is_used_or_its_problem_explained(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    submission, _builder = open_submission(window)
    assert window.workspace is not None
    template = tmp_path / "org.docx"
    own = docx.Document()
    own.core_properties.title = "Our letterhead"
    own.add_paragraph("Text of the template, which the export drops")
    own.save(str(template))
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(tmp_path / "with-template.docx"))
    dialog.template.setText(str(template))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000) as signal:
        dialog.start()
    assert signal.args[0] is not None
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "with-template.docx")).paragraphs)
    assert "which the export drops" not in text
    assert len(_recommendation_titles(tmp_path / "with-template.docx")) == 10
    qtbot.waitUntil(lambda: dialog.job is None, timeout=5000)

    broken = tmp_path / "broken.docx"
    broken.write_text("not a Word file")
    dialog.template.setText(str(broken))
    dialog.path.setText(str(tmp_path / "never.docx"))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000) as signal:
        dialog.start()
    assert signal.args == [None]
    assert "broken.docx" in dialog.status.text() and "cannot be used" in dialog.status.text()
    assert not (tmp_path / "never.docx").exists()


def test_a_hostile_template_is_refused_in_one_line_and_nothing_written(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A template declaring an external entity: the dialog says why in one line,
    writes no document and records no export."""
    submission, _builder = open_submission(window)
    assert window.workspace is not None
    template = tmp_path / "hostile.docx"
    docx.Document().save(str(template))
    with zipfile.ZipFile(template) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    head, rest = members["word/styles.xml"].split(b"?>", 1)
    entity = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    members["word/styles.xml"] = head + b"?>" + entity + rest
    with zipfile.ZipFile(template, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = window.workspace.composition.export_count(submission)
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(tmp_path / "never.docx"))
    dialog.template.setText(str(template))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000) as signal:
        dialog.start()
    assert signal.args == [None]
    status = dialog.status.text()
    assert "hostile.docx" in status and "DTD or entities" in status
    assert "\n" not in status.strip() and "Traceback" not in status
    assert not (tmp_path / "never.docx").exists()
    assert window.workspace.composition.export_count(submission) == before


def test_the_dialog_offers_documents_then_the_folder_last_exported_to(
    qtbot, window: MainWindow, isolated_home
) -> None:
    """First in Documents under the whole title (never the home folder or the hidden
    data folder); after an export inside the project's folder, there again."""
    submission, _builder = open_submission(window)
    assert window.workspace is not None
    services = window.workspace.services
    title = str(window.workspace.library.get(submission).fields["title"])
    dialog = ExportDialog(window.workspace, submission)
    qtbot.addWidget(dialog)
    offered = Path(dialog.path.text())
    assert offered.parent == isolated_home.documents
    assert offered.name == safe_file_name(title, ".docx", "submission")
    assert offered.stem.split()[-1] == title.split()[-1], "the title is not cut"
    folder = window.workspace.project.path.parent / "Экспорт"
    folder.mkdir()
    services.exports.export(submission, folder / "Өтініш.docx")
    again = ExportDialog(window.workspace, submission)
    qtbot.addWidget(again)
    assert Path(again.path.text()) == folder / "Өтініш.docx"


def test_what_an_export_left_out_is_listed_below_the_one_line_status(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    submission, _builder = open_submission(window)
    title = "Сот статистикасы: журналистерге қарсы істер"
    make_cited_evidence_confidential(window, submission, title)
    dialog = ExportDialog(window.workspace, submission, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_after.setChecked(False)
    dialog.confidential.setChecked(False)
    dialog.path.setText(str(tmp_path / "Ұсыныстар.docx"))
    assert not dialog.notes.isVisible()
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        assert dialog.start()
    status = dialog.status.text()
    assert "notes below" in status and "\n" not in status
    assert dialog.notes.isVisible()
    notes = dialog.notes.toPlainText().splitlines()
    assert any(title in note and "confidential" in note for note in notes)
    assert len(notes) == len(dialog.report.warnings())

    qtbot.waitUntil(lambda: dialog.job is None, timeout=5000)
    dialog.confidential.setChecked(True)  # nothing left out now
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        assert dialog.start()
    assert not any(title in note for note in dialog.notes.toPlainText().splitlines())

"""Interface languages: every string translated, live switching, layouts that stretch."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from tests.ui.relabelling import relabelled
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.share_dialog import ShareDialog
from ui.main_window import MainWindow
from ui.translations import current_translators, install_language
from workbench.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _tools() -> object:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tools = _tools()


pytestmark = pytest.mark.usefixtures("english_afterwards")


# --- the catalogues ------------------------------------------------------------


def test_no_string_is_new_or_untranslated() -> None:
    """lupdate over ui/ (plus the helpers it cannot see) finds nothing the .ts lack."""
    assert tools.problems() == []  # type: ignore[attr-defined]


def test_catalogue_covers_strings_lupdate_cannot_see() -> None:
    keys = set(tools.catalogue())  # type: ignore[attr-defined]
    assert ("Messages", "Project in use") in keys
    assert ("Undo", "Delete “%s”") in keys
    assert ("Vocabulary", "disproportionate sanction") in keys
    assert ("MainWindow", "Workbench projects (*.wbproj)") in keys
    assert ("Preflight", "Warning") in keys


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_keep_placeholders_in_order(language: str) -> None:
    placeholders = re.compile(r"%[sd]")
    for (context, source), text in tools.read_ts(tools.ts_path(language)):  # type: ignore[attr-defined]
        assert text is not None
        assert placeholders.findall(text) == placeholders.findall(source), (context, source)
        assert text.count("\t") == source.count("\t"), (context, source)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_compiled_catalogues_match_their_sources(language: str) -> None:
    """The shipped .qm gives every translation its .ts holds (compared through Qt,
    not byte for byte, so another lrelease version builds an equal catalogue)."""
    shipped = QTranslator()
    assert shipped.load(str(tools.qm_path(language)))  # type: ignore[attr-defined]
    stale = [
        (context, source)
        for (context, source), text in tools.read_ts(tools.ts_path(language))  # type: ignore[attr-defined]
        if shipped.translate(context, source) != text
    ]
    assert stale == [], "run: python tools/translations.py release"


def test_kazakh_is_written_in_cyrillic() -> None:
    texts = [t for _k, t in tools.read_ts(tools.ts_path("kk")) if t]  # type: ignore[attr-defined]
    assert sum(bool(re.search("[әғқңөұүһі]", t)) for t in texts) > len(texts) / 2
    latin = {w for t in texts for w in re.findall("[A-Za-z]{4,}", t)}
    assert latin <= {
        "Workbench",
        "Word",
        "Ctrl",
        "Shift",
        "http",
        "https",
        "docx",
        "dotx",
        "json",
        "ActiveX",  # a product's name (the export's note on a template's controls)
    } | {
        "wbproj",
        "wbshare",
        "replaced",
        "damaged",
    }


# --- switching language ------------------------------------------------------


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_open_record_gets_new_editors_once_made_with_what_was_typed_saved(
    qtbot, window: MainWindow
) -> None:
    """The rest of the window is relabelled at once; the editors are made anew while
    the window idles (built at once with the rest, the window stopped 70-110 ms)."""
    assert window.view is not None and window.workspace is not None
    window.view.show_kind("source")
    [source] = window.workspace.library.page("source", limit=1)
    window.view.open_record(source.id)
    title = window.view.editor.field("title")
    title.line.setText("Баяндама: сөз бостандығы")
    title.line.textEdited.emit(title.line.text())  # typed, not yet saved
    install_language("kk")
    window.retranslate()
    assert window.view.relabelling
    assert _menu_titles(window)[:2] == ["&Файл", "&Түзету"]  # relabelled at once
    assert window.view.editor.field("title") is title  # not yet built anew
    saved = window.workspace.library.get(source.id).fields["title"]
    assert saved == "Баяндама: сөз бостандығы"  # what was typed is saved at once
    qtbot.waitUntil(lambda: not window.view.relabelling, timeout=5_000)
    rebuilt = window.view.editor.field("title")
    assert rebuilt is not title and rebuilt.line.text() == "Баяндама: сөз бостандығы"


def _navigator_names(window: MainWindow) -> list[str]:
    assert window.view is not None
    model = window.view.navigator_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_switching_language_relabels_the_open_window(qtbot, window: MainWindow) -> None:
    assert window.view is not None
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert any(name.startswith("Instruments") for name in _navigator_names(window))

    install_language("ru")
    relabelled(qtbot, window)
    assert _menu_titles(window)[:2] == ["&Файл", "&Правка"]
    assert any(name.startswith("Правовые акты") for name in _navigator_names(window))
    assert window.search_box.placeholderText() == "Искать везде (Ctrl+F)"

    install_language("kk")
    relabelled(qtbot, window)
    assert _menu_titles(window)[:2] == ["&Файл", "&Түзету"]
    assert any(name.startswith("Құқықтық актілер") for name in _navigator_names(window))


def test_settings_switch_the_language_at_once_keeping_the_open_record(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.view is not None
    window.view.show_kind("recommendation")
    first = window.workspace.library.page("recommendation", limit=1)[0]  # type: ignore[union-attr]
    window.view.open_record(first.id)
    chosen = Settings(interface_language="kk")
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, p, s: (chosen, True)))
    window.edit_settings()
    assert window.settings.interface_language == "kk"
    assert "&Файл" in _menu_titles(window) and "&Түзету" in _menu_titles(window)
    assert window.view is not None and window.view.editor.record_id == first.id
    assert window.view.list.kind == "recommendation"
    assert window.workspace is not None and window.view.workspace is window.workspace


@pytest.mark.xcb
def test_switching_language_keeps_the_widths_given_to_the_panels(qtbot, window: MainWindow) -> None:
    """The view rebuilt in the new words keeps the list, editor and preview as wide as
    the user made them (the preview's appearing does not share the room out again)."""
    assert window.view is not None and window.workspace is not None
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    [submission] = window.workspace.library.page("submission", limit=1)
    window.view.open_record(submission.id)
    qtbot.wait(50)
    total = sum(window.view.sizes())
    chosen = [200, 300, total - 200 - 300 - 250, 250]
    window.view.setSizes(chosen)
    kept = window.view.sizes()
    install_language("ru")
    relabelled(qtbot, window)
    qtbot.wait(50)  # the preview's appearing has been taken in
    assert window.view.sizes() == kept
    assert window.view.editor.record_id == submission.id


def _count(method: Callable[..., int]) -> int:
    """A model's rows or columns, whichever way its class lets them be asked."""
    try:
        return method()
    except TypeError:  # a model of ours whose parent argument has no default
        return method(QModelIndex())


def _words(root: QWidget) -> list[str]:
    """Every word a user reads in ``root``: labels, buttons, titles, tips, placeholders,
    choices, tabs, and the headers and first rows of its lists."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount())
            found.extend(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)
            rows = range(min(_count(model.rowCount), 30))
            found.extend(str(model.index(r, c).data()) for r in rows for c in columns)
    return sorted(word for word in found if word)


@pytest.mark.xcb
@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("kind", ["recommendation", "submission", "provision"])
def test_a_relabelled_view_reads_as_one_built_in_its_language(
    qtbot, window: MainWindow, language: str, kind: str
) -> None:
    """Relabelling in place misses nothing: every word of the panels, the open
    record's editor and the preview's findings is what a view built afresh in the
    new language shows."""
    from tests.ui.submissions import settled
    from ui.editors.record_editor import BACKLINKS
    from ui.project_view import ProjectView

    assert window.view is not None and window.workspace is not None
    window.view.show_kind(kind)
    [record] = window.workspace.library.page(kind, limit=1)
    window.view.open_record(record.id)
    settled(qtbot, window.view.document)
    install_language(language)
    relabelled(qtbot, window)
    settled(qtbot, window.view.document)
    reads = window.workspace.reads
    qtbot.waitUntil(lambda: not reads.busy(BACKLINKS))  # "Cited by" (one read at a time)
    fresh = ProjectView(window.workspace, window.search_box, None)
    fresh.show_kind(kind)
    fresh.open_record(record.id)
    settled(qtbot, fresh.document)
    qtbot.waitUntil(lambda: not reads.busy(BACKLINKS))
    qtbot.wait(10)  # what either view dropped is deleted
    try:
        relabelled_words, built = Counter(_words(window.view)), Counter(_words(fresh))
        assert (relabelled_words - built, built - relabelled_words) == (Counter(), Counter())
    finally:
        fresh.deleteLater()


def _dialogs(window: MainWindow) -> list[Callable[[], QDialog]]:
    workspace = window.workspace
    assert workspace is not None
    submission = workspace.library.page("submission", limit=1)[0].id
    return [
        lambda: SettingsDialog(Settings(), window),
        lambda: ShareDialog(workspace, window),
        lambda: MergeDialog(workspace, window),
        lambda: ExportDialog(workspace, submission, window),
    ]


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("en", ["Settings", "Share with a colleague", "Merge from a colleague"]),
        ("ru", ["Настройки", "Поделиться с коллегой", "Объединение с работой коллеги"]),
        ("kk", ["Баптаулар", "Әріптеспен бөлісу", "Әріптестің жұмысымен біріктіру"]),
    ],
)
def test_dialogs_speak_the_chosen_language(
    window: MainWindow, qtbot, language: str, titles: list[str]
) -> None:
    install_language(language)
    shown = []
    cancel = []
    for make in _dialogs(window):
        dialog = make()
        shown.append(dialog.windowTitle())
        boxes = dialog.findChildren(QDialogButtonBox)
        for box in boxes:
            button = box.button(QDialogButtonBox.StandardButton.Cancel)
            if button is not None:
                cancel.append(button.text().replace("&", ""))
        dialog.deleteLater()
    assert shown[:3] == titles
    assert shown[3] != "" and ("Export" in shown[3]) == (language == "en")
    # Qt's own buttons follow too (qtbase translations shipped with PySide6).
    expected = {"en": "Cancel", "ru": "Отмена", "kk": "Бас тарту"}[language]
    assert cancel and all(text == expected for text in cancel), cancel


def test_the_system_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    import ui.translations as translations

    monkeypatch.undo()  # the conftest pins the system language to English
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("kk_KZ")))
    assert translations.effective_language("") == "kk"
    assert translations.effective_language("ru") == "ru"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert translations.effective_language("") == "en"


# --- pseudo-translation: layouts survive longer strings -----------------------


class Stretching(QTranslator):
    """Every string made 40% longer, with accented letters as Russian and Kazakh need."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        if not source or (source.startswith("%") and len(source) <= 3):
            return source
        words = []
        for word in source.split(" "):
            extra = "ә" * max(1, len(word) * 2 // 5) if word.isalpha() else ""
            words.append(word + extra)
        return "Ғ" + " ".join(words) + "Ң"

    def isEmpty(self) -> bool:
        return False


def _clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower or shorter than their text needs."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, QLabel | QPushButton | QCheckBox | QAbstractButton):
            continue
        if not widget.isVisibleTo(root) or widget.width() <= 0 or not widget.text():
            continue  # hidden, or an icon-only or arrow button: no words to clip
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{type(widget).__name__} {widget.text()!r}: height")
            continue
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(
                f"{type(widget).__name__} {text!r}: needs {hint.width()}x{hint.height()}, "
                f"has {widget.width()}x{widget.height()}"
            )
    return found


def test_pseudo_translation_stretches_every_string(qapp: QApplication) -> None:
    install_language("en", extra=Stretching())
    assert current_translators()
    from ui.labels import kind_name

    assert kind_name("provision").startswith("ҒProvision") and kind_name("provision").endswith("Ң")


def test_stretched_strings_clip_nothing_in_the_window_and_dialogs(
    window: MainWindow, qtbot
) -> None:
    from ui.dialogs.link_picker import LinkPickerDialog
    from ui.dialogs.restore_dialog import RestoreDialog

    install_language("en", extra=Stretching())
    relabelled(qtbot, window)
    window.resize(1280, 800)
    qtbot.wait(50)
    assert window.menuBar().actions()[0].text().startswith("Ғ")
    assert _clipped(window) == []
    assert window.view is not None and window.workspace is not None
    for kind in ("recommendation", "submission", "provision", "evidence"):
        window.view.show_kind(kind)
        window.view.open_record(window.workspace.library.page(kind, limit=1)[0].id)
        qtbot.wait(20)
        assert _clipped(window) == [], kind
        # Layouts make room by growing: the window must still fit a 1366x768 laptop.
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (kind, hint)
    workspace, path = window.workspace, window.workspace.project.path
    extra: list[Callable[[], QDialog]] = [
        lambda: LinkPickerDialog(workspace, "provision", (), window),
        lambda: RestoreDialog(path, [], None, window),
    ]
    for make in [*_dialogs(window), *extra]:
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle().startswith("Ғ")
        clipped = _clipped(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (dialog.windowTitle(), hint)
        dialog.close()
        dialog.deleteLater()
        assert clipped == [], dialog.windowTitle()


def test_the_clipping_check_sees_a_clipped_button(qtbot) -> None:
    """The layout test above would pass vacuously if this check saw nothing."""
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A button with a much longer label than fits", root)
    button.setGeometry(0, 0, 40, 20)
    label = QLabel("Wide enough", root)
    label.setGeometry(0, 30, 400, 30)
    root.resize(420, 80)
    root.show()
    assert [line.split(" ")[0] for line in _clipped(root)] == ["QPushButton"]


# --- a record's texts in two languages, edited side by side -------------------


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def test_translation_is_typed_beside_the_original_saved_and_undone(
    qtbot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.editors.translations_field import TranslationsField

    assert window.view is not None and window.workspace is not None
    library = window.workspace.library
    record = library.page("recommendation", limit=1)[0]
    library.update(record.id, {"translations": {}})  # the starter's are typed afresh here
    window.view.show_kind("recommendation")
    window.view.open_record(record.id)
    field = window.view.editor.field("translations")
    assert isinstance(field, TranslationsField)
    original = field.input.findChild(QLineEdit, "original_title")
    assert original is not None and original.text() == library.get(record.id).fields["title"]
    field.set_language("kk")
    title = field.input.findChild(QLineEdit, "translation_title")
    assert title is not None
    _type(title, "Қорлауды қылмыстық санаттан шығару")
    window.view.editor.flush()
    saved = library.get(record.id).fields["translations"]
    assert saved["kk"]["title"] == "Қорлауды қылмыстық санаттан шығару"

    # The other language is its own page; switching back shows what was typed.
    field.set_language("ru")
    assert title.text() == ""
    field.set_language("kk")
    assert title.text() == "Қорлауды қылмыстық санаттан шығару"

    window.undo()
    assert "kk" not in library.get(record.id).fields["translations"]
    assert title.text() == ""


def test_numbers_follow_the_interface_language(window: MainWindow) -> None:
    from PySide6.QtCore import QLocale

    install_language("ru")
    assert QLocale().toString(8361).replace("\u00a0", " ") == "8 361"
    install_language("en")
    assert QLocale().toString(8361) == "8,361"
    assert window.view is not None
    assert window.view.list.count_label.text().endswith(" records")


def test_a_submission_chooses_its_second_language_in_the_editor(window: MainWindow) -> None:
    from ui.editors.fields import ChoiceField

    assert window.view is not None and window.workspace is not None
    submission = window.workspace.library.page("submission", limit=1)[0]
    window.view.show_kind("submission")
    window.view.open_record(submission.id)
    field = window.view.editor.field("second_language")
    assert isinstance(field, ChoiceField)
    index = field.combo.findData("kk")
    assert field.combo.itemText(index) == "Қазақша"  # by its own name
    field.combo.setCurrentIndex(index)
    field.combo.activated.emit(index)
    stored = window.workspace.library.get(submission.id).fields["second_language"]
    assert stored == "kk"


def test_a_submissions_sections_are_translated_beside_it(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.editors.translations_field import TranslationsField
    from workbench.bilingual import section_key

    assert window.view is not None and window.workspace is not None
    library = window.workspace.library
    submission = library.get(library.page("submission", limit=1)[0].id)
    section = submission.children["sections"][0]
    window.view.show_kind("submission")
    library.update(submission.id, {"translations": {}})  # the starter's are typed afresh
    window.view.open_record(submission.id)
    field = window.view.editor.field("translations")
    assert isinstance(field, TranslationsField)
    key = section_key(section["id"], "title")
    original = field.input.findChild(QLineEdit, f"original_{key}")
    assert original is not None and original.text() == section["title"]
    field.set_language("kk")
    title = field.input.findChild(QLineEdit, f"translation_{key}")
    assert title is not None
    _type(title, "Бірінші бөлім")
    window.view.editor.flush()
    stored = library.get(submission.id).fields["translations"]["kk"]
    assert stored[key] == "Бірінші бөлім"


def test_proposed_wordings_are_translated_beside_the_recommendation(window: MainWindow) -> None:
    from ui.editors.markdown_edit import MarkdownEdit
    from ui.editors.translations_field import TranslationsField
    from workbench.bilingual import wording_key

    assert window.view is not None and window.workspace is not None
    library = window.workspace.library
    records = [library.get(r.id) for r in library.page("recommendation", limit=50)]
    record = next(r for r in records if r.children["proposed_wordings"])
    wording = record.children["proposed_wordings"][0]
    window.view.show_kind("recommendation")
    library.update(record.id, {"translations": {}})  # the starter's are typed afresh
    window.view.open_record(record.id)
    field = window.view.editor.field("translations")
    assert isinstance(field, TranslationsField)
    field.set_language("kk")
    key = wording_key(wording["id"], "proposed_wording")
    edit = field.input.findChild(MarkdownEdit, f"translation_{key}")
    assert edit is not None
    _type(edit, "Жаңа редакция")
    window.view.editor.flush()
    stored = library.get(record.id).fields["translations"]["kk"]
    assert stored[key] == "Жаңа редакция"


def test_a_language_named_within_a_sentence_is_in_lower_case(qapp) -> None:
    """Russian and Kazakh write a language's name in lower case mid-sentence, as a
    finding about text in the wrong language and a review note's language have it
    (the language lists name each language in its own words, capitalised)."""
    import uuid

    from ui.labels import language_in_words
    from ui.submission.preflight_list import finding_text
    from workbench.preflight import Finding

    wrong = Finding(
        "warning", "wrong-language", "Title of “R” reads as English, in a document in Russian",
        "recommendation", uuid.uuid4(), "R", "title", ("title", "Свобода слова", "en", "ru"),
    )  # fmt: skip
    expected = {
        "ru": ("английский", "казахский", "русский"),
        "kk": ("ағылшын тілі", "қазақ тілі", "орыс тілі"),
    }
    for interface, names in expected.items():
        install_language(interface)
        assert tuple(language_in_words(code) for code in ("en", "kk", "ru")) == names
    install_language("ru")
    assert finding_text(wrong) == (
        "Название («Свобода слова»): язык текста — английский, а язык документа — русский"
    )
    install_language("kk")
    assert "мәтін тілі — ағылшын тілі, ал құжат тілі — орыс тілі" in finding_text(wrong)


def test_preflight_findings_read_in_the_interface_language(qapp) -> None:
    import uuid

    from ui.submission.preflight_list import finding_text
    from workbench.preflight import Finding

    record = uuid.uuid4()
    empty = Finding(
        "warning", "empty-section", "Section 'A' ...", "submission", record, "S",
        "sections", ("Раздел 1",),
    )  # fmt: skip
    untranslated = Finding(
        "info", "not-translated", "Not translated into Kazakh: title",
        "recommendation", record, "R", "title", ("kk", "title", "text"),
    )  # fmt: skip
    unknown = Finding("info", "some-future-code", "As the service put it", "source", record, "X")
    assert finding_text(empty) == "Section “Раздел 1” holds no recommendation"
    install_language("ru")
    assert finding_text(empty) == "В разделе «Раздел 1» нет ни одной рекомендации"
    assert finding_text(untranslated) == "Не переведено (казахский): название, текст"
    assert finding_text(unknown) == "As the service put it"
    install_language("kk")
    assert finding_text(empty) == "«Раздел 1» бөлімінде бірде-бір ұсыныс жоқ"

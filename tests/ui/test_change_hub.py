"""Views refresh from what the services said changed, broadcast by the one hub."""

from PySide6.QtCore import Qt

from ui.editors.fields import LineField
from ui.main_window import MainWindow
from ui.models.navigator import COUNT_COLUMN
from workbench.changes import Changes, RecordRef


def test_an_edit_refreshes_the_views_through_the_hub(qtbot, window: MainWindow) -> None:
    workspace, view = window.workspace, window.view
    assert workspace is not None and view is not None
    heard: list[Changes] = []
    workspace.hub.changed.connect(heard.append)
    view.show_kind("tag")
    tag = view.list.model.summary(0)
    assert tag is not None
    view.open_record(tag.id)

    line = view.editor.field("name")
    assert isinstance(line, LineField)
    line.line.setText("Сөз бостандығы")  # typed (keyClicks takes Latin-1 only)
    line.line.textEdited.emit(line.line.text())
    with qtbot.waitSignal(workspace.hub.changed):
        view.editor.flush()
    assert heard[-1].updated == {RecordRef("tag", tag.id)} and not heard[-1].structural
    row = view.list.model.row_of(tag.id)
    assert row is not None
    assert view.list.model.index(row, 0).data() == "Сөз бостандығы"

    def tag_count() -> str:
        kinds = view.navigator_model
        return str(kinds.index(kinds.kind_index("tag").row(), COUNT_COLUMN).data())

    count = int(tag_count())
    with qtbot.waitSignal(workspace.hub.changed):
        window.delete_action.trigger()
    assert heard[-1].deleted == {RecordRef("tag", tag.id)} and heard[-1].lists == {"tag"}
    assert view.list.model.row_of(tag.id) is None and int(tag_count()) == count - 1

    with qtbot.waitSignal(workspace.hub.changed):
        window.undo_action.trigger()
    assert heard[-1].created == {RecordRef("tag", tag.id)}
    assert view.list.model.row_of(tag.id) is not None and int(tag_count()) == count
    row = view.list.model.row_of(tag.id)
    assert row is not None
    assert view.list.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == "Сөз бостандығы"

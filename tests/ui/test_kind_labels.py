"""Every kind in the registry has what the GUI shows of it: its names, a label for
each of its fields, list columns and link roles, and an icon."""

import pytest

from resources import resource
from ui import labels
from ui.models.record_table import COLUMNS
from workbench.kinds import RECORD_KINDS
from workbench.records import field_specs

ALL_KINDS = list(RECORD_KINDS)


def test_the_navigator_lists_every_kind_in_the_registry_s_order() -> None:
    assert tuple(labels.KIND_ORDER) == tuple(RECORD_KINDS)
    assert set(labels.KIND_LABELS) == set(RECORD_KINDS)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_is_named_and_drawn(kind: str) -> None:
    singular, plural = labels.KIND_LABELS[kind]
    assert singular and plural
    assert resource("icons", f"{kind}.svg").is_file(), f"no icon for {kind}"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_field_column_and_role_of_a_kind_has_a_label(kind: str) -> None:
    entry = RECORD_KINDS[kind]
    names = {*field_specs(kind), *entry.list_columns, *entry.translatable}
    assert names - set(labels.FIELD_LABELS) == set(), f"{kind}: fields without a label"
    assert set(entry.link_roles) - set(labels.ROLE_LABELS) == set(), f"{kind}: roles"
    assert COLUMNS[kind] == entry.list_columns


def test_languages_are_listed_by_their_own_names_in_every_interface(qtbot) -> None:
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.translations import install_language
    from workbench.settings import Settings

    for interface in ("en", "ru", "kk"):
        install_language(interface)
        try:
            dialog = SettingsDialog(Settings())
            qtbot.addWidget(dialog)
            combos = [dialog.interface_language, dialog.document_language]
            for combo in combos:
                shown = {combo.itemText(i) for i in range(combo.count())}
                assert {"English", "Русский", "Қазақша"} <= shown, (interface, shown)
        finally:
            install_language("en")
    assert labels.language_in_words("ru") == "Russian"


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize("interface", ["ru", "kk"])
def test_one_record_and_the_list_are_named_apart_in_russian_and_kazakh(
    qapp, interface: str
) -> None:
    """In English "Evidence" names one record and the list; not in Russian or Kazakh."""
    from ui.translations import install_language

    install_language(interface)
    for kind in ALL_KINDS:
        one, many = labels.kind_name(kind), labels.kind_name(kind, plural=True)
        assert one != kind.capitalize() and many != kind.capitalize(), (kind, one, many)
        if (interface, kind) != ("ru", "critique"):  # «Критика» is both in Russian
            assert one != many, (kind, one)
    assert labels.kind_name("evidence") == {"ru": "Доказательство", "kk": "Дәлел"}[interface]

"""Settings: saved as JSON in the config folder, defaults for anything unreadable."""

from pathlib import Path

from workbench.paths import AppPaths
from workbench.settings import MAX_RECENT, Settings, load_settings, save_settings, settings_path


def test_defaults_when_nothing_is_saved(isolated_home: AppPaths) -> None:
    assert load_settings(isolated_home) == Settings()
    assert load_settings(isolated_home).last_project is None


def test_round_trip(isolated_home: AppPaths, tmp_path: Path) -> None:
    settings = Settings(
        author="Айгерим",
        interface_language="kk",
        document_language="ru",
        window_geometry="AdnQywADAAA=",
    ).with_recent(tmp_path / "a.wbproj")
    save_settings(isolated_home, settings)
    assert load_settings(isolated_home) == settings
    assert load_settings(isolated_home).last_project == (tmp_path / "a.wbproj").resolve()


def test_recent_projects_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings()
    for name in ("a", "b", "a"):
        settings = settings.with_recent(tmp_path / f"{name}.wbproj")
    assert [Path(p).name for p in settings.recent_projects] == ["a.wbproj", "b.wbproj"]
    assert [
        Path(p).name for p in settings.without_recent(tmp_path / "a.wbproj").recent_projects
    ] == ["b.wbproj"]
    for n in range(MAX_RECENT + 5):
        settings = settings.with_recent(tmp_path / f"{n}.wbproj")
    assert len(settings.recent_projects) == MAX_RECENT


def test_unreadable_or_invalid_values_fall_back_to_defaults(isolated_home: AppPaths) -> None:
    path = settings_path(isolated_home)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(isolated_home) == Settings()
    path.write_text('{"interface_language": "xx", "author": 3, "recent_projects": [1, "p"]}')
    loaded = load_settings(isolated_home)
    assert loaded.interface_language == "" and loaded.author == ""
    assert loaded.recent_projects == ("p",)

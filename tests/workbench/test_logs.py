"""The log file: in the logs folder (under $WORKBENCH_HOME when set), rotated, written
by every command, and never holding record text, even inside an error's message."""

from __future__ import annotations

import json
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workbench.cli import main
from workbench.errors import InvalidField, ProjectDamaged
from workbench.library import Library
from workbench.logs import (
    KEPT_FILES,
    MAX_BYTES,
    describe_error,
    setup_logging,
)
from workbench.paths import AppPaths
from workbench.project import Project

SECRET = "Құпия айғақ: Иванова М. показала, что её уволили"


def test_every_command_logs_to_the_home_it_runs_in(
    isolated_home: AppPaths, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "x.wbproj"
    assert main(["new", str(path), "--empty"]) == 0
    assert main(["info", str(path)]) == 0
    log = isolated_home.logs / "workbench.log"
    text = log.read_text(encoding="utf-8")
    assert ": new" in text and ": info" in text
    assert capsys.readouterr().err == ""  # information goes to the file only


def test_the_file_rotates_at_a_mebibyte_keeping_five(isolated_home: AppPaths) -> None:
    path = setup_logging(isolated_home, stderr=False)
    assert path is not None
    [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, KEPT_FILES) == (1 << 20, 5)
    for _ in range(1200):
        logging.getLogger("workbench.test").info("x" * 1000)
    assert path.with_name("workbench.log.1").exists()
    assert path.stat().st_size < MAX_BYTES


def test_setting_up_again_keeps_one_file_handler(isolated_home: AppPaths, tmp_path: Path) -> None:
    setup_logging(isolated_home)
    setup_logging(AppPaths.rooted_at(tmp_path / "other"))
    files = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename).parent for h in files] == [tmp_path / "other" / "logs"]


def test_an_unwritable_logs_folder_does_not_stop_the_command(tmp_path: Path, capsys) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be", encoding="utf-8")
    assert setup_logging(AppPaths.rooted_at(tmp_path)) is None
    assert "not logging to" in capsys.readouterr().err


def test_warnings_still_reach_the_terminal(isolated_home: AppPaths, capsys) -> None:
    setup_logging(isolated_home)
    logging.getLogger("workbench.test").warning("could not back up %s on open", "x.wbproj")
    assert "could not back up x.wbproj on open" in capsys.readouterr().err


def test_errors_are_logged_by_type_place_and_frames_never_by_message(
    isolated_home: AppPaths,
) -> None:
    path = setup_logging(isolated_home, stderr=False)
    assert path is not None

    def validate() -> None:
        raise InvalidField("tag", "theme", f"expected true or false, got str {SECRET!r}")

    try:
        try:
            validate()
        except InvalidField as error:
            raise ProjectDamaged(Path("/somewhere/x.wbproj"), SECRET) from error
    except ProjectDamaged as error:
        logging.getLogger("workbench.test").warning("refused: %s", error, exc_info=True)
    text = path.read_text(encoding="utf-8")
    assert SECRET not in text
    assert "refused: workbench.errors.ProjectDamaged (path=/somewhere/….wbproj)" in text
    assert "path=/somewhere/x.wbproj" not in text
    assert "in validate" in text and "workbench.errors.InvalidField" in text


def test_describe_error_keeps_an_os_errors_code_and_file() -> None:
    error = FileNotFoundError(2, "No such file or directory", "/tmp/x.docx")
    assert describe_error(error) == (
        "builtins.FileNotFoundError (filename=/tmp/….docx, errno=2, "
        "strerror=No such file or directory)"
    )


def test_the_log_holds_no_record_text_after_a_day_on_the_command_line(
    isolated_home: AppPaths, tmp_path: Path, capsys
) -> None:
    project_path = tmp_path / "x.wbproj"
    with Project.create(project_path) as project:
        library = Library(project)
        library.create("tag", {"name": SECRET})
        library.create("submission", {"title": SECRET})
    dump = tmp_path / "dump.json"
    assert main(["dump", str(project_path), "-o", str(dump)]) == 0
    assert main(["search", str(project_path), SECRET.split()[0]]) == 0
    main(["export", str(project_path), "-o", str(tmp_path / "out.docx")])
    document = json.loads(dump.read_text(encoding="utf-8"))
    [tag] = document["tags"]
    tag["theme"] = SECRET  # not a flag: refused, the value quoted in the error
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["load", str(project_path), str(broken)]) == 2
    assert SECRET[:20] in capsys.readouterr().err  # the user is told which value...
    text = (isolated_home.logs / "workbench.log").read_text(encoding="utf-8")
    assert ": load" in text and "load refused" in text
    for word in SECRET.split():  # ...and the log holds none of it
        assert word not in text, word

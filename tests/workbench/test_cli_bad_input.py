"""No command answers bad input with a traceback: every subcommand (read from the
parser, so a new one is covered) is given a missing file, a folder, an empty
file and a file of garbage wherever it takes a file, and must refuse in one
line on stderr with a non-zero exit, the input left as it was."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.cli import build_parser, main
from workbench.starter import create_project

BAD_FILES = ("missing", "folder", "empty", "garbage")
SKIPPED = {"gui"}  # opens a window: tests/ui covers a project that will not open
TEXT_ARGUMENTS = {"query": "свобода"}


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    [choices] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {name: sub for name, sub in choices.choices.items() if name not in SKIPPED}


def _bad(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}-Жоба.wbproj"
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "garbage":
        path.write_bytes(os.urandom(3000))
    return path


def _cases() -> Iterator[tuple[str, str, str]]:
    for name, sub in _subcommands().items():
        files = [
            a.dest
            for a in sub._actions
            if not a.option_strings and a.dest not in TEXT_ARGUMENTS and a.dest != "help"
        ]
        for position in files:
            for kind in BAD_FILES:
                yield name, position, kind


def _argv(name: str, bad_position: str, kind: str, tmp_path: Path, good: Path) -> list[str]:
    sub = _subcommands()[name]
    argv = [name]
    for action in sub._actions:
        if action.option_strings:
            if action.required:
                argv += [action.option_strings[-1], str(tmp_path / f"out-{action.dest}")]
            continue
        if action.dest in TEXT_ARGUMENTS:
            argv.append(TEXT_ARGUMENTS[action.dest])
        elif action.dest == bad_position:
            argv.append(str(_bad(kind, tmp_path)))
        else:
            argv.append(str(good))
    return argv


@pytest.mark.parametrize(("name", "position", "kind"), list(_cases()))
def test_bad_input_is_refused_in_one_line(
    name: str,
    position: str,
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "дұрыс емес")
    good = tmp_path / "good.wbproj"
    create_project(good, empty=True).close()
    before = good.read_bytes()
    argv = _argv(name, position, kind, tmp_path, good)
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own refusal: usage and one line
        code = stop.code if isinstance(stop.code, int) else 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if name == "new" and kind == "missing":
        assert code == 0  # a new project where none was is what `new` is for
        return
    assert code != 0, (argv, captured.out)
    lines = [line for line in captured.err.splitlines() if line.startswith("workbench")]
    assert lines, captured.err
    assert good.read_bytes() == before


def test_a_passphrase_prompt_closed_with_ctrl_d_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "a.wbproj"
    create_project(project, empty=True).close()
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def closed(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", closed)
    code = main(["share", str(project), "-o", str(tmp_path / "a.wbshare"), "--encrypt"])
    error = capsys.readouterr().err
    assert code == 2 and "no passphrase was given" in error and "Traceback" not in error


def test_a_day_that_does_not_exist_is_named_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.starter import starter_document

    document = starter_document()
    document["evidence"][0]["observed_on"] = "2023-02-30"
    source = tmp_path / "ағаттық.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "p.wbproj"
    create_project(project, empty=True).close()
    assert main(["load", str(project), str(source)]) == 2
    error = capsys.readouterr().err
    assert "observed_on: 30 February 2023 does not exist" in error
    assert error.count("\n") == 1

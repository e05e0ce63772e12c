"""The documentation is executable: a sentence that is no longer true fails here
instead of misleading a user.

- Every command in a fenced ``sh`` block of README.md and docs/cli.md is run, in
  the order the documents give them, in one folder (as a reader following them
  would), and exits with its documented code.
- Every ``--json`` shape docs/cli.md shows is compared, key by key, with what the
  command prints on a fresh project (nested objects and the first item of each
  list too, where the example spells them out rather than writing "...").
- The synopsis in the README names only commands and options that exist.
- The two set-up commands at the top of the README are what CI runs
  (``.ci/run`` calls the test command verbatim); they are not run again here.

A claim about the window (a GUI behaviour) cannot run as a command: the tests
under ``tests/ui`` drive the window for those.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.models import RECORD_KINDS as KINDS
from workbench.cli import build_parser, main
from workbench.library import Library
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
SET_UP = re.compile(r"^python3 -m venv \.venv && ")
PASSPHRASE = "пароль для Айгерим"
WORD_FILE = "Позиция по закону о СМИ.docx"
RECORD_KINDS = set(KINDS)


def fenced(path: Path, language: str) -> Iterator[tuple[int, str]]:
    """(line number, body) of each fenced block in ``language`` ("" for none)."""
    opened: tuple[int, str] | None = None
    body: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = re.match(r"^\s*```(\w*)\s*$", line)
        if fence and opened is None:
            opened, body = (number, fence[1]), []
        elif fence and opened is not None:
            if opened[1] == language:
                yield opened[0], "".join(f"{text}\n" for text in body)
            opened = None
        elif opened is not None:
            body.append(line)


def command_lines(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each ``workbench`` command of the file's shell blocks, comments dropped."""
    for line_number, body in fenced(path, "sh"):
        for line in body.splitlines():
            if SET_UP.match(line):
                continue
            argv = shlex.split(line, comments=True)
            assert argv and argv[0] == "workbench", f"{path.name}:{line_number}: {line}"
            yield f"{path.name}:{line_number}", argv[1:]


def test_the_readmes_set_up_commands_are_what_ci_runs() -> None:
    blocks = [body.strip() for _, body in fenced(README, "sh")][:2]
    launch, tests = blocks
    assert launch.endswith(".venv/bin/workbench") and SET_UP.match(launch)
    assert tests.endswith(".venv/bin/python -m pytest") and SET_UP.match(tests)
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _word_document(folder: Path) -> None:
    """The Word file the import example reads: a submission exported from the
    starter library, as a colleague would have sent it."""
    source = folder / "коллега.wbproj"
    assert main(["new", str(source)]) == 0
    assert main(["export", str(source), "-o", str(folder / WORD_FILE)]) == 0


def test_every_documented_command_runs_with_its_documented_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    _word_document(tmp_path)
    assert main(["new", "my.wbproj"]) == 0  # the colleague's own project the merge goes into
    ran = []
    for where, argv in [*command_lines(README), *command_lines(CLI_DOC)]:
        code = main(argv)
        output = capsys.readouterr()
        assert code == 0, f"{where}: workbench {shlex.join(argv)}\n{output.err}"
        ran.append(argv[0])
    assert {"new", "info", "search", "import", "share", "merge"} <= set(ran)


# --- the JSON shapes of docs/cli.md -------------------------------------------------

PLACEHOLDERS = {
    "PROJECT": "{project}",
    "QUERY": "клевета",
    "THEIRS": "{theirs}",
    "FILE.docx": "{word}",
    "REVIEWED.docx": "{reviewed}",
    "POLICY": "both",
    "L": "ru",
}


def documented_shapes() -> Iterator[tuple[str, list[str], Any]]:
    """(heading, argv template, example) for each ``## `workbench …` `` section's
    first JSON block; optional parts ([--dry-run]) are left out."""
    text = CLI_DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## `workbench (.+?)`\n", text, flags=re.M)
    for heading, body in zip(sections[1::2], sections[2::2], strict=True):
        example = re.search(r"^```json\n(.*?)^```", body, re.S | re.M)
        assert example, f"docs/cli.md: no JSON example under {heading}"
        shown = json.loads(example[1])
        words = shlex.split(re.sub(r"\[[^]]*\]", "", heading))
        if shown.get("dry_run") is True:  # run as the example was made
            words.append("--dry-run")
        if "copies" in shown:  # kept copies: an applied merge under --on-conflict both
            words += ["--on-conflict", "POLICY"]
        yield heading, [PLACEHOLDERS.get(word, word) for word in words], shown


def shape_differences(documented: Any, actual: Any, where: str = "") -> list[str]:
    """Keys the example shows that the output lacks, and the other way round."""
    if isinstance(documented, dict) and isinstance(actual, dict):
        if documented and set(documented) <= RECORD_KINDS:  # a count per kind, zeros left out
            strange = set(actual) - RECORD_KINDS
            return [f"{where}: {sorted(strange)} are not record kinds"] if strange else []
        if "..." in documented:  # "and so on": the keys listed must be there
            missing = set(documented) - {"..."} - set(actual)
            return [f"{where}: {sorted(missing)} documented but not printed"] if missing else []
        problems = []
        if set(documented) != set(actual):
            problems.append(
                f"{where or 'top'}: documented {sorted(set(documented) - set(actual))} "
                f"not printed; printed {sorted(set(actual) - set(documented))} not documented"
            )
        for key in set(documented) & set(actual):
            problems += shape_differences(documented[key], actual[key], f"{where}.{key}")
        return problems
    if isinstance(documented, list) and isinstance(actual, list) and documented and actual:
        return shape_differences(documented[0], actual[0], f"{where}[0]")
    return []


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A starter project (opened once, so it has a backup); a colleague's dump of
    a copy of it in which they added a tag and changed a critique we changed
    too (a conflict); a Word document to import."""
    monkeypatch.chdir(tmp_path)
    project, copy, theirs = (tmp_path / n for n in ("review.wbproj", "aigerim.wbproj", "t.json"))
    assert main(["new", str(project)]) == 0
    shutil.copyfile(project, copy)
    with Project.open(copy) as colleague:
        library = Library(colleague)
        library.create("tag", {"name": "Сөз бостандығы"})
        critique = library.page("critique", limit=1)[0].id
        library.update(critique, {"title": "Критика в редакции Айгерим"})
    with Project.open(project) as ours:
        Library(ours).update(critique, {"title": "Сын, біздің нұсқамыз"})
    assert main(["dump", str(copy), "-o", str(theirs)]) == 0
    _word_document(tmp_path)
    reviewed = tmp_path / "reviewed.docx"
    _reviewed_copy(project, reviewed)
    return {
        "project": str(project),
        "theirs": str(theirs),
        "word": str(tmp_path / WORD_FILE),
        "reviewed": str(reviewed),
    }


def _reviewed_copy(project: Path, target: Path) -> None:
    """An export of ``project`` whose first recommendation's title a reviewer
    retyped with tracking off."""
    exported = target.with_name("exported.docx")
    assert main(["export", str(project), "-o", str(exported)]) == 0
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(target, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.replace(b"Fully decriminalise", b"Decriminalise", 1)
            out.writestr(name, data)


@pytest.mark.parametrize("heading", [heading for heading, _, _ in documented_shapes()])
def test_each_json_shape_in_the_cli_document_is_what_the_command_prints(
    heading: str, fresh: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    [(argv, example)] = [(a, e) for h, a, e in documented_shapes() if h == heading]
    capsys.readouterr()
    code = main([part.format(**fresh) for part in argv])
    output = capsys.readouterr()
    assert code in (0, 1), output.err  # 1: findings or conflicts, still reported
    assert shape_differences(example, json.loads(output.out)) == []


# --- the synopsis -------------------------------------------------------------------


def _synopsis() -> list[str]:
    [block] = [body for _, body in fenced(README, "") if body.startswith("workbench ")]
    return [line for line in block.splitlines() if line.strip()]


def test_the_synopsis_names_only_commands_and_options_that_exist() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    command = ""
    for line in _synopsis():
        usage = line.strip().split("  ")[0]  # the explanation follows two spaces
        words = usage.split()
        if words[0] == "workbench":
            command = words[1] if len(words) > 1 and not words[1].startswith("[") else ""
            assert not command or command in commands.choices, line
        if not command:
            continue
        known = commands.choices[command]._option_string_actions
        for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", usage):
            assert option in known, f"{command}: {option} ({line.strip()})"


# --- what the window does -----------------------------------------------------------

WINDOW_SECTIONS = ("## The app", "## Composing and submitting", "### In the app")


def _section(heading: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n")
    following = re.search(r"^#{2,3} ", text[start + len(heading) + 2 :], re.M)
    end = start + len(heading) + 2 + (following.start() if following else len(text))
    return text[start:end]


def _bullets(section: str) -> list[str]:
    """Each bullet of a section, and the paragraphs before and after them."""
    return [part for part in re.split(r"\n(?=- \*\*)|\n\n", section) if part.strip()]


def test_each_claim_about_the_window_points_to_the_test_that_covers_it() -> None:
    """A behaviour of the window cannot run as a command: each bullet (and each
    paragraph that describes one) of the README's sections on the app names
    the tests that drive it, and those exist."""
    for heading in WINDOW_SECTIONS:
        for claim in _bullets(_section(heading))[1:]:  # [0]: the heading itself
            if claim.startswith("!["):  # the screenshot
                continue
            named = re.findall(r"`(tests/ui/[\w/]+\.py)`", claim)
            assert named, f"{heading}: names no test: {claim[:80]}…"
            for test in named:
                assert (ROOT / test).is_file(), f"{heading}: {test} does not exist"


def test_every_test_the_readme_names_exists() -> None:
    for named in re.findall(r"`(tests/[\w/.-]+\.py)`", README.read_text(encoding="utf-8")):
        assert (ROOT / named).is_file(), named

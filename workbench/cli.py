"""The ``workbench`` command.

Every run logs to the rotating file of :mod:`workbench.logs` (under
``$WORKBENCH_HOME`` when set): the command, and any failure with its traceback.

Exit codes: 0 done; 1 findings or unresolved conflicts (nothing changed);
2 bad usage or bad input, or a place that cannot be written (read-only,
no such folder, disk full: one line naming the folder and file, nothing
changed); 141 when
whoever reads the output stops reading (``| head``): quietly, no traceback. ``--json``
output is documented in docs/cli.md and kept stable.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from db.vocabulary import (
    CONFLICT_POLICIES,
    DOCUMENT_LANGUAGES,
    RECORD_KIND_NAMES,
    SECOND_LANGUAGES,
)
from workbench import __version__
from workbench.errors import ForeignSchema, ProjectDamaged, WorkbenchError
from workbench.exits import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_CANNOT_START,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
)
from workbench.filesystem import cannot_write
from workbench.logs import setup_logging
from workbench.paths import BUNDLE_SUFFIX, AppPaths
from workbench.settings import interface_language, load_settings
from workbench.window_libraries import window_start_problem

log = logging.getLogger(__name__)

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=(
            "Keep a library of legal provisions, critiques and evidence; draft "
            "recommendations; export Word submissions. With no command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (on PROJECT, or the last/default one)")
    gui.add_argument("project", nargs="?", type=Path)

    new = commands.add_parser("new", help="create a project (from the starter library)")
    new.add_argument("project", type=Path)
    new.add_argument("--empty", action="store_true", help="start with no records")
    new.add_argument("--name", help="project name (default: the file name)")

    info = commands.add_parser("info", help="counts per record kind, schema version, path")
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true", help="machine-readable output")

    find = commands.add_parser("search", help="full-text search over every record kind")
    find.add_argument("project", type=Path)
    find.add_argument("query")
    find.add_argument("--kind", choices=sorted(RECORD_KIND_NAMES), action="append", default=[])
    find.add_argument(
        "--limit", type=_positive_int, default=20, help="most results to show (default 20)"
    )
    find.add_argument("--json", action="store_true", help="machine-readable output")

    dump = commands.add_parser("dump", help="write the whole project as interchange JSON")
    dump.add_argument("project", type=Path)
    dump.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")

    load = commands.add_parser("load", help="add or replace records from interchange JSON")
    load.add_argument("project", type=Path)
    load.add_argument("document", type=Path, metavar="FILE.json")
    load.add_argument("--json", action="store_true", help="machine-readable report")

    export = commands.add_parser("export", help="export a submission as a Word document")
    export.add_argument("project", type=Path)
    export.add_argument("--submission", metavar="ID|TITLE", help="which submission (if several)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    export.add_argument(
        "--template", type=Path, metavar="FILE.docx", help="your own Word template (.docx or .dotx)"
    )
    export.add_argument(
        "--language",
        choices=DOCUMENT_LANGUAGES,
        help="the document's language (default: the submission's)",
    )
    export.add_argument(
        "--second-language",
        choices=SECOND_LANGUAGES,
        help="a second language side by side in two columns; 'none' for one "
        "(default: the submission's option)",
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help="include non-public evidence and sources",
    )
    export.add_argument("--json", action="store_true", help="machine-readable report")

    check = commands.add_parser("check", help="integrity and preflight findings")
    check.add_argument("project", type=Path)
    check.add_argument("--json", action="store_true", help="machine-readable output")

    share = commands.add_parser("share", help="write a bundle to send to a colleague")
    share.add_argument("project", type=Path)
    share.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.wbshare")
    share.add_argument("--encrypt", action="store_true", help="protect it with a passphrase")
    share.add_argument(
        "--include-confidential",
        action="store_true",
        help="include non-public evidence and sources",
    )

    merge = commands.add_parser("merge", help="merge a colleague's bundle, JSON or project file")
    merge.add_argument("project", type=Path)
    merge.add_argument("theirs", type=Path, metavar="THEIRS")
    merge.add_argument(
        "--dry-run", action="store_true", help="report what would change; change nothing"
    )
    merge.add_argument("--json", action="store_true", help="machine-readable report")
    merge.add_argument("--on-conflict", choices=CONFLICT_POLICIES, default=CONFLICT_POLICIES[0])

    bring = commands.add_parser(
        "import", help="bring a Word document's recommendations and sources in (.docx)"
    )
    bring.add_argument("project", type=Path)
    bring.add_argument("document", type=Path, metavar="FILE.docx")
    bring.add_argument(
        "--dry-run", action="store_true", help="show what would be created; change nothing"
    )
    bring.add_argument("--json", action="store_true", help="machine-readable report")
    bring.add_argument(
        "--language",
        choices=DOCUMENT_LANGUAGES,
        help="the document's language (default: read from its text)",
    )
    bring.add_argument("--on-conflict", choices=CONFLICT_POLICIES, default=CONFLICT_POLICIES[0])

    review = commands.add_parser(
        "review",
        help="what a reviewed copy of an export proposes (.docx); --accept/--reject decide",
    )
    review.add_argument("project", type=Path)
    review.add_argument("document", type=Path, metavar="REVIEWED.docx")
    review.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="KEY",
        help="accept the change with this key into its record (all: every one); repeatable",
    )
    review.add_argument(
        "--reject", action="append", default=[], metavar="KEY", help="reject it (all: every one)"
    )
    review.add_argument("--reviewer", help="with all: only this reviewer's changes")
    review.add_argument(
        "--keep-comments",
        action="store_true",
        help="keep the document's comments as review notes on their records (each once)",
    )
    review.add_argument("--json", action="store_true", help="machine-readable report")

    restore = commands.add_parser(
        "restore", help="put back the newest sound backup (or the one named); --list lists them"
    )
    restore.add_argument("project", type=Path)
    which = restore.add_mutually_exclusive_group()
    which.add_argument("--backup", type=Path, metavar="FILE", help="restore this backup")
    which.add_argument("--list", action="store_true", help="list the backups; change nothing")
    restore.add_argument("--json", action="store_true", help="machine-readable output")

    desktop = commands.add_parser(
        "install-desktop",
        help="put Workbench in the desktop's menus; open .wbproj/.wbshare with it (Linux)",
    )
    desktop.add_argument("--remove", action="store_true", help="take it out again")
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    # A bundled app (PyInstaller) starts its reader process by running itself again:
    # this turns that run into the reader (workbench.reader_process). Elsewhere a no-op.
    multiprocessing.freeze_support()
    parser = build_parser()
    arguments = parser.parse_args(argv)
    setup_logging(AppPaths.from_environment())
    command = arguments.command or "gui"
    log.info("workbench %s: %s", __version__, command)
    try:
        code = _command(arguments.command)(arguments)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except BrokenPipeError:
        log.info("%s: the output was closed before it was all read", command)
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (WorkbenchError, UsageError) as error:
        log.info("%s refused: %s", command, error)
        print(f"workbench: {error}", file=sys.stderr)
        # A schema that is not ours is damage whose one line already names the backups.
        if (
            isinstance(error, ProjectDamaged)
            and not isinstance(error, ForeignSchema)
            and getattr(arguments, "command", "") != "restore"
        ):
            print(
                f"workbench: its backups: workbench restore {str(error.path)!r} --list",
                file=sys.stderr,
            )
        return EXIT_BAD_INPUT
    except OSError as error:  # a read-only, missing or full place met anywhere
        refusal = cannot_write(error)
        if refusal is None:
            log.exception("%s failed", command)
            raise
        log.info("%s refused: %s", command, refusal)
        print(f"workbench: {refusal}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        print("\nworkbench: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:
        log.exception("%s failed", command)
        raise


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's own flush on exit does
    not fail again on the closed pipe (and print a traceback after all)."""
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # stdout is no file (captured by a caller)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def _command(name: str | None) -> Command:
    """The function that runs command ``name`` (none: the app).

    The commands' module is imported only here, once one is asked for: the
    app must not wait for the project layer before its window shows.
    """
    if name in (None, "gui"):
        return run_gui
    from workbench import commands

    run: Command = getattr(commands, f"run_{name.replace('-', '_')}")
    return run


def run_gui(arguments: argparse.Namespace) -> int:
    """The app on PROJECT, else the last project, else the default one (made on first run)."""
    problem = window_start_problem()
    if problem is not None:  # Qt would abort the process, naming the wrong library
        log.info("the window cannot start: %s", problem)
        print(f"workbench: {problem}", file=sys.stderr)
        return EXIT_CANNOT_START
    paths = AppPaths.from_environment()
    project_path: Path | None = getattr(arguments, "project", None)
    if _handed_to_running_app(paths, project_path):
        return EXIT_OK
    share = None
    if project_path is not None and project_path.suffix.lower() == BUNDLE_SUFFIX:
        share, project_path = project_path, None  # merged into the project the app opens
    if project_path is None:
        last = load_settings(paths).last_project
        project_path = last if last is not None and last.exists() else None
    if project_path is None:
        project_path = paths.default_project
        if not project_path.exists():
            from workbench.starter import create_project  # first run only

            language = interface_language(load_settings(paths).interface_language)
            create_project(project_path, language=language).close()
            print(f"Created your project at {project_path}, with the starter library")
    return launch_gui(project_path, share)


def _handed_to_running_app(paths: AppPaths, file: Path | None) -> bool:
    """Whether the app already runs for this user and took ``file`` (a double-click
    on a project or bundle while it is open): then this launch has nothing to do."""
    from ui.single_instance import hand_over

    if not hand_over(paths, file):
        return False
    print("Handed to the Workbench already running" + (f": {file}" if file else ""))
    return True


def launch_gui(project_path: Path, share: Path | None = None) -> int:
    """Run the window until it closes. Qt is imported here, so other commands never load it."""
    from ui.app import run_app

    return run_app(project_path, share=share)


if __name__ == "__main__":
    sys.exit(main())

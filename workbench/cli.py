"""The ``workbench`` command (DESIGN.md, "Command line").

Exit codes: 0 done; 1 findings or unresolved conflicts (nothing changed);
2 bad usage or bad input (a message on stderr, nothing changed). ``--json``
output is documented in docs/cli.md and kept stable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from db.models import RECORD_KINDS
from db.vocabulary import DOCUMENT_LANGUAGES, SECOND_LANGUAGES
from workbench import __version__, interchange
from workbench.errors import ProjectDamaged, WorkbenchError
from workbench.library import Library
from workbench.paths import AppPaths
from workbench.progress import TerminalProgress
from workbench.project import Project
from workbench.search import search
from workbench.settings import load_settings
from workbench.starter import create_project

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

Command = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Bad usage found after parsing (exit code 2, message on stderr)."""


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
    gui.set_defaults(run=run_gui)

    new = commands.add_parser("new", help="create a project (from the starter library)")
    new.add_argument("project", type=Path)
    new.add_argument("--empty", action="store_true", help="start with no records")
    new.add_argument("--name", help="project name (default: the file name)")
    new.set_defaults(run=run_new)

    info = commands.add_parser("info", help="counts per record kind, schema version, path")
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(run=run_info)

    find = commands.add_parser("search", help="full-text search over every record kind")
    find.add_argument("project", type=Path)
    find.add_argument("query")
    find.add_argument("--kind", choices=sorted(RECORD_KINDS), action="append", default=[])
    find.add_argument(
        "--limit", type=_positive_int, default=20, help="most results to show (default 20)"
    )
    find.add_argument("--json", action="store_true", help="machine-readable output")
    find.set_defaults(run=run_search)

    dump = commands.add_parser("dump", help="write the whole project as interchange JSON")
    dump.add_argument("project", type=Path)
    dump.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    dump.set_defaults(run=run_dump)

    load = commands.add_parser("load", help="add or replace records from interchange JSON")
    load.add_argument("project", type=Path)
    load.add_argument("document", type=Path, metavar="FILE.json")
    load.add_argument("--json", action="store_true", help="machine-readable report")
    load.set_defaults(run=run_load)

    export = commands.add_parser("export", help="export a submission as a Word document")
    export.add_argument("project", type=Path)
    export.add_argument("--submission", metavar="ID|TITLE", help="which submission (if several)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    export.add_argument("--template", type=Path, metavar="FILE.docx", help="your own Word template")
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
    export.set_defaults(run=run_export)

    check = commands.add_parser("check", help="integrity and preflight findings")
    check.add_argument("project", type=Path)
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(run=run_check)

    share = commands.add_parser("share", help="write a bundle to send to a colleague")
    share.add_argument("project", type=Path)
    share.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.wbshare")
    share.add_argument("--encrypt", action="store_true", help="protect it with a passphrase")
    share.add_argument(
        "--include-confidential",
        action="store_true",
        help="include non-public evidence and sources",
    )
    share.set_defaults(run=run_share)

    merge = commands.add_parser("merge", help="merge a colleague's bundle, JSON or project file")
    merge.add_argument("project", type=Path)
    merge.add_argument("theirs", type=Path, metavar="THEIRS")
    merge.add_argument(
        "--dry-run", action="store_true", help="report what would change; change nothing"
    )
    merge.add_argument("--json", action="store_true", help="machine-readable report")
    merge.add_argument(
        "--on-conflict", choices=("refuse", "mine", "theirs", "both"), default="refuse"
    )
    merge.set_defaults(run=run_merge)

    restore = commands.add_parser(
        "restore", help="put back the newest sound backup (or the one named); --list lists them"
    )
    restore.add_argument("project", type=Path)
    which = restore.add_mutually_exclusive_group()
    which.add_argument("--backup", type=Path, metavar="FILE", help="restore this backup")
    which.add_argument("--list", action="store_true", help="list the backups; change nothing")
    restore.add_argument("--json", action="store_true", help="machine-readable output")
    restore.set_defaults(run=run_restore)
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    run: Command = getattr(arguments, "run", run_gui)
    try:
        return run(arguments)
    except (WorkbenchError, UsageError) as error:
        print(f"workbench: {error}", file=sys.stderr)
        if isinstance(error, ProjectDamaged) and getattr(arguments, "command", "") != "restore":
            print(
                f"workbench: its backups: workbench restore {str(error.path)!r} --list",
                file=sys.stderr,
            )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("\nworkbench: interrupted; nothing was changed", file=sys.stderr)
        return 130


def _emit(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_gui(arguments: argparse.Namespace) -> int:
    """The app on PROJECT, else the last project, else the default one (made on first run)."""
    paths = AppPaths.from_environment()
    project_path: Path | None = getattr(arguments, "project", None)
    if project_path is None:
        last = load_settings(paths).last_project
        project_path = last if last is not None and last.exists() else None
    if project_path is None:
        project_path = paths.default_project
        if not project_path.exists():
            create_project(project_path).close()
            print(f"Created your project at {project_path}, with the starter library")
    return launch_gui(project_path)


def launch_gui(project_path: Path) -> int:
    """Run the window until it closes. Qt is imported here, so other commands never load it."""
    from ui.app import run_app

    return run_app(project_path)


def run_new(arguments: argparse.Namespace) -> int:
    with create_project(arguments.project, empty=arguments.empty, name=arguments.name):
        pass
    what = "empty" if arguments.empty else "with the starter library"
    print(f"Created {arguments.project} ({what})")
    return EXIT_OK


def run_info(arguments: argparse.Namespace) -> int:
    with Project.open(arguments.project, read_only=True) as project:
        identity = project.identity()
        library = Library(project)
        counts = library.counts()
        data = {
            "path": str(project.path.resolve()),
            "id": str(identity.id),
            "name": identity.name,
            "created_at": identity.created_at.isoformat(timespec="seconds"),
            "schema_version": project.schema_version,
            "counts": counts,
            "total": sum(counts.values()),
            "tombstones": library.tombstone_count(),
        }
    if arguments.json:
        _emit(data)
        return EXIT_OK
    print(f"{data['name']}  ({data['path']})")
    print(f"schema version {data['schema_version']}, created {data['created_at']}")
    for kind, count in counts.items():
        print(f"  {kind:<15}{count:>8,}")
    print(f"  {'total':<15}{data['total']:>8,}")
    return EXIT_OK


def run_search(arguments: argparse.Namespace) -> int:
    with Project.open(arguments.project, read_only=True) as project:
        hits = search(project, arguments.query, kinds=arguments.kind, limit=arguments.limit)
    if arguments.json:
        _emit(
            {
                "query": arguments.query,
                "results": [
                    {
                        "id": str(hit.id),
                        "kind": hit.kind,
                        "title": hit.title,
                        "snippet": hit.snippet,
                        "highlights": [list(span) for span in hit.highlights],
                        "score": round(hit.score, 6),
                    }
                    for hit in hits
                ],
            }
        )
        return EXIT_OK
    if not hits:
        print("No matches.")
    for hit in hits:
        print(f"{hit.kind:<15}{hit.title}  [{hit.id}]")
        print(f"{'':<15}{_marked(hit.snippet, hit.highlights)}")
    return EXIT_OK


def run_dump(arguments: argparse.Namespace) -> int:
    progress = TerminalProgress("Writing")
    with Project.open(arguments.project, read_only=True) as project:
        interchange.dump(project, arguments.output, progress)
    progress.finish()
    print(f"Wrote {arguments.output}", file=sys.stderr)
    return EXIT_OK


def run_load(arguments: argparse.Namespace) -> int:
    from workbench.bulk_load import load_file

    progress = TerminalProgress("Loading")
    with Project.open(arguments.project) as project:
        project.make_backup("load")
        report = load_file(project, arguments.document, progress)
    progress.finish()
    if arguments.json:
        _emit({"added": report.added, "updated": report.updated, "deleted": report.deleted})
        return EXIT_OK
    for label, counts in (("added", report.added), ("updated", report.updated)):
        print(f"{label}: {sum(counts.values()):,}")
    print(f"deleted: {sum(report.deleted.values()):,}")
    return EXIT_OK


def run_export(arguments: argparse.Namespace) -> int:
    from workbench.export import export_submission

    with Project.open(arguments.project) as project:
        report = export_submission(
            project,
            arguments.output,
            submission=arguments.submission,
            template=arguments.template,
            include_confidential=arguments.include_confidential,
            language=arguments.language,
            second_language=arguments.second_language,
        )
    if arguments.json:
        _emit(
            {
                "path": str(report.path.resolve()),
                "sha256": report.sha256,
                "recommendations": report.recommendations,
                "footnotes": report.footnotes,
                "excluded": [
                    {"kind": e.kind, "id": str(e.id), "title": e.title, "reason": e.reason}
                    for e in report.excluded
                ],
                "dropped_characters": report.dropped_characters,
                "unknown_citation_keys": report.unknown_citation_keys,
            }
        )
    else:
        print(
            f"Wrote {report.path}: {report.recommendations} recommendations, "
            f"{report.footnotes} footnotes"
        )
    for warning in report.warnings():
        print(f"workbench: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def run_check(arguments: argparse.Namespace) -> int:
    """Exit 1 when the file is damaged or anything worse than "info" was found."""
    from workbench.preflight import check_project, check_submissions

    progress = TerminalProgress("Checking", unit="steps")
    with Project.open(arguments.project, read_only=True) as project:
        submissions = [row.id for row in Library(project).page("submission", limit=10_000)]
        progress(0, 2)
        report = check_project(project)
        findings = list(report.findings)
        progress(1, 2)
        findings.extend(check_submissions(project, submissions))
        progress(2, 2)
    progress.finish()
    unique = list(dict.fromkeys(findings))
    if arguments.json:
        _emit(
            {
                "integrity_ok": report.integrity_ok,
                "findings": [
                    {
                        "severity": f.severity,
                        "code": f.code,
                        "message": f.message,
                        "kind": f.kind,
                        "id": str(f.record_id),
                        "title": f.title,
                        "field": f.field,
                    }
                    for f in unique
                ],
            }
        )
    else:
        print("Integrity: ok" if report.integrity_ok else "Integrity: DAMAGED")
        for f in unique:
            print(f"{f.severity:<8}{f.kind} '{f.title}' ({f.field}): {f.message}  [{f.record_id}]")
        if not unique:
            print("No findings.")
    problems = not report.integrity_ok or any(f.severity != "info" for f in unique)
    return EXIT_FINDINGS if problems else EXIT_OK


def _passphrase(confirm: bool) -> str:
    """From $WORKBENCH_PASSPHRASE, else asked at the terminal (never an argument)."""
    import getpass

    given = os.environ.get("WORKBENCH_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError("a passphrase is needed: set WORKBENCH_PASSPHRASE or run in a terminal")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UsageError("the two passphrases differ")
    if not first:
        raise UsageError("an empty passphrase protects nothing")
    return first


def run_share(arguments: argparse.Namespace) -> int:
    from workbench.share import share

    passphrase = _passphrase(confirm=True) if arguments.encrypt else None
    with Project.open(arguments.project, read_only=True) as project:
        counts = share(
            project,
            arguments.output,
            passphrase=passphrase,
            include_confidential=arguments.include_confidential,
        )
    what = "encrypted " if passphrase else ""
    print(f"Wrote {what}bundle {arguments.output}: {sum(counts.values()):,} records")
    return EXIT_OK


def run_merge(arguments: argparse.Namespace) -> int:
    from workbench.merge import MergeConflicts, apply_merge, plan_merge, read_theirs

    document = read_theirs(arguments.theirs, lambda: _passphrase(confirm=False))
    with Project.open(arguments.project) as project:
        plan = plan_merge(project, document)
        report: dict[str, Any] = {**plan.summary(), "dry_run": arguments.dry_run}
        report["conflict_details"] = [
            {"id": str(c.id), "kind": c.kind, "title": c.title, "conflict": c.conflict,
             "fields": list(c.fields)}
            for c in plan.conflicts
        ]  # fmt: skip
        code = EXIT_OK
        if not arguments.dry_run:
            try:
                progress = TerminalProgress("Merging")
                result = apply_merge(
                    project, plan, on_conflict=arguments.on_conflict, progress=progress
                )
                progress.finish()
                report["backup"] = str(result.backup) if result.backup else None
                report["copies"] = [str(c) for c in result.copies]
            except MergeConflicts as error:
                print(f"workbench: {error}", file=sys.stderr)
                code = EXIT_FINDINGS
        elif plan.conflicts and arguments.on_conflict == "refuse":
            code = EXIT_FINDINGS
    if arguments.json:
        _emit(report)
    else:
        for label in ("added", "updated", "deleted", "conflicts"):
            print(f"{label}: {sum(report[label].values()):,}")
        for conflict in report["conflict_details"]:
            print(f"  conflict ({conflict['conflict']}): {conflict['kind']} '{conflict['title']}'")
    return code


def run_restore(arguments: argparse.Namespace) -> int:
    """List backups, or put one back (the damaged file is kept aside, never deleted)."""
    from workbench import backups

    folder = AppPaths.from_environment().backups
    project: Path = arguments.project
    if arguments.list:
        found = backups.list_backups(project, folder)
        if arguments.json:
            _emit({"project": str(project.resolve()), "backups": [_backup_json(b) for b in found]})
        else:
            for backup in found:
                made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                print(f"{made}  {backup.reason:<14}{backup.size:>12,}  {backup.path}")
            if not found:
                print(f"No backups of {project.name} in {folder}.")
        return EXIT_OK
    chosen = arguments.backup or backups.newest_good(project, folder).path
    restored = backups.restore(project, chosen)
    if arguments.json:
        _emit(
            {
                "project": str(restored.project.resolve()),
                "restored_from": str(restored.backup),
                "kept_aside": str(restored.kept_aside) if restored.kept_aside else None,
            }
        )
    else:
        print(f"Restored {project} from {restored.backup}")
        if restored.kept_aside:
            print(f"The file it replaced is kept as {restored.kept_aside}")
    return EXIT_OK


def _backup_json(backup: Any) -> dict[str, Any]:
    return {
        "path": str(backup.path),
        "made_at": backup.made_at.isoformat(timespec="seconds"),
        "reason": backup.reason,
        "size": backup.size,
    }


def _marked(snippet: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """The snippet with matches in brackets, for plain terminals."""
    parts: list[str] = []
    last = 0
    for start, end in highlights:
        parts.extend((snippet[last:start], "[", snippet[start:end], "]"))
        last = end
    parts.append(snippet[last:])
    return "".join(parts).replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())

"""What each ``workbench`` command does, once :mod:`workbench.cli` has parsed it.

Kept apart from the parser so that ``workbench`` with no command (the app)
starts without loading the project layer (SQLAlchemy, python-docx): the window
appears first and the project opens in it (the cold start stays close to a bare Qt
window's: benchmarks/gui_benchmark.py).
Output formats are documented in docs/cli.md and kept stable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.schema import SCHEMA_VERSION
from workbench import interchange
from workbench.errors import CannotWrite, ForeignSchema, not_recorded
from workbench.exits import EXIT_FINDINGS, EXIT_OK, UsageError
from workbench.filesystem import READ_ONLY, cannot_write
from workbench.inputs import require_regular_file
from workbench.library import Library
from workbench.paths import AppPaths
from workbench.progress import TerminalProgress
from workbench.project import Project, inspect_file
from workbench.read_ahead import reading_ahead
from workbench.search import MAX_QUERY_CHARS, bounded_query, search
from workbench.starter import create_project

if TYPE_CHECKING:  # the merge package is imported by the merge command only
    from workbench.merge import Change, MergePlan


def _emit(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


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
            "path": str(Path(arguments.project).resolve()),
            "id": str(identity.id),
            "name": identity.name,
            "created_at": identity.created_at.isoformat(timespec="seconds"),
            "schema_version": project.migrated_from or project.schema_version,
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
    query = bounded_query(arguments.query)
    if query.cut:
        print(
            f"Note: the query is longer than {MAX_QUERY_CHARS:,} characters; "
            f"only its first {MAX_QUERY_CHARS:,} are searched.",
            file=sys.stderr,
        )
    with Project.open(arguments.project, read_only=True) as project:
        hits = search(project, query.text, kinds=arguments.kind, limit=arguments.limit)
    if arguments.json:
        _emit(
            {
                "query": query.text,
                "query_cut": query.cut,
                "query_limit": MAX_QUERY_CHARS,
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
    with Project.open(arguments.project, read_only=True) as project, _writing(arguments.output):
        interchange.dump(project, arguments.output, progress)
    progress.finish()
    print(f"Wrote {arguments.output}", file=sys.stderr)
    return EXIT_OK


@contextmanager
def _writing(target: Path) -> Iterator[None]:
    """An error writing ``target`` (no filename attached: a write, a sync) named after it."""
    try:
        yield
    except OSError as error:
        refusal = cannot_write(error, Path(target))
        if refusal is None:
            raise
        raise refusal from error


def run_load(arguments: argparse.Namespace) -> int:
    from workbench.bulk_load import load_file

    require_regular_file(arguments.document, "interchange JSON file")  # before the lock
    progress = TerminalProgress("Loading")
    with Project.open(arguments.project) as project:
        project.make_backup("load")
        report = load_file(project, arguments.document, progress)
    progress.finish()
    outside = [
        {"kind": kind, "id": str(record_id), "title": title}
        for kind, record_id, title in report.changed_outside
    ]
    if arguments.json:
        _emit(
            {
                "added": report.added,
                "updated": report.updated,
                "deleted": report.deleted,
                "changed_outside": outside,
            }
        )
        return EXIT_OK
    for label, counts in (("added", report.added), ("updated", report.updated)):
        print(f"{label}: {sum(counts.values()):,}")
    print(f"deleted: {sum(report.deleted.values()):,}")
    if outside:
        print(f"re-revised: {len(outside):,} (changed outside Workbench)")
        for record in outside:
            print(f"  {record['kind']} '{record['title']}' [{record['id']}]")
    return EXIT_OK


def run_export(arguments: argparse.Namespace) -> int:
    from workbench.export import export_submission

    with _open_to_export(arguments.project) as project:
        older = project.copy_of is not None
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
                "recorded": report.recorded,
            }
        )
    else:
        print(
            f"Wrote {report.path}: {report.recommendations} recommendations, "
            f"{report.footnotes} footnotes"
        )
    for warning in report.warnings():
        print(f"workbench: warning: {warning}", file=sys.stderr)
    if not report.recorded:
        print(f"workbench: note: {not_recorded(Path(arguments.project), older)}", file=sys.stderr)
    return EXIT_OK


def _open_to_export(path: Path) -> Project:
    """The project, for writing; read-only when it cannot be written (a read-only
    disk, file or folder) or is of an older schema (an export does not upgrade
    it): the document can still be written, just not recorded."""
    if inspect_file(path).user_version < SCHEMA_VERSION:
        return Project.open(path, read_only=True)
    try:
        return Project.open(path)
    except CannotWrite as error:
        if error.problem not in READ_ONLY:  # a full disk: refused, nothing half done
            raise
        return Project.open(path, read_only=True)


def run_check(arguments: argparse.Namespace) -> int:
    """Exit 1 when the file is damaged, its schema is not ours, or anything worse
    than "info" was found."""
    from workbench.preflight import check_project, check_submissions, each_once
    from workbench.undecodable import undecodable_text

    progress = TerminalProgress("Checking", unit="steps")
    # The file is read through, in order, beside the check: 73 s → 54 s for a
    # million records' 5 GB not yet in memory (workbench.read_ahead).
    with reading_ahead(arguments.project):
        try:
            project = Project.open(arguments.project, read_only=True)
        except ForeignSchema as refused:
            return _report_foreign_schema(refused, arguments.json)
        with project:
            progress(0, 2)
            report = check_project(project)
            findings = list(report.findings)
            progress(1, 2)
            # A damaged file's pages may fail to read: the damage is the finding. (Its
            # open skips the whole-file check when the file is as Workbench left it.)
            if report.integrity_ok:
                findings.extend(undecodable_text(project))
                submissions = [r.id for r in Library(project).page("submission", limit=10_000)]
                findings.extend(check_submissions(project, submissions))
            progress(2, 2)
    progress.finish()
    unique = each_once(findings)
    if arguments.json:
        _emit(
            {
                "integrity_ok": report.integrity_ok,
                "schema_ok": True,
                "schema": [],
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


def _report_foreign_schema(refused: ForeignSchema, as_json: bool) -> int:
    """Each object of the file's schema that is not Workbench's; nothing else is
    read from such a file (our queries would run what it planted)."""
    if as_json:
        _emit(
            {
                "integrity_ok": None,
                "schema_ok": False,
                "schema": [
                    {"type": d.type, "name": d.name, "problem": d.problem, "message": d.describe()}
                    for d in refused.differences
                ],
                "findings": [],
            }
        )
        return EXIT_FINDINGS
    print("Integrity: not checked (the schema is not Workbench's)")
    print(f"Schema: NOT Workbench's: {len(refused.differences)} difference(s)")
    for difference in refused.differences:
        print(f"{'error':<8}{difference.describe()}")
    print(f"Restore a backup: workbench restore '{refused.path}' --list")
    return EXIT_FINDINGS


def _passphrase(confirm: bool) -> str:
    """From $WORKBENCH_PASSPHRASE, else asked at the terminal (never an argument)."""
    import getpass

    given = os.environ.get("WORKBENCH_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError("a passphrase is needed: set WORKBENCH_PASSPHRASE or run in a terminal")
    try:
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise UsageError("the two passphrases differ")
    except EOFError:  # Ctrl+D at the prompt
        raise UsageError("no passphrase was given; nothing was changed") from None
    if not first:
        raise UsageError("an empty passphrase protects nothing")
    return first


def run_share(arguments: argparse.Namespace) -> int:
    from workbench.share import share

    passphrase = _passphrase(confirm=True) if arguments.encrypt else None
    with Project.open(arguments.project, read_only=True) as project, _writing(arguments.output):
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
    opening = _opening(arguments.project, arguments.dry_run)
    with opening as project:
        plan = plan_merge(project, document)
        report: dict[str, Any] = {**plan.summary(), "dry_run": arguments.dry_run}
        report.update(_merge_details(project, plan))
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
        for label in ("added", "updated", "merged", "deleted", "conflicts"):
            print(f"{label}: {sum(report[label].values()):,}")
        _print_merge_details(report)
    return code


def run_import(arguments: argparse.Namespace) -> int:
    """Propose a Word document's records; write them unless ``--dry-run``."""
    from workbench.merge import MergeAction, MergeConflicts, apply_merge
    from workbench.word_import.importing import merge_plan, propose_import
    from workbench.word_import.report import proposal_json, proposal_lines

    opening = _opening(arguments.project, arguments.dry_run)
    with opening as project:
        imported = propose_import(project, arguments.document, arguments.language)
        plan = merge_plan(project, imported.proposal, project.author)
        report = {**proposal_json(imported.proposal), "merge": plan.summary()}
        report.update(_merge_details(project, plan))
        report["dry_run"] = arguments.dry_run
        code = EXIT_FINDINGS if plan.conflicts and arguments.on_conflict == "refuse" else EXIT_OK
        nothing_new = all(c.action == MergeAction.KEEP for c in plan.changes)
        if not arguments.dry_run and not nothing_new:
            try:
                progress = TerminalProgress("Importing")
                result = apply_merge(
                    project, plan, on_conflict=arguments.on_conflict, progress=progress
                )
                progress.finish()
                report["backup"] = str(result.backup) if result.backup else None
                code = EXIT_OK
            except MergeConflicts as error:
                print(f"workbench: {error}", file=sys.stderr)
    if arguments.json:
        _emit(report)
        return code
    for line in proposal_lines(imported.proposal):
        print(line)
    for label in ("added", "updated", "merged", "conflicts"):
        print(f"{label}: {sum(report['merge'][label].values()):,}")
    _print_merge_details(report)
    if nothing_new:
        print("Nothing new to import: the library already holds all of it.")
    return code


def _merge_details(project: Project, plan: MergePlan) -> dict[str, list[dict[str, Any]]]:
    """The conflicts and the records merged with no question, as ``--json`` gives them."""
    from workbench.merge import MergeAction, our_items

    mine = our_items(project, [c.id for c in plan.conflicts if c.proposal is not None])
    return {
        "conflict_details": [
            _conflict_detail(c, mine.get(c.id), plan.theirs.get(c.id)) for c in plan.conflicts
        ],
        "merged_details": [
            {"id": str(c.id), "kind": c.kind, "title": c.title, "automatic": list(c.automatic)}
            for c in plan.changes
            if c.action == MergeAction.MERGE
        ],
    }


def _print_merge_details(report: Mapping[str, Any]) -> None:
    for merged in report["merged_details"]:
        fields = ", ".join(merged["automatic"]) or "nothing new"
        print(f"  merged: {merged['kind']} '{merged['title']}' (took or combined: {fields})")
    for conflict in report["conflict_details"]:
        print(f"  conflict ({conflict['conflict']}): {conflict['kind']} '{conflict['title']}'")
        if conflict["automatic"]:
            print(f"    merged with no question: {', '.join(conflict['automatic'])}")
        if conflict["fields"]:
            print(f"    needs a choice: {', '.join(conflict['fields'])}")


def _conflict_detail(
    change: Change, mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None
) -> dict[str, Any]:
    """One conflict as ``merge --json`` reports it; when the common ancestor was known,
    each field needing a choice with the ancestor's, our and their values."""
    detail: dict[str, Any] = {
        "id": str(change.id),
        "kind": change.kind,
        "title": change.title,
        "conflict": change.conflict,
        "fields": list(change.fields),
        "automatic": list(change.automatic),
    }
    if change.ancestor is not None and mine is not None and theirs is not None:
        from workbench.merge.resolve import field_value

        detail["values"] = {
            name: {
                "ancestor": field_value(change.ancestor, name),
                "mine": field_value(mine, name),
                "theirs": field_value(theirs, name),
            }
            for name in change.fields
        }
    return detail


def _opening(path: Path, dry_run: bool) -> Project:
    """The project a merge or an import writes to, or for its dry run only looks at
    (read-only: no lock, so it works while the app has the project open)."""
    return Project.open(path, read_only=dry_run)


def run_review(arguments: argparse.Namespace) -> int:
    """List what a reviewed copy proposes; with --accept/--reject, decide first
    (nothing is written without them)."""
    from workbench.review import review_document
    from workbench.review.accepting import decide, keep_comments, keys_of
    from workbench.review.report import decided_json, decided_lines, review_json, review_lines

    deciding = bool(arguments.accept or arguments.reject or arguments.keep_comments)
    with Project.open(arguments.project, read_only=not deciding) as project:
        review = review_document(project, arguments.document)
        decided = kept = None
        if deciding:
            accept = keys_of(review, arguments.accept, arguments.reviewer)
            reject = keys_of(review, arguments.reject, arguments.reviewer)
            decided = decide(project, review, accept, reject)
            kept = keep_comments(project, review) if arguments.keep_comments else None
            review = review_document(project, arguments.document)
    if arguments.json:
        _emit(review_json(review) | ({"decided": decided_json(decided, kept)} if decided else {}))
    else:
        print("\n".join((decided_lines(decided, kept) if decided else []) + review_lines(review)))
    return EXIT_OK


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
                "restored_from": str(restored.backup.resolve()),
                "kept_aside": str(restored.kept_aside.resolve()) if restored.kept_aside else None,
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


def run_install_desktop(arguments: argparse.Namespace) -> int:
    """Install (or remove) the desktop entry, MIME types and icons for this user."""
    from workbench import desktop_integration

    done = (desktop_integration.remove if arguments.remove else desktop_integration.install)()
    verb = "Removed" if arguments.remove else "Installed"
    for path in done.files:
        print(f"{verb} {path}")
    if done.refreshed:
        print("Refreshed: " + ", ".join(done.refreshed))
    return EXIT_OK

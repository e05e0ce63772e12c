"""Importing Word documents into real project files: our own exports in three
languages come back as the same submission (sections, recommendations, cited
sources, every footnote, the provisions they concern), a second import adds
nothing, the library's sources and provisions are used rather than copied,
the rows can be changed before writing, one undo takes the import back, and
bad files are refused by name with the project as it was."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest
from sqlalchemy import text

from workbench import interchange
from workbench.cli import main
from workbench.export.plan import build_plan, cited_keys, find_submission
from workbench.library import Library
from workbench.merge import apply_merge, undo_merge
from workbench.project import Project
from workbench.starter import create_project
from workbench.word_import import Table, read_word
from workbench.word_import.importing import merge_plan, propose_import
from workbench.word_import.proposal import ExistingSource

LANGUAGES = ("en", "ru", "kk")


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Per language: the starter project and its submission exported."""
    folder = tmp_path_factory.mktemp("exports")
    made = {}
    for language in LANGUAGES:
        project = folder / f"starter-{language}.wbproj"
        create_project(project, language=language).close()
        out = folder / f"submission-{language}.docx"
        assert main(["export", str(project), "-o", str(out)]) == 0
        made[language] = (project, out)
    return made


def _import(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["import", *arguments, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _imported_into_empty(capsys: pytest.CaptureFixture[str], document: Path, project: Path) -> Path:
    """``project``, made empty, with ``document`` imported into it."""
    create_project(project, empty=True).close()
    assert _import(capsys, str(project), str(document))[0] == 0
    return project


def _dump(path: Path) -> dict[str, Any]:
    with Project.open(path, read_only=True) as project:
        document = interchange.dump_document(project)
    document.pop("created_at")
    return document


def _paragraphs(path: Path) -> tuple[list[str], Counter[str]]:
    """The body's paragraphs in order, and the bibliography's (sorted by citation
    key, which an import makes anew) as a multiset; contents lists left out."""
    body: list[str] = []
    bibliography: Counter[str] = Counter()
    in_bibliography = False
    for paragraph in docx.Document(str(path)).paragraphs:
        style = paragraph.style.name.lower() if paragraph.style is not None else ""
        if not paragraph.text.strip() or style.startswith("toc"):
            continue
        if style.startswith("heading 1"):
            in_bibliography = paragraph.text in ("Bibliography", "Список источников", "Дереккөздер")
        if in_bibliography:
            bibliography[paragraph.text] += 1
        else:
            body.append(paragraph.text)
    return body, bibliography


GENERATED = 2
"""Paragraphs the export makes from the library, not the submission: the list of
abbreviations' heading (from instruments' short names, which a document read into
an empty project does not define) and the note on unofficial translations."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_export_comes_back_whole_into_an_empty_project(
    exports: dict[str, tuple[Path, Path]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    starter, exported = exports[language]
    empty = tmp_path / "empty.wbproj"
    create_project(empty, empty=True).close()
    code, report = _import(capsys, str(empty), str(exported))
    assert code == 0 and report["language"] == language

    with Project.open(starter, read_only=True) as project:
        original = build_plan(project, find_submission(project, None))
    with Project.open(empty, read_only=True) as project:
        imported = build_plan(project, find_submission(project, None))
        library = Library(project)
        for summary in library.page("recommendation"):
            record = library.get(summary.id)
            wordings = {str(w["provision"]) for w in record.children["proposed_wordings"]}
            assert wordings <= {str(p) for p in record.links["provisions"]}  # the table's
    assert len(imported.sections) == len(original.sections)
    assert [r.title for r in imported.recommendations] == [
        r.title for r in original.recommendations
    ]
    assert len(cited_keys(imported)) == len(cited_keys(original))
    for mine, theirs in zip(imported.recommendations, original.recommendations, strict=True):
        assert len(mine.targets) == len(theirs.targets)  # each provision it concerns
        assert len(mine.critiques) == len(theirs.critiques)
        assert len(mine.evidence) == len(theirs.evidence)

    again = tmp_path / "again.docx"
    assert main(["export", str(empty), "-o", str(again)]) == 0
    notes = [note.text for note in read_word(exported).notes.values()]
    assert [note.text for note in read_word(again).notes.values()] == notes
    body, bibliography = _paragraphs(exported)
    body_again, bibliography_again = _paragraphs(again)
    assert bibliography_again == bibliography
    missing = [p for p in body if p not in body_again]
    assert len(missing) <= GENERATED and [p for p in body_again if p not in body] == []


def _blocks(path: Path) -> tuple[list[str], list[str]]:
    """A document's text as the reader gives it (table rows joined cell by cell),
    without what the export makes from the library alone, and its notes."""
    read = read_word(path)
    lines: list[str] = []
    for block in read.blocks:
        rows = block.rows if isinstance(block, Table) else ((block.text,),)
        # A wording's "unofficial translation" mark: the first column's text becomes the
        # record's own wording, which the export no longer marks as a translation.
        lines += [" || ".join(row).replace(" \\*", "") for row in rows]
    lines = [line for line in lines if not line.startswith("\\* ")]  # and its footnote
    notes = [note.text for note in read.notes.values()]
    start = next((n for n, line in enumerate(lines) if "Қысқартулар тізімі" in line), None)
    if start is None:  # no instruments, no list of abbreviations
        return lines, notes
    after = range(start + 1, len(lines))
    end = next(n for n in after if " / " in lines[n] and "||" not in lines[n])
    return lines[:start] + lines[end:], notes


@pytest.mark.parametrize("first", ["en", "ru"])
def test_a_side_by_side_export_comes_back_with_its_translations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    """The starter submission in two columns (English or Russian beside Kazakh) into an
    empty project: every record takes the second column as its Kazakh translation,
    and exporting it gives the same two columns and the same notes."""
    starter = tmp_path / "starter.wbproj"
    create_project(starter, language=first).close()
    exported = tmp_path / "two.docx"
    assert main(["export", str(starter), "-o", str(exported), "--second-language", "kk"]) == 0
    empty = tmp_path / "empty.wbproj"
    create_project(empty, empty=True).close()
    code, report = _import(capsys, str(empty), str(exported))
    assert code == 0 and report["language"] == first
    with Project.open(empty, read_only=True) as project:
        library = Library(project)
        [submission] = library.page("submission")
        fields = library.get(submission.id).fields
        assert fields["second_language"] == "kk" and fields["translations"]["kk"]["title"]
        for summary in library.page("recommendation"):
            translated = library.get(summary.id).fields["translations"]["kk"]
            assert {"title", "text", "rationale"} <= set(translated)
    again = tmp_path / "again.docx"
    assert main(["export", str(empty), "-o", str(again)]) == 0
    body, notes = _blocks(exported)
    body_again, notes_again = _blocks(again)
    assert notes_again == notes
    bibliography = next(n for n, line in enumerate(body) if "Дереккөздер тізімі" in line)
    assert body_again[:bibliography] == body[:bibliography]
    assert sorted(body_again[bibliography:]) == sorted(body[bibliography:])


def test_a_second_import_adds_nothing_and_changes_nothing(
    exports: dict[str, tuple[Path, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = exports["kk"][1]
    project = _imported_into_empty(capsys, exported, tmp_path / "p.wbproj")
    before = _dump(project)
    code, report = _import(capsys, str(project), str(exported))
    assert code == 0
    assert all(sum(counts.values()) == 0 for counts in report["merge"].values())
    assert "backup" not in report
    assert _dump(project) == before


def test_a_later_version_updates_what_nobody_edited_and_asks_about_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The submission exported again after changes (under another file name) updates
    the records imported from the first export: an untouched one takes the change,
    one edited since in another field merges with no question, one whose title both
    changed asks about the title alone, against the first import as the ancestor."""
    starter = tmp_path / "starter.wbproj"
    create_project(starter, language="ru").close()
    first, later = tmp_path / "v1.docx", tmp_path / "v2-final.docx"
    assert main(["export", str(starter), "-o", str(first)]) == 0
    project = _imported_into_empty(capsys, first, tmp_path / "imported.wbproj")
    titles = {}
    with Project.open(project, author="Ана") as opened:
        library = Library(opened)
        recommendations = {s.title: s.id for s in library.page("recommendation", limit=100)}
        ours = sorted(recommendations)[:3]
        titles = {title: recommendations[title] for title in ours}
        library.update(titles[ours[1]], {"rationale": "Обоснование, дописанное Аной."})
        library.update(titles[ours[2]], {"title": "Заголовок Аны"})
    with Project.open(starter, author="Бек") as opened:
        library = Library(opened)
        by_title = {}  # each by its title as the Russian export shows it
        for summary in library.page("recommendation", limit=100):
            translated = library.get(summary.id).fields.get("translations", {}).get("ru", {})
            by_title[translated.get("title", summary.title)] = summary.id
        for title, change in zip(ours, ("title", "text", "title"), strict=True):
            record = library.get(by_title[title])
            language = record.fields.get("translations", {}).get("ru", {})
            current = language.get(change) or record.fields[change]
            changed = {"translations": {"ru": {**language, change: f"{current} (v2)"}}}
            library.update(by_title[title], changed)
    assert main(["export", str(starter), "-o", str(later)]) == 0

    code, report = _import(capsys, str(project), str(later), "--dry-run")
    assert code == 1  # a conflict, and the default refuses
    assert report["merge"]["updated"]["recommendation"] == 1
    assert [d["automatic"] for d in report["merged_details"]] == [["text"]]
    [conflict] = report["conflict_details"]
    assert (
        conflict["fields"] == ["title"] and conflict["values"]["title"]["mine"] == "Заголовок Аны"
    )
    assert conflict["values"]["title"]["ancestor"] == ours[2]

    assert _import(capsys, str(project), str(later), "--on-conflict", "mine")[0] == 0
    with Project.open(project, read_only=True) as opened:
        library = Library(opened)
        assert library.get(titles[ours[0]]).fields["title"] == f"{ours[0]} (v2)"
        merged = library.get(titles[ours[1]]).fields
        assert merged["rationale"] == "Обоснование, дописанное Аной."
        assert str(merged["text"]).endswith("(v2)")
        assert library.get(titles[ours[2]]).fields["title"] == "Заголовок Аны"
    assert all(
        sum(c.values()) == 0 for c in _import(capsys, str(project), str(later))[1]["merge"].values()
    )


def test_a_record_deleted_after_the_import_stays_deleted_when_imported_again(
    exports: dict[str, tuple[Path, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = exports["en"][1]
    project = _imported_into_empty(capsys, exported, tmp_path / "p.wbproj")
    with Project.open(project) as opened:
        library = Library(opened)
        first = library.page("recommendation", limit=1)[0]
        lineage = text("SELECT count(*) FROM imported_records WHERE record_id = :id")
        with opened.reading() as session:
            before = session.execute(lineage, {"id": str(first.id)}).scalar_one()
        library.delete(first.id)
        with opened.reading() as session:
            kept = session.execute(lineage, {"id": str(first.id)}).scalar_one()
    assert (before, kept) == (1, 0)  # its lineage went with it
    code, report = _import(capsys, str(project), str(exported))
    assert code == 0 and report["merge"]["added"]["recommendation"] == 0
    with Project.open(project, read_only=True) as opened:
        assert not Library(opened).exists(first.id)


def test_the_librarys_sources_and_provisions_are_used_not_copied(
    exports: dict[str, tuple[Path, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into a project made from the starter library: every note's source is one the
    library holds, and the provisions named are the library's (few new ones)."""
    project = tmp_path / "starter.wbproj"
    create_project(project, language="ru").close()
    code, report = _import(capsys, str(project), str(exports["ru"][1]), "--dry-run")
    assert code == 0 and report["dry_run"] is True
    sources = [r for r in report["records"] if r["kind"] == "source"]
    assert sources and all(r["same_as"] for r in sources)
    assert report["merge"]["added"]["source"] == 0
    assert report["merge"]["added"]["provision"] <= 3
    with Project.open(project, read_only=True) as opened:
        held = {str(s.id) for s in Library(opened).page("provision", limit=1000)}
    with Project.open(project, read_only=True) as opened:
        proposal = propose_import(opened, exports["ru"][1]).proposal
    linked = [
        t for r in proposal.records if r.kind == "recommendation" for t in r.links["provisions"]
    ]
    assert sum(1 for t in linked if t in held) >= 0.8 * len(linked)


def test_a_dry_run_writes_nothing(
    exports: dict[str, tuple[Path, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.wbproj"
    create_project(project, empty=True).close()
    before = project.read_bytes()
    capsys.readouterr()
    assert main(["import", str(project), str(exports["en"][1]), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "recommendation" in printed and "added: " in printed
    assert project.read_bytes() == before


def test_rows_changed_before_writing_and_one_undo_takes_it_back(
    exports: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    path = tmp_path / "p.wbproj"
    create_project(path, empty=True).close()
    with Project.open(path, author="Ана") as project:
        mine = Library(project).create(
            "source", {"key": "rsf-index", "title": "Индекс свободы прессы RSF"}
        )
        before = interchange.dump_document(project)
        proposal = propose_import(project, exports["en"][1]).proposal
        rows = {row.key: row for row in proposal.records}
        rsf = next(
            r for r in proposal.records if r.kind == "source" and "rsf.org" in r.fields["url"]
        )
        proposal.merge_into(rsf.key, ExistingSource(mine.id, "rsf-index", "RSF", ""))
        rows["recommendation:10"].include = False
        proposal.change_kind("recommendation:9", "critique")
        plan = merge_plan(project, proposal, "Ана")
        result = apply_merge(project, plan, undoable=True)
        library = Library(project)
        written = {s.title for s in library.page("recommendation", limit=100)}
        assert rows["recommendation:10"].title not in written and len(written) == 8
        critique = library.get(rows["recommendation:9"].id)
        assert critique.kind == "critique" and critique.fields["argument"]
        texts = [str(library.get(s.id).fields["text"]) for s in library.page("recommendation")]
        cited = " ".join(texts) + str(library.get(rows["submission"].id).fields["introduction"])
        assert "[@rsf-index" in cited and f"[@{rsf.fields['key']}" not in cited
        [submission] = library.page("submission")
        listed = [
            r for s in library.get(submission.id).children["sections"] for r in s["recommendations"]
        ]
        assert rows["recommendation:9"].id not in listed and len(listed) == 8
        assert result.undo is not None
        undo_merge(project, result.undo)
        after = interchange.dump_document(project)
    for document in (before, after):
        document.pop("created_at")
    assert after == before


def _docx_with(tmp_path: Path, extra: dict[str, bytes]) -> Path:
    """A small real .docx (python-docx) with extra package members."""
    path = tmp_path / "small.docx"
    document = docx.Document()
    document.add_paragraph("Рекомендация 1. Отменить статью 174 УК РК.")
    document.save(str(path))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in extra.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d.joinpath("a.docx").write_bytes(b"plain text") and d / "a.docx", "not a Word"),
        (lambda d: _docx_with(d, {"word/vbaProject.bin": b"\0" * 64}), "macro-enabled"),
        (
            lambda d: (
                d.joinpath("p.docx").write_bytes(
                    bytes.fromhex("d0cf11e0a1b11ae1") + "EncryptedPackage".encode("utf-16-le")
                )
                and d / "p.docx"
            ),
            "password",
        ),
        (
            lambda d: (
                d.joinpath("o.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 512)
                and d / "o.doc"
            ),
            "Word 97-2003",
        ),
        (lambda d: _docx_with(d, {"word/media/huge.bin": b"\0" * (300 * 1024**2)}), "expands"),
        (lambda d: _sparse(d / "huge.docx", 500 * 1024**2), "too large"),
    ],
    ids=["not-zip", "docm", "password", "doc", "zip-bomb", "500-mb"],
)
def test_bad_files_are_refused_by_name_and_the_project_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any, words: str
) -> None:
    project = tmp_path / "p.wbproj"
    create_project(project, empty=True).close()
    before = _dump(project)
    bad = make(tmp_path)
    capsys.readouterr()
    assert main(["import", str(project), str(bad)]) == 2
    error = capsys.readouterr().err
    assert words in error and bad.name in error
    assert _dump(project) == before


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path

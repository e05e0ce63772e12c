"""Search input is bounded: long queries are cut with a note, repeated words cost
nothing, and whatever is echoed back is valid UTF-8 (no timing asserted here:
benchmarks/search_benchmark.py measures it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.search_index import match_expression, query_words
from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.search import MAX_QUERY_CHARS, bounded_query, search


def _titles(project: Project, query: str) -> list[str]:
    return [hit.title for hit in search(project, query)]


def test_a_query_up_to_the_limit_is_searched_whole() -> None:
    query = "x" * MAX_QUERY_CHARS
    assert bounded_query(query).text == query and not bounded_query(query).cut


def test_a_longer_query_is_cut_at_the_limit() -> None:
    bounded = bounded_query("слово " * 1000)
    assert bounded.cut and len(bounded.text) == MAX_QUERY_CHARS
    assert bounded.text == ("слово " * 1000)[:MAX_QUERY_CHARS]


def test_lone_surrogates_are_replaced() -> None:
    assert bounded_query("caf\udce9 \ud800x").text == "caf\ufffd \ufffdx"


def test_repeats_and_words_beginning_others_are_searched_once() -> None:
    assert query_words("law Lawyer law LAW lawyers") == ["lawyers"]
    assert query_words("клевета Клевета клев суд") == ["клевета", "суд"]
    assert match_expression("клевета суд") == '{title body} : ("клевета"* "суд"*)'
    assert match_expression("!!! ...") is None


def test_repeated_and_prefix_words_still_require_every_word(project, library: Library) -> None:
    library.create("critique", {"title": "Lawyers arrested"})
    library.create("critique", {"title": "Law on media"})
    assert _titles(project, "law lawyer law") == ["Lawyers arrested"]
    assert sorted(_titles(project, "law " * 500)) == ["Law on media", "Lawyers arrested"]


def test_a_long_query_still_finds_the_record_it_names(project, library: Library) -> None:
    words = [f"term{n:03d}" for n in range(300)]
    library.create("critique", {"title": "Long record", "argument": " ".join(words)})
    library.create("critique", {"title": "Other record", "argument": " ".join(words[:50])})
    query = " ".join(words)
    assert len(query) > MAX_QUERY_CHARS
    assert _titles(project, query) == ["Long record"]


def test_long_russian_and_kazakh_queries(project, library: Library) -> None:
    library.create("critique", {"title": "Клевета как уголовное преступление"})
    library.create("tag", {"name": "Қазақстан сөз бостандығы"})
    assert _titles(project, "УГОЛОВНОЕ клевета " * 200) == ["Клевета как уголовное преступление"]
    assert _titles(project, "қазақстан СӨЗ бостандығы " * 100) == ["Қазақстан сөз бостандығы"]
    assert _titles(project, "Ққ " * 400) == []


def test_cli_notes_the_cut_on_stderr_in_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "Клевета"})
    code = main(["search", str(path), "клевета " * 500, "--json"])
    captured = capsys.readouterr()
    assert code == 0
    data = json.loads(captured.out)
    assert len(data["query"]) == MAX_QUERY_CHARS and [r["title"] for r in data["results"]] == [
        "Клевета"
    ]
    assert data["query_cut"] is True and data["query_limit"] == MAX_QUERY_CHARS
    [note] = captured.err.strip().splitlines()
    assert f"{MAX_QUERY_CHARS:,} characters" in note
    assert main(["search", str(path), "клевета", "--json"]) == 0
    whole = capsys.readouterr()
    assert whole.err == "" and json.loads(whole.out)["query_cut"] is False


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_cli_json_is_valid_utf8_for_a_query_with_an_invalid_byte(
    tmp_path: Path, locale: str
) -> None:
    path = tmp_path / "x.wbproj"
    with Project.create(path) as project:
        Library(project).create("tag", {"name": "Café"})
    script = Path(sys.executable).with_name("workbench")
    env = {**os.environ, "LC_ALL": locale, "PYTHONIOENCODING": ""}
    for query in (b"caf\xe9", b"caf\xff\xfe \xd0"):
        done = subprocess.run(
            [os.fsencode(script), b"search", os.fsencode(path), query, b"--json"],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
        assert "\ufffd" in data["query"]
        assert b"Traceback" not in done.stderr

"""The starter library: complete, linked, sourced, shipped up to date, loaded on first run."""

import json
import re
from pathlib import Path

import pytest

from resources.starter import authoring
from workbench import cli, interchange, store
from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.starter import build_document, create_project, starter_document

MINIMUMS = {
    "instruments": 15,
    "provisions": 30,
    "critiques": 20,
    "evidence": 40,
    "sources": 40,
}
CITATION = re.compile(r"\[@([^\]\s;,]+)")


@pytest.fixture(scope="module")
def document() -> dict:
    return starter_document()


def _by_id(document: dict) -> dict[str, tuple[str, dict]]:
    return {
        record["id"]: (section, record)
        for section in interchange.SECTION_NAMES.values()
        for record in document[section]
    }


def test_counts_meet_the_minimums(document: dict) -> None:
    for section, minimum in MINIMUMS.items():
        assert len(document[section]) >= minimum, section
    assert len(document["recommendations"]) == 10
    assert len(document["submissions"]) == 1
    assert sum(1 for tag in document["tags"] if tag["theme"]) >= 6


def test_review_instruments_are_there(document: dict) -> None:
    names = " | ".join(f"{i['title']} ({i['short_name']})" for i in document["instruments"])
    for expected in [
        "Constitution",
        "International Covenant on Civil and Political Rights",
        "Optional Protocol",
        "General Comment",
        "Criminal Code",
        "Administrative",
        "Civil Code",
        "Civil Procedure",
        "Entrepreneurial",
        "Tax",
        "Mass Media",
        "Online Platforms",
        "Communications",
        "Personal Data",
        "Access to Information",
        "Peaceful Assemblies",
    ]:
        assert expected.casefold() in names.casefold(), expected


def test_every_link_resolves_to_the_right_kind(document: dict) -> None:
    by_id = _by_id(document)
    interchange.validate(document, {})  # the loader's own checks, against nothing else
    for section in interchange.SECTION_NAMES.values():
        for record in document[section]:
            for targets in record["links"].values():
                for target in targets:
                    assert target in by_id, (section, record["id"], target)


def test_recommendations_are_grounded(document: dict) -> None:
    for rec in document["recommendations"]:
        links = rec["links"]
        assert links["provisions"] and links["evidence"] and links["critiques"], rec["title"]
        assert rec["text"] and rec["rationale"], rec["title"]
        assert rec["status"] == "final" and rec["status_history"]
    assert any(
        w["proposed_wording"] for r in document["recommendations"] for w in r["proposed_wordings"]
    )
    censorship = [
        w
        for r in document["recommendations"]
        for w in r["proposed_wordings"]
        if "censorship" in w["proposed_wording"].casefold()
    ]
    assert censorship, "the review's definition of censorship is proposed wording"


def test_critiques_point_at_provisions_and_standards(document: dict) -> None:
    provisions = {p["id"] for p in document["provisions"]}
    for critique in document["critiques"]:
        assert critique["links"]["provisions"], critique["title"]
        assert set(critique["links"]["provisions"]) <= provisions
    assert sum(1 for c in document["critiques"] if c["links"]["standards"]) >= 15


def test_evidence_has_sources_with_urls(document: dict) -> None:
    sources = {s["id"]: s for s in document["sources"]}
    for evidence in document["evidence"]:
        [source_id] = evidence["links"]["source"]
        assert sources[source_id]["url"].startswith(("http://", "https://")), evidence["title"]
    for source in document["sources"]:
        assert source["url"].startswith(("http://", "https://")), source["key"]
    keys = [s["key"] for s in document["sources"]]
    assert len(keys) == len(set(keys))


def test_quoted_wordings_name_their_source(document: dict) -> None:
    quoted = [p for p in document["provisions"] if p["wording_is_quotation"]]
    assert quoted
    for provision in quoted:
        assert provision["wording"] and provision["links"]["wording_source"], provision["unit"]


def test_citations_resolve(document: dict) -> None:
    keys = {s["key"] for s in document["sources"]}
    texts = [
        record.get(name, "")
        for section in ("critiques", "recommendations", "submissions")
        for record in document[section]
        for name in ("argument", "text", "rationale", "summary", "introduction")
    ]
    cited = {key for text in texts for key in CITATION.findall(text)}
    assert cited, "the starter library shows how citations are written"
    assert cited <= keys, cited - keys


def test_submission_holds_all_ten_once(document: dict) -> None:
    [submission] = document["submissions"]
    placed = [r for section in submission["sections"] for r in section["recommendations"]]
    assert sorted(placed) == sorted(r["id"] for r in document["recommendations"])
    assert submission["summary"] and submission["introduction"]
    assert "Mazhilis" in submission["addressee"]


def test_shipped_json_is_up_to_date_with_the_authoring_file(document: dict) -> None:
    assert build_document(authoring) == document, "run: python -m workbench.starter"


def test_new_project_holds_the_starter_and_round_trips(tmp_path: Path, document: dict) -> None:
    with create_project(tmp_path / "s.wbproj") as project:
        counts = Library(project).counts()
        assert counts["recommendation"] == 10 and counts["provision"] >= 30
        dumped = interchange.dump_document(project)
        dumped_path = tmp_path / "s.json"
        interchange.dump(project, dumped_path)
    for section in [*interchange.SECTION_NAMES.values(), "tombstones"]:
        assert dumped[section] == document[section], section
    with Project.create(tmp_path / "t.wbproj") as empty:
        store.load(empty, dumped_path)
        again = interchange.dump_document(empty)
    assert {k: v for k, v in again.items() if k not in ("created_at", "project")} == {
        k: v for k, v in dumped.items() if k not in ("created_at", "project")
    }


def test_cli_new_uses_the_starter_unless_empty(tmp_path: Path, capsys) -> None:
    assert main(["new", str(tmp_path / "full.wbproj")]) == 0
    assert main(["new", str(tmp_path / "bare.wbproj"), "--empty"]) == 0
    capsys.readouterr()
    main(["info", str(tmp_path / "full.wbproj"), "--json"])
    assert json.loads(capsys.readouterr().out)["counts"]["recommendation"] == 10
    main(["info", str(tmp_path / "bare.wbproj"), "--json"])
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_first_run_creates_the_default_project_from_the_starter(
    isolated_home, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(cli, "launch_gui", lambda path, share=None: 0)  # no window in tests
    assert main([]) == 0
    assert "starter library" in capsys.readouterr().out
    with Project.open(isolated_home.default_project) as project:
        assert Library(project).counts()["submission"] == 1
    assert main([]) == 0  # the second run opens it, creates nothing
    assert "Created" not in capsys.readouterr().out

"""Notes understood as sources: one source per work cited, found again by URL or
title, "Ibid." in three languages, locators kept, keys anyone can type; and our
own export's notes come back as the sources they were made from."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from workbench.cli import main
from workbench.library import Library
from workbench.project import Project
from workbench.starter import create_project
from workbench.word_import import Note, Paragraph, read_word
from workbench.word_import.notes import cite_in_place, markers_in, sources_from_notes

KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _notes(*texts: str) -> dict[str, Note]:
    return {f"fn{n}": Note("footnote", str(n), text) for n, text in enumerate(texts, start=1)}


def test_a_work_cited_again_is_one_source_and_ibid_cites_the_one_before() -> None:
    notes = _notes(
        "RSF, *World Press Freedom Index*, 2023, p. 4. "
        "[https://rsf.org/en/index](https://rsf.org/en/index)",
        "Ibid., p. 7.",
        "Швецова Е.А., *Правовой обзор*, 2023, с. 12.",
        "Там же, ст. 5.",
        "RSF: the index again, https://RSF.org/en/index/#table",
        "Сонда, 47-тармақ.",
        "Швецова Е.А., «Правовой обзор», 2023.",  # no italics: its own title
        "",
    )
    read = sources_from_notes(notes, list(notes))
    rsf, review, again = read.sources
    assert (rsf.key, rsf.title, rsf.author, rsf.issued) == (
        "rsf-2023",
        "World Press Freedom Index",
        "RSF",
        "2023",
    )
    assert rsf.url == "https://rsf.org/en/index" and rsf.markers == ["fn1", "fn2", "fn5", "fn6"]
    assert (review.key, review.title, review.markers) == (
        "shvetsova-e-2023",
        "Правовой обзор",
        ["fn3", "fn4"],
    )
    assert again.key == "shvetsova-e-2023b"  # a title not written alike: offered, not merged
    citations = read.citations
    assert [citations[m].markdown() for m in ("fn1", "fn2", "fn4", "fn6")] == [
        "[@rsf-2023, p. 4]",
        "[@rsf-2023, p. 7]",
        "[@shvetsova-e-2023, ст. 5]",
        "[@rsf-2023, 47-тармақ]",
    ]
    assert "fn8" not in citations  # an empty note cites nothing


def test_notes_are_read_in_the_order_the_text_refers_to_them() -> None:
    notes = _notes("Freedom House, *Freedom in the World*, 2023.", "Ibid.")
    read = sources_from_notes(notes, ["fn2", "fn1"])  # "Ibid." first: nothing before it
    assert "fn2" not in read.citations and read.citations["fn1"].key == "freedom-house-2023"


def test_markers_become_citations_in_place() -> None:
    notes = _notes("Adil Soz, *Monitoring report*, 2022, para. 3.")
    read = sources_from_notes(notes, ["fn1"])
    text = "Журналистов преследуют[^fn1], см. также[^fn9]."
    assert markers_in(text) == ["fn1", "fn9"]
    assert cite_in_place(text, read.citations) == (
        "Журналистов преследуют[@adil-soz-2022, para. 3], см. также."
    )


@given(st.lists(st.text(max_size=80), max_size=12))
def test_any_notes_give_unique_typable_keys(texts: list[str]) -> None:
    notes = _notes(*texts)
    read = sources_from_notes(notes, list(notes))
    keys = [source.key for source in read.sources]
    assert len(set(keys)) == len(keys)
    assert all(KEY.match(key) for key in keys), keys
    assert {c.key for c in read.citations.values()} <= set(keys)
    for marker, citation in read.citations.items():  # each cites a source listing it
        assert marker in next(s for s in read.sources if s.key == citation.key).markers


def test_our_own_export_gives_back_the_sources_it_cited(tmp_path: Path) -> None:
    project_path = tmp_path / "starter.wbproj"
    create_project(project_path, language="ru").close()
    out = tmp_path / "submission.docx"
    assert main(["export", str(project_path), "-o", str(out)]) == 0
    with Project.open(project_path) as project:
        urls = {
            str(s.fields["url"]).rstrip("/")
            for s in (Library(project).get(row.id) for row in Library(project).page("source"))
            if s.fields["url"]
        }
    read = read_word(out)
    order = [m for b in read.blocks if isinstance(b, Paragraph) for m in markers_in(b.text)]
    found = sources_from_notes(read.notes, order)
    assert set(found.citations) == set(read.notes)  # every note cites a source
    cited_urls = {s.url.rstrip("/") for s in found.sources if s.url}
    assert cited_urls and cited_urls <= urls  # the very sources, found by their links
    assert len(found.sources) < len(read.notes)  # later notes cite earlier sources again

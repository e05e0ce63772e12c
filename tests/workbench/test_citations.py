"""Citations as a legal editor writes them: a short form from the short title (or the
title's first phrase, never cut mid-word or with a bracket open), "Ibid."/«Там же.»/
«Сонда.» for the same source in the next note, and a style chosen per submission."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.export import export_submission
from workbench.export.citations import PAIRS, shortened
from workbench.export.html import plan_html
from workbench.export.plan import build_plan
from workbench.library import Library
from workbench.project import Project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _notes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    return [
        "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
        for note in root.iter(f"{W}footnote")
        if note.get(f"{W}type") is None
    ]


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _cite(project: Project, text: str, language: str = "en") -> list[str]:
    """The notes of a submission whose first recommendation says ``text``."""
    library = Library(project)
    if language == "en":
        library.update(fixed(50), {"text": text, "rationale": ""})
    else:
        library.update(fixed(50), {"translations": {language: {"text": text, "rationale": "."}}})
    library.update(fixed(60), {"summary": "", "introduction": ""})
    for other in (fixed(52), fixed(53)):  # the other recommendations cite nothing
        library.update(other, {"text": "", "rationale": ""})
    target = project.path.parent / f"{language}.docx"
    export_submission(project, target, language=language, second_language="none")
    return _notes(target)


# --- the short form ---------------------------------------------------------------


def test_a_title_is_shortened_before_its_first_break_not_mid_phrase() -> None:
    assert shortened("General Comment No. 34: Article 19 (freedoms of opinion)") == (
        "General Comment No. 34"
    )
    assert shortened("2023 World Press Freedom Index – journalism threatened") == (
        "2023 World Press Freedom Index"
    )
    code = "Code of the Republic of Kazakhstan on Administrative Offences"
    assert shortened(code) == code  # short enough to stay whole
    long_ru = (
        "Закон Республики Казахстан «О средствах массовой информации» от 23 июля 1999 года "
        "№ 451-I с изменениями и дополнениями"
    )
    assert shortened(long_ru) == "Закон Республики Казахстан «О средствах массовой информации»"


@given(st.text(min_size=1, max_size=200))
def test_any_short_form_is_a_whole_word_prefix_with_nothing_left_open(title: str) -> None:
    short = shortened(title)
    whole = " ".join(title.split())
    assert whole.startswith(short)
    rest = whole[len(short) :]
    assert not (short[-1:].isalnum() and rest[:1].isalnum())  # never mid-word
    assert "…" not in short or "…" in whole
    if short != whole:
        opened = [c for c in short if c in PAIRS]
        closed = [c for c in short if c in PAIRS.values()]
        assert len(opened) <= len(closed) + short.count('"')


def test_a_source_cited_again_is_named_by_its_short_title(small: Project) -> None:
    Library(small).update(fixed(3), {"short_title": "GC 34"})
    notes = _cite(small, "First [@gc34]. Other [@rsf-2023]. Again [@gc34, para. 47].")
    assert notes[0].startswith("UN Human Rights Committee, General Comment No. 34")
    assert notes[2] == "UN Human Rights Committee, GC 34, para. 47."


# --- ibid ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "same", "new_place"),
    [
        ("en", "Ibid.", "Ibid., p. 5."),
        ("ru", "Там же.", "Там же. С. 5."),
        ("kk", "Сонда.", "Сонда. 5-б."),
    ],
)
def test_the_same_source_in_the_next_note_is_ibid_in_the_documents_language(
    small: Project, language: str, same: str, new_place: str
) -> None:
    locator = {"en": "p. 5", "ru": "с. 5", "kk": "5-б."}[language]
    text = f"A [@gc34, {locator}]. B [@gc34, {locator}]. C [@gc34]. D [@rsf-2023]. E [@gc34]."
    notes = _cite(small, text, language)
    assert notes[1] == same  # the same place
    assert notes[2] != same and "General Comment No. 34" in notes[2]  # the whole after a page
    assert notes[3].startswith("Reporters Without Borders")
    assert "General Comment No. 34" in notes[4]  # another source came between
    changed = _cite(small, f"A [@gc34]. B [@gc34, {locator}].", language)
    assert changed[1] == new_place


def test_a_note_citing_two_sources_is_never_ibid_and_breaks_the_chain(small: Project) -> None:
    notes = _cite(small, "A [@gc34]. B [@gc34; @rsf-2023]. C [@rsf-2023].")
    assert "Ibid." not in notes[1] and "Ibid." not in notes[2]


def test_side_by_side_notes_are_never_ibid_and_each_column_cites_in_full_first(
    small: Project, tmp_path: Path
) -> None:
    library = Library(small)
    library.update(fixed(50), {"text": "A [@gc34]. B [@gc34].", "rationale": ""})
    library.update(
        fixed(50), {"translations": {"kk": {"text": "А [@gc34]. Ә [@gc34].", "rationale": "."}}}
    )
    target = tmp_path / "both.docx"
    export_submission(small, target, language="en", second_language="kk")
    notes = _notes(target)
    assert not [n for n in notes if n in ("Ibid.", "Сонда.")]
    full = [n for n in notes if "ohchr.org" in n]
    assert len(full) == 2  # the first citation in each column


# --- the submission's style ------------------------------------------------------------


def test_always_full_cites_every_time_in_full(small: Project) -> None:
    Library(small).update(fixed(60), {"citation_style": "always_full"})
    notes = _cite(small, "A [@gc34]. B [@gc34]. C [@rsf-2023]. D [@gc34, p. 3].")
    assert all("ohchr.org" in n for n in (notes[0], notes[1], notes[3]))
    assert notes[3].endswith("p. 3.")


def test_the_preview_shows_the_same_notes(small: Project) -> None:
    notes = _cite(small, "A [@gc34, p. 5]. B [@gc34, p. 6].")
    preview = plan_html(build_plan(small, fixed(60)))
    assert "Ibid., p. 6." in preview and notes[1] == "Ibid., p. 6."

"""Every export on the bundled template is a file Word opens: valid against the
ISO/IEC 29500 schemas, whole (tests/ooxml_check.py), in every layout, and with text
that tries to break it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.ooxml_check import docx_problems
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.export import export_submission
from workbench.library import Library
from workbench.starter import create_project

LAYOUTS = {
    "en": ("en", "none"),
    "ru": ("ru", "none"),
    "kk": ("kk", "none"),
    "ru-kk": ("ru", "kk"),
    "en-kk": ("en", "kk"),
}
HOSTILE = (
    "Bell\x07 and escape\x1b, a lone \ufffe, </w:t><w:p/> ]]> &amp; <!-- -->, "
    "\u202eright to left\u202c, zero\u200bwidth, emoji 🕊️, combining а\u0301, "
    + "long" * 300
    + " [link](javascript:alert(1)) [ok](https://x.org/a b?q=100%) `code` ~~strike~~"
)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_starter_submission_exports_valid_in_every_layout(tmp_path: Path, layout: str):
    language, second = LAYOUTS[layout]
    with create_project(tmp_path / "starter.wbproj") as project:
        target = tmp_path / f"{layout}.docx"
        export_submission(project, target, language=language, second_language=second)
    assert docx_problems(target) == []


def test_hostile_text_still_gives_a_valid_document(tmp_path: Path) -> None:
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        library = Library(project)
        library.update(fixed(50), {"title": HOSTILE, "text": HOSTILE + " [@gc34, p. %]"})
        library.update(fixed(2), {"title": HOSTILE, "url": "https://x.org/отчёт 1%.pdf"})
        library.update(fixed(60), {"title": HOSTILE, "summary": HOSTILE})
        target = tmp_path / "hostile.docx"
        report = export_submission(project, target, second_language="kk")
    assert report.dropped_characters  # the control characters were dropped, and said
    assert docx_problems(target) == []

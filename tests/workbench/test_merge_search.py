"""After a merge, search finds what the merged records say: a provision is found by
its instrument's names, so an instrument renamed by a colleague refreshes them."""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench import interchange
from workbench.library import Library
from workbench.merge import apply_merge, plan_merge
from workbench.project import Project
from workbench.search import search


def _hits(project: Project, query: str) -> set[str]:
    return {hit.kind for hit in search(project, query)}


def test_a_colleague_renaming_an_instrument_refreshes_its_provisions(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine.wbproj", tmp_path / "theirs.wbproj"
    with Project.create(mine) as project:
        library = Library(project)
        code = library.create("instrument", {"title": "Old Code", "short_name": "OC"})
        library.create("provision", {"unit": "Article 130"}, {"instrument": [code.id]})
    shutil.copyfile(mine, theirs)
    with Project.open(theirs, author="colleague") as project:
        Library(project).update(code.id, {"title": "Zhetisu Code", "short_name": "ZC"})
        document = interchange.dump_document(project)
    with Project.open(mine) as project:
        apply_merge(project, plan_merge(project, document))
        assert _hits(project, "Zhetisu") == {"instrument", "provision"}
        assert _hits(project, "Old") == set()

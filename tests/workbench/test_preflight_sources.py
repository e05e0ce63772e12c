"""The submission preflight also names the cited sources without a URL or a date
(the library-wide check lists every such source; the panel only those the document cites)."""

from pathlib import Path

from workbench.library import Library
from workbench.preflight import check_submission
from workbench.project import Project
from workbench.starter import create_project


def test_cited_sources_without_url_or_date_are_found(tmp_path: Path) -> None:
    create_project(tmp_path / "s.wbproj").close()
    with Project.open(tmp_path / "s.wbproj") as project:
        library = Library(project)
        [submission] = library.page("submission")
        cited = next(
            library.get(s.id)
            for s in library.page("source", limit=500)
            if library.get(s.id).fields["key"] == "rsf-2023"
        )
        uncited = library.create("source", {"key": "nobody-cites-me", "title": "Unused"})
        before = {(f.code, f.record_id) for f in check_submission(project, submission.id)}
        assert ("source-without-url", cited.id) not in before
        library.update(cited.id, {"url": "", "issued": ""})
        after = check_submission(project, submission.id)
        codes = {(f.code, f.record_id) for f in after}
        assert ("source-without-url", cited.id) in codes
        assert ("source-without-date", cited.id) in codes
        assert not any(f.record_id == uncited.id for f in after)
        [finding] = [f for f in after if f.record_id == cited.id and f.severity == "warning"]
        assert finding.kind == "source" and finding.field == "url"

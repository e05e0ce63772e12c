"""A share without confidential records must not take our links to them away: its
sender left them out, not undid them; and the copies must still agree after."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project, fixed
from workbench.cli import main
from workbench.confidential import WITHHELD
from workbench.interchange import dump_document
from workbench.library import Library
from workbench.merge.withheld import with_kept
from workbench.project import Project
from workbench.share import read_bundle, share

RECOMMENDATION, RANKING, TESTIMONY = fixed(50), fixed(30), fixed(31)
"""A recommendation citing a public ranking and a confidential witness account."""


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """Two colleagues' copies of one project, made before either changed anything."""
    ours, theirs = tmp_path / "ours.wbproj", tmp_path / "theirs.wbproj"
    build_small_project(ours, TickingClock()).close()
    shutil.copyfile(ours, theirs)
    return ours, theirs


def _their_share(theirs: Path, tmp_path: Path, change: dict, **options) -> Path:
    bundle = tmp_path / "theirs.wbshare"
    with Project.open(theirs, author="Aigerim") as project:
        library = Library(project)
        if "title" in change:
            library.update(RECOMMENDATION, {"title": change["title"]})
        if "evidence" in change:
            library.set_links(RECOMMENDATION, "evidence", change["evidence"])
        share(project, bundle, **options)
    return bundle


def _recommendation(path: Path) -> dict:
    with Project.open(path) as project:
        document = dump_document(project)
    return next(r for r in document["recommendations"] if r["id"] == str(RECOMMENDATION))


def _updated(capsys, project: Path, bundle: Path) -> int:
    capsys.readouterr()
    assert main(["merge", str(project), str(bundle), "--dry-run", "--json"]) == 0
    return sum(json.loads(capsys.readouterr().out)["updated"].values())


def test_their_edit_comes_in_and_our_confidential_link_stays(
    copies: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    ours, theirs = copies
    bundle = _their_share(theirs, tmp_path, {"title": "Decriminalise insult and slander"})
    assert read_bundle(bundle)[WITHHELD] is True
    assert main(["merge", str(ours), str(bundle)]) == 0

    merged, sent = _recommendation(ours), _recommendation(theirs)
    assert merged["title"] == "Decriminalise insult and slander"
    assert merged["links"]["evidence"] == [str(RANKING), str(TESTIMONY)]
    assert merged == sent  # the same record, at the same revision, on both sides
    assert _updated(capsys, ours, bundle) == 0  # merging again changes nothing
    back = tmp_path / "ours.wbshare"
    with Project.open(ours) as project:
        share(project, back)
    assert _updated(capsys, theirs, back) == 0  # nor does merging ours into theirs


def test_a_share_with_confidential_records_can_remove_a_link_to_one(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    ours, theirs = copies
    bundle = _their_share(theirs, tmp_path, {"evidence": [RANKING]}, include_confidential=True)
    assert WITHHELD not in read_bundle(bundle)
    assert main(["merge", str(ours), str(bundle)]) == 0
    assert _recommendation(ours)["links"]["evidence"] == [str(RANKING)]


def test_a_share_without_them_cannot_remove_one_and_says_nothing_is_lost(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    """The limit of the rule: unlinking a confidential record does not travel in a
    share that leaves confidential records out (the link is kept, never lost)."""
    ours, theirs = copies
    bundle = _their_share(theirs, tmp_path, {"evidence": [RANKING]})
    assert main(["merge", str(ours), str(bundle)]) == 0
    assert _recommendation(ours)["links"]["evidence"] == [str(RANKING), str(TESTIMONY)]


A, B, C, E, F = (uuid.UUID(int=n) for n in range(1, 6))


@pytest.mark.parametrize(
    ("theirs", "mine", "expected"),
    [
        ([A, B, C], [A, E, B], [A, E, B, C]),  # after the target it followed
        ([B, C], [E, A, B], [E, B, C]),  # first, when nothing before it is left
        ([C, B, A], [A, E, F], [C, B, A, E, F]),  # their order; ours follow A
        ([A, E], [A, E], [A, E]),  # theirs has it already: once
    ],
)
def test_kept_links_go_where_they_were(
    theirs: list[uuid.UUID], mine: list[uuid.UUID], expected: list[uuid.UUID]
) -> None:
    assert with_kept(theirs, mine, {E, F}) == expected


def test_a_conflict_lists_only_what_they_changed_and_theirs_keeps_our_link(
    copies: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    ours, theirs = copies
    with Project.open(ours) as project:
        Library(project).update(RECOMMENDATION, {"title": "Our title"})
    bundle = _their_share(theirs, tmp_path, {"title": "Their title"})
    capsys.readouterr()
    assert main(["merge", str(ours), str(bundle), "--dry-run", "--json"]) == 1
    (conflict,) = json.loads(capsys.readouterr().out)["conflict_details"]
    assert conflict["fields"] == ["title"]  # not links.evidence: they did not touch it
    assert main(["merge", str(ours), str(bundle), "--on-conflict", "theirs"]) == 0
    merged = _recommendation(ours)
    assert merged["title"] == "Their title"
    assert merged["links"]["evidence"] == [str(RANKING), str(TESTIMONY)]


def test_evidence_they_alone_made_confidential_keeps_our_link_to_it(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    ours, theirs = copies
    with Project.open(theirs) as project:
        Library(project).update(RANKING, {"confidentiality": "confidential"})
    bundle = _their_share(theirs, tmp_path, {"title": "Decriminalise insult and slander"})
    assert main(["merge", str(ours), str(bundle)]) == 0
    merged = _recommendation(ours)
    assert merged["title"] == "Decriminalise insult and slander"
    assert merged["links"]["evidence"] == [str(RANKING), str(TESTIMONY)]


def test_unlinking_evidence_their_share_holds_does_travel(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    ours, theirs = copies
    bundle = _their_share(theirs, tmp_path, {"evidence": [TESTIMONY]})  # the ranking unlinked
    assert main(["merge", str(ours), str(bundle)]) == 0
    assert _recommendation(ours)["links"]["evidence"] == [str(TESTIMONY)]


def test_a_role_holding_one_record_takes_their_choice(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    """Our ranking cites the confidential interview as its source; they cite a public
    one instead: a role that holds one record cannot keep both, and theirs is newer."""
    ours, theirs = copies
    interview, report = fixed(4), _source_of(theirs, RANKING)
    for path in copies:  # the same edit on both sides: the same revision
        with Project.open(path) as project:
            Library(project).set_links(RANKING, "source", [interview])
    with Project.open(theirs) as project:
        Library(project).set_links(RANKING, "source", [report])
        share(project, tmp_path / "theirs.wbshare")
    assert main(["merge", str(ours), str(tmp_path / "theirs.wbshare")]) == 0
    assert _source_of(ours, RANKING) == report


def _source_of(path: Path, evidence: uuid.UUID) -> uuid.UUID:
    with Project.open(path) as project:
        (source,) = Library(project).get(evidence).links["source"]
    return source


def test_a_colleague_who_never_held_the_confidential_record_cannot_unlink_it(
    tmp_path: Path,
) -> None:
    """Bek got the project only through shares without confidential records, so his
    share back withholds nothing and says nothing of it; Ana's link must stay."""
    ana, bek = tmp_path / "ana.wbproj", tmp_path / "bek.wbproj"
    build_small_project(ana, TickingClock()).close()
    Project.create(bek).close()
    with Project.open(ana) as project:
        share(project, tmp_path / "to-bek.wbshare")
    assert main(["merge", str(bek), str(tmp_path / "to-bek.wbshare")]) == 0
    with Project.open(bek) as project:
        Library(project).update(RECOMMENDATION, {"title": "Retitled by Bek"})
        share(project, tmp_path / "to-ana.wbshare")
    assert WITHHELD not in read_bundle(tmp_path / "to-ana.wbshare")
    assert main(["merge", str(ana), str(tmp_path / "to-ana.wbshare")]) == 0
    merged = _recommendation(ana)
    assert merged["title"] == "Retitled by Bek"
    assert merged["links"]["evidence"] == [str(RANKING), str(TESTIMONY)]


@pytest.mark.parametrize(("ana_takes", "bek_takes"), [("theirs", "mine"), ("both", "both")])
def test_a_conflict_over_a_record_linking_what_one_side_alone_holds_converges(
    copies: tuple[Path, Path], tmp_path: Path, capsys, ana_takes: str, bek_takes: str
) -> None:
    """Both edit the recommendation; Ana also links new confidential evidence Bek never
    sees. Each merges the other's share: they must end at the same revisions, and
    the next exchange must change nothing (no conflict again, no copy of a copy)."""
    ana, bek = copies
    with Project.open(ana) as project:
        library = Library(project)
        library.update(RECOMMENDATION, {"title": "Ana's title"})
        secret = library.create("evidence", {"title": "Sealed memo", "confidentiality": "internal"})
        library.link(RECOMMENDATION, "evidence", secret.id)
        share(project, tmp_path / "from-ana.wbshare")
    with Project.open(bek) as project:
        Library(project).update(RECOMMENDATION, {"title": "Bek's title"})
        share(project, tmp_path / "from-bek.wbshare")
    assert (
        main(["merge", str(ana), str(tmp_path / "from-bek.wbshare"), "--on-conflict", ana_takes])
        == 0
    )
    assert (
        main(["merge", str(bek), str(tmp_path / "from-ana.wbshare"), "--on-conflict", bek_takes])
        == 0
    )
    ours, theirs = _revisions(ana), _revisions(bek)
    assert ours == theirs  # the same records at the same revisions
    assert str(secret.id) in _recommendation(ana)["links"]["evidence"]  # kept, on Ana's side
    for project, other in ((ana, bek), (bek, ana)):
        with Project.open(other) as source:
            share(source, tmp_path / "again.wbshare")
        capsys.readouterr()
        assert (
            main(["merge", str(project), str(tmp_path / "again.wbshare"), "--dry-run", "--json"])
            == 0
        )
        report = json.loads(capsys.readouterr().out)
        assert not any(sum(report[label].values()) for label in ("added", "updated", "conflicts"))


def _revisions(path: Path) -> dict[str, str]:
    """Every record's revision but the evidence only Ana holds."""
    with Project.open(path) as project:
        document = dump_document(project)
    return {
        r["id"]: r["revision"]
        for section in ("recommendations", "critiques", "tags", "evidence")
        for r in document[section]
        if r.get("title") != "Sealed memo"
    }


def test_a_link_made_while_the_evidence_was_confidential_reaches_them_once_it_is_public(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    """Ana cites confidential evidence; Bek receives the citing record without the
    link. Once Ana makes the evidence public, her next share must carry the link
    (and Bek's later edit must not take it away from her)."""
    ana, bek = copies
    second = fixed(52)  # "Repeal administrative slander"
    with Project.open(ana) as project:
        Library(project).link(second, "evidence", TESTIMONY)
        share(project, tmp_path / "1.wbshare")
    assert main(["merge", str(bek), str(tmp_path / "1.wbshare")]) == 0
    assert str(TESTIMONY) not in _links(bek, second)  # withheld from Bek, so far
    with Project.open(ana) as project:
        Library(project).update(TESTIMONY, {"confidentiality": "public"})
        share(project, tmp_path / "2.wbshare")
    assert main(["merge", str(bek), str(tmp_path / "2.wbshare")]) == 0
    assert str(TESTIMONY) in _links(bek, second)
    with Project.open(bek) as project:
        Library(project).update(second, {"title": "Retitled by Bek"})
        share(project, tmp_path / "3.wbshare")
    assert main(["merge", str(ana), str(tmp_path / "3.wbshare")]) == 0
    assert str(TESTIMONY) in _links(ana, second)


def _links(path: Path, record_id: uuid.UUID) -> list[str]:
    with Project.open(path) as project:
        document = dump_document(project)
    (record,) = [r for r in document["recommendations"] if r["id"] == str(record_id)]
    return record["links"].get("evidence", [])

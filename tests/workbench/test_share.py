"""Share bundles: encryption round trip, and every hostile or broken input refused
with a message while the project stays exactly as it was."""

from __future__ import annotations

import base64
import json
import secrets
import sqlite3
import zipfile
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.conftest import TickingClock
from tests.workbench.bundle_files import members as _members
from tests.workbench.bundle_files import rewrite as _rewrite
from tests.workbench.export_fixtures import build_small_project
from workbench import interchange
from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.interchange.record_lines import from_lines, to_lines
from workbench.library import Library
from workbench.merge import plan_merge, read_theirs
from workbench.project import Project
from workbench.share import WrongPassphrase, _derive, read_bundle, share

PASSPHRASE = "correct horse battery staple — қазақша"


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _records(project: Project) -> dict:
    document = interchange.dump_document(project)
    return {k: v for k, v in document.items() if k not in ("created_at", "project")}


def test_plain_bundle_round_trip_leaves_out_confidential(small: Project, tmp_path: Path) -> None:
    counts = share(small, tmp_path / "out.wbshare")
    document = read_bundle(tmp_path / "out.wbshare")
    titles = {e["title"] for e in document["evidence"]}
    assert "Witness account" not in titles and "RSF ranking" in titles
    assert all(s["key"] != "witness" for s in document["sources"])
    rec = next(r for r in document["recommendations"] if r["title"] == "Decriminalise insult")
    assert len(rec["links"]["evidence"]) == 1  # the link to the withheld evidence went too
    assert counts["evidence"] == 1
    full = read_bundle_after_share(small, tmp_path / "full.wbshare", include_confidential=True)
    assert "Witness account" in {e["title"] for e in full["evidence"]}


def read_bundle_after_share(project: Project, path: Path, **options) -> dict:
    share(project, path, **options)
    return read_bundle(path)


def test_encrypted_round_trip(small: Project, tmp_path: Path) -> None:
    path = tmp_path / "secret.wbshare"
    share(small, path, passphrase=PASSPHRASE, include_confidential=True)
    raw = path.read_bytes()
    assert b"Witness account" not in raw and b"rsf-2023" not in raw
    document = read_bundle(path, lambda: PASSPHRASE)
    assert "Witness account" in {e["title"] for e in document["evidence"]}
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["encrypted"] is True and manifest["cipher"] == "AES-256-GCM"
    assert manifest["kdf"]["name"] == "scrypt" and manifest["kdf"]["n"] >= 2**17


def test_wrong_passphrase(small: Project, tmp_path: Path) -> None:
    path = tmp_path / "secret.wbshare"
    share(small, path, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        read_bundle(path, lambda: "guess")
    with pytest.raises(WrongPassphrase, match="passphrase is needed"):
        read_bundle(path)


def test_tampered_encrypted_header_or_content_is_detected(small: Project, tmp_path: Path) -> None:
    path = tmp_path / "secret.wbshare"
    share(small, path, passphrase=PASSPHRASE)
    members = _members(path)
    manifest = json.loads(members["manifest.json"])
    manifest["note"] = "sent by someone else"
    _rewrite(path, {**members, "manifest.json": json.dumps(manifest).encode()})
    with pytest.raises(WrongPassphrase, match="altered"):
        read_bundle(path, lambda: PASSPHRASE)
    sealed = bytearray(members["interchange.enc"])
    sealed[len(sealed) // 2] ^= 0x01
    _rewrite(path, {**members, "interchange.enc": bytes(sealed)})
    with pytest.raises(WrongPassphrase, match="altered"):
        read_bundle(path, lambda: PASSPHRASE)


# --- hostile and broken input: refused, project unchanged ---------------------------------


def _valid_bundle(small: Project, tmp_path: Path) -> Path:
    path = tmp_path / "valid.wbshare"
    share(small, path)
    return path


KDF_COSTS = {"hostile-kdf": 2**30, "costly-kdf": 2**20}
"""scrypt costs a manifest may ask for: 1 TiB of memory, or 1 GiB and seconds per guess."""


def _hostile(kind: str, small: Project, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.wbshare"
    valid = _valid_bundle(small, tmp_path)
    members = _members(valid)
    document = from_lines(members["interchange.jsonl"], lazy=False)
    if kind == "dotdot-member":
        _rewrite(path, {**members, "../../etc/evil": b"x"})
    elif kind == "absolute-member":
        _rewrite(path, {**members, "/tmp/evil": b"x"})
    elif kind == "decompression-bomb":
        # 200 MB of spaces deflate to about 200 KB: a ratio no real document has.
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", members["manifest.json"])
            with archive.open("interchange.jsonl", "w") as member:
                chunk = b" " * (8 * 1024 * 1024)
                for _ in range(25):
                    member.write(chunk)
        return path
    elif kind == "truncated":
        data = valid.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "bit-flipped":
        data = bytearray(valid.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))
    elif kind == "newer-format":
        _rewrite(path, {**members, "manifest.json": b'{"format": "workbench-share", "version": 9}'})
    elif kind == "newer-interchange":
        document["version"] = 9
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "huge-field":
        # Random text (it does not compress away) just over the long-text limit.
        # (A record at our own revision is not even read; this one claims a newer one.)
        document["tags"][0]["description"] = secrets.token_urlsafe(760_000)
        document["tags"][0]["ancestors"] = [document["tags"][0]["revision"]]
        document["tags"][0]["revision"] = "9-newer"
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "duplicate-uuid":
        document["sources"].append({**document["sources"][0], "key": "copy"})
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind in ("duplicate-uuid-urn", "duplicate-uuid-braces", "duplicate-uuid-bare-hex"):
        # Held here at their revision (so skipped unread), and again in another form.
        first = document["tags"][0]
        forms = {
            "duplicate-uuid-urn": f"urn:uuid:{first['id']}",
            "duplicate-uuid-braces": "{" + first["id"].upper() + "}",
            "duplicate-uuid-bare-hex": first["id"].replace("-", ""),
        }
        copy = {**first, "id": forms[kind], "ancestors": [first["revision"]], "revision": "9-x"}
        document["tags"].append(copy)
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "endless-history":
        tag = document["tags"][0]
        tag["ancestors"] = [tag["revision"], *(f"1-{n}" for n in range(200_000))]
        tag["revision"] = "9-newer"
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "tombstone-of-another-kind":
        critique = document["critiques"].pop(0)  # deleted, they claim, as a tag
        document["tombstones"].append(
            {"id": critique["id"], "kind": "tag", "revision": "9-gone",
             "ancestors": [critique["revision"]], "deleted_at": critique["updated_at"],
             "changed_by": "someone"}
        )  # fmt: skip
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "record-of-another-kind":
        tag = document["tags"].pop(0)
        meta = ("id", "created_at", "updated_at", "changed_by")
        source = {**{k: tag[k] for k in meta}, "key": "x", "title": "x", "links": {}}
        document["sources"].append({**source, "revision": "9-x", "ancestors": [tag["revision"]]})
        _rewrite(path, {**members, "interchange.jsonl": to_lines(document)})
    elif kind == "index-miscounted":
        head, *lines = members["interchange.jsonl"].split(b"\n")
        _rewrite(path, {**members, "interchange.jsonl": b"\n".join([head, *lines[:-1]])})
    elif kind == "index-unreadable":
        head, rest = members["interchange.jsonl"].split(b"\n", 1)
        _rewrite(path, {**members, "interchange.jsonl": head[:-40] + b"\n" + rest})
    elif kind == "line-not-its-record":
        # A newer revision in the index (so the line is read), the line another record.
        head, *lines = members["interchange.jsonl"].split(b"\n")
        index = json.loads(head)
        index["records"][0][2] = "9-newer"
        lines[0] = lines[1]
        changed = b"\n".join([json.dumps(index).encode(), *lines])
        _rewrite(path, {**members, "interchange.jsonl": changed})
    elif kind == "extra-member":
        _rewrite(path, {**members, "script.sh": b"rm -rf ~"})
    elif kind in KDF_COSTS:
        manifest = {
            "format": "workbench-share", "version": 1, "encrypted": True,
            "cipher": "AES-256-GCM", "nonce": "AAAAAAAAAAAAAAAA",
            "kdf": {"name": "scrypt", "n": KDF_COSTS[kind], "r": 8, "p": 1, "salt": "AAAAAAAAAAAAAAAAAAAAAA=="},  # noqa: E501
        }  # fmt: skip
        _rewrite(
            path, {"manifest.json": json.dumps(manifest).encode(), "interchange.enc": b"x" * 64}
        )
    return path


HOSTILE = {
    "dotdot-member": "unsafe name",
    "absolute-member": "unsafe name",
    "decompression-bomb": "expands beyond",
    "truncated": "damaged",
    "bit-flipped": "damaged",
    "newer-format": "bundle format version 9",
    "newer-interchange": "interchange version 9",
    "huge-field": "the limit is",
    "duplicate-uuid": "appears more than once",
    "duplicate-uuid-urn": "appears more than once",
    "duplicate-uuid-braces": "appears more than once",
    "duplicate-uuid-bare-hex": "appears more than once",
    "endless-history": "at most 100 are kept",
    "tombstone-of-another-kind": "is a tag, but the project holds this id as a critique",
    "record-of-another-kind": "is a source, but the project holds this id as a tag",
    "costly-kdf": "does not accept",
    "extra-member": "unexpected member",
    "hostile-kdf": "does not accept",
    "index-miscounted": "but holds",
    "index-unreadable": "unreadable index of records",
    "line-not-its-record": "does not match the bundle's index",
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_bundles_are_refused_and_change_nothing(
    small: Project, tmp_path: Path, kind: str, capsys
) -> None:
    path = _hostile(kind, small, tmp_path)
    before = _records(small)
    small.close()
    outside = tmp_path.parent / "evil"
    code = main(["merge", str(small.path), str(path), "--on-conflict", "theirs"])
    assert code == 2
    assert HOSTILE[kind] in capsys.readouterr().err
    assert not outside.exists() and not Path("/tmp/evil").exists()
    with Project.open(small.path) as reopened:
        assert _records(reopened) == before


def test_cli_encrypted_share_and_merge(small: Project, tmp_path: Path, monkeypatch, capsys) -> None:
    small.close()
    bundle = tmp_path / "enc.wbshare"
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    assert main(["share", str(small.path), "-o", str(bundle), "--encrypt"]) == 0
    target = tmp_path / "empty.wbproj"
    assert main(["new", str(target), "--empty"]) == 0
    assert main(["merge", str(target), str(bundle)]) == 0
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "wrong")
    capsys.readouterr()
    assert main(["merge", str(target), str(bundle)]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    assert main(["share", str(small.path), "-o", str(bundle), "--encrypt"]) == 2  # no terminal


# --- a colleague's project file, read defensively --------------------------------------


def _foreign(small: Project, tmp_path: Path, statement: str) -> Path:
    small.close()
    path = tmp_path / "theirs.wbproj"
    path.write_bytes(small.path.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()
    return path


@pytest.mark.parametrize(
    ("statement", "word"),
    [
        (
            "CREATE TRIGGER evil AFTER INSERT ON tags BEGIN DELETE FROM records; END",
            "trigger `evil`",
        ),
        ("CREATE VIEW peek AS SELECT * FROM sources", "view `peek`"),
        ("CREATE TABLE extra (x)", "table `extra`"),
    ],
    ids=["trigger", "view", "extra-table"],
)
def test_foreign_project_files_with_extra_schema_are_refused(
    small: Project, tmp_path: Path, statement: str, word: str
) -> None:
    theirs = _foreign(small, tmp_path, statement)
    with pytest.raises(WorkbenchError, match=word):
        read_theirs(theirs)


def test_foreign_project_file_is_read_without_being_changed(small: Project, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.wbproj"
    small.close()
    theirs.write_bytes(small.path.read_bytes())
    before = theirs.read_bytes()
    document = read_theirs(theirs)
    assert theirs.read_bytes() == before
    assert (
        not list(tmp_path.glob("theirs.wbproj-*"))
        and not (tmp_path / "theirs.wbproj.lock").exists()
    )
    with Project.create(tmp_path / "mine.wbproj") as mine:
        plan = plan_merge(mine, document)
        assert plan.summary()["added"]["recommendation"] == 3


def test_a_bomb_inside_an_encrypted_bundle_is_refused(small: Project, tmp_path: Path) -> None:
    """The sealed document expands under the same caps as a plain one (the archive's
    own sizes say nothing about what the ciphertext holds)."""
    salt, nonce = b"s" * 16, b"n" * 12
    manifest = json.dumps(
        {"format": "workbench-share", "version": 1, "encrypted": True, "cipher": "AES-256-GCM",
         "nonce": base64.b64encode(nonce).decode(),
         "kdf": {"name": "scrypt", "n": 2**14, "r": 8, "p": 1,
                 "salt": base64.b64encode(salt).decode()}}
    ).encode()  # fmt: skip
    bomb = zlib.compress(b" " * (128 * 1024 * 1024), 9)  # 128 MiB in about 128 KiB
    sealed = AESGCM(_derive(PASSPHRASE, salt, 2**14)).encrypt(nonce, bomb, manifest)
    path = tmp_path / "bomb.wbshare"
    _rewrite(path, {"manifest.json": manifest, "interchange.enc": sealed})
    with pytest.raises(WorkbenchError, match="expands beyond a safe size"):
        read_bundle(path, lambda: PASSPHRASE)


def test_a_folder_given_as_their_file_is_named_as_one(small: Project, tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError, match="is a folder"):
        read_theirs(tmp_path)


def test_a_lone_surrogate_in_interchange_json_is_refused_before_anything_is_written(
    small: Project, tmp_path: Path, capsys
) -> None:
    """JSON can spell a half of a UTF-16 pair (``\\ud800``) that no UTF-8 file,
    database or Word document can hold: refused on reading, dry run or not."""
    document = interchange.dump_document(small)
    document["tags"][0]["name"] = "broken \ud800 text"
    document["tags"][0]["ancestors"] = [document["tags"][0]["revision"]]
    document["tags"][0]["revision"] = "9-newer"
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(document), encoding="ascii")
    before = _records(small)
    small.close()
    for extra in (["--dry-run"], []):
        capsys.readouterr()
        assert main(["merge", str(small.path), str(path), *extra]) == 2
        assert "half of a UTF-16 character pair" in capsys.readouterr().err
    with Project.open(small.path) as reopened:
        assert _records(reopened) == before


def test_a_small_project_of_repetitive_text_shares_and_reads_back(tmp_path: Path) -> None:
    """Deflating far beyond the bomb ratio is fine below 64 MiB: our own bundles of
    a project full of near-identical records must open, encrypted or not."""
    with Project.create(tmp_path / "same.wbproj") as project:
        library = Library(project)
        text = "Repeal the article. " * 2_000
        for number in range(40):
            library.create("recommendation", {"title": f"Recommendation {number}", "text": text})
        for options in ({}, {"passphrase": PASSPHRASE}):
            bundle = tmp_path / "same.wbshare"
            share(project, bundle, **options)
            document = read_bundle(bundle, lambda: PASSPHRASE)
            assert len(document["recommendations"]) == 40

"""Deleting a record leaves no copy of its text in the project file, its WAL, or a bundle
shared afterwards: secure_delete zeroes freed space, the search index is merged so its
deleted words go (FTS5 keeps them in old segments otherwise), the WAL is cut to nothing."""

import io
import zipfile
from pathlib import Path

import pytest

from workbench.library import Library
from workbench.project import Project
from workbench.share import share

MARKER = "Zhanargul Kassymkhanova-7Q3X"
"""A source's name no other text holds: what must not survive the deletion."""


def _raw(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _bundle_text(bundle: Path) -> bytes:
    """Every member of an unencrypted bundle, decompressed."""
    with zipfile.ZipFile(bundle) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def _traces(data: bytes) -> list[str]:
    """Which spellings of the marker (as stored, as indexed: lower case) occur in data."""
    words = [MARKER, MARKER.lower(), "kassymkhanova", "zhanargul", "7q3x"]
    return [w for w in words if w.encode() in data or w.encode("utf-16-le") in data]


def _evidence_with_marker(library: Library) -> list:
    others = [
        library.create("evidence", {"title": f"Case {n}", "summary": f"routine fact {n}"})
        for n in range(40)
    ]
    secret = library.create(
        "evidence",
        {
            "title": f"Testimony of {MARKER}",
            "summary": f"{MARKER} described the interrogation. " * 20,
            "quotation": f"“I am {MARKER}”",
        },
    )
    return [secret, *others]


def test_a_deleted_record_leaves_no_trace_in_the_file_the_wal_or_a_new_bundle(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.wbproj"
    wal = path.with_name(path.name + "-wal")
    with Project.create(path) as project:
        library = Library(project)
        secret, *others = _evidence_with_marker(library)
        project.close()
    assert _traces(_raw(path)), "the test must see the marker before the deletion"

    with Project.open(path) as project:
        library = Library(project)
        library.update(others[0].id, {"summary": "edited after"})
        library.delete(secret.id)
        # while still open: the WAL no longer holds the old pages
        assert not _traces(_raw(wal))
        library.update(others[1].id, {"summary": "another edit"})
    assert not _traces(_raw(path)) and not _traces(_raw(wal))

    bundle = tmp_path / "out.wbshare"
    with Project.open(path, read_only=True) as project:
        share(project, bundle, passphrase=None, include_confidential=True)
    assert not _traces(_bundle_text(bundle))
    assert b"routine fact 7" in _bundle_text(bundle)  # the bundle does hold the rest


@pytest.mark.parametrize("how", ["edited away", "deleted and undone, then deleted"])
def test_edited_or_redeleted_text_goes_too(tmp_path: Path, how: str) -> None:
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        library = Library(project)
        secret, *_ = _evidence_with_marker(library)
    with Project.open(path) as project:
        library = Library(project)
        if how == "edited away":
            library.update(
                secret.id,
                {"title": "Testimony (anonymised)", "summary": "A witness.", "quotation": ""},
            )
        else:
            library.restore(library.delete(secret.id))
            library.delete(secret.id)
    assert not _traces(_raw(path))
    assert not _traces(_raw(path.with_name(path.name + "-wal")))
    data = io.BytesIO(_raw(path))
    assert data.getbuffer().nbytes > 0

"""Bundles whose members are stored in ways we never write (other compression
methods, zip encryption of any kind) are refused by name, before anything is read."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from tests.workbench.hostile import stored_as
from workbench import interchange
from workbench.cli import main
from workbench.project import Project
from workbench.share import ShareError, is_encrypted, read_bundle, share

AES_EXTRA = struct.pack("<HHH2sBH", 0x9901, 7, 2, b"AE", 3, zipfile.ZIP_DEFLATED)
"""The WinZip AES extra field: version AE-2, AES-256, the real method deflate."""

STORAGE = {
    # name: (compression method, general purpose flag bits, extra field, message)
    "deflate64": (9, 0, b"", "is compressed with Deflate64"),
    "bzip2": (12, 0, b"", "is compressed with bzip2"),
    "lzma": (14, 0, b"", "is compressed with LZMA"),
    "unknown-method": (77, 0, b"", "is compressed with method 77"),
    "pkware-traditional": (8, 0x1, b"", "PKWARE (traditional) zip encryption"),
    "pkware-strong": (8, 0x41, b"", "PKWARE strong encryption"),
    "winzip-aes": (99, 0x1, AES_EXTRA, "encrypted with WinZip AES"),
    "patched-data": (8, 0x20, b"", "stored as PKWARE patched data"),
}


@pytest.fixture
def small(tmp_path: Path):
    with build_small_project(tmp_path / "small.wbproj", TickingClock()) as project:
        yield project


def _hostile(small: Project, tmp_path: Path, kind: str) -> Path:
    method, flags, extra, _message = STORAGE[kind]
    share(small, tmp_path / "valid.wbshare")
    target = tmp_path / f"{kind}.wbshare"
    return stored_as(tmp_path / "valid.wbshare", target, "interchange.jsonl", method, flags, extra)


def _records(project: Project) -> dict:
    document = interchange.dump_document(project)
    return {k: v for k, v in document.items() if k not in ("created_at", "project")}


@pytest.mark.parametrize("kind", list(STORAGE))
def test_unsupported_storage_is_refused_by_name(small: Project, tmp_path: Path, kind: str) -> None:
    method, flags, _extra, message = STORAGE[kind]
    path = _hostile(small, tmp_path, kind)
    with zipfile.ZipFile(path) as archive:  # the headers say what the case claims
        info = archive.getinfo("interchange.jsonl")
        assert (info.compress_type, info.flag_bits & 0x61) == (method, flags)
    with pytest.raises(ShareError, match=re.escape(message)):
        read_bundle(path)
    assert is_encrypted(path) is False


@pytest.mark.parametrize("kind", list(STORAGE))
def test_merging_such_a_bundle_exits_2_in_one_line_and_changes_nothing(
    small: Project, tmp_path: Path, kind: str, capsys
) -> None:
    message = STORAGE[kind][3]
    path = _hostile(small, tmp_path, kind)
    before = _records(small)
    small.close()
    code = main(["merge", str(small.path), str(path), "--on-conflict", "theirs"])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "refused" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    with Project.open(small.path) as reopened:
        assert _records(reopened) == before


def test_stored_and_deflated_members_still_read(small: Project, tmp_path: Path) -> None:
    share(small, tmp_path / "valid.wbshare")
    valid = tmp_path / "valid.wbshare"
    stored = stored_as(valid, tmp_path / "stored.wbshare", "interchange.jsonl", 0, 0)
    assert read_bundle(stored) == read_bundle(tmp_path / "valid.wbshare")

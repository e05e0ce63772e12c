"""Helpers for the hostile-file tests: the real command line, in process or as a
child with a time limit (so a command that would block fails instead of hanging
the suite), and a project's content to compare before and after."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TickingClock
from tests.workbench.export_fixtures import build_small_project
from workbench.cli import main
from workbench.interchange import dump_document
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[2]
CHILD_SECONDS = 60
"""Long enough for a loaded machine to start Python; a blocked command takes forever."""


def small_project(path: Path) -> Path:
    build_small_project(path, TickingClock()).close()
    return path


def content(project: Path) -> dict[str, Any]:
    """Everything the project holds, without the moment it was read."""
    with Project.open(project, read_only=True) as opened:
        document = dump_document(opened)
    document.pop("created_at")
    return document


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_child(*argv: object) -> subprocess.CompletedProcess[str]:
    """``workbench ARGV`` as a separate process; a hang fails the test after a minute."""
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=CHILD_SECONDS,
        cwd=ROOT,
        env={**os.environ, "WORKBENCH_PASSPHRASE": "not needed"},
        check=False,
    )


def assert_refused_in_one_line(code: int, err: str, *words: str) -> None:
    """Exit 2, one line on stderr naming what was refused, no traceback."""
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: "), err
    for word in words:
        assert word in lines[0], (word, err)


def stored_as(
    valid: Path, target: Path, member: str, method: int, flags: int, extra: bytes = b""
) -> Path:
    """``valid`` rewritten with ``member``'s headers (local and central) claiming
    ``method`` and ``flags``: the bytes zipfile cannot produce itself."""
    with zipfile.ZipFile(valid) as source:
        members = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_STORED
            if name == member:
                info.extra = extra
            archive.writestr(info, data)
    raw = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        local = archive.getinfo(member).header_offset
        central = archive.start_dir  # type: ignore[attr-defined]
    struct.pack_into("<HH", raw, local + 6, flags, method)
    name = member.encode()
    position = raw.index(b"PK\x01\x02", central)
    while raw[position + 46 : position + 46 + len(name)] != name:
        position = raw.index(b"PK\x01\x02", position + 4)
    struct.pack_into("<HH", raw, position + 8, flags, method)
    target.write_bytes(bytes(raw))
    return target

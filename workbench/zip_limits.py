"""How far a zip member may expand: one rule for every archive we are given.

Bundles and Word templates are both zip files from someone else. A member
claiming (or turning out) to expand far beyond its compressed size is a bomb;
reading it in bounded chunks keeps memory bounded whatever the header says.
"""

from __future__ import annotations

import zipfile

MAX_RATIO = 100
"""Interchange JSON and Word XML deflate about 5 to 10 times; a member claiming far more
is a bomb."""
FREE_EXPANSION = 64 * 1024**2
"""Up to this size a member may expand as far as it likes: a small file of
repetitive text deflates beyond any ratio, and 64 MiB is no danger to memory."""


class MemberTooLarge(ValueError):
    """A member expands beyond its limit; ``problem`` says so in plain words."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(problem)
        self.name = name
        self.problem = problem


def expansion_limit(compressed: int, cap: int) -> int:
    """How far ``compressed`` bytes may expand: the ratio, never below the free
    expansion, never above ``cap``."""
    return min(cap, max(FREE_EXPANSION, MAX_RATIO * compressed))


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The member's bytes, reading at most its expansion limit whatever the archive
    claims the size is (what it claims is checked first, then what it holds)."""
    limit = expansion_limit(info.compress_size, cap)
    name = info.filename
    if info.file_size > limit:
        raise MemberTooLarge(
            name, f"{name} expands beyond a safe size ({info.file_size:,} bytes); refused"
        )
    chunks = []
    total = 0
    with archive.open(info) as member:
        while chunk := member.read(1024 * 1024):
            total += len(chunk)
            if total > limit:
                raise MemberTooLarge(name, f"{name} expands beyond {limit:,} bytes; refused")
            chunks.append(chunk)
    return b"".join(chunks)

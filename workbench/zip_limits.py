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


_ENCRYPTED_FLAG = 0x1
_PATCHED_DATA_FLAG = 0x20
_STRONG_ENCRYPTION_FLAG = 0x40
_WINZIP_AES = 99
_METHOD_NAMES = {9: "Deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd"}


def unsupported_storage(info: zipfile.ZipInfo) -> str | None:
    """What is wrong with how a member is stored, or None. Bundles and Word files
    hold members stored or deflated and never zip-encrypted (a bundle's encryption
    is inside its member), and zipfile cannot read most of the rest: refused by
    name, before any is read."""
    if info.flag_bits & _STRONG_ENCRYPTION_FLAG:
        return "is encrypted with PKWARE strong encryption"
    if info.compress_type == _WINZIP_AES:
        return "is encrypted with WinZip AES"
    if info.flag_bits & _ENCRYPTED_FLAG:
        return "is encrypted with PKWARE (traditional) zip encryption"
    if info.flag_bits & _PATCHED_DATA_FLAG:
        return "is stored as PKWARE patched data"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        method = _METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
        return f"is compressed with {method}"
    return None

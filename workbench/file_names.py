"""File names made from titles, that every system the file may travel to accepts.

A submission's title becomes the name its export is offered under, and the
file goes to colleagues on Windows as often as on Linux: so the name keeps
every letter of the title (Cyrillic, Kazakh) and drops only what Windows
forbids, each forbidden mark replaced by what a person would type instead.
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 120
"""Characters before the extension: Windows paths of 260 characters leave room for
folders, and a longer name is cut in the middle of words by file dialogs anyway."""

_REPLACEMENTS = (
    (re.compile(r"\s*:\s*"), " - "),  # "Recommendations: Mazhilis" → "… - Mazhilis"
    (re.compile(r"[\\/|]"), "-"),
    (re.compile(r'"'), "'"),
    (re.compile(r"[<>?*\x00-\x1f\x7f]"), ""),
    (re.compile(r"\s+"), " "),
)

_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)
"""Names Windows keeps for devices, with any extension."""


def safe_file_name(title: str, suffix: str, fallback: str) -> str:
    """``title`` as a file name ending in ``suffix`` (``".docx"``); ``fallback`` when
    nothing of the title is left."""
    stem = unicodedata.normalize("NFC", title)
    for pattern, replacement in _REPLACEMENTS:
        stem = pattern.sub(replacement, stem)
    stem = _shortened(stem.strip(" .-"))
    if not stem:
        stem = fallback
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    return stem + suffix


def _shortened(stem: str) -> str:
    """At most :data:`MAX_STEM` characters, cut after the last whole word that fits."""
    if len(stem) <= MAX_STEM:
        return stem
    cut = stem[: MAX_STEM + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > MAX_STEM // 2 else stem[:MAX_STEM]
    return cut.rstrip(" .-,;")

"""The starter library's Russian and Kazakh texts, as each record's translations.

They are authored beside the English, one module per kind and language
(``resources/starter/ru/provisions.py``...), keyed by the same local keys as
``resources/starter/authoring.py``: ``TEXTS = {key: {field: text}}``, a
recommendation's proposed wordings as a list in the English order, and the
submission's ``SUBMISSION`` with its sections in order. This module turns them
into the ``translations`` field each record is created with (see
:mod:`workbench.bilingual`), its parts' texts keyed by the part ids the starter
builder gives them.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Mapping, Sequence
from functools import cache
from types import ModuleType
from typing import Any

from workbench.bilingual import section_key, wording_key

LANGUAGES = ("ru", "kk")
"""The languages the starter library is written in besides English."""

MODULES = {
    "tag": "tags",
    "instrument": "instruments",
    "provision": "provisions",
    "evidence": "evidence",
    "critique": "critiques",
    "recommendation": "recommendations",
}
"""The module holding each kind's texts (sources keep their titles as published)."""

Translations = dict[str, dict[str, str]]


@cache
def _module(language: str, name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"resources.starter.{language}.{name}")
    except ModuleNotFoundError:
        return None


def _texts(language: str, kind: str, key: str) -> Mapping[str, Any]:
    module = _module(language, MODULES[kind]) if kind in MODULES else None
    return getattr(module, "TEXTS", {}).get(key, {}) if module else {}


def record_translations(kind: str, key: str, wording_ids: Sequence[uuid.UUID] = ()) -> Translations:
    """A starter record's texts in every other language; a recommendation's
    proposed wordings (their ids in order) under their part keys."""
    result: Translations = {}
    for language in LANGUAGES:
        texts = dict(_texts(language, kind, key))
        wordings = texts.pop("proposed_wordings", [])
        for wording_id, wording in zip(wording_ids, wordings, strict=False):
            texts.update((wording_key(wording_id, n), text) for n, text in wording.items())
        if texts:
            result[language] = texts
    return result


def wording_has_translation(key: str, number: int) -> bool:
    """Whether a recommendation's ``number``-th wording has a translated current wording:
    translated from the review's English, it is never the statute's official text."""
    return any(
        number
        < len(wordings := _texts(language, "recommendation", key).get("proposed_wordings", []))
        and bool(wordings[number].get("current_wording"))
        for language in LANGUAGES
    )


def submission_translations(section_ids: Sequence[uuid.UUID]) -> Translations:
    """The starter submission's texts in every other language, its sections' under
    their part keys (their ids in order)."""
    result: Translations = {}
    for language in LANGUAGES:
        module = _module(language, "submission")
        if module is None:
            continue
        texts = dict(module.SUBMISSION)
        sections = texts.pop("sections", [])
        for section_id, section in zip(section_ids, sections, strict=False):
            texts.update((section_key(section_id, n), text) for n, text in section.items())
        result[language] = texts
    return result

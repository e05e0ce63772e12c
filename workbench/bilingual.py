"""A record's texts in more than one language.

Submissions to the Mazhilis are often in Russian and Kazakh at once, so a
record may hold the same provision or recommendation in several languages.
The record's own fields are its main wording; ``translations`` holds the
others as ``{language: {field: text}}`` (only the texts its kind's entry in
workbench.kinds lists as translatable). The mapping is a field of the record
like any other: it is part of the content that revisions hash, that interchange
writes and that merge compares, so sharing and merging carry it unchanged.
An empty mapping is left out of the content, so records without
translations keep the revisions they had before translations existed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from db.models import LONG_TEXT_LIMIT
from db.vocabulary import DOCUMENT_LANGUAGES
from workbench.errors import InvalidField
from workbench.kinds import RECORD_KINDS

FIELD = "translations"

TRANSLATABLE: dict[str, tuple[str, ...]] = {
    kind.name: kind.translatable for kind in RECORD_KINDS.values()
}
"""Per kind, the fields whose wording can be given in other languages."""

PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    kind.name: (part.name, part.translatable)
    for kind in RECORD_KINDS.values()
    for part in kind.parts
    if part.translatable
}
"""Per kind, the part whose texts can be translated: (part list, fields)."""

_PART_KEY = re.compile(
    r"(\w+)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\w+)"
)


def part_key(part: str, part_id: object, name: str) -> str:
    """Where a record keeps a part's text in another language (a submission's
    section title, a recommendation's proposed wording): parts belong to the
    record, so their translations travel in the record's own ``translations``,
    keyed by the part's id so they stay with it through any reordering."""
    return f"{part}.{part_id}.{name}"


def section_key(section_id: object, name: str) -> str:
    return part_key("sections", section_id, name)


def wording_key(wording_id: object, name: str) -> str:
    return part_key("proposed_wordings", wording_id, name)


def _translatable(kind: str, name: str) -> bool:
    entry = RECORD_KINDS.get(kind)
    if entry is None:
        return False
    if name in entry.translatable:
        return True
    found = _PART_KEY.fullmatch(name)
    return found is not None and any(
        part.name == found.group(1) and found.group(3) in part.translatable for part in entry.parts
    )


def normalized(kind: str, value: Any) -> dict[str, dict[str, str]]:
    """``value`` checked and in canonical form (empty texts and languages dropped,
    keys sorted), so equal translations always hash the same. Raises InvalidField."""
    if not isinstance(value, Mapping):
        raise InvalidField(kind, FIELD, "expected an object of languages")
    result: dict[str, dict[str, str]] = {}
    for language in sorted(value):
        texts = value[language]
        if language not in DOCUMENT_LANGUAGES:
            raise InvalidField(kind, FIELD, f"{language!r} is not one of {DOCUMENT_LANGUAGES}")
        if not isinstance(texts, Mapping):
            raise InvalidField(kind, FIELD, f"{language}: expected an object of fields")
        clean: dict[str, str] = {}
        for name in sorted(texts):
            text = texts[name]
            if not _translatable(kind, name):
                raise InvalidField(kind, FIELD, f"{language}: {name!r} cannot be translated")
            if not isinstance(text, str):
                raise InvalidField(kind, FIELD, f"{language}.{name}: expected text")
            if len(text) > LONG_TEXT_LIMIT:
                raise InvalidField(kind, FIELD, f"{language}.{name}: text too long")
            if text.strip():
                clean[name] = text
        if clean:
            result[language] = clean
    return result


def text_in(fields: Mapping[str, Any], name: str, language: str | None) -> Any:
    """A field's value in ``language``: its translation where there is one, else
    the record's own wording (so a document in two languages never has holes)."""
    if language:
        translated = (fields.get(FIELD) or {}).get(language, {}).get(name)
        if translated:
            return translated
    return fields.get(name, "")


def localized(fields: Mapping[str, Any], language: str | None) -> dict[str, Any]:
    """All of a record's fields with their wording in ``language`` where given."""
    if not language:
        return dict(fields)
    texts = (fields.get(FIELD) or {}).get(language, {})
    return {**fields, **{name: text for name, text in texts.items() if text}}


def all_texts(translations: Mapping[str, Mapping[str, str]] | None) -> list[str]:
    """Every translated text, for search."""
    return [text for texts in (translations or {}).values() for text in texts.values() if text]


def translated_share(
    kind: str,
    fields: Mapping[str, Any],
    children: Mapping[str, Any],
    language: str,
) -> tuple[int, int]:
    """(texts given in ``language``, texts there are to translate) of one record: its
    translatable fields and its parts' that hold any text. What a translator sees
    as "14 of 52 texts translated"."""
    texts = {name: fields.get(name) for name in TRANSLATABLE.get(kind, ())}
    if kind in PARTS:
        part, names = PARTS[kind]
        for item in children.get(part, ()):
            texts.update((part_key(part, item["id"], name), item.get(name)) for name in names)
    wanted = [key for key, text in texts.items() if str(text or "").strip()]
    given = (fields.get(FIELD) or {}).get(language, {})
    done = sum(1 for key in wanted if str(given.get(key) or "").strip())
    return done, len(wanted)

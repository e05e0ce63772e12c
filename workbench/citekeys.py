"""The citation keys a text can use: what ``[@key]`` completion offers as you type.

A key is a source's ``key`` field (see workbench.export.citations); evidence is
cited through its source. Read in one query, so completion lists stay cheap to
refresh whenever sources change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.models import Source
from workbench.project import Project


@dataclass(frozen=True)
class CitationKey:
    key: str
    title: str
    confidentiality: str


def citation_keys(project: Project) -> list[CitationKey]:
    """Every source key, once each (the first source holding a key wins, as in export)."""
    query = select(Source.key, Source.title, Source.confidentiality).order_by(Source.key, Source.id)
    with project.reading() as session:
        found: dict[str, CitationKey] = {}
        for key, title, level in session.execute(query):
            if key and key not in found:
                found[key] = CitationKey(key, title, level)
    return list(found.values())

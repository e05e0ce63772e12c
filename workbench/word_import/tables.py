"""Comparative tables: current and proposed wording of provisions, side by side.

Submissions to parliament carry a table of amendments whose header names the
provision, its current (or draft) wording, the proposed wording and the
justification, in English, Russian or Kazakh («Действующая редакция»,
«Предлагаемая редакция», «Обоснование»; «Қолданыстағы редакция», «Ұсынылып
отырған редакция», «Негіздеме»). Each row becomes a proposed wording of a
provision; it belongs to the recommendation whose text names that provision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.word_import.reading import Table, unescaped, without_emphasis

_CURRENT = re.compile(r"действующ|current|existing|in force|қолданыстағы|қазіргі", re.IGNORECASE)
_PROPOSED = re.compile(r"предлага|proposed|amended|ұсынылып|ұсынылатын|ұсынылған", re.IGNORECASE)
_JUSTIFICATION = re.compile(r"обоснован|justification|rationale|reason|негіздеме", re.IGNORECASE)
_NUMBER_COLUMN = re.compile(r"^\W*(№|no\.?|#|n)\W*$", re.IGNORECASE)
_ARTICLE = re.compile(r"\d+(?:-\d+)*")
_UNOFFICIAL = re.compile(r"\s\*$")


@dataclass(frozen=True)
class PlannedWording:
    provision: str
    """The provision as the table names it ("КоАП РК, Статья 73-3")."""
    current: str
    proposed: str
    justification: str = ""
    unofficial: bool = False
    """The current wording was marked "*" (an unofficial translation of the statute)."""


def comparative_rows(table: Table) -> list[PlannedWording] | None:
    """The table's rows as proposed wordings, or None when it is not a comparative
    table (no header naming both a current and a proposed wording)."""
    if len(table.rows) < 2:
        return None
    header = [_plain(cell) for cell in table.rows[0]]
    current = _column(header, _CURRENT)
    proposed = _column(header, _PROPOSED)
    if current is None or proposed is None or not 3 <= len(header) <= 5:
        return None
    justification = _column(header, _JUSTIFICATION)
    named = [
        i
        for i in range(len(header))
        if i not in (current, proposed, justification) and not _NUMBER_COLUMN.match(header[i])
    ]
    rows = []
    for row in table.rows[1:]:
        cells = [*row, *[""] * (len(header) - len(row))]
        provision = _plain(cells[named[0]]) if named else ""
        if not provision and not cells[proposed].strip():
            continue
        wording, unofficial = _wording(cells[current])
        rows.append(
            PlannedWording(
                provision,
                wording,
                _wording(cells[proposed])[0],
                cells[justification].strip() if justification is not None else "",
                unofficial,
            )
        )
    return rows


def _wording(cell: str) -> tuple[str, bool]:
    """A wording cell as plain text (the marks of what changed dropped: bold for
    what the proposal adds, struck out for what it removes) and whether it ends
    with the "*" of an unofficial translation."""
    plain = unescaped(without_emphasis(cell)).replace("~~", "").strip()
    marked = _UNOFFICIAL.search(plain)
    return (plain[: marked.start()].rstrip(), True) if marked else (plain, False)


def names_exactly(text: str, provision: str) -> bool:
    """Whether ``text`` names ``provision`` as the table writes it."""
    label = _words(provision)
    return bool(label) and label in _words(text)


def names_loosely(text: str, provision: str) -> bool:
    """Whether ``text`` names the instrument of ``provision`` and, after an article
    word, its article number («статья 174», "art. 19", «174-бап»)."""
    plain, label = _words(text), _words(provision)
    articles = _ARTICLE.findall(provision)
    instrument = re.split(r",|\s(?:статья|article|ст\.)\s|\s\d", label)[0].strip()
    if not articles or not instrument or instrument not in plain:
        return False
    number = re.escape(articles[0])
    return bool(
        re.search(rf"(?:article|art\.|стать[яиеюй]|ст\.)\s*{number}(?![\d-])", plain)
        or re.search(rf"(?<![\d-]){number}-(?:бап|баб)", plain)
    )


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if pattern.search(cell)), None)


def _plain(cell: str) -> str:
    return without_emphasis(cell).strip()


def _words(text: str) -> str:
    return " ".join(_plain(text).casefold().split())

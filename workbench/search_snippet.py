"""The snippet a search hit shows: a few words around what matched, marked.

Built here rather than by FTS5's ``snippet()``, because a record found through
a word form («свободы» for «Свобода») has no token FTS5 would mark: a word is
marked when it begins with a query word, as the index matches it, or shares a
stem with one (:mod:`workbench.word_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench import word_forms

WINDOW = 16
"""Words a snippet shows (as FTS5's snippet did)."""
ELLIPSIS = "…"
SCANNED_CHARS = 20_000
"""How far into a long body a match is looked for: enough for any record anyone
writes, and a bound on the time a page of hits takes."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]
    """(start, end) offsets of the matched words within ``text``."""


class QueryMatcher:
    """Tells which words of a text a query matched."""

    def __init__(self, query_words: Sequence[str]) -> None:
        self.prefixes = tuple(word.lower() for word in query_words)
        self.stems = frozenset(s for word in self.prefixes for s in word_forms.stems(word))

    def matches(self, word: str) -> bool:
        lowered = word.lower()
        return lowered.startswith(self.prefixes) or word_forms.shares_a_stem(lowered, self.stems)


def snippet(title: str, body: str, matcher: QueryMatcher) -> Snippet:
    """The body's window with the most matched words; the title when only the
    title matched; the body's start when nothing did (a match inside a word
    the index splits differently)."""
    words = list(_WORD.finditer(body[:SCANNED_CHARS]))
    matched = [n for n, word in enumerate(words) if matcher.matches(word.group())]
    if not matched:
        title_marks = _marks(title, matcher)
        if title_marks or not words:
            return Snippet(title, title_marks)
        return _window(body, words, 0, matcher)
    return _window(body, words, _best_start(matched), matcher)


def _best_start(matched: Sequence[int]) -> int:
    """The first word of the window holding the most matched words."""
    best, best_count = matched[0], 0
    end = 0
    for position, first in enumerate(matched):
        while end < len(matched) and matched[end] < first + WINDOW:
            end += 1
        if end - position > best_count:
            best, best_count = first, end - position
    return max(0, best - 2)


def _window(
    body: str, words: Sequence[re.Match[str]], first: int, matcher: QueryMatcher
) -> Snippet:
    last = min(len(words), first + WINDOW) - 1
    start = words[first].start() if first > 0 else 0
    end = words[last].end() if last < len(words) - 1 else len(body)
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(body) else ""
    text = lead + body[start:end] + tail
    offset = len(lead) - start
    marks = tuple(
        (word.start() + offset, word.end() + offset)
        for word in words[first : last + 1]
        if matcher.matches(word.group())
    )
    return Snippet(text, marks)


def _marks(text: str, matcher: QueryMatcher) -> tuple[tuple[int, int], ...]:
    return tuple(
        (word.start(), word.end()) for word in _WORD.finditer(text) if matcher.matches(word.group())
    )

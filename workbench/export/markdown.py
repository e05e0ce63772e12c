"""Markdown (CommonMark subset) to a flat list of blocks of styled runs.

markdown-it-py does the parsing. Citations are lifted out first and put back
as markers, so no Markdown rule can split or reinterpret them. The writer
turns blocks into Word paragraphs; nothing here knows about DOCX.

Straight quotation marks typed in a text become the document language's own
(markdown-it's smartquotes): «ёлочки» with „лапки“ inside them in Russian and
Kazakh, “curly” ones in English; an apostrophe inside a word becomes ’.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from workbench.export.citations import CITATION_GROUP, Citation, parse_group

QUOTES = {"ru": "«»„“", "kk": "«»„“", "en": "“”‘’"}
"""Per language: opening and closing double quotes, then single (nested) ones."""


@cache
def _parser(language: str) -> MarkdownIt:
    options = {"html": False, "typographer": True, "quotes": QUOTES.get(language, QUOTES["en"])}
    return MarkdownIt("commonmark", options).enable("smartquotes")


_MARK = re.compile("\ue100(\\d+)\ue101")
_PLACEHOLDER_CHARS = re.compile("[\ue100\ue101]")


@dataclass(frozen=True)
class Inline:
    text: str = ""
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str | None = None
    citation: Citation | None = None
    line_break: bool = False


@dataclass(frozen=True)
class Block:
    kind: str
    """"paragraph", "quote", "bullet", "ordered" or "heading"."""
    inlines: tuple[Inline, ...]
    level: int = 0
    """List nesting (0 = outermost), or the heading level."""
    list_id: int = 0
    """Which list a list item belongs to: each ordered list restarts its numbering."""
    start: int = 1


def parse(markdown: str, language: str = "en") -> list[Block]:
    """``markdown`` as blocks, its quotation marks those of ``language``."""
    text, citations = _lift_citations(markdown)
    return _Walker(citations).walk(_parser(language).parse(text))


def _lift_citations(markdown: str) -> tuple[str, list[Citation]]:
    citations: list[Citation] = []

    def lift(match: re.Match[str]) -> str:
        citation = parse_group(match.group(1), match.group(0))
        if citation is None:
            return match.group(0)
        citations.append(citation)
        return f"\ue100{len(citations) - 1}\ue101"

    return CITATION_GROUP.sub(lift, _PLACEHOLDER_CHARS.sub("", markdown)), citations


class _Walker:
    def __init__(self, citations: list[Citation]) -> None:
        self.citations = citations
        self.blocks: list[Block] = []
        self.lists: list[tuple[str, int, int]] = []
        self.quote_depth = 0
        self.item_has_text = False
        self.heading_level = 0
        self.list_counter = 0

    def walk(self, tokens: list[Token]) -> list[Block]:
        for token in tokens:
            handler = getattr(self, f"_on_{token.type}", None)
            if handler is not None:
                handler(token)
        return self.blocks

    def _open_list(self, kind: str, token: Token) -> None:
        self.list_counter += 1
        start = int(token.attrGet("start") or 1)
        self.lists.append((kind, self.list_counter, start))

    def _on_bullet_list_open(self, token: Token) -> None:
        self._open_list("bullet", token)

    def _on_ordered_list_open(self, token: Token) -> None:
        self._open_list("ordered", token)

    def _on_bullet_list_close(self, token: Token) -> None:
        self.lists.pop()

    _on_ordered_list_close = _on_bullet_list_close

    def _on_list_item_open(self, token: Token) -> None:
        self.item_has_text = False

    def _on_blockquote_open(self, token: Token) -> None:
        self.quote_depth += 1

    def _on_blockquote_close(self, token: Token) -> None:
        self.quote_depth -= 1

    def _on_heading_open(self, token: Token) -> None:
        self.heading_level = int(token.tag[1:])

    def _on_heading_close(self, token: Token) -> None:
        self.heading_level = 0

    def _on_code_block(self, token: Token) -> None:
        self._add(tuple(Inline(line, code=True) for line in token.content.rstrip("\n").split("\n")))

    _on_fence = _on_code_block

    def _on_inline(self, token: Token) -> None:
        self._add(self._inlines(token.children or []))

    def _add(self, inlines: tuple[Inline, ...]) -> None:
        if self.heading_level:
            self.blocks.append(Block("heading", inlines, level=self.heading_level))
        elif self.lists and not self.item_has_text:
            kind, list_id, start = self.lists[-1]
            level = len(self.lists) - 1
            self.blocks.append(Block(kind, inlines, level=level, list_id=list_id, start=start))
            self.item_has_text = True
        elif self.quote_depth:
            self.blocks.append(Block("quote", inlines, level=len(self.lists)))
        else:
            self.blocks.append(Block("paragraph", inlines, level=len(self.lists)))

    def _inlines(self, children: list[Token]) -> tuple[Inline, ...]:
        style = Inline()
        result: list[Inline] = []
        for child in children:
            kind = child.type
            if kind in ("text", "html_inline"):
                result.extend(self._split_citations(child.content, style))
            elif kind == "softbreak":
                result.append(replace(style, text=" "))
            elif kind == "hardbreak":
                result.append(Inline(line_break=True))
            elif kind == "code_inline":
                result.append(replace(style, text=child.content, code=True))
            elif kind in ("strong_open", "strong_close"):
                style = replace(style, bold=kind == "strong_open")
            elif kind in ("em_open", "em_close"):
                style = replace(style, italic=kind == "em_open")
            elif kind == "link_open":
                style = replace(style, link=str(child.attrGet("href") or ""))
            elif kind == "link_close":
                style = replace(style, link=None)
            elif kind == "image":
                result.append(replace(style, text=child.content))
        return tuple(result)

    def _split_citations(self, text: str, style: Inline) -> list[Inline]:
        pieces: list[Inline] = []
        last = 0
        for match in _MARK.finditer(text):
            # "text [@key]": the footnote mark takes the place of the space.
            before = text[last : match.start()].rstrip(" ")
            if before:
                pieces.append(replace(style, text=before))
            pieces.append(Inline(citation=self.citations[int(match.group(1))]))
            last = match.end()
        if last < len(text):
            pieces.append(replace(style, text=text[last:]))
        return pieces

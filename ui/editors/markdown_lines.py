"""The lines of Markdown as the user typed them, around Qt's Markdown reader and writer.

Qt reads and writes Markdown (``QTextDocument.setMarkdown``/``toMarkdown``),
with two habits that would change what users type:

* its writer wraps every paragraph at 80 columns, so a text edited in the app
  was stored hard-wrapped, and merges and diffs showed ragged lines;
* a line break inside a paragraph (Shift+Enter, U+2028 in the document) is
  written as a plain newline, which Markdown reads as a space, and a Markdown
  line break (``\\`` or two spaces at the end of a line) is read as a new
  paragraph: either way the break did not survive a save and a reload.

So the writer's output is unwrapped (:func:`unwrapped`: a soft wrap becomes
the space it stands for, which CommonMark reads the same), and line breaks
travel through Qt as :data:`LINE_BREAK`, a private-use character Qt neither
wraps at nor alters, and are stored as CommonMark's ``\\`` line break.
Pure text functions, no Qt: :mod:`ui.editors.markdown_edit` applies them.
"""

from __future__ import annotations

import re

LINE_BREAK = "\ue000"
"""Stands for a line break inside a paragraph while Qt reads or writes the text."""

_FENCE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:```|~~~)")
_QUOTE = re.compile(r"^(?:[ \t]*>[ \t]?)*")
_LIST_MARKER = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +|$)")
_STARTS_BLOCK = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?: |$)|^#{1,6}(?: |$)|^(?:```|~~~)|^\||^<")
_THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_HARD_BREAK = re.compile(r"(?:\\| {2,})\n(?:[ \t]*>)*[ \t]*")


def unwrapped(markdown: str) -> str:
    """``markdown`` with the lines Qt's writer wrapped joined again; code blocks, list
    items, headings, tables and the breaks between blocks left as they are."""
    lines: list[str] = []
    in_code = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            lines.append(line)
            continue
        joined = None if in_code or not lines else _joined(lines[-1], line)
        if joined is None:
            lines.append(line)
        else:
            lines[-1] = joined
    return "\n".join(lines)


def _joined(previous: str, line: str) -> str | None:
    """``previous`` and ``line`` as one line when ``line`` only continues a wrapped
    paragraph, list item or quotation; else None."""
    if not previous.strip() or not line.strip() or previous.endswith(("\\", "  ")):
        return None
    quote = _QUOTE.match(previous)
    line_quote = _QUOTE.match(line)
    assert quote is not None and line_quote is not None  # the pattern matches any text
    if quote.group().count(">") != line_quote.group().count(">"):
        return None
    before, rest = previous[quote.end() :], line[line_quote.end() :]
    if not before.strip() or not rest.strip():  # a blank line inside a quotation
        return None
    if _ends_block(before) or _THEMATIC_BREAK.match(rest):
        return None
    indent = len(rest) - len(rest.lstrip(" "))
    if indent != continuation_indent(before) or _STARTS_BLOCK.match(rest.lstrip(" ")):
        return None
    return previous.rstrip(" ") + " " + rest.lstrip(" ")


def _ends_block(text: str) -> bool:
    """Whether a line is a whole block by itself: a heading, a table row, a rule."""
    stripped = text.lstrip(" ")
    return stripped.startswith(("#", "|")) or bool(_THEMATIC_BREAK.match(text))


def continuation_indent(text: str) -> int:
    """How far the lines continuing ``text`` (less any quotation marks) are indented:
    past its list marker if it starts an item, else as far as it is indented."""
    marker = _LIST_MARKER.match(text)
    if marker:
        return len(marker.group(1)) + len(marker.group(2)) + max(len(marker.group(3)), 1)
    return len(text) - len(text.lstrip(" "))


def breaks_written(markdown: str) -> str:
    """Each :data:`LINE_BREAK` as CommonMark's line break (``\\`` at the end of the
    line), the next line carrying its block's quotation marks and indentation."""
    lines = []
    for line in markdown.split("\n"):
        if LINE_BREAK in line:
            quote = _QUOTE.match(line)
            assert quote is not None
            prefix = quote.group() + " " * continuation_indent(line[quote.end() :])
            line = line.replace(LINE_BREAK, "\\\n" + prefix)
        lines.append(line)
    return "\n".join(lines)


def breaks_for_qt(markdown: str) -> str:
    """Every CommonMark line break (``\\`` or two spaces at a line's end, outside code
    blocks) as :data:`LINE_BREAK`, the next line's quotation marks and indentation
    dropped with it, so Qt keeps the two lines in one paragraph."""
    pieces: list[str] = []
    prose: list[str] = []
    in_code = False

    def flush() -> None:
        if prose:
            pieces.append(_HARD_BREAK.sub(LINE_BREAK, "\n".join(prose)))
            prose.clear()

    for line in markdown.split("\n"):
        fence = _FENCE.match(line)
        if in_code or fence:
            flush()
            pieces.append(line)
            in_code = in_code != bool(fence)
        else:
            prose.append(line)
    flush()
    return "\n".join(pieces)

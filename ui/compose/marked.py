"""Word-level changes as HTML: deletions struck through, insertions bold and underlined,
an instruction in italics (as the comparative table of the export marks them)."""

from __future__ import annotations

from html import escape

from workbench.export.diff import Piece, word_diff

_MARKS = {
    "same": ("", ""),
    "deleted": ('<s style="color:#b3261e">', "</s>"),
    "inserted": ('<b><u style="color:#1b6e2e">', "</u></b>"),
    "instruction": ("<i>", "</i>"),
}


def pieces_html(pieces: list[Piece]) -> str:
    return "".join(
        f"{_MARKS[p.change][0]}{escape(p.text)}{_MARKS[p.change][1]}" for p in pieces
    ).replace("\n", "<br>")


def marked_pair(current: str, proposed: str) -> tuple[str, str]:
    """(current with deletions marked, proposed with insertions marked) as HTML."""
    before, after = word_diff(current, proposed)
    return pieces_html(before), pieces_html(after)

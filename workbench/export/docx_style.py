"""Small pieces of WordprocessingML the Word renderer composes runs from.

Kept apart from :mod:`workbench.export.writer` so the renderer reads as a
mapping from walk events to paragraphs, and these rules (schema order of run
properties, the 255-character limit of core properties) stay in one place.
"""

from __future__ import annotations

from lxml.etree import _Element

from workbench.export.ooxml import element


def run_properties(
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    code: bool = False,
    strike: bool = False,
    underline: bool = False,
) -> list[_Element]:
    """Run properties in the order the schema requires."""
    props: list[_Element] = []
    if style:
        props.append(element("w:rStyle", {"w:val": style}))
    if code:
        props.append(
            element(
                "w:rFonts",
                {"w:ascii": "Courier New", "w:hAnsi": "Courier New", "w:cs": "Courier New"},
            )
        )
    if bold:
        props.append(element("w:b"))
    if italic:
        props.append(element("w:i"))
    if strike:
        props.append(element("w:strike"))
    if underline:
        props.append(element("w:u", {"w:val": "single"}))
    return props


def fit(text: str, limit: int = 255, separator: str = " ") -> str:
    """Core properties hold at most 255 characters: cut at a separator."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(separator, 1)[0]
    return cut if cut else text[:limit]

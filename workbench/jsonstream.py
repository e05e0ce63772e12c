"""Read a large JSON object one array element at a time.

An interchange document of 100,000 records is about 100 MiB of JSON and ten
times that as Python objects. :func:`members` walks the top-level object and
hands out each element of its arrays as it is parsed, so memory holds one
record, not the document. The standard decoder finds where an element ends;
orjson then reads it, so an element is refused (lone surrogate, NaN, a number
too large) exactly as :func:`workbench.interchange.read_document` refuses it.
The buffer grows geometrically while one element is incomplete, so a huge
element costs time linear in its size, not one re-scan per megabyte.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9eE+.\-]*")
"""What may follow a number's first digits in the same number."""
_DECODER = json.JSONDecoder(parse_int=str, parse_constant=str)
"""Only finds where a value ends: numbers are kept as text (no 4,300-digit limit
to trip over) and orjson reads the value itself."""


NOT_AN_OBJECT = "the document must be a JSON object"
"""The problem named when the file holds JSON that is not an object at the top."""


class JsonStreamError(ValueError):
    """Not valid JSON, or not an object at the top; ``offset`` counts characters,
    ``line`` counts from 1; ``near`` is the text from one character before the fault."""

    def __init__(self, problem: str, offset: int, line: int = 1, near: str = "") -> None:
        super().__init__(f"{problem} at line {line}")
        self.problem = problem
        self.offset = offset
        self.line = line
        self.near = near


class _Text:
    """Decoded text with a read position; consumed text is dropped as it goes."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.dropped = 0
        self.lines = 1
        """The line the buffer begins on."""
        self.eof = False

    def fill(self) -> bool:
        """Read at least as much again as the buffer holds past the read position."""
        if self.eof:
            return False
        data = self.handle.read(max(CHUNK, len(self.buffer) - self.pos))
        self.lines += self.buffer.count("\n", 0, self.pos)
        self.buffer = self.buffer[self.pos :]
        self.dropped += self.pos
        self.pos = 0
        self.buffer += self.decoder.decode(data, final=not data)
        self.eof = not data
        return True

    def fail(self, problem: str, at: int | None = None) -> JsonStreamError:
        at = self.pos if at is None else at
        line = self.lines + self.buffer.count("\n", 0, at)
        near = self.buffer[max(at - 1, 0) : at + 9]
        return JsonStreamError(problem, self.dropped + at, line, near)

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            self.pos = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                if self.fill():
                    continue
                raise self._refusal(error) from error
            if _NUMBER_TAIL.fullmatch(self.buffer, end) and self.fill():
                continue  # a number at the end of the buffer (``1`` of ``1e-07``) may go on
            if self.buffer[self.pos] != '"':  # a text (a member name) needs no second reading
                try:
                    value = orjson.loads(self.buffer[self.pos : end])
                except orjson.JSONDecodeError as error:  # placed where it is, as read whole
                    raise self.fail(error.msg, self.pos + error.pos) from error
            self.pos = end
            return value

    def _refusal(self, error: json.JSONDecodeError) -> JsonStreamError:
        """The fault in orjson's words and place where orjson finds one in the rest of
        the text (as a file read whole is refused), else in the standard decoder's."""
        try:
            orjson.loads(self.buffer[self.pos :])
        except orjson.JSONDecodeError as theirs:
            return self.fail(theirs.msg, self.pos + theirs.pos)
        return self.fail(error.msg, error.pos)


def members(path: Path) -> Iterator[tuple[str, int | None, Any]]:
    """The top-level object's members in file order: ``(key, None, value)`` for a
    value that is not an array, ``(key, index, element)`` for each element of one.

    Raises :class:`JsonStreamError` (or RecursionError for absurd nesting) when
    the file is not a JSON object; ``UnicodeDecodeError`` when not UTF-8.
    """
    with path.open("rb") as handle:
        yield from _object(_Text(handle))


def _object(text: _Text) -> Iterator[tuple[str, int | None, Any]]:
    if text.peek() != "{":
        raise text.fail(NOT_AN_OBJECT)
    text.pos += 1
    if text.peek() == "}":
        text.pos += 1
    else:
        while True:
            key = text.value()
            if not isinstance(key, str):
                raise text.fail("expected a member name")
            text.expect(":")
            if text.peek() == "[":
                yield from _array(text, key)
            else:
                yield key, None, text.value()
            separator = text.peek()
            text.pos += 1
            if separator == "}":
                break
            if separator != ",":
                raise text.fail("expected ',' or '}'", text.pos - 1)
    if text.peek() != "":
        raise text.fail("extra data after the document")


def _array(text: _Text, key: str) -> Iterator[tuple[str, int | None, Any]]:
    text.pos += 1
    if text.peek() == "]":
        text.pos += 1
        return
    index = 0
    while True:
        yield key, index, text.value()
        index += 1
        separator = text.peek()
        text.pos += 1
        if separator == "]":
            return
        if separator != ",":
            raise text.fail("expected ',' or ']'", text.pos - 1)

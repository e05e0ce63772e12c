"""An interchange file read as it is walked, one record at a time.

A merge of a colleague's 100,000-record file used to hold the whole document
as Python objects (600 MiB) only to find nine records in ten identical to
ours. :class:`StreamedDocument` hands the file's members out as
:mod:`workbench.jsonstream` parses them, so the merge keeps the records that
differ and drops the rest as it goes; ``load`` walks files the same way. A
fault is refused in the words :func:`~workbench.interchange.read_document`
uses for a file read whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.interchange.format import InterchangeError
from workbench.interchange.parsing import check_document_size, json_fault
from workbench.jsonstream import NOT_AN_OBJECT, JsonStreamError, members

Member = tuple[str, int | None, Any]
"""``(key, None, value)`` for a top-level value that is not an array,
``(key, index, element)`` for each element of one (an empty array gives none)."""


def document_members(path: Path) -> Iterator[Member]:
    """The top-level object's members in file order; anything unreadable becomes an
    InterchangeError naming the file."""
    try:
        yield from members(path)
    except OSError as error:
        raise InterchangeError(str(path), f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InterchangeError(str(path), f"is not UTF-8 text ({error.reason})") from error
    except JsonStreamError as error:
        if error.problem == NOT_AN_OBJECT:  # as validation words it for a file read whole
            raise InterchangeError("document", "must be a JSON object") from error
        raise InterchangeError(
            str(path),
            f"is not valid JSON: {json_fault(error.problem, error.near)} at line {error.line}",
        ) from error
    except RecursionError as error:
        raise InterchangeError(str(path), "is nested too deeply to be a document") from error


class StreamedDocument:
    """An interchange file not yet read: its size is checked when it is named, its
    members parsed each time :meth:`members` is walked."""

    def __init__(self, path: Path) -> None:
        check_document_size(path)
        self.path = path

    def members(self) -> Iterator[Member]:
        return document_members(self.path)

    def __repr__(self) -> str:
        return f"StreamedDocument({str(self.path)!r})"

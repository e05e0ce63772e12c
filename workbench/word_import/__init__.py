"""Bringing existing Word documents in (reviews, position papers, submissions).

Reading a document into neutral blocks (:mod:`.reading`) is apart from
understanding them as library records, so the reader can be tested against
documents as Word, LibreOffice and Google Docs write them, and the
understanding against plain blocks.
"""

from workbench.word_import.reading import (
    Block,
    Heading,
    Note,
    Paragraph,
    ReadReport,
    Table,
    WordDocument,
    WordImportError,
    read_word,
)

__all__ = [
    "Block",
    "Heading",
    "Note",
    "Paragraph",
    "ReadReport",
    "Table",
    "WordDocument",
    "WordImportError",
    "read_word",
]

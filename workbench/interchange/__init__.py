"""The interchange format: one JSON document holding a whole project or part of one.

It is the only format that crosses a machine boundary (starter library, dump
and load, share bundles, merges); see docs/interchange.md. This package is the
format only: dumping a project (:mod:`.dumping`), reading and validating a
document (:mod:`.parsing`) into the shapes of :mod:`.format`. Writing what it
parsed into a project is :mod:`workbench.store`'s work (``store.load`` reads,
validates, then writes in one transaction: a broken file changes nothing, and
the message names the record and field).
"""

from workbench.interchange.dumping import (
    dump,
    dump_document,
    header,
    iter_records,
    record_json,
    records_json,
    tombstone_json,
)
from workbench.interchange.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    META_KEYS,
    SECTION_NAMES,
    InterchangeError,
    ParsedDocument,
    ParsedRecord,
    ParsedTombstone,
)
from workbench.interchange.parsing import (
    CHILD_PARSERS,
    TargetKinds,
    check_document_size,
    check_document_targets,
    check_header,
    check_known_kind,
    check_targets,
    check_unique,
    json_fault,
    link_targets,
    parse_document,
    parse_record,
    parse_tombstone,
    read_document,
    record_from_data,
    text_near,
    validate,
)
from workbench.interchange.streamed import StreamedDocument, document_members

__all__ = [
    "CHILD_PARSERS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_DOCUMENT_BYTES",
    "META_KEYS",
    "SECTION_NAMES",
    "InterchangeError",
    "ParsedDocument",
    "ParsedRecord",
    "ParsedTombstone",
    "StreamedDocument",
    "TargetKinds",
    "check_document_size",
    "check_document_targets",
    "check_header",
    "check_known_kind",
    "check_targets",
    "check_unique",
    "document_members",
    "dump",
    "dump_document",
    "header",
    "iter_records",
    "json_fault",
    "link_targets",
    "parse_document",
    "parse_record",
    "parse_tombstone",
    "read_document",
    "record_from_data",
    "record_json",
    "records_json",
    "text_near",
    "tombstone_json",
    "validate",
]

"""Our own project file is checked as strictly as a colleague's before we use it.

A project file is only bytes on a disk: another program, a careless tool or a
hostile hand can plant a trigger in it (which would then fire on our own
writes), put a view where a table was, or name a tokenizer this SQLite does
not have. So every open, for reading or for writing, first compares the
file's schema, object by object, with the one our migrations create for its
version (:mod:`db.schema_check`), before any statement of ours that such an
object could take part in. A foreign object refuses the open with
:class:`ForeignSchema`, naming it; the file is left as it was.

The refusal carries every difference, which ``workbench check`` lists.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection

from db.schema_check import read_schema, schema_differences
from workbench.errors import ForeignSchema


def check_own_schema(path: Path, connection: Connection, version: int) -> None:
    """Refuse ``path`` with :class:`ForeignSchema` unless its schema is exactly ours
    for ``version``. Run it first on the connection: reading the schema runs
    nothing the file defines."""
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        return
    found = schema_differences(read_schema(raw), version)
    if found:
        raise ForeignSchema(path, found)

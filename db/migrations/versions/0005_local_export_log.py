"""The export log leaves the submissions' content: a local table, file names only.

Exports were a part of their submission, so each export made a new revision,
two colleagues exporting one submission met an edit/edit conflict, and every
share carried the absolute path of each export (the user's login and folder
names). The log moves to ``export_log``, never shared or merged, keeping of
each path only the file's name. The submissions' revisions, which hashed the
old part, are given new ones on top by Workbench after the migration
(``workbench.retired_parts``), as this revision reads no records through models.

Revision ID: 0005_local_export_log
Revises: 0004_record_bases
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types
from db.sqlite import stamp_file

revision = "0005_local_export_log"
down_revision = "0004_record_bases"
branch_labels = None
depends_on = None


def file_name(path: str) -> str:
    """The last part of a path written on any system (``/`` or ``\\``)."""
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", db.types.GUID(length=36), nullable=False),
        sa.Column("submission_id", db.types.GUID(length=36), nullable=False),
        sa.Column("exported_at", db.types.UTCDateTime(length=32), nullable=False),
        sa.Column("path", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.JSON(), server_default="{}", nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_export_log_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_log_submission_id"), ["submission_id"], unique=False
        )
    connection = op.get_bind()
    rows = connection.exec_driver_sql(
        "SELECT id, submission_id, exported_at, path, sha256, snapshot FROM export_records"
    ).fetchall()
    for row in rows:
        connection.exec_driver_sql(
            "INSERT INTO export_log (id, submission_id, exported_at, path, sha256, snapshot)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (row[0], row[1], row[2], file_name(row[3]), row[4], row[5]),
        )
    op.drop_table("export_records")
    stamp_file(connection, 5)


def downgrade() -> None:
    """Back to the part, file names as paths (the full paths are gone) and no author."""
    op.create_table(
        "export_records",
        sa.Column("id", db.types.GUID(length=36), nullable=False),
        sa.Column("submission_id", db.types.GUID(length=36), nullable=False),
        sa.Column("exported_at", db.types.UTCDateTime(length=32), nullable=False),
        sa.Column("author", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("path", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False, server_default="{}"),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_export_records_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_records")),
    )
    with op.batch_alter_table("export_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_records_submission_id"), ["submission_id"], unique=False
        )
    connection = op.get_bind()
    connection.exec_driver_sql(
        "INSERT INTO export_records (id, submission_id, exported_at, path, sha256, snapshot)"
        " SELECT id, submission_id, exported_at, path, sha256, snapshot FROM export_log"
    )
    op.drop_table("export_log")
    stamp_file(connection, 4)

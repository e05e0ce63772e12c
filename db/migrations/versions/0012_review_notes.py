"""Review notes: reviewers' comments on an exported document, kept on the
recommendation or submission they are about (see db.models.ReviewNote). A part
of its record's content, shared and merged with it; left out of the content
while a record has none, so no record's revision changes here.

Revision ID: 0012_review_notes
Revises: 0011_imported_records
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file
from db.types import GUID, UTCDateTime

revision = "0012_review_notes"
down_revision = "0011_imported_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_notes",
        sa.Column("id", GUID(length=36), nullable=False),
        sa.Column("record_id", GUID(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("language", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("quote", sa.Text(), server_default="", nullable=False),
        sa.Column("author", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("written_at", UTCDateTime(length=32), nullable=True),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("replies", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("status", sa.String(length=40), server_default="open", nullable=False),
        sa.Column("origin", sa.String(length=2000), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_review_notes_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
    )
    with op.batch_alter_table("review_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_notes_record_id"), ["record_id"], unique=False)
    stamp_file(op.get_bind(), 12)


def downgrade() -> None:
    with op.batch_alter_table("review_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_notes_record_id"))
    op.drop_table("review_notes")
    stamp_file(op.get_bind(), 11)

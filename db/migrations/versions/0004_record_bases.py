"""Merges keep the content of the revisions they received or made, so a later
merge of two diverged versions can compare each with their common ancestor
(a three-way merge) instead of asking about every field both sides touched.

Revision ID: 0004_record_bases
Revises: 0003_record_translations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file
from db.types import GUID

revision = "0004_record_bases"
down_revision = "0003_record_translations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_bases",
        sa.Column("record_id", GUID(length=36), nullable=False),
        sa.Column("revision", sa.String(length=80), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", "revision"),
    )
    stamp_file(op.get_bind(), 4)


def downgrade() -> None:
    op.drop_table("record_bases")
    stamp_file(op.get_bind(), 3)

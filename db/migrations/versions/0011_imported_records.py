"""Records a Word document's import wrote keep the revision it gave them, so a
later version of the document updates them as a merge would (see
db.models.ImportedRecord). Local to the project, never shared.

Revision ID: 0011_imported_records
Revises: 0010_search_prefixes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file
from db.types import GUID

revision = "0011_imported_records"
down_revision = "0010_search_prefixes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_records",
        sa.Column("record_id", GUID(length=36), nullable=False),
        sa.Column("document", sa.String(length=2000), nullable=False),
        sa.Column("revision", sa.String(length=80), nullable=False),
        sa.Column("ancestors", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_imported_records_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_imported_records")),
    )
    stamp_file(op.get_bind(), 11)


def downgrade() -> None:
    op.drop_table("imported_records")
    stamp_file(op.get_bind(), 10)

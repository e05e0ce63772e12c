"""Records hold their texts in other languages too ({language: {field: text}});
a submission may be exported in two languages side by side.

Revision ID: 0003_record_translations
Revises: 0002_search_and_export_snapshot
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file

revision = "0003_record_translations"
down_revision = "0002_search_and_export_snapshot"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "records", sa.Column("translations", sa.JSON(), nullable=False, server_default="{}")
    )
    op.add_column(
        "submissions",
        sa.Column("second_language", sa.String(40), nullable=False, server_default="none"),
    )
    stamp_file(op.get_bind(), 3)


def downgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("second_language")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_column("translations")
    stamp_file(op.get_bind(), 2)

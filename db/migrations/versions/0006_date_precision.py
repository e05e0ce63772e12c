"""An evidence's date may be known to the day, the month or only the year.

Revision ID: 0006_date_precision
Revises: 0005_local_export_log
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file

revision = "0006_date_precision"
down_revision = "0005_local_export_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "evidence",
        sa.Column("observed_precision", sa.String(40), nullable=False, server_default="day"),
    )
    stamp_file(op.get_bind(), 6)


def downgrade() -> None:
    # SQLite's own DROP COLUMN (not a batch copy of the table), so the table is
    # defined exactly as schema 5 defined it and passes the schema check.
    op.drop_column("evidence", "observed_precision")
    stamp_file(op.get_bind(), 5)

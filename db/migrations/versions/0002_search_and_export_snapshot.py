"""Full-text search index over every record; export records keep a snapshot.

The index is created empty here; Workbench refills it from the records after
every migration (workbench.project), so this revision never has to read
records through models that may since have changed.

Revision ID: 0002_search_and_export_snapshot
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.search_index import create_search_index, drop_search_index
from db.sqlite import stamp_file

revision = "0002_search_and_export_snapshot"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("export_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("snapshot", sa.JSON(), nullable=False, server_default="{}"))
    create_search_index(op.get_bind(), schema=2)
    stamp_file(op.get_bind(), 2)


def downgrade() -> None:
    drop_search_index(op.get_bind())
    with op.batch_alter_table("export_records", schema=None) as batch_op:
        batch_op.drop_column("snapshot")
    stamp_file(op.get_bind(), 1)

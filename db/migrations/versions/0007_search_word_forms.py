"""The search index also holds the stems of each record's words (word forms).

The index is recreated empty; Workbench refills it from the records after
every migration (workbench.project), now with each record's stems.

Revision ID: 0007_search_word_forms
Revises: 0006_date_precision
"""

from __future__ import annotations

from alembic import op

from db.search_index import create_search_index, drop_search_index
from db.sqlite import stamp_file

revision = "0007_search_word_forms"
down_revision = "0006_date_precision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_search_index(op.get_bind())
    create_search_index(op.get_bind(), schema=7)
    stamp_file(op.get_bind(), 7)


def downgrade() -> None:
    drop_search_index(op.get_bind())
    create_search_index(op.get_bind(), schema=6)
    stamp_file(op.get_bind(), 6)

"""The search index indexes each record's kind, so a search for one kind filters
inside the index, and keeps prefix indexes for the first letters typed (see
db.search_index.create_search_index).

The index is recreated empty; Workbench refills it from the records after
every migration (workbench.project).

Revision ID: 0010_search_prefixes
Revises: 0009_citations
"""

from __future__ import annotations

from alembic import op

from db.search_index import create_search_index, drop_search_index
from db.sqlite import stamp_file

revision = "0010_search_prefixes"
down_revision = "0009_citations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_search_index(op.get_bind())
    create_search_index(op.get_bind(), schema=10)
    stamp_file(op.get_bind(), 10)


def downgrade() -> None:
    drop_search_index(op.get_bind())
    create_search_index(op.get_bind(), schema=9)
    stamp_file(op.get_bind(), 9)

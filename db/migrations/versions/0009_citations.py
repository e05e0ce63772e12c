"""A source has a short title for later footnotes; a submission chooses its citation style.

Revision ID: 0009_citations
Revises: 0008_wording_translation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file

revision = "0009_citations"
down_revision = "0008_wording_translation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sources",
        sa.Column("short_title", sa.String(2000), nullable=False, server_default=""),
    )
    op.add_column(
        "submissions",
        sa.Column(
            "citation_style", sa.String(40), nullable=False, server_default="full_then_short"
        ),
    )
    stamp_file(op.get_bind(), 9)


def downgrade() -> None:
    # SQLite's own DROP COLUMN, so the tables are exactly schema 8's again.
    op.drop_column("submissions", "citation_style")
    op.drop_column("sources", "short_title")
    stamp_file(op.get_bind(), 8)

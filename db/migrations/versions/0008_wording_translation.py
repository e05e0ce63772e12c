"""A proposed wording says whether its current wording's translations are official.

Revision ID: 0008_wording_translation
Revises: 0007_search_word_forms
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.sqlite import stamp_file

revision = "0008_wording_translation"
down_revision = "0007_search_word_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "proposed_wordings",
        sa.Column(
            "current_wording_translation",
            sa.String(40),
            nullable=False,
            server_default="official",
        ),
    )
    stamp_file(op.get_bind(), 8)


def downgrade() -> None:
    # SQLite's own DROP COLUMN, so the table is exactly schema 7's again.
    op.drop_column("proposed_wordings", "current_wording_translation")
    stamp_file(op.get_bind(), 7)

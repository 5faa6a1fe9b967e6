"""Knowledge entries' titles and summaries in more languages.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_translations",
        sa.Column(
            "entry_id",
            sa.String(64),
            sa.ForeignKey(
                "knowledge_entries.id",
                ondelete="CASCADE",
                name="fk_knowledge_translations_entry_id_knowledge_entries",
            ),
            nullable=False,
        ),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("entry_id", "lang", name="pk_knowledge_translations"),
    )


def downgrade() -> None:
    op.drop_table("knowledge_translations")

"""Knowledge entries and the anonymous log of lookups that found nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_entries",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("url", sa.String(1000), nullable=False, server_default=""),
        sa.Column("url_key", sa.String(1000), nullable=False, server_default=""),
        sa.Column("type", sa.String(20), nullable=False, server_default="other"),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("publisher", sa.String(300), nullable=False, server_default=""),
        sa.Column("licence", sa.String(200), nullable=False, server_default=""),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column(
            "added_by",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="SET NULL", name="fk_knowledge_entries_added_by_people"
            ),
            nullable=True,
        ),
        sa.Column("added_via", sa.String(16), nullable=False, server_default="import"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "reviewed_by",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="SET NULL", name="fk_knowledge_entries_reviewed_by_people"
            ),
            nullable=True,
        ),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("shown_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_shown_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_knowledge_entries"),
        sa.CheckConstraint(
            "status IN ('published', 'pending', 'rejected', 'archived')",
            name="ck_knowledge_entries_status",
        ),
    )
    op.create_index("ix_knowledge_entries_url_key", "knowledge_entries", ["url_key"])
    op.create_index("ix_knowledge_entries_status", "knowledge_entries", ["status"])
    op.create_index("ix_knowledge_entries_added_by", "knowledge_entries", ["added_by"])
    op.create_index("ix_knowledge_entries_updated_at", "knowledge_entries", ["updated_at"])
    op.create_table(
        "knowledge_gaps",
        sa.Column("query", sa.String(200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("query", name="pk_knowledge_gaps"),
    )


def downgrade() -> None:
    op.drop_table("knowledge_gaps")
    op.drop_index("ix_knowledge_entries_updated_at", table_name="knowledge_entries")
    op.drop_index("ix_knowledge_entries_added_by", table_name="knowledge_entries")
    op.drop_index("ix_knowledge_entries_status", table_name="knowledge_entries")
    op.drop_index("ix_knowledge_entries_url_key", table_name="knowledge_entries")
    op.drop_table("knowledge_entries")

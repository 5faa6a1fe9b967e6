"""Counts for the coordinators' reports: lookups asked and lookups that found nothing, per
network and day (numbers and normalised words only, never who asked or what they wrote), and
the indexes the reports' range queries read by.

``knowledge_lookup_days`` holds, per network and UTC day, how many lookups were asked and how
many found nothing; ``knowledge_gap_days`` how often each normalised lookup found nothing that
day (``knowledge_gaps`` keeps the all-time count without days).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    # Sent posts in a period: the state first, so a planner without statistics (SQLite
    # before ANALYZE) does not read every sent post through the state index alone.
    ("ix_prompt_deliveries_state_scheduled_at", "prompt_deliveries", ["state", "scheduled_at"]),
    ("ix_mentoring_requests_created_at", "mentoring_requests", ["created_at"]),
    ("ix_mentoring_proposals_created_at", "mentoring_proposals", ["created_at"]),
    ("ix_mentoring_proposals_answered_at", "mentoring_proposals", ["answered_at"]),
    ("ix_mentoring_feedback_created_at", "mentoring_feedback", ["created_at"]),
    ("ix_knowledge_entries_created_at", "knowledge_entries", ["created_at"]),
)


def upgrade() -> None:
    op.create_table(
        "knowledge_lookup_days",
        sa.Column("network", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.Column("found_nothing", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("network", "day", name="pk_knowledge_lookup_days"),
    )
    op.create_table(
        "knowledge_gap_days",
        sa.Column("network", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("query", sa.String(200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("network", "day", "query", name="pk_knowledge_gap_days"),
    )
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table("knowledge_gap_days")
    op.drop_table("knowledge_lookup_days")

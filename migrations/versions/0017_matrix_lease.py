"""Replicas sharing a Matrix account: where the replica holding the sync lease is in the
event stream (the sync token, the ids of the events handled most recently, the direct rooms
and choices offered), so the replica taking over goes on from there.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_positions",
        sa.Column("platform", sa.String(20), primary_key=True),
        sa.Column("account", sa.String(255), primary_key=True),
        sa.Column("token", sa.Text(), nullable=True),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.Column("memory", sa.JSON(), nullable=True),
        sa.Column("replica_id", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_positions")

"""Replicas on one PostgreSQL: the members of the cluster and the platform messages a replica
took to answer.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_members",
        sa.Column("replica_id", sa.String(64), primary_key=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
    )
    op.create_index("ix_cluster_members_heartbeat_at", "cluster_members", ["heartbeat_at"])
    op.create_table(
        "handled_messages",
        sa.Column("platform", sa.String(20), primary_key=True),
        sa.Column("message_id", sa.String(255), primary_key=True),
        sa.Column("replica_id", sa.String(64), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_handled_messages_handled_at", "handled_messages", ["handled_at"])


def downgrade() -> None:
    op.drop_table("handled_messages")
    op.drop_table("cluster_members")

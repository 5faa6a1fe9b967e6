"""Replicas on one PostgreSQL: the members of the cluster, the platform messages a replica
took to answer, the senders' shared rate-limit windows, the searches ``!more`` continues; on
PostgreSQL, triggers that notify the replicas when the knowledge change counter moves
(``vetbot_knowledge``) and when prompts change (``vetbot_prompts``), delivered at commit.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

#: (table, channel, trigger level): PostgreSQL folds equal notifications of one transaction
#: into one, so a statement-level trigger is enough.
_NOTIFIED = (
    ("knowledge_revision", "vetbot_knowledge", "STATEMENT"),
    ("prompts", "vetbot_prompts", "STATEMENT"),
)


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
    op.create_table(
        "rate_windows",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("hits", sa.JSON(), nullable=False),
        sa.Column("warned", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_rate_windows_updated_at", "rate_windows", ["updated_at"])
    op.create_table(
        "knowledge_pages",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("user_key", sa.String(64), nullable=False),
        sa.Column("search", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_knowledge_pages_user_key", "knowledge_pages", ["user_key"])
    op.create_index("ix_knowledge_pages_saved_at", "knowledge_pages", ["saved_at"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, channel, level in _NOTIFIED:
        op.execute(
            f"CREATE FUNCTION {table}_notify() RETURNS trigger AS $$ "
            f"BEGIN PERFORM pg_notify('{channel}', ''); RETURN NULL; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE ON {table} "
            f"FOR EACH {level} EXECUTE FUNCTION {table}_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _channel, _level in _NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_notify()")
    op.drop_table("knowledge_pages")
    op.drop_table("rate_windows")
    op.drop_table("handled_messages")
    op.drop_table("cluster_members")

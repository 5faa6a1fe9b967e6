"""Networks: the networks table (``vetbot network add``), and the network of knowledge
entries (with whether they are shared EU-wide), lookup gaps, mentors and match requests.

Every existing row goes to the default network; existing entries stay shared, so a store
upgraded from before networks behaves as it did.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DEFAULT = sa.text("'default'")


def upgrade() -> None:
    op.create_table(
        "networks",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("servers", sa.JSON(), nullable=False),
        sa.Column("rooms", sa.JSON(), nullable=False),
        sa.Column("coordinators", sa.JSON(), nullable=False),
        sa.Column("admins", sa.JSON(), nullable=False),
        sa.Column("prompt_channel", sa.String(300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.add_column(
            sa.Column("network", sa.String(32), nullable=False, server_default=DEFAULT)
        )
        batch.add_column(
            sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.create_index("ix_knowledge_entries_network", ["network"])
    with op.batch_alter_table("knowledge_gaps", recreate="always") as batch:
        batch.add_column(
            sa.Column("network", sa.String(32), nullable=False, server_default=DEFAULT)
        )
        batch.drop_constraint("pk_knowledge_gaps", type_="primary")
        batch.create_primary_key("pk_knowledge_gaps", ["network", "query"])
    with op.batch_alter_table("mentoring_profiles") as batch:
        batch.add_column(
            sa.Column("network", sa.String(32), nullable=False, server_default=DEFAULT)
        )
        batch.add_column(
            sa.Column("cross_border", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("mentoring_requests") as batch:
        batch.add_column(
            sa.Column("network", sa.String(32), nullable=False, server_default=DEFAULT)
        )
        batch.create_index("ix_mentoring_requests_network", ["network"])


def downgrade() -> None:
    with op.batch_alter_table("mentoring_requests") as batch:
        batch.drop_index("ix_mentoring_requests_network")
        batch.drop_column("network")
    with op.batch_alter_table("mentoring_profiles") as batch:
        batch.drop_column("cross_border")
        batch.drop_column("network")
    # One count per query again: the default network's counts are kept, the others' dropped.
    op.execute("DELETE FROM knowledge_gaps WHERE network <> 'default'")
    with op.batch_alter_table("knowledge_gaps", recreate="always") as batch:
        batch.drop_constraint("pk_knowledge_gaps", type_="primary")
        batch.create_primary_key("pk_knowledge_gaps", ["query"])
        batch.drop_column("network")
    with op.batch_alter_table("knowledge_entries") as batch:
        batch.drop_index("ix_knowledge_entries_network")
        batch.drop_column("shared")
        batch.drop_column("network")
    op.drop_table("networks")

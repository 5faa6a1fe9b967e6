"""Professional development: the network a person's self-assessment counts in.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cpd_members",
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="CASCADE", name="fk_cpd_members_person_id_people"),
            primary_key=True,
        ),
        sa.Column("network", sa.String(32), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_cpd_members_network", "cpd_members", ["network"])


def downgrade() -> None:
    op.drop_index("ix_cpd_members_network", table_name="cpd_members")
    op.drop_table("cpd_members")

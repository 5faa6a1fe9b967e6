"""A network's own role rules: Discord role names or ids that make a coordinator or an admin
in its rooms, and Matrix power levels (0: none of its own).

Existing networks get none, so they keep ``[permissions]``' rules as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NONE = sa.text("'[]'")


def upgrade() -> None:
    with op.batch_alter_table("networks") as batch:
        batch.add_column(
            sa.Column("coordinator_roles", sa.JSON(), nullable=False, server_default=NONE)
        )
        batch.add_column(sa.Column("admin_roles", sa.JSON(), nullable=False, server_default=NONE))
        batch.add_column(
            sa.Column("coordinator_power_level", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("admin_power_level", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("networks") as batch:
        batch.drop_column("admin_power_level")
        batch.drop_column("coordinator_power_level")
        batch.drop_column("admin_roles")
        batch.drop_column("coordinator_roles")

"""The mentoring change counters: row 1 bumped by every transaction that changes a proposal,
row 2 by every one that changes a profile.

Every process keeps the mentors' loads (slots in use, last proposal) and their profiles in
memory between requests and re-reads them only when a counter moved. The bump is the
transaction's last statement (see ``bot/capabilities/mentoring/loads.py``), not a trigger: a
trigger would lock the row at the first changed proposal and hold it while the transaction
goes on to lock profiles, and two proposing transactions on PostgreSQL would wait for each
other in a circle. Taken last, the lock is held only for the commit itself.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentoring_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO mentoring_revision (id, value) VALUES (1, 0), (2, 0)")


def downgrade() -> None:
    op.drop_table("mentoring_revision")

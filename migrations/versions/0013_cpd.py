"""Professional development: competence frameworks, self-assessments and learning logs.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _person(table: str, *, primary_key: bool = False) -> sa.Column[object]:
    return sa.Column(
        "person_id",
        sa.Integer(),
        sa.ForeignKey("people.id", ondelete="CASCADE", name=f"fk_{table}_person_id_people"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "cpd_frameworks",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "cpd_ratings",
        _person("cpd_ratings", primary_key=True),
        sa.Column(
            "framework_id",
            sa.String(64),
            sa.ForeignKey(
                "cpd_frameworks.id",
                ondelete="CASCADE",
                name="fk_cpd_ratings_framework_id_cpd_frameworks",
            ),
            primary_key=True,
        ),
        sa.Column("competence_id", sa.String(64), primary_key=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "cpd_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person("cpd_log"),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("framework_id", sa.String(64), nullable=True),
        sa.Column("competence_id", sa.String(64), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.String(1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("person_id", "number", name="uq_cpd_log_person_id_number"),
    )
    op.create_index("ix_cpd_log_person_id", "cpd_log", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_cpd_log_person_id", table_name="cpd_log")
    op.drop_table("cpd_log")
    op.drop_table("cpd_ratings")
    op.drop_table("cpd_frameworks")

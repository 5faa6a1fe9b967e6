"""Mentoring: profiles, requests, proposals and feedback.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _person(name: str, table: str, *, nullable: bool, ondelete: str) -> sa.Column[object]:
    return sa.Column(
        name,
        sa.Integer(),
        sa.ForeignKey("people.id", ondelete=ondelete, name=f"fk_{table}_{name}_people"),
        nullable=nullable,
    )


def upgrade() -> None:
    op.create_table(
        "mentoring_profiles",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person("person_id", "mentoring_profiles", nullable=False, ondelete="CASCADE"),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("sector", sa.String(100), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False, server_default=""),
        sa.Column("paused", sa.Boolean(), nullable=False, server_default=sa.false()),
        _when("paused_until"),
        _when("consent_at", nullable=False),
        _when("created_at", nullable=False),
        _when("updated_at", nullable=False),
        sa.UniqueConstraint("person_id", "kind", name="uq_mentoring_profiles_person_id_kind"),
    )
    op.create_index("ix_mentoring_profiles_person_id", "mentoring_profiles", ["person_id"])
    op.create_table(
        "mentoring_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        _person("requester_id", "mentoring_requests", nullable=True, ondelete="SET NULL"),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("need", sa.Text(), nullable=False, server_default=""),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("sector", sa.String(100), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False, server_default="0"),
        _when("created_at", nullable=False),
        _when("updated_at", nullable=False),
        _when("matched_at"),
        _when("closed_at"),
        _when("exhausted_at"),
        _when("anonymised_at"),
    )
    op.create_index("ix_mentoring_requests_requester_id", "mentoring_requests", ["requester_id"])
    op.create_index("ix_mentoring_requests_status", "mentoring_requests", ["status"])
    op.create_table(
        "mentoring_proposals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey(
                "mentoring_requests.id",
                ondelete="CASCADE",
                name="fk_mentoring_proposals_request_id_mentoring_requests",
            ),
            nullable=False,
        ),
        _person("mentor_id", "mentoring_proposals", nullable=True, ondelete="SET NULL"),
        sa.Column("score", sa.Float(), nullable=False, server_default="0"),
        sa.Column("status", sa.String(12), nullable=False),
        _when("created_at", nullable=False),
        _when("sent_at"),
        _when("deadline_at"),
        _when("answered_at"),
        _when("ended_at"),
    )
    for column in ("request_id", "mentor_id", "status", "deadline_at"):
        op.create_index(f"ix_mentoring_proposals_{column}", "mentoring_proposals", [column])
    op.create_table(
        "mentoring_feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "proposal_id",
            sa.Integer(),
            sa.ForeignKey(
                "mentoring_proposals.id",
                ondelete="CASCADE",
                name="fk_mentoring_feedback_proposal_id_mentoring_proposals",
            ),
            nullable=False,
        ),
        _person("author_id", "mentoring_feedback", nullable=True, ondelete="SET NULL"),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        _when("created_at", nullable=False),
        sa.UniqueConstraint(
            "proposal_id", "author_id", name="uq_mentoring_feedback_proposal_id_author_id"
        ),
    )
    op.create_index("ix_mentoring_feedback_proposal_id", "mentoring_feedback", ["proposal_id"])
    op.create_index("ix_mentoring_feedback_author_id", "mentoring_feedback", ["author_id"])


def downgrade() -> None:
    op.drop_index("ix_mentoring_feedback_author_id", table_name="mentoring_feedback")
    op.drop_index("ix_mentoring_feedback_proposal_id", table_name="mentoring_feedback")
    op.drop_table("mentoring_feedback")
    for column in ("deadline_at", "status", "mentor_id", "request_id"):
        op.drop_index(f"ix_mentoring_proposals_{column}", table_name="mentoring_proposals")
    op.drop_table("mentoring_proposals")
    op.drop_index("ix_mentoring_requests_status", table_name="mentoring_requests")
    op.drop_index("ix_mentoring_requests_requester_id", table_name="mentoring_requests")
    op.drop_table("mentoring_requests")
    op.drop_index("ix_mentoring_profiles_person_id", table_name="mentoring_profiles")
    op.drop_table("mentoring_profiles")

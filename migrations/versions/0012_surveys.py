"""Surveys: surveys, their respondents and the answers.

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


def _when(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("network", sa.String(32), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("room_id", sa.String(200), nullable=False),
        sa.Column("room_name", sa.String(200), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        _when("opens_at", nullable=False),
        _when("closes_at", nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column(
            "created_by",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="SET NULL", name="fk_surveys_created_by_people"),
            nullable=True,
        ),
        _when("created_at", nullable=False),
        _when("closed_at"),
        _when("answers_deleted_at"),
    )
    for column in ("network", "closes_at", "status", "created_by"):
        op.create_index(f"ix_surveys_{column}", "surveys", [column])
    op.create_table(
        "survey_respondents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "survey_id",
            sa.Integer(),
            sa.ForeignKey(
                "surveys.id", ondelete="CASCADE", name="fk_survey_respondents_survey_id_surveys"
            ),
            nullable=False,
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="CASCADE", name="fk_survey_respondents_person_id_people"
            ),
            nullable=False,
        ),
        sa.Column("awaiting", sa.Integer(), nullable=True),
        _when("awaiting_since"),
        _when("started_at", nullable=False),
        sa.UniqueConstraint(
            "survey_id", "person_id", name="uq_survey_respondents_survey_id_person_id"
        ),
    )
    op.create_index("ix_survey_respondents_survey_id", "survey_respondents", ["survey_id"])
    op.create_index("ix_survey_respondents_person_id", "survey_respondents", ["person_id"])
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "survey_id",
            sa.Integer(),
            sa.ForeignKey(
                "surveys.id", ondelete="CASCADE", name="fk_survey_answers_survey_id_surveys"
            ),
            nullable=False,
        ),
        sa.Column(
            "respondent_id",
            sa.Integer(),
            sa.ForeignKey(
                "survey_respondents.id",
                ondelete="CASCADE",
                name="fk_survey_answers_respondent_id_survey_respondents",
            ),
            nullable=False,
        ),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("share", sa.Boolean(), nullable=False),
        _when("answered_at", nullable=False),
        sa.UniqueConstraint(
            "respondent_id", "question", name="uq_survey_answers_respondent_id_question"
        ),
    )
    op.create_index("ix_survey_answers_survey_id", "survey_answers", ["survey_id"])
    op.create_index("ix_survey_answers_respondent_id", "survey_answers", ["respondent_id"])


def downgrade() -> None:
    op.drop_table("survey_answers")
    op.drop_table("survey_respondents")
    op.drop_table("surveys")

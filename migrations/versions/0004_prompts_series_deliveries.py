"""Scheduled prompts, e-conference series, the delivery log and thread participation.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _author_columns(table: str) -> list[sa.Column[object]]:
    return [
        sa.Column(
            "author_person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="SET NULL", name=f"fk_{table}_author_person_id_people"
            ),
            nullable=True,
        ),
        sa.Column("author_platform", sa.String(20), nullable=False, server_default=""),
        sa.Column("author_user_id", sa.String(255), nullable=False, server_default=""),
        sa.Column("author_name", sa.String(200), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    op.create_table(
        "prompt_series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("opening", sa.Text(), nullable=False, server_default=""),
        sa.Column("closing", sa.Text(), nullable=False, server_default=""),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        *_author_columns("prompt_series"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_prompt_series_author_person_id", "prompt_series", ["author_person_id"])
    op.create_table(
        "prompts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("part", sa.String(16), nullable=False, server_default="prompt"),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey(
                "prompt_series.id", ondelete="CASCADE", name="fk_prompts_series_id_prompt_series"
            ),
            nullable=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("schedule", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        *_author_columns("prompts"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_until", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_prompts_series_id", "prompts", ["series_id"])
    op.create_index("ix_prompts_status", "prompts", ["status"])
    op.create_index("ix_prompts_updated_at", "prompts", ["updated_at"])
    op.create_index("ix_prompts_author_person_id", "prompts", ["author_person_id"])
    op.create_table(
        "prompt_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "prompt_id",
            sa.Integer(),
            sa.ForeignKey(
                "prompts.id", ondelete="CASCADE", name="fk_prompt_targets_prompt_id_prompts"
            ),
            nullable=False,
        ),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("room_id", sa.String(255), nullable=False),
        sa.Column("room_name", sa.String(255), nullable=False, server_default=""),
        sa.UniqueConstraint(
            "prompt_id", "platform", "room_id", name="uq_prompt_targets_prompt_id_platform_room_id"
        ),
    )
    op.create_table(
        "prompt_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "prompt_id",
            sa.Integer(),
            sa.ForeignKey(
                "prompts.id", ondelete="CASCADE", name="fk_prompt_deliveries_prompt_id_prompts"
            ),
            nullable=False,
        ),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("room_id", sa.String(255), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_id", sa.String(255), nullable=True),
        sa.Column("thread_id", sa.String(255), nullable=True),
        sa.Column("replies", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("participants", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("summary_state", sa.String(16), nullable=True),
        sa.Column("note", sa.String(255), nullable=False, server_default=""),
        sa.UniqueConstraint(
            "prompt_id",
            "platform",
            "room_id",
            "scheduled_at",
            name="uq_prompt_deliveries_prompt_id_platform_room_id_scheduled_at",
        ),
    )
    op.create_index("ix_prompt_deliveries_state", "prompt_deliveries", ["state"])
    op.create_index("ix_prompt_deliveries_thread_id", "prompt_deliveries", ["thread_id"])
    op.create_index("ix_prompt_deliveries_summary_state", "prompt_deliveries", ["summary_state"])
    op.create_table(
        "prompt_participants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "delivery_id",
            sa.Integer(),
            sa.ForeignKey(
                "prompt_deliveries.id",
                ondelete="CASCADE",
                name="fk_prompt_participants_delivery_id_prompt_deliveries",
            ),
            nullable=False,
        ),
        sa.Column("sender_id", sa.String(255), nullable=False),
        sa.Column("replies", sa.Integer(), nullable=False, server_default="0"),
        sa.UniqueConstraint(
            "delivery_id", "sender_id", name="uq_prompt_participants_delivery_id_sender_id"
        ),
    )


def downgrade() -> None:
    op.drop_table("prompt_participants")
    op.drop_index("ix_prompt_deliveries_summary_state", table_name="prompt_deliveries")
    op.drop_index("ix_prompt_deliveries_thread_id", table_name="prompt_deliveries")
    op.drop_index("ix_prompt_deliveries_state", table_name="prompt_deliveries")
    op.drop_table("prompt_deliveries")
    op.drop_table("prompt_targets")
    op.drop_index("ix_prompts_author_person_id", table_name="prompts")
    op.drop_index("ix_prompts_updated_at", table_name="prompts")
    op.drop_index("ix_prompts_status", table_name="prompts")
    op.drop_index("ix_prompts_series_id", table_name="prompts")
    op.drop_table("prompts")
    op.drop_index("ix_prompt_series_author_person_id", table_name="prompt_series")
    op.drop_table("prompt_series")

"""The knowledge change counter: one row bumped by every change to the entries' content.

The lookup index is saved as a snapshot beside the database and reused at start only while
the counter still holds the value the snapshot was built at. Triggers bump it, so every
writer counts — this process, ``vetbot knowledge import`` in another one, a hand-made SQL fix
— and only changes a lookup can see do: what an entry says and its status, not how often it
was shown. SQLite has row triggers only; PostgreSQL bumps once per statement.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The columns a lookup reads (the index's documents, and the status that publishes them).
_WATCHED = (
    "id, title, aliases, summary, type, languages, countries, sectors, target_groups, "
    "topics, publisher, status"
)
_BUMP = "UPDATE knowledge_revision SET value = value + 1 WHERE id = 1"


def upgrade() -> None:
    op.create_table(
        "knowledge_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO knowledge_revision (id, value) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION knowledge_revision_bump() RETURNS trigger AS $$ "
            f"BEGIN {_BUMP}; RETURN NULL; END $$ LANGUAGE plpgsql"
        )
        for event in ("INSERT", "DELETE", f"UPDATE OF {_WATCHED}"):
            name = "knowledge_revision_" + event.split()[0].lower()
            op.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON knowledge_entries "
                "FOR EACH STATEMENT EXECUTE FUNCTION knowledge_revision_bump()"
            )
        return
    for event in ("INSERT", "DELETE", f"UPDATE OF {_WATCHED}"):
        name = "knowledge_revision_" + event.split()[0].lower()
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON knowledge_entries "
            f"FOR EACH ROW BEGIN {_BUMP}; END"
        )


def downgrade() -> None:
    for event in ("insert", "delete", "update"):
        op.execute(
            f"DROP TRIGGER IF EXISTS knowledge_revision_{event}"
            + (" ON knowledge_entries" if op.get_bind().dialect.name == "postgresql" else "")
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS knowledge_revision_bump()")
    op.drop_table("knowledge_revision")

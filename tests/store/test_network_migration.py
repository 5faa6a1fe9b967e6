"""Upgrading a populated store from before networks (0006) keeps every row, in the default
network, on both databases; and the way back keeps them too."""

from __future__ import annotations

from sqlalchemy import create_engine, pool, text

from bot.store import migrate
from bot.store.database import sync_url

NOW = "2026-11-24 10:00:00+00:00"

ROWS = [
    "INSERT INTO people (id, display_name, created_at) VALUES (1, 'Ana', :now)",
    "INSERT INTO knowledge_entries (id, title, aliases, languages, countries, sectors, "
    "target_groups, topics, status, created_at, updated_at) VALUES "
    "('guide', 'A guide', '[]', '[\"de\"]', '[]', '[]', '[]', '[]', 'published', :now, :now)",
    "INSERT INTO knowledge_entries (id, title, aliases, languages, countries, sectors, "
    "target_groups, topics, status, added_by, created_at, updated_at) VALUES "
    "('idea', 'An idea', '[]', '[]', '[]', '[]', '[]', '[]', 'pending', 1, :now, :now)",
    "INSERT INTO knowledge_gaps (query, count, first_at, last_at) VALUES ('dual', 3, :now, :now)",
    "INSERT INTO mentoring_profiles (id, person_id, kind, topics, languages, capacity, "
    "consent_at, created_at, updated_at) VALUES (1, 1, 'mentor', '[\"assessment\"]', "
    "'[\"de\"]', 2, :now, :now, :now)",
    "INSERT INTO mentoring_requests (id, requester_id, kind, need, languages, status, "
    "created_at, updated_at) VALUES (1, 1, 'mentor', 'help', '[]', 'open', :now, :now)",
]


def _query(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _fill(url: str) -> None:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            for sql in ROWS:
                conn.execute(text(sql), {"now": NOW})
    finally:
        engine.dispose()


def test_upgrade_keeps_every_row_in_the_default_network(db_url: str) -> None:
    migrate.upgrade(db_url, "0006")
    _fill(db_url)
    migrate.upgrade(db_url)
    entries = _query(
        db_url, "SELECT id, status, network, shared FROM knowledge_entries ORDER BY id"
    )
    assert entries == [
        ("guide", "published", "default", True),
        ("idea", "pending", "default", True),
    ]
    assert _query(db_url, "SELECT network, query, count FROM knowledge_gaps") == [
        ("default", "dual", 3)
    ]
    assert _query(db_url, "SELECT id, network, cross_border, capacity FROM mentoring_profiles") == [
        (1, "default", False, 2)
    ]
    assert _query(db_url, "SELECT id, network, need FROM mentoring_requests") == [
        (1, "default", "help")
    ]
    assert _query(db_url, "SELECT COUNT(*) FROM networks") == [(0,)]
    # Down again: the rows are still there, without their network.
    migrate.downgrade(db_url, "0006")
    assert _query(db_url, "SELECT query, count FROM knowledge_gaps") == [("dual", 3)]
    assert len(_query(db_url, "SELECT id FROM knowledge_entries")) == 2
    assert _query(db_url, "SELECT id, capacity FROM mentoring_profiles") == [(1, 2)]

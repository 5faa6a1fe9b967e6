"""The models and the migrations describe the same schema (no drift), on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, pool

import bot.store.models  # noqa: F401
from bot.capabilities import modules
from bot.store import Base, migrate
from bot.store.database import sync_url


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    modules()
    migrate.upgrade(db_url)
    engine = create_engine(sync_url(db_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []

"""The models and the migrations describe the same schema (no drift), on both databases."""

from __future__ import annotations

import importlib
import pkgutil

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, pool

import bot.capabilities
import bot.store.models
from bot.capabilities import modules
from bot.store import Base, migrate
from bot.store.database import sync_url


def _table_modules() -> None:
    """Import every capability's table module: a capability that loads its parts only in
    ``setup`` (mentoring, prompts) has not registered its tables by being imported."""
    for found in pkgutil.walk_packages(bot.capabilities.__path__, "bot.capabilities."):
        if found.name.rsplit(".", 1)[-1] in ("tables", "models"):
            importlib.import_module(found.name)


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    modules()
    _table_modules()
    migrate.upgrade(db_url)
    engine = create_engine(sync_url(db_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []

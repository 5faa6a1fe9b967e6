"""Schema migrations through Alembic, driven from code (``vetbot db …`` and start-up).

The revisions live in the top-level ``migrations`` package; no ``alembic.ini`` is needed.
"""

from __future__ import annotations

import asyncio
import functools
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, make_url, pool
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StoreError
from bot.store.database import ensure_sqlite_dir, store_error, sync_url


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at our revisions and at ``url`` (sync form)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision in the code (read once: the revisions do not change while we run)."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(url: str) -> str | None:
    """The revision the database at ``url`` is at (``None``: empty, also a SQLite file that
    does not exist yet: reading the version never creates one)."""
    parsed = make_url(url)
    local = parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:")
    if local and not Path(str(parsed.database)).expanduser().exists():
        return None
    try:
        return _stored_revision(url)
    except SQLAlchemyError as exc:
        raise store_error(exc, url, "cannot read the schema version") from exc


def _stored_revision(url: str) -> str | None:
    """:func:`current_revision`, letting SQLAlchemy's errors through."""
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` up to ``revision``.

    A database already at head is left alone after one read of its version: every start runs
    this, and Alembic's full machinery (loading the revision scripts and the environment) costs
    more than the check.
    """
    ensure_sqlite_dir(url)
    try:
        if revision == "head" and _stored_revision(url) == head_revision():
            return
        command.upgrade(alembic_config(url), revision)
    except CommandError as exc:
        raise StoreError(f"cannot migrate to {revision!r}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise store_error(exc, url, "migration failed") from exc


def downgrade(url: str, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` (``base`` empties it)."""
    try:
        command.downgrade(alembic_config(url), revision)
    except CommandError as exc:
        raise StoreError(f"cannot migrate to {revision!r}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise store_error(exc, url, "migration failed") from exc


async def upgrade_async(url: str, revision: str = "head") -> None:
    """:func:`upgrade` off the event loop."""
    await asyncio.to_thread(upgrade, url, revision)


def check_at_head(url: str) -> None:
    """Raise StoreError unless the database is at the newest revision."""
    current = current_revision(url)
    head = head_revision()
    if current != head:
        raise StoreError(
            f"database schema is at {current or 'empty'}, code expects {head}: "
            "run 'vetbot db upgrade'"
        )

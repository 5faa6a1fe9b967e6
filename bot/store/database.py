"""The :class:`Store`: one async engine and a session factory with sane per-database settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.errors import StoreError
from bot.private_files import private_file


def sync_url(url: str) -> str:
    """The synchronous twin of an async URL (Alembic runs synchronously)."""
    parsed = make_url(url)
    driver = parsed.drivername
    if driver.startswith("sqlite"):
        return parsed.set(drivername="sqlite").render_as_string(hide_password=False)
    if driver.startswith("postgresql"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def async_url(url: str) -> str:
    """The async form of a URL an operator may have written without a driver."""
    parsed = make_url(url)
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return parsed.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+asyncpg"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def ensure_sqlite_dir(url: str) -> None:
    """Create a SQLite database file and its folder, owner-only (it holds personal data), so a
    first run just works."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") and parsed.database and parsed.database != ":memory:":
        private_file(Path(parsed.database).expanduser())


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver would begin a transaction only at the first write, so what a transaction
    # read before it could change under it; we begin ourselves (see ``_sqlite_begin``).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    """Every transaction takes SQLite's write lock at its start (``BEGIN IMMEDIATE``): what it
    read stays true until it commits (a mentor's free slots, a claim), and writers wait for
    each other (``busy_timeout``) instead of failing on a stale snapshot. SQLite allows one
    writer at a time anyway; PostgreSQL uses row locks instead."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


class Store:
    """Owns the engine. ``session()`` yields a session inside one transaction.

    The transaction commits when the block ends normally and rolls back on any exception;
    database errors surface as :class:`~bot.errors.StoreError` with the cause attached.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = async_url(url)
        ensure_sqlite_dir(self.url)
        # Parameters are what people typed: never in error messages or logs.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.url.startswith("postgresql"):
            kwargs.update(pool_size=5, max_overflow=5, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction: commit on success, roll back on error."""
        async with self.sessions() as session:
            try:
                async with session.begin():
                    yield session
            except SQLAlchemyError as exc:
                raise StoreError(f"database error: {exc.__class__.__name__}") from exc

    async def close(self) -> None:
        await self.engine.dispose()

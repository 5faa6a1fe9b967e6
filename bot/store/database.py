"""The :class:`Store`: one async engine and a session factory with sane per-database settings.

SQLite is shared by every ``vetbot`` process on one machine (a running bot, ``vetbot say``
from scripts, ``vetbot match run``), so several may want the database at the same moment.
Every transaction takes the write lock at its start (see :func:`_sqlite_begin`) and waits for
another process's transaction to end for up to :data:`BUSY_TIMEOUT` seconds (``?timeout=`` in
the URL sets another wait, e.g. ``sqlite+aiosqlite:///data/vetbot.db?timeout=60``), from the
connection's first statement on.

A write that still cannot get the lock, like every other database failure, becomes a
:class:`~bot.errors.StoreError` with a one-line message naming the database: ``vetbot`` exits
with code 3 on it, and the chat gets a short "try again" instead of a generic apology.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
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

#: Seconds a SQLite write waits for another process's write to end (URL ``?timeout=``).
#: Writes take milliseconds; a long wait only covers bursts (a seed import, twenty scripts).
BUSY_TIMEOUT = 15.0


def sync_url(url: str) -> str:
    """The synchronous twin of an async URL (Alembic runs synchronously); SQLite with the
    same busy timeout as the :class:`Store`."""
    parsed = make_url(url)
    driver = parsed.drivername
    if driver.startswith("sqlite"):
        if "timeout" not in parsed.query:
            parsed = parsed.update_query_dict({"timeout": f"{BUSY_TIMEOUT:g}"})
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


def where(url: str) -> str:
    """The database ``url`` names, for messages: a SQLite file path, else the URL without its
    password."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        return str(Path(parsed.database).expanduser()) if parsed.database else ":memory:"
    return parsed.set(query={}).render_as_string(hide_password=True)


def problem(exc: BaseException) -> str:
    """The first line of the database's own complaint (``database is locked``), at most 200
    characters; SQLAlchemy's wrapping and its links to background pages left out."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    first = lines[0].strip() if lines else ""
    return (first or cause.__class__.__name__)[:200]


def store_error(exc: BaseException, url: str, doing: str = "") -> StoreError:
    """A one-line :class:`StoreError` for ``exc``: what failed, and on which database."""
    what = f"{doing}: " if doing else ""
    return StoreError(f"{what}{problem(exc)} ({where(url)})")


def ensure_sqlite_dir(url: str) -> None:
    """Create a SQLite database file and its folder, owner-only (it holds personal data), so a
    first run just works.

    A folder or file that cannot be made (read-only file system, no permission, a file where
    the folder should be) is a :class:`StoreError` naming it, not a traceback.
    """
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") and parsed.database and parsed.database != ":memory:":
        database = Path(parsed.database).expanduser()
        try:
            private_file(database)
        except FileExistsError as exc:  # a file where a folder should be
            raise StoreError(f"{exc.filename or database} is a file, not a folder") from exc
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            raise StoreError(f"cannot create {exc.filename or database}: {reason}") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver would begin a transaction only at the first write, so what a transaction
    # read before it could change under it; we begin ourselves (see ``_sqlite_begin``).
    # No busy_timeout pragma: the driver's ``timeout`` (see Store) is in force already, also
    # for switching to WAL here, and a pragma would override a ``?timeout=`` in the URL.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


#: The execution option of :meth:`Store.reading`'s sessions.
_READING = "vetbot_reading"


def _sqlite_begin(conn: Any) -> None:
    """Every transaction takes SQLite's write lock at its start (``BEGIN IMMEDIATE``): what it
    read stays true until it commits (a mentor's free slots, a claim), and writers wait for
    each other (``busy_timeout``) instead of failing on a stale snapshot. SQLite allows one
    writer at a time anyway; PostgreSQL uses row locks instead. A session of
    :meth:`Store.reading` begins nothing: each of its statements is a read of its own."""
    if not conn.get_execution_options().get(_READING):
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
        elif "timeout" not in make_url(self.url).query:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT}
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._readers = async_sessionmaker(
            self.engine.execution_options(**{_READING: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session in a transaction: commit on success, roll back on error."""
        return self._transaction(self.sessions)

    def reading(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session for one quick lookup, never a write: on SQLite it waits for no writer
        and takes no write lock (and each statement reads what was committed when it ran);
        on PostgreSQL, as :meth:`session`. For the lookup every message starts with (the
        sender's language), where a transaction of its own would cost a statement more."""
        return self._transaction(self._readers)

    @asynccontextmanager
    async def _transaction(
        self, maker: async_sessionmaker[AsyncSession]
    ) -> AsyncIterator[AsyncSession]:
        """A session of ``maker`` in a transaction; a database error as a :class:`StoreError`."""
        async with maker() as session:
            try:
                async with session.begin():
                    yield session
            except SQLAlchemyError as exc:
                raise store_error(exc, self.url) from exc

    async def close(self) -> None:
        await self.engine.dispose()


def dialect_insert(session: AsyncSession) -> Callable[..., Any]:
    """The INSERT of the database ``session`` is bound to (for ``ON CONFLICT``), imported for
    that database only: the PostgreSQL package loads the modules of all its drivers."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert

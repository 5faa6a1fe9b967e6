"""The store: SQLAlchemy 2 (async) on SQLite by default, PostgreSQL by URL.

The schema is owned by the Alembic revisions in ``migrations/``; nothing here creates tables.
"""

from bot.store.base import Base, UTCDateTime
from bot.store.database import Store, dialect_insert

__all__ = ["Base", "Store", "UTCDateTime", "dialect_insert"]

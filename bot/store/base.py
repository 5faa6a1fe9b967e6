"""The declarative base every table derives from, and shared column types."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all vetbot tables."""

    metadata = MetaData(naming_convention=NAMING)


#: Modules defining tables that may not be imported yet (the capabilities' tables, loaded with
#: their code when first needed): :func:`all_tables` imports them.
_declared: set[str] = set()


def declare_tables(*modules: str) -> None:
    """Name modules that define tables on :attr:`Base.metadata` (the composition root names
    the capabilities'), for :func:`all_tables`."""
    _declared.update(modules)


def all_tables() -> MetaData:
    """:attr:`Base.metadata` with every declared table module imported: for what must know
    every table (which rows refer to a person), not only those of the code loaded so far."""
    for module in sorted(_declared):
        importlib.import_module(module)
    return Base.metadata


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every database (SQLite forgets time zones; this restores UTC).

    Naive datetimes are refused on the way in: every time in vetbot is aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

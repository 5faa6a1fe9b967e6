"""The migration tests run the migrations themselves, so their databases start empty: these
fixtures replace the shared ones, which start at the newest schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import fresh_postgres


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    with fresh_postgres(pg_admin_url, None) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Where a fresh SQLite database goes; the file does not exist yet."""
    return f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"

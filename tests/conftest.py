"""Shared fixtures: databases (SQLite file and a fresh PostgreSQL database), settings, bots.

Databases start at the newest schema, copied from a template migrated once per session
(:mod:`tests.databases`); ``tests/store`` overrides ``sqlite_url`` and ``pg_url`` to get
empty ones.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests import databases
from tests.botkit import FakeClock, TestBot, make_settings

PG_ADMIN = os.environ.get("VETBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    """None if PostgreSQL answers, else the reason it does not."""
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN}: {exc.__class__.__name__}"


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    reason = _pg_available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must have it: .ci/run starts it)")
        pytest.skip(reason)
    return PG_ADMIN


@pytest.fixture(scope="session", autouse=True)
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[databases.Templates]:
    """The session's migrated templates; a template is only made when a test needs it."""
    with databases.serving(databases.Templates(tmp_path_factory.mktemp("templates"))) as made:
        yield made


@pytest.fixture
def pg_url(pg_admin_url: str, database_templates: databases.Templates) -> Iterator[str]:
    """A fresh PostgreSQL database at the newest schema for one test, dropped afterwards."""
    with databases.fresh_postgres(pg_admin_url, database_templates) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, database_templates: databases.Templates) -> str:
    """A fresh SQLite file at the newest schema in the test's temporary folder."""
    path = tmp_path / "vetbot.db"
    database_templates.copy_sqlite(path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each store test runs on SQLite and on PostgreSQL (``sqlite_url`` and ``pg_url``)."""
    url: str = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    return url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def bot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[TestBot]:
    """A started in-memory bot on a SQLite file, without background work."""
    settings = make_settings(tmp_path, knowledge={"seed": False})
    testbot = TestBot(settings, clock)
    await testbot.start()
    yield testbot
    await testbot.stop()

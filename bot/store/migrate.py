"""Schema migrations through Alembic, driven from code (``vetbot db …`` and start-up).

The revisions live in the top-level ``migrations`` package; no ``alembic.ini`` is needed.

Every start checks the schema, and importing Alembic costs more than the check: a database
already at the newest revision is recognised without it (the revision ids read from the
revision files' ``revision``/``down_revision`` lines, the stored one from Alembic's version
table). Alembic is imported only to migrate, and whenever that quick reading is unsure (two
heads, a merge, two stored versions), so its answer and errors stay the ones given.
"""

from __future__ import annotations

import asyncio
import functools
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, inspect, make_url, pool, text
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StoreError
from bot.store.database import ensure_sqlite_dir, store_error, sync_url

if TYPE_CHECKING:
    from alembic.config import Config

#: Alembic's table of the stored revision (its default name, which ``migrations/env.py`` keeps).
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"\s*$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision\s*=\s*(?:"([^"]+)"|None)\s*$', re.MULTILINE)


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at our revisions and at ``url`` (sync form)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("migrations")))
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision in the code (read once: the revisions do not change while we run):
    read from the revision files when they form one line, else Alembic's answer."""
    return _read_head() or alembic_head()


def alembic_head() -> str:
    """The newest revision as Alembic finds it (importing Alembic and every revision)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def _read_head() -> str | None:
    """The one revision no other revision names as its ``down_revision``, from the revision
    files' text; ``None`` when a file is not in the plain form (one ``revision``, one
    ``down_revision`` naming one revision or none) or there is not exactly one such."""
    revisions: set[str] = set()
    parents: set[str] = set()
    folder = resources.files("migrations").joinpath("versions")
    for file in folder.iterdir():
        if not file.name.endswith(".py") or file.name.startswith("_"):
            continue
        source = file.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


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
            return _read_version(conn)
    finally:
        engine.dispose()


def _read_version(conn: Connection) -> str | None:
    """The revision in Alembic's version table (``None``: no table, or no row); Alembic
    reads it when there are several rows (and says what is wrong)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) <= 1:
        return str(rows[0]) if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` up to ``revision``.

    A database already at head is left alone after one read of its version: every start runs
    this, and Alembic's full machinery (loading the revision scripts and the environment) costs
    more than the check.
    """
    ensure_sqlite_dir(url)
    if revision == "head":
        try:
            if _stored_revision(url) == head_revision():
                return
        except SQLAlchemyError as exc:
            raise store_error(exc, url, "migration failed") from exc
        except Exception as exc:
            # Alembic's own reading (two heads, two stored versions) refused: as below.
            from alembic.util import CommandError

            if isinstance(exc, CommandError):
                raise StoreError(f"cannot migrate to {revision!r}: {exc}") from exc
            raise
    from alembic import command
    from alembic.util import CommandError

    try:
        command.upgrade(alembic_config(url), revision)
    except CommandError as exc:
        raise StoreError(f"cannot migrate to {revision!r}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise store_error(exc, url, "migration failed") from exc


def downgrade(url: str, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` (``base`` empties it)."""
    from alembic import command
    from alembic.util import CommandError

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

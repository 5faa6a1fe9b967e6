"""Databases for tests: each test gets a fresh one that is already at the newest schema.

Running every migration for every test made set-up the slowest part of the suite, so the
migrations run once per pytest session, into a template, and each test gets a copy of it:

- SQLite: the migrated file is copied to where the test's database goes, before the first bot
  opens it (:func:`prepare`, called by ``TestBot.start``);
- PostgreSQL: ``CREATE DATABASE … TEMPLATE vetbot_template_<session>``. A template must have
  no open connection while it is copied: the migrations run without a connection pool, and
  once they are done the template refuses connections.

Each template is made on first use; the PostgreSQL one is dropped when the session ends (a
session that is killed leaves it behind, as it leaves its test databases).
The migrations themselves are still run for real by ``tests/store``, which asks for empty
databases. Outside a pytest session (benchmarks use the test kit too) nothing is copied and the
bot migrates its database itself, as it always does.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.private_files import private_file
from bot.store import migrate


class Templates:
    """The session's migrated templates, made on first use; :meth:`close` drops them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.session = uuid.uuid4().hex[:10]
        self._sqlite: Path | None = None
        self._postgres: tuple[str, str] | None = None  # (admin URL, template name)

    def copy_sqlite(self, target: Path) -> None:
        """Make ``target`` (a file that is missing or empty) a database at the newest schema.

        A missing file is created the way the bot creates its database (owner-only, as are
        the folders made for it); the copy is written into the file, which keeps its mode.
        """
        if self._sqlite is None:
            path = self.folder / "template.db"
            migrate.upgrade(f"sqlite:///{path}")
            self._sqlite = path
        private_file(target)
        shutil.copyfile(self._sqlite, target)

    def create_postgres(self, admin_url: str, name: str) -> None:
        """Create the database ``name`` at the newest schema, as a copy of the template."""
        import psycopg

        template = self._postgres_template(admin_url)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

    def _postgres_template(self, admin_url: str) -> str:
        if self._postgres is not None:
            return self._postgres[1]
        import psycopg

        name = f"vetbot_template_{self.session}"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self._postgres = (admin_url, name)  # dropped by close() even if migrating fails
        migrate.upgrade(f"{admin_url.rsplit('/', 1)[0]}/{name}")
        with psycopg.connect(admin_url, autocommit=True) as conn:
            # Nobody may connect to it from now on, so every copy finds it free.
            conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        return name

    def close(self) -> None:
        """Drop the PostgreSQL template (the SQLite one goes with pytest's temporary files)."""
        if self._postgres is None:
            return
        import psycopg

        admin_url, name = self._postgres
        self._postgres = None
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def fresh_postgres(admin_url: str, template: Templates | None) -> Iterator[str]:
    """A new PostgreSQL database, a copy of ``template`` (or empty without one), dropped
    when the block ends; yields its async URL."""
    import psycopg

    name = f"vetbot_t_{uuid.uuid4().hex[:10]}"
    if template is None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    else:
        template.create_postgres(admin_url, name)
    base = admin_url.rsplit("/", 1)[0]
    try:
        yield f"{base.replace('postgresql://', 'postgresql+psycopg://')}/{name}"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_current: Templates | None = None


@contextmanager
def serving(templates: Templates) -> Iterator[Templates]:
    """Make ``templates`` the ones :func:`prepare` copies from, for the ``with`` block."""
    global _current
    previous, _current = _current, templates
    try:
        yield templates
    finally:
        _current = previous
        templates.close()


def prepare(url: str) -> None:
    """Before a bot first opens ``url``: a SQLite file that is missing, or empty as the
    bot's store creates it, becomes a copy of the session's template. Anything else is left
    as it is (PostgreSQL test databases are made from the template already; a file with
    content is a database a test wants to reuse)."""
    if _current is None:
        return
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return
    if not parsed.database or parsed.database == ":memory:":
        return
    target = Path(parsed.database).expanduser()
    if _never_opened(target):
        _current.copy_sqlite(target)


def _never_opened(path: Path) -> bool:
    """No SQLite connection ever wrote to ``path``: it is missing or empty, with no journal."""
    if path.exists() and path.stat().st_size > 0:
        return False
    return not any(path.with_name(path.name + end).exists() for end in ("-wal", "-journal"))

"""A one-shot command loads only what it uses: the command list, ``vetbot say "!help"`` and the
schema check import none of the heavy libraries (NumPy, SciPy, APScheduler, Alembic, the
Prometheus client) nor the
handlers and services of the other commands; a command that needs them still gets them, its
capability's start work done on first use."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.lazy import Later, imported, once
from bot.runtime import Runtime
from bot.store import Store, migrate
from bot.store.database import sync_url
from tests.botkit import FakeClock, make_settings
from tests.processes import bot_env

#: What a one-shot command that needs neither lookups, matching nor the scheduler must not load.
HEAVY = (
    "numpy",
    "scipy",
    "apscheduler",
    "alembic",
    "prometheus_client",
    "sqlalchemy.dialects.postgresql",  # the default store is SQLite
    "knowledge.engine",
    "bot.capabilities.knowledge.service",
    "bot.capabilities.knowledge.chat",
    "bot.capabilities.mentoring.chat",
    "bot.capabilities.mentoring.batch",
    "bot.capabilities.prompts.engine",
    "bot.capabilities.prompts.chat",
    "bot.capabilities.cpd.service",
    "bot.capabilities.cpd.chat",
    "bot.capabilities.reports.service",
    "bot.capabilities.reports.chat",
    "aiohttp",  # the dashboard's server, only when [web] listen is set
)


def _child(tmp_path: Path, code: str, *, seed: bool = True) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter in ``tmp_path`` (default configuration, SQLite in
    ``data``); it prints one JSON value, returned."""
    config = tmp_path / "bot.toml"
    config.write_text(
        f'[bot]\ndata_dir = "data"\n[knowledge]\nseed = {"true" if seed else "false"}\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env=bot_env(config),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


_SAY = """
    import contextlib, io, json, sys
    from bot.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["say", *{args!r}])
    heavy = {heavy!r}
    print(json.dumps({{"code": code, "out": out.getvalue(),
                      "loaded": [m for m in heavy if m in sys.modules]}}))
"""


def _say(tmp_path: Path, *args: str, seed: bool = True) -> dict[str, object]:
    return _child(tmp_path, _SAY.format(args=list(args), heavy=HEAVY), seed=seed)


def test_say_help_loads_none_of_the_heavy_modules(tmp_path: Path) -> None:
    # The first run creates and migrates the store (Alembic is needed then); the second is
    # the one every later command is like.
    first = _say(tmp_path, "!help")
    assert first["code"] == 0
    again = _say(tmp_path, "!help")
    assert again["code"] == 0
    assert "!help [COMMAND]" in str(again["out"]) and "!tool" in str(again["out"])
    assert again["loaded"] == []
    # Help on one command reads its metadata only.
    one = _say(tmp_path, "!help tool")
    assert "lang:" in str(one["out"]) and one["loaded"] == []


def test_the_command_list_loads_no_handler(tmp_path: Path) -> None:
    found = _child(
        tmp_path,
        f"""
        import asyncio, json, sys
        from bot.cli import AppServices
        from bot.settings import load_from_cli

        async def names():
            async with AppServices(load_from_cli(None)).commands() as catalog:
                return [command.name for command in catalog]

        listed = asyncio.run(names())
        print(json.dumps({{"names": listed,
                          "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
        """,
    )
    assert {"tool", "mentor", "match", "prompt", "series", "help"} <= set(found["names"])  # type: ignore[arg-type]
    assert found["loaded"] == []


def test_a_lookup_seeds_and_loads_the_index_on_first_use(tmp_path: Path) -> None:
    _say(tmp_path, "!help")  # store made; nothing seeded or indexed for help
    found = _say(tmp_path, "!tool mentoring")
    assert found["code"] == 0
    assert "1." in str(found["out"])  # ranked results from the seed
    assert "knowledge.engine" in found["loaded"]  # type: ignore[operator]
    assert (tmp_path / "data" / "knowledge-index.snapshot").exists()


def test_commands_of_other_capabilities_still_run(tmp_path: Path) -> None:
    status = _say(tmp_path, "!match status", seed=False)
    assert status["code"] == 0, status["out"]
    listed = _say(tmp_path, "--role", "coordinator", "!prompt list", seed=False)
    assert listed["code"] == 0, listed["out"]
    # The prompt service was built for the command; the scheduler was not started.
    assert "bot.capabilities.prompts.chat" in listed["loaded"]  # type: ignore[operator]


def test_the_table_modules_named_are_every_table(tmp_path: Path) -> None:
    # In a fresh interpreter: the tables the composition root names, against those defined
    # by importing every module of the capabilities.
    found = _child(
        tmp_path,
        """
        import importlib, json, pkgutil
        import bot.capabilities as capabilities
        from bot.store.base import Base, all_tables, declare_tables
        import bot.store.models

        declare_tables(*capabilities.TABLES)
        named = sorted(all_tables().tables)
        for info in pkgutil.walk_packages(capabilities.__path__, "bot.capabilities."):
            importlib.import_module(info.name)
        print(json.dumps({"named": named, "all": sorted(Base.metadata.tables)}))
        """,
    )
    assert found["named"] == found["all"]
    assert "mentoring_profiles" in found["all"]  # type: ignore[operator]


def test_the_proposal_topic_is_the_one_proposals_are_owed_under() -> None:
    from bot.capabilities import mentoring
    from bot.capabilities.mentoring import proposing

    assert mentoring.PROPOSAL == proposing.PROPOSAL


# --- the schema check without Alembic ---------------------------------------------------------


def test_the_head_read_from_the_revision_files_is_alembics() -> None:
    assert migrate._read_head() == migrate.alembic_head()
    assert migrate.head_revision() == migrate.alembic_head()


def test_the_stored_revision_is_read_as_alembic_reads_it(db_url: str) -> None:
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine, pool

    def alembics() -> str | None:
        engine = create_engine(sync_url(db_url), poolclass=pool.NullPool)
        try:
            with engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        finally:
            engine.dispose()

    assert migrate.current_revision(db_url) == migrate.head_revision() == alembics()
    migrate.downgrade(db_url, "0003")
    assert migrate.current_revision(db_url) == "0003" == alembics()
    migrate.upgrade(db_url)
    assert migrate.current_revision(db_url) == migrate.head_revision() == alembics()
    migrate.downgrade(db_url, "base")  # the version table stays, empty
    assert migrate.current_revision(db_url) is None
    assert alembics() is None


def test_a_database_without_the_version_table_is_at_no_revision(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    assert migrate.current_revision(f"sqlite+aiosqlite:///{path}") is None


def test_the_head_is_left_to_alembic_when_the_files_are_not_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(migrate, "_REVISION", migrate.re.compile(r"^never$"))
    assert migrate._read_head() is None


# --- the pieces -------------------------------------------------------------------------------


def _runtime(tmp_path: Path, *, lazy: bool) -> Runtime:
    settings = make_settings(tmp_path)
    store = Store(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    return Runtime(settings=settings, store=store, clock=FakeClock(), outbox=None, lazy=lazy)  # type: ignore[arg-type]


class Counter:
    def __init__(self) -> None:
        self.started = 0


async def test_a_service_for_later_is_built_once_and_its_start_waits_for_first_use(
    tmp_path: Path,
) -> None:
    runtime = _runtime(tmp_path, lazy=True)
    built: list[Counter] = []

    def build() -> Counter:
        built.append(Counter())
        return built[-1]

    async def start() -> None:
        await asyncio.sleep(0)
        runtime.get(Counter).started += 1

    path = f"{Counter.__module__}.{Counter.__qualname__}"
    runtime.provide_later(path, build)
    runtime.on_start("counter", start, until=path)
    assert runtime.start_hooks == [] and not runtime.is_built(path)
    assert runtime.built(Counter) is None
    first, second = await asyncio.gather(runtime.ready(Counter), runtime.ready(Counter))
    assert first is second is runtime.get(Counter) and len(built) == 1
    assert first.started == 1 and runtime.is_built(path)
    await runtime.ready(Counter)
    assert first.started == 1


async def test_a_start_hook_runs_at_start_unless_the_run_is_lazy(tmp_path: Path) -> None:
    runtime = _runtime(tmp_path, lazy=False)

    async def start() -> None:
        pass

    runtime.on_start("counter", start, until="tests.Counter")
    assert runtime.start_hooks == [("counter", start)]


async def test_once_shares_one_build_and_tries_again_after_a_failure() -> None:
    calls: list[int] = []

    @once
    async def build() -> int:
        calls.append(1)
        await asyncio.sleep(0)
        if len(calls) == 1:
            raise RuntimeError("first build fails")
        return len(calls)

    with pytest.raises(RuntimeError):
        await build()
    results = await asyncio.gather(build(), build())
    assert results == [2, 2] and await build() == 2 and len(calls) == 2


async def test_a_later_handler_loads_on_its_first_call_only() -> None:
    seen: list[object] = []
    loads: list[int] = []

    async def handler(ctx: object) -> None:
        seen.append(ctx)

    async def load() -> object:
        loads.append(1)
        return handler

    later = Later(load)  # type: ignore[arg-type]
    assert not later.loaded
    await later("a")  # type: ignore[arg-type]
    await later("b")  # type: ignore[arg-type]
    assert seen == ["a", "b"] and loads == [1] and later.loaded


def test_an_imported_function_is_imported_when_called() -> None:
    dumps = imported("json:dumps")
    assert dumps.__name__ == "dumps"
    assert dumps([1]) == "[1]"


def test_every_service_provided_for_later_is_built_as_its_class(tmp_path: Path) -> None:
    from bot.app import App
    from bot.lazy import resolve

    app = App(make_settings(tmp_path), interactive=False, lazy=True)
    paths = list(app.runtime._builders)
    assert len(paths) >= 11
    for path in paths:
        module, _, name = path.rpartition(".")
        kind = resolve(f"{module}:{name}")
        assert isinstance(app.runtime.get(kind), kind)
        assert app.runtime.is_built(path)

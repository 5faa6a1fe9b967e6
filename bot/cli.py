"""The ``vetbot`` command line.

::

    vetbot run [--no-input]                      serve the configured platforms (default: console)
    vetbot say [--as U] [--role R] [--room N] [--dm] [--thread ID] "TEXT"
    vetbot db upgrade [REV] | downgrade REV | current
    vetbot config check                          validate and print the effective configuration

Capabilities and platforms add their own subcommands (``vetbot knowledge …``, ``vetbot match
…``, ``vetbot discord sync``); those that need the bot's services get them from here
(:class:`AppServices`), the one place that builds the bot for a command. Global options:
``--config PATH`` (else ``VETBOT_CONFIG``, else ``./bot.toml``) and ``--log-level``. Exit
codes: 0 done, 1 the bot answered with an error, 2 configuration or usage error, 3 the
database failed (also when ``vetbot say``'s command could not be stored).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from bot.actions import Reply
from bot.capabilities import CLI
from bot.errors import ConfigError, StoreError, VetbotError
from bot.events import ROLES
from bot.platforms import shipped
from bot.ports import CommandCatalog

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

S = TypeVar("S")


class AppServices:
    """:class:`bot.capabilities.Services` for one command: a bot started without background
    work (``interactive=False``) for each :meth:`open`, stopped when its block ends; and
    :class:`bot.ports.CommandSource` for a platform's command: the commands of a bot set up
    but not started (:meth:`commands`: no store opened, nothing migrated)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @asynccontextmanager
    async def open(self, kind: type[S], /) -> AsyncIterator[S]:
        from bot.app import App

        app = App(self.settings, interactive=False, lazy=True)
        try:
            await app.start()
            yield await app.runtime.ready(kind)
        finally:
            await app.stop()

    @asynccontextmanager
    async def commands(self) -> AsyncIterator[CommandCatalog]:
        from bot.app import App

        app = App(self.settings, interactive=False, lazy=True)
        try:
            yield app.runtime.registry
        finally:
            await app.store.close()


def _named_command(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names (its first word that is no global option), if any."""
    words = iter(argv)
    for word in words:
        if word in ("--config", "--log-level"):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``vetbot`` parser. The subcommands of capabilities and platforms are listed by name
    and help; only the one ``argv`` names (every one when ``argv`` is ``None``) is built in
    full, importing its module: ``vetbot --help`` and ``vetbot say`` import none of them."""
    parser = argparse.ArgumentParser(
        prog="vetbot", description="A chat bot for communities of VET trainers."
    )
    parser.add_argument("--config", help="path to bot.toml (default: $VETBOT_CONFIG or ./bot.toml)")
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
        help="overrides [logging] level",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run", help="run the bot on the configured platforms (default: the console)"
    )
    run.add_argument(
        "--no-input",
        action="store_true",
        help="do not read standard input; run until SIGINT/SIGTERM",
    )
    run.set_defaults(func=_run)

    say = sub.add_parser("say", help="send one message through the bot and print what it does")
    say.add_argument("text", help="the message, e.g. '!help'")
    say.add_argument("--as", dest="user", help="the user to speak as (default: [console] user)")
    say.add_argument(
        "--role", choices=ROLES, help="the role to speak with (default: [console] role)"
    )
    say.add_argument("--room", help="the room to speak in (default: [console] room)")
    say.add_argument("--thread", help="speak inside this thread of the room")
    say.add_argument("--dm", action="store_true", help="speak to the bot in a direct message")
    say.set_defaults(func=_say)

    db = sub.add_parser("db", help="database schema migrations")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="migrate to the newest schema (or REVISION)")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=_db_upgrade)
    down = db_sub.add_parser(
        "downgrade", help="migrate down to REVISION ('base' empties the database)"
    )
    down.add_argument("revision")
    down.set_defaults(func=_db_downgrade)
    cur = db_sub.add_parser("current", help="print the schema revision of the database")
    cur.set_defaults(func=_db_current)

    config = sub.add_parser("config", help="configuration")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    check = config_sub.add_parser("check", help="validate and print the effective configuration")
    check.set_defaults(func=_config_check)

    named = None if argv is None else _named_command(argv)
    for command in (*CLI, *(c for platform in shipped() for c in platform.cli)):
        added = sub.add_parser(command.name, help=command.help)
        if argv is None or command.name == named:
            importlib.import_module(command.module).fill(added)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vetbot`` console script."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    with_services = getattr(args, "with_services", None)
    if not getattr(args, "func", None) and with_services is None:
        parser.print_help()
        return 2
    # Here, not at the top: ``vetbot --help`` reads no configuration.
    from bot.observability import configure_logging
    from bot.settings import load_from_cli

    try:
        settings = load_from_cli(args.config)
    except ConfigError as exc:
        print(f"vetbot: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(_log_level(args, settings), settings.logging.format)
    try:
        if with_services is not None:
            result = with_services(settings, args, AppServices(settings))
        else:
            result = args.func(settings, args)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        return int(result)
    except ConfigError as exc:
        print(f"vetbot: configuration error: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"vetbot: database error: {exc}", file=sys.stderr)
        return 3
    except VetbotError as exc:
        print(f"vetbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``vetbot config check | head``): stop quietly. Python would
        # flush stdout again at exit and fail once more, so point it at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _log_level(args: argparse.Namespace, settings: Settings) -> str:
    """``--log-level`` when given; else ``[logging] level`` for ``vetbot run`` as a service
    (``--no-input``, or input that is no terminal); and no lower than WARNING for the one-shot
    commands (``say``, ``knowledge …``, ``db …``) and for ``vetbot run`` typed into on a
    terminal, so what they print is not buried under the bot's working notes."""
    if args.log_level:
        return str(args.log_level)
    if args.command == "run" and (args.no_input or not sys.stdin.isatty()):
        return settings.logging.level
    configured = logging.getLevelName(settings.logging.level.upper())
    if isinstance(configured, int) and configured >= logging.WARNING:
        return settings.logging.level
    return "WARNING"


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import run

    return await run(settings, no_input=args.no_input)


async def _say(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import App

    app = App(settings, interactive=False, lazy=True)
    try:
        await app.start()
        # The console's own attributes are set below: it is the one `vetbot say` speaks through.
        console: Any = app.load_adapter("console")
        if args.user:
            console.user = args.user
        if args.role:
            console.role = args.role
        if args.room:
            console.room = args.room.lstrip("#")
        console.thread = args.thread
        console.direct = args.dm
        actions = await console.say(app, args.text)
    finally:
        await app.stop()
    replies = [a for a in actions if isinstance(a, Reply)]
    if any(reply.store_failed for reply in replies):
        return 3
    return 1 if any(reply.is_error for reply in replies) else 0


def _db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    from bot.store import migrate

    migrate.upgrade(settings.database_url, args.revision)
    print(f"database at {migrate.current_revision(settings.database_url)}")
    return 0


def _db_downgrade(settings: Settings, args: argparse.Namespace) -> int:
    from bot.store import migrate

    migrate.downgrade(settings.database_url, args.revision)
    print(f"database at {migrate.current_revision(settings.database_url) or 'base (empty)'}")
    return 0


def _db_current(settings: Settings, args: argparse.Namespace) -> int:
    from bot.store import migrate

    current = migrate.current_revision(settings.database_url)
    head = migrate.head_revision()
    print(f"{current or 'base (empty)'}{' (head)' if current == head else f' (newest is {head})'}")
    return 0


def _config_check(settings: Settings, args: argparse.Namespace) -> int:
    print(f"# configuration from {settings.source or 'built-in defaults'}: valid")
    print(json.dumps(settings.effective(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

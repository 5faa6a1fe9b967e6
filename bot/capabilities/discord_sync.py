"""``vetbot discord sync [--guild ID]``: registers the Discord slash commands.

The core must not import the Discord adapter, so the work lives in ``adapters.discord.sync``
and is imported by name only when the command runs (as :mod:`bot.app` loads adapters). This
module has no chat commands; it only adds the CLI subcommand.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from bot.runtime import Runtime
from bot.settings import Settings


def setup(runtime: Runtime) -> None:
    """Nothing to register in chat."""


async def _sync(settings: Settings, args: argparse.Namespace) -> int:
    module: Any = importlib.import_module("adapters.discord.sync")
    return int(await module.run_sync(settings, args))


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("discord", help="Discord: register the slash commands")
    actions = parser.add_subparsers(dest="discord_command", metavar="ACTION", required=True)
    sync = actions.add_parser(
        "sync", help="register the slash commands generated from the bot's commands"
    )
    sync.add_argument(
        "--guild", metavar="ID", help="register for this server only (immediate; default: global)"
    )
    sync.set_defaults(func=_sync)

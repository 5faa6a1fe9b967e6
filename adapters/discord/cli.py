"""``vetbot discord sync [--guild ID]``: the command line's part of the Discord adapter.

Light on purpose (the command line builds its parser on every run): discord.py is imported
only when the command runs (:mod:`adapters.discord.sync`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ports import CommandSource
    from bot.settings import Settings


def fill(parser: argparse.ArgumentParser) -> None:
    """``vetbot discord``'s actions."""
    actions = parser.add_subparsers(dest="discord_command", metavar="ACTION", required=True)
    sync = actions.add_parser(
        "sync", help="register the slash commands generated from the bot's commands"
    )
    sync.add_argument(
        "--guild", metavar="ID", help="register for this server only (immediate; default: global)"
    )
    sync.set_defaults(with_services=sync_command)


async def sync_command(settings: Settings, args: argparse.Namespace, source: CommandSource) -> int:
    """Register the commands of the bot as configured (``source``, the command line's wiring),
    globally or for one guild, and say what was registered."""
    from adapters.discord.sync import sync_commands

    async with source.commands() as commands:
        synced = await sync_commands(settings, commands, guild_id=args.guild)
    where = f"guild {args.guild}" if args.guild else "all servers (global)"
    names = ", ".join(f"/{c['name']}" for c in synced)
    print(f"registered {len(synced)} slash commands for {where}: {names}")
    return 0

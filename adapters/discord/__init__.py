"""The Discord adapter, on discord.py (loaded by name only when Discord is configured).

Modules: ``platform`` (:data:`PLATFORM`, what the core knows of Discord: settings, role
mapping, channel mentions; no discord.py), ``settings`` (``[discord]`` and its keys of
``[permissions]``), ``adapter`` (:class:`~adapters.discord.adapter.DiscordAdapter`:
connection, events, carrying out actions), ``translate`` (the one translation between Discord
objects and core events/actions), ``slash`` (slash commands generated from the registry and
read back), ``sync`` and ``cli`` (``vetbot discord sync``: registering the slash commands).
Importing this package imports no discord.py; building the adapter does.
"""

from __future__ import annotations

from adapters.discord.platform import PLATFORM

__all__ = ["PLATFORM"]

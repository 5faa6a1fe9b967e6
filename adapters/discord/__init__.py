"""The Discord adapter, on discord.py (loaded by :mod:`bot.app` only when Discord is configured).

Modules: ``adapter`` (:class:`DiscordAdapter`: connection, events, carrying out actions),
``translate`` (the one translation between Discord objects and core events/actions),
``slash`` (slash commands generated from the registry and read back), ``sync``
(``vetbot discord sync``: registering the slash commands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.discord.adapter import DiscordAdapter

if TYPE_CHECKING:
    from bot.app import App

__all__ = ["DiscordAdapter", "create"]


def create(app: App) -> DiscordAdapter:
    """The adapter for ``app``, configured from ``[discord]`` in its settings; it also tells
    the core which guild a channel belongs to (``runtime.rooms``), for permission checks."""
    adapter = DiscordAdapter(settings=app.settings, runtime=app.runtime)
    app.runtime.rooms[adapter.platform] = adapter
    return adapter

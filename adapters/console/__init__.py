"""The console adapter: the embedded default, for trying vetbot locally and for scripts.

``create(app)`` builds it for ``vetbot run``; :mod:`adapters.console.render` holds the stable
output format that ``vetbot say`` prints and tests rely on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adapters.console.adapter import ConsoleAdapter

if TYPE_CHECKING:
    from bot.app import App

__all__ = ["ConsoleAdapter", "create"]


def create(app: App) -> ConsoleAdapter:
    console = app.settings.console
    return ConsoleAdapter(
        user=console.user,
        role=console.role,
        room=console.room,
        history_path=app.settings.data_dir / console.history_file,
        bot_name=app.settings.bot.name,
    )

"""The console as the core sees it (:class:`bot.ports.Platform`).

The console is the operator's own terminal: the role chosen there (``--role``, ``/role``) is
taken as given, its sender may have prompts posted anywhere, and its rooms are nobody else's
to post to. It runs when no platform is configured.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from adapters.console.settings import ConsoleSettings
from bot.permissions import Role, RoleRules, RoleScope
from bot.ports import CliCommand

if TYPE_CHECKING:
    from bot.events import Message
    from bot.ports import AdapterPorts, ChatAdapter, RoomDirectory
    from bot.settings import Settings

NAME = "console"


class ConsolePlatform:
    """The declaration of the console: :data:`PLATFORM`."""

    name = NAME
    section = ConsoleSettings
    permission_keys = None
    catalogs = None
    operated = True

    def has_credentials(self, section: Any) -> bool:
        return False

    def role(
        self, message: Message, settings: Settings, rules: RoleRules | None = None
    ) -> Role | None:
        """The role the operator chose, as the message names it."""
        return Role.best_of(message.roles)

    def grants_roles_in(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> bool:
        return False

    def room(self, word: str) -> str | None:
        return None

    def scope(self, settings: Settings) -> RoleScope:
        return RoleScope()

    def room_language(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> str | None:
        return None

    def moment(self, at: datetime, style: str) -> str | None:
        return None

    def create(self, ports: AdapterPorts) -> ChatAdapter:
        from adapters.console.adapter import ConsoleAdapter

        console = ports.own(ConsoleSettings)
        return ConsoleAdapter(
            user=console.user,
            role=console.role,
            room=console.room,
            history_path=ports.data_dir / console.history_file,
            bot_name=ports.bot_name,
            files_dir=ports.data_dir / "files",
        )

    #: The console's command (``vetbot say``) belongs to the command line itself.
    cli: tuple[CliCommand, ...] = ()


#: The declaration :mod:`bot.platforms` loads.
PLATFORM = ConsolePlatform()

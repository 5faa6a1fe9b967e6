"""Matrix as the core sees it (:class:`bot.ports.Platform`): settings, roles, room ids.

Roles: a member's power level in the room makes them admin or coordinator at or above
``[permissions] admin_power_level`` / ``coordinator_power_level``, and only in the rooms listed
in ``[permissions] matrix_rooms`` (by room id), never in a direct room, where the other person
holds every power: anyone can create a room of their own. A coordinator by power level may
have prompts posted to those rooms only. In a room a network claims whose ``[networks.<id>]``
sets power levels of its own, those levels count there instead. Room ids and aliases
(``!abc:example.org``, ``#room:example.org``) are kept as written, their own ``:`` included.

Pure: matrix-nio is imported only by :meth:`MatrixPlatform.create`.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from adapters.matrix.settings import MatrixPermissions, MatrixSettings
from bot.permissions import Role, RoleRules, RoleScope
from bot.ports import CliCommand

if TYPE_CHECKING:
    from bot.events import Message
    from bot.ports import AdapterPorts, ChatAdapter, RoomDirectory
    from bot.settings import Settings

NAME = "matrix"


class MatrixPlatform:
    """The declaration of Matrix: :data:`PLATFORM`."""

    name = NAME
    section = MatrixSettings
    permission_keys = MatrixPermissions
    catalogs = resources.files("adapters.matrix").joinpath("locale")
    operated = False

    def has_credentials(self, section: Any) -> bool:
        return isinstance(section, MatrixSettings) and bool(
            section.homeserver and (section.access_token or section.password)
        )

    def role(
        self, message: Message, settings: Settings, rules: RoleRules | None = None
    ) -> Role | None:
        """Admin or coordinator by power level, in a listed room; in a room of a network with
        power levels of its own (``rules``), by the network's levels instead."""
        level = message.sender_level
        if message.is_direct or level is None:
            return None
        if rules is not None and rules.levels:
            return rules.by_level(level)
        keys = settings.permission_keys(NAME, MatrixPermissions)
        if message.room_id not in keys.matrix_rooms:
            return None
        return RoleRules(
            admin_power_level=keys.admin_power_level,
            coordinator_power_level=keys.coordinator_power_level,
        ).by_level(level)

    def grants_roles_in(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> bool:
        """A room listed in ``matrix_rooms`` (by its id)."""
        return room in settings.permission_keys(NAME, MatrixPermissions).matrix_rooms

    def room(self, word: str) -> str | None:
        """Room ids and aliases keep their sigil and their ``:``; a plain name too."""
        return word

    def scope(self, settings: Settings) -> RoleScope:
        rooms = frozenset(settings.permission_keys(NAME, MatrixPermissions).matrix_rooms)
        return RoleScope(
            places=rooms,
            configured_by="[permissions] matrix_rooms",
            # Room ids start with "!": "!id:server", or "!id" alone from room version 12 on.
            ignored=tuple(sorted(r for r in rooms if not r.startswith("!") or len(r) < 2)),
            ignored_warning=(
                "[permissions] matrix_rooms holds entries that are not room ids (!id:server, "
                "or !id in rooms of version 12); they grant nothing"
            ),
        )

    def room_language(
        self, room: str, settings: Settings, directory: RoomDirectory | None
    ) -> str | None:
        """The room's ``[matrix.rooms."!ID"] language``, if any."""
        return settings.section(NAME, MatrixSettings).room_language(room)

    def moment(self, at: datetime, style: str) -> str | None:
        """Matrix clients show text as written: the core writes moments."""
        return None

    def create(self, ports: AdapterPorts) -> ChatAdapter:
        """The adapter for ``[matrix]``; its state lives in ``<data_dir>/matrix/`` (with
        replicas, its sync position in the database)."""
        from adapters.matrix.adapter import MatrixAdapter

        settings = ports.own(MatrixSettings)
        return MatrixAdapter(
            settings=settings,
            data_dir=ports.data_dir,
            language=ports.language,
            replica=None if settings.single_replica else ports.replica,
        )

    #: Matrix has no subcommands of its own.
    cli: tuple[CliCommand, ...] = ()


#: The declaration :mod:`bot.platforms` loads.
PLATFORM = MatrixPlatform()

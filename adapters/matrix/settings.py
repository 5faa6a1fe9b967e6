"""The Matrix adapter's settings: its ``[matrix]`` table and its keys of ``[permissions]``.

Declared by :data:`adapters.matrix.PLATFORM` and read by the core's settings loader like the
core's own sections (errors name the key and the file). Pure: no matrix-nio here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.errors import ConfigError
from bot.settings import MAX_DAYS, check_catalog_language, check_range, check_url

_MATRIX_USER_ID = re.compile(r"@[^:\s]+:[^\s]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixSettings:
    homeserver: str = ""
    user_id: str = ""
    access_token: str = ""
    password: str = ""
    device_name: str = "vetbot"
    auto_join: tuple[str, ...] = ()
    max_command_age_minutes: float = 10.0
    trust: str = "tofu"
    encryption: bool = True
    #: With ``[cluster] enabled``: true when this replica alone runs the Matrix adapter (what
    #: encrypted rooms need); it then syncs without the ``matrix-sync`` lease, its position in
    #: its data folder, as a single bot does.
    single_replica: bool = False
    #: ``[matrix.rooms."!ROOM_ID"]``: defaults for one room; ``language`` (a shipped catalog)
    #: is what the room's messages are written in when the reader chose none.
    rooms: Mapping[str, Any] = field(default_factory=dict)

    def room_language(self, room_id: str) -> str | None:
        """The configured language of ``room_id``, or ``None``."""
        raw = self.rooms.get(room_id)
        if isinstance(raw, Mapping) and isinstance(raw.get("language"), str):
            return raw["language"] or None
        return None

    def validate(self) -> None:
        for room_id, raw in self.rooms.items():
            where = f"rooms.{room_id}"
            if not room_id.startswith("!"):
                raise ConfigError(
                    "room keys must be room ids such as '!abc:example.org'", key=where
                )
            if not isinstance(raw, Mapping):
                raise ConfigError("expected a table", key=where)
            for key, value in raw.items():
                if key != "language":
                    raise ConfigError("unknown key (choose from language)", key=where)
                if not isinstance(value, str):
                    raise ConfigError(f"expected a string, got {value!r}", key=f"{where}.{key}")
                check_catalog_language(f"{where}.language", value)
        if self.trust not in ("tofu", "all", "none"):
            raise ConfigError("must be tofu, all or none", key="trust")
        if self.homeserver:
            check_url(
                "homeserver", self.homeserver, ("https", "http"), "https://matrix.example.org"
            )
        if self.user_id and not _MATRIX_USER_ID.fullmatch(self.user_id):
            raise ConfigError(
                f"must be a Matrix user id such as @vetbot:example.org, got {self.user_id!r}",
                key="user_id",
            )
        if not self.device_name.strip():
            raise ConfigError("must not be empty", key="device_name")
        check_range("max_command_age_minutes", self.max_command_age_minutes, 0, MAX_DAYS * 24 * 60)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixPermissions:
    """The keys Matrix adds to ``[permissions]``: ``matrix_rooms``, the rooms (room ids) where
    power levels count, and the levels at or above which a member is admin or coordinator."""

    admin_power_level: int = 100
    coordinator_power_level: int = 50
    matrix_rooms: tuple[str, ...] = ()

    def validate(self) -> None:
        # Members have power level 0 unless given more: 0 or less would empower everyone.
        for key in ("admin_power_level", "coordinator_power_level"):
            if getattr(self, key) < 1:
                raise ConfigError(
                    f"must be at least 1 (members have 0), got {getattr(self, key)}", key=key
                )
        if self.coordinator_power_level > self.admin_power_level:
            raise ConfigError("must not be above admin_power_level", key="coordinator_power_level")

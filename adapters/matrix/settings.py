"""The Matrix adapter's settings: its ``[matrix]`` table and its keys of ``[permissions]``.

Declared by :data:`adapters.matrix.PLATFORM` and read by the core's settings loader like the
core's own sections (errors name the key and the file). Pure: no matrix-nio here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import ConfigError
from bot.settings import MAX_DAYS, check_range, check_url

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

    def validate(self) -> None:
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

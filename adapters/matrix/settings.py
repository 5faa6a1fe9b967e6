"""The Matrix adapter's settings: its ``[matrix]`` table and its keys of ``[permissions]``.

Declared by :data:`adapters.matrix.PLATFORM` and read by the core's settings loader like the
core's own sections (errors name the key and the file). Pure: no matrix-nio here.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import ConfigError


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


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixPermissions:
    """The keys Matrix adds to ``[permissions]``: ``matrix_rooms``, the rooms (room ids) where
    power levels count, and the levels at or above which a member is admin or coordinator."""

    admin_power_level: int = 100
    coordinator_power_level: int = 50
    matrix_rooms: tuple[str, ...] = ()

    def validate(self) -> None:
        if self.coordinator_power_level > self.admin_power_level:
            raise ConfigError("must not be above admin_power_level", key="coordinator_power_level")

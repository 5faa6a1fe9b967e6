"""The console's settings: its ``[console]`` table (who types, with which role, where)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import ConfigError
from bot.events import ROLES


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsoleSettings:
    user: str = "you"
    role: str = "trainer"
    room: str = "general"
    history_file: str = "console_history"

    def validate(self) -> None:
        if self.role not in ROLES:
            raise ConfigError(f"must be one of {', '.join(ROLES)}", key="role")
        for key in ("user", "room"):
            value = getattr(self, key)
            if not value.strip() or not value.isprintable():
                raise ConfigError("must be a name on one line", key=key)

"""Roles and how platform facts map to them.

Roles are ordered for commands that need a minimum: ``trainer`` (everyone) < ``coordinator``
< ``admin``. Mentor and peer-expert are opt-in roles that come from a person's profile, not from
the platform; commands for them check the profile themselves.

Mapping (from ``[permissions]`` in ``bot.toml``): a user id listed in ``admin_users`` /
``coordinator_users`` (written ``platform:id``, e.g. ``discord:1234`` or
``matrix:@ana:example.org``); a platform role name or id listed in ``admin_roles`` /
``coordinator_roles`` (Discord roles); a Matrix power level at or above ``admin_power_level`` /
``coordinator_power_level``. The console is run by the operator, so the role chosen there
(``--role``) is taken as given.
"""

from __future__ import annotations

from enum import IntEnum

from bot.events import Message
from bot.settings import PermissionSettings


class Role(IntEnum):
    """A command's minimum role; higher includes lower."""

    TRAINER = 0
    COORDINATOR = 20
    ADMIN = 30

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Role:
        """The role named ``name``; mentor and expert count as trainer for command gating."""
        low = name.strip().lower()
        if low in ("mentor", "expert"):
            return cls.TRAINER
        return cls[low.upper()]


def resolve_role(message: Message, settings: PermissionSettings) -> Role:
    """The highest role the platform facts in ``message`` map to."""
    if message.platform == "console":
        best = Role.TRAINER
        for name in message.roles:
            try:
                best = max(best, Role.parse(name))
            except KeyError:
                continue
        return best
    user_key = f"{message.platform}:{message.sender_id}"
    roles = {r.casefold() for r in message.roles}
    level = message.power_level
    if (
        user_key in settings.admin_users
        or roles & {r.casefold() for r in settings.admin_roles}
        or (level is not None and level >= settings.admin_power_level)
    ):
        return Role.ADMIN
    if (
        user_key in settings.coordinator_users
        or roles & {r.casefold() for r in settings.coordinator_roles}
        or (level is not None and level >= settings.coordinator_power_level)
    ):
        return Role.COORDINATOR
    return Role.TRAINER

"""Who does something through the bot, as services record it (audit log, authorship)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A platform account, its display name, and the role it acted with."""

    platform: str
    user_id: str
    name: str = ""
    role: str = "trainer"

"""Who does something through the bot, as services record it (audit log, authorship)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.networks import EVERY, Scope


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A platform account, its display name, the role it acted with, and the networks it
    acts in as a coordinator (every one for the operator and the command line)."""

    platform: str
    user_id: str
    name: str = ""
    role: str = "trainer"
    scope: Scope = EVERY

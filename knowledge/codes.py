"""The controlled vocabularies of a knowledge entry: types, target groups and statuses.

Language and country codes are shared with the rest of the bot and live in :mod:`bot.codes`.
"""

from __future__ import annotations

from typing import Final

TYPES: Final[tuple[str, ...]] = (
    "guide",
    "toolkit",
    "checklist",
    "template",
    "course",
    "framework",
    "report",
    "video",
    "e-learning",
    "community",
    "other",
)

TARGET_GROUPS: Final[tuple[str, ...]] = (
    "in-company trainer",
    "VET teacher",
    "mentor",
    "tutor",
    "coach",
    "trainer of trainers",
    "coordinator",
)

STATUSES: Final[tuple[str, ...]] = ("published", "pending", "rejected", "archived")


def canonical_type(value: str) -> str | None:
    """The entry type ``value`` names (case, spaces and a plural ``s`` forgiven), or ``None``."""
    key = "".join(ch for ch in value.casefold() if ch.isalnum())
    for name in TYPES:
        plain = name.replace("-", "")
        if key in (plain, plain + "s"):
            return name
    return None


def canonical_target_group(value: str) -> str | None:
    """The target group ``value`` names (case, hyphens and a plural ``s`` forgiven), or ``None``."""
    key = " ".join(value.casefold().replace("-", " ").split())
    for name in TARGET_GROUPS:
        plain = name.casefold().replace("-", " ")
        if key in (plain, plain + "s"):
            return name
    return None

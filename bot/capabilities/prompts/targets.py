"""Reading the ``in:`` option: which rooms, on which platforms, a prompt posts to.

``in: #peer-learning, #mentors`` names rooms on the platform the command came from;
``matrix:!abc:example.org`` or ``discord:1234`` names a room on another platform. Discord
channel mentions (``<#1234>``) become the channel id; console rooms lose their ``#``. Matrix
ids and aliases keep their own ``:`` (only a known platform name before the first ``:`` counts
as a prefix; any other word before a ``:`` is refused as an unknown platform). Without ``in:``
the prompt goes to the room the command was typed in.

Who may name which rooms is :func:`bot.permissions.may_post_in`'s rule (:func:`refused`): a
coordinator by a platform role only rooms where such roles count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.errors import UsageError
from bot.i18n import t
from bot.permissions import may_post_in

if TYPE_CHECKING:
    from bot.events import Message
    from bot.ports import RoomDirectory
    from bot.settings import Settings

PLATFORMS = ("console", "discord", "matrix")
MAX_TARGETS = 10

_DISCORD_CHANNEL = re.compile(r"<#([0-9]{5,25})>")  # ASCII digits: \d takes any script's
_ROOM = re.compile(r"[^\s,;<>@`]{1,200}")
# Matrix ids and aliases start with a sigil (``!abc:host``, ``#room:host``), so a plain word
# before the first ":" can only be meant as a platform.
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,30}")


def _platforms() -> str:
    return ", ".join(PLATFORMS)


def unreachable(targets: list[RoomRef], connected: tuple[str, ...]) -> list[RoomRef]:
    """The targets on platforms not in ``connected`` (the adapters the bot runs)."""
    return [r for r in targets if r.platform not in connected]


@dataclass(frozen=True, slots=True, kw_only=True)
class RoomRef:
    """One target room: platform, the platform's room id, and a name for display."""

    platform: str
    room_id: str
    room_name: str = ""

    def label(self) -> str:
        """``#general`` on the current platform style, with the platform for clarity."""
        name = self.room_name or self.room_id
        shown = name if name.startswith(("#", "!")) else f"#{name}"
        return f"{self.platform}:{shown}"

    def to_dict(self) -> dict[str, str]:
        return {"platform": self.platform, "room_id": self.room_id, "room_name": self.room_name}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> RoomRef:
        return cls(
            platform=data["platform"], room_id=data["room_id"], room_name=data.get("room_name", "")
        )


def refused(
    targets: list[RoomRef],
    *,
    message: Message,
    settings: Settings,
    rooms: Mapping[str, RoomDirectory],
) -> list[RoomRef]:
    """The targets the sender of ``message`` may not post to (see :func:`may_post_in`)."""
    return [
        ref
        for ref in targets
        if not may_post_in(message, ref.platform, ref.room_id, settings=settings, rooms=rooms)
    ]


def parse_targets(text: str, *, platform: str) -> list[RoomRef]:
    """The rooms listed in ``text`` (comma or space separated); ``UsageError`` when malformed.

    ``platform`` is the platform the command came from, used for rooms without a prefix.
    Duplicates are dropped, order is kept.
    """
    found: list[RoomRef] = []
    for word in re.split(r"[\s,]+", text.strip()):
        if not word:
            continue
        ref = _one(word, platform)
        if ref not in found:
            found.append(ref)
    if not found:
        raise UsageError(t("prompts.targets.empty"), hint=t("prompts.targets.hint"))
    if len(found) > MAX_TARGETS:
        raise UsageError(
            t("prompts.targets.too_many", limit=MAX_TARGETS), hint=t("prompts.targets.hint")
        )
    return found


def _one(word: str, platform: str) -> RoomRef:
    original = word
    head, sep, rest = word.partition(":")
    if sep and _PREFIX.fullmatch(head):
        # A word before ":" is a platform prefix; a typo there (``matirx:``) or a platform
        # the bot has no adapter for (``slack:``) must not become a room of the current one.
        if head.lower() not in PLATFORMS:
            raise UsageError(
                t("prompts.targets.unknown_platform", platform=head[:20], platforms=_platforms()),
                hint=t("prompts.targets.hint"),
            )
        platform, word = head.lower(), rest
    mention = _DISCORD_CHANNEL.fullmatch(word)
    if mention is not None:
        return RoomRef(platform=platform, room_id=mention[1], room_name=mention[1])
    if not _ROOM.fullmatch(word):
        raise UsageError(
            t("prompts.targets.bad_room", room=original[:40].replace("`", "'")),
            hint=t("prompts.targets.hint"),
        )
    if platform == "matrix":
        return RoomRef(platform=platform, room_id=word, room_name=word)
    name = word.lstrip("#")
    if not name:
        raise UsageError(
            t("prompts.targets.bad_room", room=original[:40].replace("`", "'")),
            hint=t("prompts.targets.hint"),
        )
    return RoomRef(platform=platform, room_id=name, room_name=name)

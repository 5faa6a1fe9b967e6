"""Reading the ``in:`` option: which rooms, on which platforms, a prompt posts to.

``in: #peer-learning, #mentors`` names rooms on the platform the command came from;
``NAME:ROOM`` names a room on another platform, NAME one of the declared platforms
(:mod:`bot.platforms`). Each platform reads its own room syntax (:meth:`bot.ports.Platform.room`:
a channel mention becomes the channel id, a room id or alias is kept with its own ``:``);
a plain name loses its ``#``. Only a declared platform's name before the first ``:`` counts as
a prefix; any other word before a ``:`` is refused as an unknown platform. Without ``in:``
the prompt goes to the prompt channel of the coordinator's network, if it has one, else to the
room the command was typed in (:func:`bot.capabilities.prompts.options.default_targets`).

Who may name which rooms is :func:`bot.permissions.may_post_in`'s rule (:func:`refused`): a
coordinator by a platform role only rooms where such roles count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.errors import UsageError
from bot.i18n import t
from bot.permissions import may_post_in
from bot.platforms import shipped

if TYPE_CHECKING:
    from bot.events import Message
    from bot.networks import Networks
    from bot.ports import Platform, RoomDirectory
    from bot.settings import Settings

MAX_TARGETS = 10

_ROOM = re.compile(r"[^\s,;<>@`]{1,200}")
# Room ids and aliases that hold a ":" start with a sigil (``!abc:host``, ``#room:host``), so
# a plain word before the first ":" can only be meant as a platform.
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,30}")


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
    networks: Networks | None = None,
) -> list[RoomRef]:
    """The targets the sender of ``message`` may not post to (see :func:`may_post_in`)."""
    return [
        ref
        for ref in targets
        if not may_post_in(
            message, ref.platform, ref.room_id, settings=settings, rooms=rooms, networks=networks
        )
    ]


def parse_targets(
    text: str, *, platform: str, platforms: Iterable[Platform] | None = None
) -> list[RoomRef]:
    """The rooms listed in ``text`` (comma or space separated); ``UsageError`` when malformed.

    ``platform`` is the platform the command came from, used for rooms without a prefix;
    ``platforms`` are those a prefix may name (default: the shipped ones). Duplicates are
    dropped, order is kept.
    """
    declared = {p.name: p for p in (shipped() if platforms is None else platforms)}
    found: list[RoomRef] = []
    for word in re.split(r"[\s,]+", text.strip()):
        if not word:
            continue
        ref = _one(word, platform, declared)
        if ref not in found:
            found.append(ref)
    if not found:
        raise UsageError(t("prompts.targets.empty"), hint=t("prompts.targets.hint"))
    if len(found) > MAX_TARGETS:
        raise UsageError(
            t("prompts.targets.too_many", limit=MAX_TARGETS), hint=t("prompts.targets.hint")
        )
    return found


def _one(word: str, platform: str, declared: Mapping[str, Platform]) -> RoomRef:
    original = word
    head, sep, rest = word.partition(":")
    if sep and _PREFIX.fullmatch(head):
        # A word before ":" is a platform prefix; a typo there (``matirx:``) or a platform
        # the bot has no adapter for (``slack:``) must not become a room of the current one.
        if head.lower() not in declared:
            raise UsageError(
                t(
                    "prompts.targets.unknown_platform",
                    platform=head[:20],
                    platforms=", ".join(declared),
                ),
                hint=t("prompts.targets.hint"),
            )
        platform, word = head.lower(), rest
    # The platform's own syntax first (a channel mention), checked like any room after.
    own = declared[platform].room(word) if platform in declared else None
    if own is not None and _ROOM.fullmatch(own):
        return RoomRef(platform=platform, room_id=own, room_name=own)
    if own is not None or not _ROOM.fullmatch(word):
        raise UsageError(
            t("prompts.targets.bad_room", room=original[:40].replace("`", "'")),
            hint=t("prompts.targets.hint"),
        )
    name = word.lstrip("#")
    if not name:
        raise UsageError(
            t("prompts.targets.bad_room", room=original[:40].replace("`", "'")),
            hint=t("prompts.targets.hint"),
        )
    return RoomRef(platform=platform, room_id=name, room_name=name)

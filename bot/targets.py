"""Rooms a command names for the bot to post in: ``in: #peer-learning`` for a prompt, a series
or a survey's announcement.

A word names a room on the platform the command came from; ``NAME:ROOM`` names one on another
platform, NAME one of the declared platforms (:mod:`bot.platforms`). Each platform reads its own
room syntax (:meth:`bot.ports.Platform.room`: a channel mention becomes the channel id, a room id
or alias is kept with its own ``:``); a plain name loses its ``#``. Only a declared platform's
name before the first ``:`` counts as a prefix; any other word before a ``:`` is an unknown
platform, never a room of the current one. :func:`read_room` reads one word and raises
:class:`NotARoom`, which each capability words in its own texts.

Who may name which rooms is :func:`bot.permissions.may_post_in`'s rule (:func:`refused`): a
coordinator by a platform role only rooms where such roles count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.permissions import may_post_in
from bot.platforms import shipped

if TYPE_CHECKING:
    from bot.events import Message
    from bot.networks import Networks
    from bot.ports import Platform, RoomDirectory
    from bot.settings import Settings

_ROOM = re.compile(r"[^\s,;<>@`]{1,200}")
# Room ids and aliases that hold a ":" start with a sigil (``!abc:host``, ``#room:host``), so
# a plain word before the first ":" can only be meant as a platform.
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,30}")


@dataclass(frozen=True, slots=True, kw_only=True)
class RoomRef:
    """One room to post in: platform, the platform's room id, and a name for display."""

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


class NotARoom(ValueError):
    """``word`` names no room; ``platform`` is the unknown platform its prefix named, when
    that is why (empty otherwise)."""

    def __init__(self, word: str, *, platform: str = "") -> None:
        super().__init__(word)
        self.word = word
        self.platform = platform


def declared(platforms: Iterable[Platform] | None = None) -> dict[str, Platform]:
    """The platforms a prefix may name, by name (default: the shipped ones)."""
    return {p.name: p for p in (shipped() if platforms is None else platforms)}


def read_room(word: str, platform: str, platforms: Mapping[str, Platform]) -> RoomRef:
    """The room ``word`` names, on ``platform`` (where the command came from) unless it
    starts with the prefix of one of ``platforms``; :class:`NotARoom` when it names none."""
    original = word
    head, sep, rest = word.partition(":")
    if sep and _PREFIX.fullmatch(head):
        # A word before ":" is a platform prefix; a typo there (``matirx:``) or a platform
        # the bot has no adapter for (``slack:``) must not become a room of the current one.
        if head.lower() not in platforms:
            raise NotARoom(original, platform=head)
        platform, word = head.lower(), rest
    # The platform's own syntax first (a channel mention), checked like any room after.
    own = platforms[platform].room(word) if platform in platforms else None
    if own is not None and _ROOM.fullmatch(own):
        return RoomRef(platform=platform, room_id=own, room_name=own)
    name = word.lstrip("#")
    if own is not None or not _ROOM.fullmatch(word) or not name:
        raise NotARoom(original)
    return RoomRef(platform=platform, room_id=name, room_name=name)


def refused(
    targets: Iterable[RoomRef],
    *,
    message: Message,
    settings: Settings,
    rooms: Mapping[str, RoomDirectory],
    networks: Networks,
) -> list[RoomRef]:
    """The targets the sender of ``message`` may not post to (see :func:`may_post_in`)."""
    return [
        ref
        for ref in targets
        if not may_post_in(
            message, ref.platform, ref.room_id, settings=settings, rooms=rooms, networks=networks
        )
    ]


def shown(word: str) -> str:
    """``word`` as a refusal quotes it between backticks: cut short, with no backtick of its
    own to end the quote early."""
    return word.strip()[:40].replace("`", "'")


def unreachable(targets: Iterable[RoomRef], connected: tuple[str, ...]) -> list[RoomRef]:
    """The targets on platforms not in ``connected`` (the adapters the bot runs)."""
    return [r for r in targets if r.platform not in connected]

"""Reading the ``in:`` option: which rooms, on which platforms, a prompt posts to.

``in: #peer-learning, #mentors`` names up to :data:`MAX_TARGETS` rooms, each read as
:func:`bot.targets.read_room` reads a room (``NAME:ROOM`` for another platform). Without
``in:`` the prompt goes to the prompt channel of the coordinator's network, if it has one,
else to the room the command was typed in
(:func:`bot.capabilities.prompts.options.default_targets`). Who may name which rooms is
:func:`bot.targets.refused`'s rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from bot.errors import UsageError
from bot.i18n import t
from bot.targets import NotARoom, RoomRef, declared, read_room, shown

if TYPE_CHECKING:
    from bot.ports import Platform

MAX_TARGETS = 10


def parse_targets(
    text: str, *, platform: str, platforms: Iterable[Platform] | None = None
) -> list[RoomRef]:
    """The rooms listed in ``text`` (comma or space separated); ``UsageError`` when malformed.

    ``platform`` is the platform the command came from, used for rooms without a prefix;
    ``platforms`` are those a prefix may name (default: the shipped ones). Duplicates are
    dropped, order is kept.
    """
    known = declared(platforms)
    found: list[RoomRef] = []
    for word in re.split(r"[\s,]+", text.strip()):
        if not word:
            continue
        ref = _one(word, platform, known)
        if ref not in found:
            found.append(ref)
    if not found:
        raise UsageError(t("prompts.targets.empty"), hint=t("prompts.targets.hint"))
    if len(found) > MAX_TARGETS:
        raise UsageError(
            t("prompts.targets.too_many", limit=MAX_TARGETS), hint=t("prompts.targets.hint")
        )
    return found


def _one(word: str, platform: str, known: Mapping[str, Platform]) -> RoomRef:
    try:
        return read_room(word, platform, known)
    except NotARoom as exc:
        if exc.platform:
            text = t(
                "prompts.targets.unknown_platform",
                platform=exc.platform[:20],
                platforms=", ".join(known),
            )
        else:
            text = t("prompts.targets.bad_room", room=shown(word))
        raise UsageError(text, hint=t("prompts.targets.hint")) from None

"""Reading what a coordinator typed for ``!prompt`` and ``!series`` — ids, texts, rooms,
schedules, who is asking — and writing times and rooms back in replies.

The chat layer's readers, shared by :mod:`~bot.capabilities.prompts.chat` and
:mod:`~bot.capabilities.prompts.series_chat`. Each raises a :class:`~bot.errors.UsageError`
naming the real mistake (a missing colon, ``text:`` not last, an unknown platform) before the
services store anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.capabilities.prompts.commands import MAX_TEXT
from bot.capabilities.prompts.schedule import Schedule
from bot.capabilities.prompts.targets import parse_targets
from bot.capabilities.prompts.values import ScheduleOptions
from bot.context import Context
from bot.errors import PermissionDenied
from bot.numbers import number
from bot.targets import RoomRef, refused, unreachable
from bot.words import words as command_words

#: The options of a prompt's schedule and rooms (``text:`` is read apart: it is greedy).
PLACED_OPTIONS = ("in", "at", "cron", "every", "tz", "start", "end")


# "; at: …" (or "; am: …") inside the greedy text: an option written after text:, swallowed.
_SWALLOWED = re.compile(
    rf";\s*({command_words().option_keys(PLACED_OPTIONS).pattern})\s*:", re.IGNORECASE
)
# "at 2026-12-01 09:00" left in the positional text: an option without its colon (English
# keys only: a word such as "in" or "am" starts many sentences in other languages).
_NO_COLON = re.compile(rf"({'|'.join(PLACED_OPTIONS)}|text)\s+\S", re.IGNORECASE)


def parse_id(ctx: Context, what: str = "prompt") -> int:
    """The numeric id opening the positional text; a usage error otherwise.

    ``what`` (``prompt`` or ``series``) names the thing in the message.
    """
    if not ctx.text.strip():
        example = f"{ctx.shown(*ctx.invocation.path)} {3 if what == 'prompt' else 1}"
        raise ctx.usage_error(f"prompts.error.id_missing_{what}", example=example)
    word = ctx.text.split()[0].lstrip("#")
    found = number(word, max_digits=12)
    if found is None:
        raise ctx.usage_error("prompts.error.bad_id", id=word[:20])
    return found


def after_id(ctx: Context) -> str:
    """The positional text after the id (nothing is expected there)."""
    parts = ctx.text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def check_placement(ctx: Context, options: Mapping[str, str], stray: str) -> None:
    """Refuse the two easy slips: an option without its colon left in ``stray`` (the
    positional text), and options written after the greedy ``text:`` (swallowed by it)."""
    match = _SWALLOWED.search(options.get("text", ""))
    if match is not None:
        raise ctx.usage_error("prompts.error.text_not_last", option=match[1].lower())
    stray = stray.strip()
    if not stray:
        return
    match = _NO_COLON.match(stray)
    if match is not None:
        raise ctx.usage_error("prompts.error.missing_colon", option=match[1].lower())
    raise ctx.usage_error("prompts.error.stray_text", text=stray[:40].replace("`", "'"))


def check_text(ctx: Context, text: str | None, *, option: str = "text") -> str:
    """A prompt text: present, not too long."""
    if text is None or not text.strip():
        raise ctx.usage_error("prompts.error.text_missing", option=option)
    if len(text) > MAX_TEXT:
        raise ctx.usage_error("prompts.error.text_too_long", option=option, limit=f"{MAX_TEXT:,}")
    return text.strip()


def network_channel(ctx: Context) -> tuple[str, RoomRef] | None:
    """The network whose prompt channel a prompt naming no room goes to, with that channel
    (:meth:`bot.networks.Networks.prompt_channel_for`), or ``None``."""
    found = ctx.runtime.networks.prompt_channel_for(ctx.message, ctx.scope)
    if found is None:
        return None
    network_id, channel = found
    return network_id, parse_targets(channel, platform=ctx.message.platform)[0]


def default_targets(ctx: Context) -> list[RoomRef]:
    """Where a prompt or series naming no room (no ``in:``) goes: the prompt channel of the
    coordinator's network (the network of the room they typed in, else the one network they
    act in) when it has one; else the room the command came from, or ``[prompts]
    default_room`` from a direct message."""
    channel = network_channel(ctx)
    if channel is not None:
        return [channel[1]]
    msg = ctx.message
    if not msg.is_direct:
        return [RoomRef(platform=msg.platform, room_id=msg.room_id, room_name=msg.room_name)]
    default = ctx.runtime.settings.prompts.default_room
    if default:
        return parse_targets(default, platform=msg.platform)
    raise ctx.usage_error("prompts.targets.needed")


def targets_of(ctx: Context, options: Mapping[str, str]) -> list[RoomRef]:
    if "in" in options:
        return rooms_in(ctx, options["in"])
    return default_targets(ctx)


def default_notes(ctx: Context, options: Mapping[str, str]) -> list[str]:
    """The note that a prompt naming no room goes to its network's prompt channel."""
    channel = None if "in" in options else network_channel(ctx)
    if channel is None:
        return []
    return [ctx.t("prompts.targets.network_channel", network=channel[0])]


def rooms_in(ctx: Context, text: str) -> list[RoomRef]:
    """The rooms an ``in:`` option names; refused unless the sender's role counts in each."""
    targets = parse_targets(text, platform=ctx.message.platform)
    runtime = ctx.runtime
    denied = refused(
        targets,
        message=ctx.message,
        settings=runtime.settings,
        rooms=runtime.rooms,
        networks=runtime.networks,
    )
    if denied:
        raise PermissionDenied(
            ctx.t("prompts.targets.not_yours", rooms=targets_label(denied)),
            hint=ctx.t("prompts.targets.not_yours_hint"),
        )
    return targets


def reach_notes(ctx: Context, targets: Sequence[RoomRef]) -> list[str]:
    """Warnings for rooms on platforms this bot does not run (``[bot] adapters``, credentials).

    Such a prompt is stored, but its posts there fail (and its author is told) until the
    platform is connected.
    """
    connected = ctx.runtime.settings.enabled_adapters
    lost = unreachable(list(targets), connected)
    if not lost:
        return []
    return [
        ctx.t(
            "prompts.targets.not_connected",
            platforms=", ".join(sorted({r.platform for r in lost})),
            rooms=targets_label(lost),
            connected=", ".join(connected),
        )
    ]


def schedule_options(options: Mapping[str, str]) -> ScheduleOptions:
    """The schedule options among ``options`` (``in:`` and ``text:`` left aside)."""
    return ScheduleOptions(
        at=options.get("at"),
        cron=options.get("cron"),
        every=options.get("every"),
        tz=options.get("tz"),
        start=options.get("start"),
        end=options.get("end"),
    )


def build_schedule(ctx: Context, options: Mapping[str, str]) -> Schedule:
    """The schedule of a new prompt (default zone ``[bot] timezone``); UsageError if bad."""
    return schedule_options(options).schedule(
        base=None, default_tz=ctx.runtime.settings.bot.timezone, now=ctx.now
    )


def targets_label(targets: Sequence[RoomRef]) -> str:
    """Rooms as a coordinator reads them: ``console:#a, matrix:!b:example.org``."""
    return ", ".join(r.label() for r in targets)

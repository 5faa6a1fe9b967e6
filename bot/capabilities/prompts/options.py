"""Reading what a coordinator typed for ``!prompt`` and ``!series`` — ids, texts, rooms,
schedules — and writing times and rooms back in replies.

Shared by :mod:`~bot.capabilities.prompts.commands` and :mod:`~bot.capabilities.prompts.series`.
Each reader raises a :class:`~bot.errors.UsageError` naming the real mistake (a missing colon,
``text:`` not last, an unknown platform) and stores nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.engine import PromptEngine
from bot.capabilities.prompts.models import Prompt, Target
from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.capabilities.prompts.targets import RoomRef, parse_targets, refused, unreachable
from bot.commands import Option
from bot.context import Context
from bot.errors import PermissionDenied
from bot.numbers import number
from bot.store.people import audit

#: Longest prompt text: well inside Discord's 2,000 characters, with room for a mention.
MAX_TEXT = 1800
#: ``in:``, the rooms a prompt or series posts in, as ``!prompt`` and ``!series`` both take it.
ROOMS_OPTION = Option(name="in", help="rooms: #room, several separated by commas, platform:room")
#: The options of a prompt's schedule and rooms (``text:`` is read apart: it is greedy).
PLACED_OPTIONS = ("in", "at", "cron", "every", "tz", "start", "end")

# "; at: …" inside the greedy text: an option written after text:, swallowed by it.
_SWALLOWED = re.compile(rf";\s*({'|'.join(PLACED_OPTIONS)})\s*:", re.IGNORECASE)
# "at 2026-12-01 09:00" left in the positional text: an option without its colon.
_NO_COLON = re.compile(rf"({'|'.join(PLACED_OPTIONS)}|text)\s+\S", re.IGNORECASE)


def engine_of(ctx: Context) -> PromptEngine:
    return ctx.runtime.get(PromptEngine)


def parse_id(ctx: Context, what: str = "prompt") -> int:
    """The numeric id opening the positional text; a usage error otherwise.

    ``what`` (``prompt`` or ``series``) names the thing in the message.
    """
    if not ctx.text.strip():
        example = f"{ctx.prefix}{' '.join(ctx.invocation.path)} {3 if what == 'prompt' else 1}"
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


def default_targets(ctx: Context) -> list[RoomRef]:
    """The room the command came from, or ``[prompts] default_room`` from a direct message."""
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


def rooms_in(ctx: Context, text: str) -> list[RoomRef]:
    """The rooms an ``in:`` option names; refused unless the sender's role counts in each."""
    targets = parse_targets(text, platform=ctx.message.platform)
    runtime = ctx.runtime
    denied = refused(targets, message=ctx.message, settings=runtime.settings, rooms=runtime.rooms)
    if denied:
        raise PermissionDenied(
            ctx.t("prompts.targets.not_yours", rooms=targets_label(denied)),
            hint=ctx.t("prompts.targets.not_yours_hint"),
        )
    return targets


def reach_notes(ctx: Context, targets: list[RoomRef]) -> list[str]:
    """Warnings for rooms on platforms this bot does not run (``[bot] adapters``, credentials).

    Such a prompt is stored, but its posts there fail (and its author is told) until the
    platform is connected.
    """
    connected = ctx.runtime.settings.enabled_adapters
    lost = unreachable(targets, connected)
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


def build_schedule(
    ctx: Context, options: Mapping[str, str], *, base: Schedule | None = None
) -> Schedule:
    """The schedule in ``options`` (or ``base`` with a new zone or bounds); UsageError if bad."""
    kinds = {k: options[k] for k in ("at", "cron", "every") if k in options}
    tz = options.get("tz") or (base.tz if base else ctx.runtime.settings.bot.timezone)
    start = options.get("start")
    end = options.get("end")
    if not kinds and base is not None:
        kinds = {base.kind: base.spec}
        if start is None and base.start is not None:
            start = base.start.isoformat()
        if end is None and base.end is not None:
            end = base.end.isoformat()
    return parse_schedule(
        at=kinds.get("at"),
        cron=kinds.get("cron"),
        every=kinds.get("every"),
        tz=tz,
        start=start,
        end=end,
        now=ctx.now,
    )


def fmt_time(when: datetime, tz: str) -> str:
    """A time as the coordinator reads it, in ``tz``: ``2026-12-01 09:00 CET``."""
    zone = Schedule(kind="at", spec="", tz=tz).zone
    local = when.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S %Z" if local.second else "%Y-%m-%d %H:%M %Z")


def targets_label(targets: list[RoomRef] | list[Target]) -> str:
    refs = [RoomRef(platform=x.platform, room_id=x.room_id, room_name=x.room_name) for x in targets]
    return ", ".join(r.label() for r in refs)


def set_targets(prompt: Prompt, targets: list[RoomRef]) -> None:
    prompt.targets = [
        Target(platform=r.platform, room_id=r.room_id, room_name=r.room_name) for r in targets
    ]


async def record(
    ctx: Context, session: AsyncSession, action: str, target: str, **detail: object
) -> None:
    """Audit-log a coordinator action in the same transaction as the change."""
    await audit(
        session,
        at=ctx.now,
        platform=ctx.message.platform,
        actor_id=ctx.message.sender_id,
        role=ctx.role.label,
        action=action,
        target=target,
        detail={k: str(v) for k, v in detail.items()},
    )

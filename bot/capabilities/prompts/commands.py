"""``!prompt …``: coordinators schedule, inspect and steer prompts.

Every handler validates everything before it stores anything (an invalid schedule stores
nothing), writes its change and an audit entry in one transaction, and then asks the engine
to re-plan the prompt.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.engine import PromptEngine
from bot.capabilities.prompts.models import Delivery, Part, Prompt, State, Status, Target
from bot.capabilities.prompts.schedule import Schedule, parse_schedule
from bot.capabilities.prompts.targets import RoomRef, parse_targets
from bot.commands import Command, Option
from bot.context import Context
from bot.errors import Conflict, NotFound, UsageError
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip, one_line
from bot.store.people import audit

MAX_TEXT = 1800
PREVIEW_COUNT = 5

SCHEDULE_OPTIONS = (
    Option(name="in", help="rooms: #room, several separated by commas, platform:room"),
    Option(name="at", help="a one-off date and time: 2026-12-01 09:00"),
    Option(name="cron", help="a cron expression: 0 9 * * MON"),
    Option(name="every", help="a recurrence: monday 09:00, 2 weeks on tuesday 10:00"),
    Option(name="tz", help="an IANA time zone: Europe/Brussels"),
    Option(name="start", help="first date of a recurring prompt: 2026-12-01"),
    Option(name="end", help="last date of a recurring prompt: 2027-03-01"),
    Option(name="text", help="the prompt (markdown; takes the rest of the line)", greedy=True),
)


# --- shared helpers (also used by !series) ------------------------------------------------------
def engine_of(ctx: Context) -> PromptEngine:
    return ctx.runtime.get(PromptEngine)


def parse_id(ctx: Context, what: str = "ID") -> int:
    """The numeric id in the positional text; a usage error otherwise."""
    word = ctx.require_arg(what).split()[0].lstrip("#")
    if not word.isdigit() or len(word) > 12:
        raise ctx.usage_error("prompts.error.bad_id", id=word[:20])
    return int(word)


def check_text(ctx: Context, text: str | None, *, option: str = "text") -> str:
    """A prompt text: present, not too long."""
    if text is None or not text.strip():
        raise ctx.usage_error("prompts.error.text_missing", option=option)
    if len(text) > MAX_TEXT:
        raise ctx.usage_error("prompts.error.text_too_long", option=option, limit=MAX_TEXT)
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
        return parse_targets(options["in"], platform=ctx.message.platform)
    return default_targets(ctx)


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


async def load_prompt(session: AsyncSession, ctx: Context, prompt_id: int) -> Prompt:
    prompt = await session.get(Prompt, prompt_id)
    if prompt is None or prompt.part != Part.PROMPT:
        raise NotFound(ctx.t("prompts.error.not_found", id=prompt_id))
    return prompt


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


def next_time(prompt: Prompt, now: datetime) -> datetime | None:
    """The next occurrence of an active prompt not yet handled."""
    if prompt.status != Status.ACTIVE:
        return None
    schedule = Schedule.from_dict(prompt.schedule)
    after = max(prompt.handled_until or now, now)
    return schedule.next_time(after)


def set_targets(prompt: Prompt, targets: list[RoomRef]) -> None:
    prompt.targets = [
        Target(platform=r.platform, room_id=r.room_id, room_name=r.room_name) for r in targets
    ]


# --- handlers ---------------------------------------------------------------------------------
async def _schedule(ctx: Context) -> None:
    text = check_text(ctx, ctx.options.get("text"))
    schedule = build_schedule(ctx, ctx.options)
    targets = targets_of(ctx, ctx.options)
    person = await ctx.person(create=True)
    now = ctx.now
    async with ctx.runtime.store.session() as session:
        prompt = Prompt(
            text=text,
            part=Part.PROMPT,
            schedule=dict(schedule.to_dict()),
            status=Status.ACTIVE,
            author_person_id=person.id if person else None,
            author_platform=ctx.message.platform,
            author_user_id=ctx.message.sender_id,
            author_name=ctx.message.sender_name[:200],
            created_at=now,
            updated_at=now,
        )
        set_targets(prompt, targets)
        session.add(prompt)
        await session.flush()
        await record(ctx, session, "prompt.schedule", f"prompt:{prompt.id}", schedule=schedule.spec)
        prompt_id = prompt.id
    await engine_of(ctx).refresh(prompt_id)
    first = schedule.next_time(now)
    ctx.reply(
        ctx.t(
            "prompts.scheduled",
            id=prompt_id,
            when=schedule.describe(ctx.lang),
            next=fmt_time(first, schedule.tz) if first else "-",
            targets=targets_label(targets),
        )
    )


async def _list(ctx: Context) -> None:
    async with ctx.runtime.store.session() as session:
        prompts = list(
            (
                await session.execute(
                    select(Prompt)
                    .where(
                        Prompt.part == Part.PROMPT,
                        Prompt.status.in_((Status.ACTIVE, Status.PAUSED)),
                    )
                    .order_by(Prompt.id)
                    .limit(50)
                )
            )
            .scalars()
            .all()
        )
    if not prompts:
        ctx.reply(ctx.t("prompts.list.empty"))
        return
    lines = [ctx.t("prompts.list.header")]
    for prompt in prompts:
        schedule = Schedule.from_dict(prompt.schedule)
        upcoming = next_time(prompt, ctx.now)
        lines.append(
            ctx.t(
                "prompts.list.line",
                id=prompt.id,
                status=ctx.t(f"prompts.status.{prompt.status}"),
                text=clip(one_line(prompt.text), 50),
                next=fmt_time(upcoming, schedule.tz) if upcoming else "-",
                series=f" [series {prompt.series_id}]" if prompt.series_id else "",
            )
        )
    ctx.reply("\n".join(lines))


async def _show(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        counts = dict(
            (
                await session.execute(
                    select(Delivery.state, func.count())
                    .where(Delivery.prompt_id == prompt_id)
                    .group_by(Delivery.state)
                )
            ).all()
        )
    schedule = Schedule.from_dict(prompt.schedule)
    upcoming = next_time(prompt, ctx.now)
    ctx.reply(
        ctx.t(
            "prompts.show",
            id=prompt.id,
            status=ctx.t(f"prompts.status.{prompt.status}"),
            when=schedule.describe(ctx.lang),
            next=fmt_time(upcoming, schedule.tz) if upcoming else "-",
            targets=targets_label(prompt.targets),
            author=prompt.author_name or prompt.author_user_id or "-",
            sent=counts.get(State.SENT, 0),
            missed=counts.get(State.MISSED, 0),
            skipped=counts.get(State.SKIPPED, 0),
            text=prompt.text,
        )
    )


async def _preview(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
    schedule = Schedule.from_dict(prompt.schedule)
    after = max(prompt.handled_until or ctx.now, ctx.now)
    times = schedule.next_times(after, PREVIEW_COUNT) if prompt.status == Status.ACTIVE else []
    if not times:
        ctx.reply(ctx.t("prompts.preview.none", id=prompt_id, status=prompt.status))
        return
    lines = [ctx.t("prompts.preview.header", id=prompt_id, tz=schedule.tz, count=len(times))]
    lines.extend(f"  {fmt_time(when, schedule.tz)}" for when in times)
    ctx.reply("\n".join(lines))


def _transition(action: str, allowed: tuple[Status, ...], to: Status) -> object:
    async def handler(ctx: Context) -> None:
        prompt_id = parse_id(ctx)
        async with ctx.runtime.store.session() as session:
            prompt = await load_prompt(session, ctx, prompt_id)
            if prompt.status not in allowed:
                raise Conflict(
                    ctx.t(
                        "prompts.error.status",
                        id=prompt_id,
                        status=ctx.t(f"prompts.status.{prompt.status}"),
                        action=action,
                    )
                )
            prompt.status = to
            prompt.updated_at = ctx.now
            if to == Status.ACTIVE:
                # Occurrences during the pause are not owed: resume from now.
                prompt.handled_until = ctx.now
            await record(ctx, session, f"prompt.{action}", f"prompt:{prompt_id}")
        await engine_of(ctx).refresh(prompt_id)
        ctx.reply(ctx.t(f"prompts.done.{action}", id=prompt_id))

    return handler


async def _skip(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        upcoming = next_time(prompt, ctx.now)
        if upcoming is None:
            raise Conflict(ctx.t("prompts.error.nothing_to_skip", id=prompt_id))
        when = upcoming.astimezone(UTC)
        for target in prompt.targets:
            session.add(
                Delivery(
                    prompt_id=prompt.id,
                    platform=target.platform,
                    room_id=target.room_id,
                    scheduled_at=when,
                    state=State.SKIPPED,
                    key="",
                    claimed_at=ctx.now,
                )
            )
        prompt.handled_until = when
        prompt.updated_at = ctx.now
        await record(
            ctx, session, "prompt.skip", f"prompt:{prompt_id}", occurrence=when.isoformat()
        )
        tz = str(prompt.schedule.get("tz") or "UTC")
    await engine_of(ctx).refresh(prompt_id)
    ctx.reply(ctx.t("prompts.skipped", id=prompt_id, when=fmt_time(when, tz)))


async def _edit(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    options = ctx.options
    if not options:
        raise ctx.usage_error("prompts.error.edit_nothing")
    text = check_text(ctx, options["text"]) if "text" in options else None
    targets = (
        parse_targets(options["in"], platform=ctx.message.platform) if "in" in options else None
    )
    changes_schedule = any(k in options for k in ("at", "cron", "every", "tz", "start", "end"))
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        if prompt.status in (Status.CANCELLED, Status.FINISHED):
            raise Conflict(
                ctx.t(
                    "prompts.error.status",
                    id=prompt_id,
                    status=ctx.t(f"prompts.status.{prompt.status}"),
                    action="edit",
                )
            )
        if changes_schedule:
            schedule = build_schedule(ctx, options, base=Schedule.from_dict(prompt.schedule))
            prompt.schedule = dict(schedule.to_dict())
            # The new schedule owes nothing from before the change.
            prompt.handled_until = ctx.now
        if text is not None:
            prompt.text = text
        if targets is not None:
            set_targets(prompt, targets)
        prompt.updated_at = ctx.now
        await record(
            ctx, session, "prompt.edit", f"prompt:{prompt_id}", changed=",".join(sorted(options))
        )
        described = Schedule.from_dict(prompt.schedule).describe(ctx.lang)
    await engine_of(ctx).refresh(prompt_id)
    ctx.reply(ctx.t("prompts.edited", id=prompt_id, when=described))


def setup(runtime: Runtime) -> None:
    """Register ``!prompt`` and its subcommands."""
    subs = {
        "schedule": Command(
            name="schedule",
            summary="Schedule a prompt: one-off, cron or every …",
            usage="in: #ROOM; at: 2026-12-01 09:00 | cron: 0 9 * * MON | every: monday 09:00; "
            "tz: Europe/Brussels; text: …",
            handler=_schedule,
            role=Role.COORDINATOR,
            options=SCHEDULE_OPTIONS,
        ),
        "list": Command(
            name="list",
            summary="List active and paused prompts.",
            handler=_list,
            role=Role.COORDINATOR,
        ),
        "show": Command(
            name="show",
            summary="Show one prompt.",
            usage="ID",
            handler=_show,
            role=Role.COORDINATOR,
            argument="id",
        ),
        "preview": Command(
            name="preview",
            summary="The next 5 times a prompt posts.",
            usage="ID",
            handler=_preview,
            role=Role.COORDINATOR,
            argument="id",
        ),
        "pause": Command(
            name="pause",
            summary="Pause a prompt.",
            usage="ID",
            role=Role.COORDINATOR,
            handler=_transition("pause", (Status.ACTIVE,), Status.PAUSED),  # type: ignore[arg-type]
            argument="id",
        ),
        "resume": Command(
            name="resume",
            summary="Resume a paused prompt.",
            usage="ID",
            role=Role.COORDINATOR,
            handler=_transition("resume", (Status.PAUSED,), Status.ACTIVE),  # type: ignore[arg-type]
            argument="id",
        ),
        "cancel": Command(
            name="cancel",
            summary="Cancel a prompt for good.",
            usage="ID",
            role=Role.COORDINATOR,
            handler=_transition(  # type: ignore[arg-type]
                "cancel", (Status.ACTIVE, Status.PAUSED), Status.CANCELLED
            ),
            argument="id",
        ),
        "skip": Command(
            name="skip",
            summary="Skip the next occurrence only.",
            usage="ID",
            handler=_skip,
            role=Role.COORDINATOR,
            argument="id",
        ),
        "edit": Command(
            name="edit",
            summary="Change a prompt's rooms, schedule or text.",
            usage="ID [in: …; at: … | cron: … | every: …; tz: …; text: …]",
            handler=_edit,
            role=Role.COORDINATOR,
            options=SCHEDULE_OPTIONS,
            argument="id",
        ),
    }
    runtime.registry.add(
        Command(
            name="prompt",
            summary="Scheduled discussion prompts (coordinators).",
            role=Role.COORDINATOR,
            subcommands=subs,
        )
    )


__all__ = ["UsageError", "setup"]

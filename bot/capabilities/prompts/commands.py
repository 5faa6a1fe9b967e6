"""``!prompt …``: coordinators schedule, inspect and steer prompts.

Every handler validates everything before it stores anything (an invalid schedule stores
nothing), writes its change and an audit entry in one transaction, and then asks the engine
to re-plan the prompt — and, for a prompt of a series, the series' opening and closing
(:mod:`~bot.capabilities.prompts.bookends`).

Pending skips and how an edit carries them: :mod:`~bot.capabilities.prompts.skips`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts import queries
from bot.capabilities.prompts.bookends import Replanned, posted_opening, replan, series_parts
from bot.capabilities.prompts.models import Part, Prompt, Series, State, Status
from bot.capabilities.prompts.options import (
    MAX_TEXT,
    ROOMS_OPTION,
    after_id,
    build_schedule,
    check_placement,
    check_text,
    engine_of,
    fmt_time,
    parse_id,
    reach_notes,
    record,
    rooms_in,
    set_targets,
    targets_label,
    targets_of,
)
from bot.capabilities.prompts.schedule import Schedule
from bot.capabilities.prompts.skips import (
    add_skip,
    carry_skips,
    finish_if_done,
    pending_skips,
    skipped_prefix,
)
from bot.commands import Command, Option
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip, one_line

PREVIEW_COUNT = 5
SCHEDULE_KEYS = ("at", "cron", "every", "tz", "start", "end")

SCHEDULE_OPTIONS = (
    ROOMS_OPTION,
    Option(name="at", help="a one-off date and time: 2026-12-01 09:00"),
    Option(name="cron", help="a cron expression: 0 9 * * MON"),
    Option(name="every", help="a recurrence: monday 09:00, 2 weeks on tuesday 10:00"),
    Option(name="tz", help="an IANA time zone: Europe/Brussels"),
    Option(name="start", help="first date of a recurring prompt: 2026-12-01"),
    Option(name="end", help="last date of a recurring prompt: 2027-03-01"),
    Option(
        name="text",
        help=f"the prompt (markdown, at most {MAX_TEXT:,} characters); it takes the rest of "
        "the line, so put it last",
        greedy=True,
    ),
)


# --- reading and describing prompts -------------------------------------------------------------
async def load_prompt(session: AsyncSession, ctx: Context, prompt_id: int) -> Prompt:
    """The prompt ``prompt_id``; a series' opening or closing is named as such, not found."""
    prompt = await session.get(Prompt, prompt_id)
    if prompt is None:
        raise NotFound(ctx.t("prompts.error.not_found", id=prompt_id))
    if prompt.part != Part.PROMPT:
        raise Conflict(
            ctx.t(
                "prompts.error.series_part",
                id=prompt_id,
                part=ctx.t(f"prompts.series.{prompt.part}"),
                series=prompt.series_id,
            )
        )
    return prompt


def next_time(prompt: Prompt, now: datetime) -> datetime | None:
    """The next occurrence of an active prompt not yet handled."""
    if prompt.status != Status.ACTIVE:
        return None
    schedule = Schedule.from_dict(prompt.schedule)
    after = max(prompt.handled_until or now, now)
    return schedule.next_time(after)


def status_error(ctx: Context, prompt: Prompt, action: str, to: Status | None = None) -> Conflict:
    """Why ``action`` cannot apply to ``prompt`` in its status (``already`` if it is there)."""
    status = ctx.t(f"prompts.status.{prompt.status}")
    if to is not None and prompt.status == to:
        return Conflict(ctx.t("prompts.error.already", id=prompt.id, status=status))
    return Conflict(ctx.t(f"prompts.error.cannot_{action}", id=prompt.id, status=status))


async def _replan_series(ctx: Context, session: AsyncSession, prompt: Prompt) -> Replanned:
    if prompt.series_id is None:
        return Replanned()
    series = await session.get(Series, prompt.series_id)
    if series is None:
        return Replanned()
    return await replan(session, series, ctx.now, engine_of(ctx).summary_after)


def _series_notes(ctx: Context, prompt: Prompt, replanned: Replanned) -> list[str]:
    if not replanned.emptied:
        return []
    return [ctx.t("prompts.series.emptied", id=prompt.series_id)]


async def _refresh(ctx: Context, prompt_id: int, replanned: Replanned) -> None:
    engine = engine_of(ctx)
    for pid in (prompt_id, *replanned.changed):
        await engine.refresh(pid)


def _with_notes(text: str, notes: list[str] | tuple[str, ...]) -> str:
    return "\n".join((text, *notes))


# --- handlers ---------------------------------------------------------------------------------
async def _schedule(ctx: Context) -> None:
    check_placement(ctx, ctx.options, ctx.text)
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
    reply = ctx.t(
        "prompts.scheduled",
        id=prompt_id,
        when=schedule.describe(ctx.lang),
        next=fmt_time(first, schedule.tz) if first else "-",
        targets=targets_label(targets),
    )
    ctx.reply(_with_notes(reply, [*schedule.notes(ctx.lang), *reach_notes(ctx, targets)]))


async def _list(ctx: Context) -> None:
    async with ctx.runtime.store.session() as session:
        prompts = await queries.listed_prompts(session)
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
        counts = await queries.delivery_counts(session, prompt_id)
    schedule = Schedule.from_dict(prompt.schedule)
    upcoming = next_time(prompt, ctx.now)
    reply = ctx.t(
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
    notes = schedule.notes(ctx.lang) if prompt.status in (Status.ACTIVE, Status.PAUSED) else ()
    ctx.reply(_with_notes(reply, notes))


async def _preview(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        skips = set(await pending_skips(session, prompt_id, ctx.now))
    schedule = Schedule.from_dict(prompt.schedule)
    after = max(prompt.handled_until or ctx.now, ctx.now)
    times: list[datetime] = []
    if prompt.status == Status.ACTIVE:
        coming = (w for w in schedule.iter_times(after) if w.astimezone(UTC) not in skips)
        times = [w for _, w in zip(range(PREVIEW_COUNT), coming, strict=False)]
    if not times:
        status = ctx.t(f"prompts.status.{prompt.status}")
        ctx.reply(ctx.t("prompts.preview.none", id=prompt_id, status=status))
        return
    lines = [ctx.t("prompts.preview.header", id=prompt_id, tz=schedule.tz, count=len(times))]
    lines.extend(f"  {fmt_time(when, schedule.tz)}" for when in times)
    ctx.reply(_with_notes("\n".join(lines), schedule.notes(ctx.lang)))


def _transition(action: str, allowed: tuple[Status, ...], to: Status) -> object:
    async def handler(ctx: Context) -> None:
        prompt_id = parse_id(ctx)
        async with ctx.runtime.store.session() as session:
            prompt = await load_prompt(session, ctx, prompt_id)
            if prompt.status not in allowed:
                raise status_error(ctx, prompt, action, to)
            prompt.status = to
            prompt.updated_at = ctx.now
            if to == Status.ACTIVE:
                # Occurrences during the pause are not owed: resume from now.
                prompt.handled_until = ctx.now
            replanned = await _replan_series(ctx, session, prompt)
            await record(ctx, session, f"prompt.{action}", f"prompt:{prompt_id}")
            notes = _series_notes(ctx, prompt, replanned)
        await _refresh(ctx, prompt_id, replanned)
        ctx.reply(_with_notes(ctx.t(f"prompts.done.{action}", id=prompt_id), notes))

    return handler


async def _skip(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        if prompt.status != Status.ACTIVE:
            raise status_error(ctx, prompt, "skip")
        upcoming = next_time(prompt, ctx.now)
        if upcoming is None:
            raise Conflict(ctx.t("prompts.error.nothing_to_skip", id=prompt_id))
        when = upcoming.astimezone(UTC)
        add_skip(session, prompt, when, ctx.now)
        prompt.handled_until = when
        prompt.updated_at = ctx.now
        schedule = Schedule.from_dict(prompt.schedule)
        done = finish_if_done(prompt, schedule)
        replanned = await _replan_series(ctx, session, prompt)
        await record(
            ctx, session, "prompt.skip", f"prompt:{prompt_id}", occurrence=when.isoformat()
        )
        notes = [ctx.t(f"prompts.skip_ends.{prompt.status}", id=prompt_id)] if done else []
        notes.extend(_series_notes(ctx, prompt, replanned))
    await _refresh(ctx, prompt_id, replanned)
    reply = ctx.t("prompts.skipped", id=prompt_id, when=fmt_time(when, schedule.tz))
    ctx.reply(_with_notes(reply, notes))


async def _edit(ctx: Context) -> None:
    prompt_id = parse_id(ctx)
    options = ctx.options
    check_placement(ctx, options, after_id(ctx))
    if not options:
        raise ctx.usage_error("prompts.error.edit_nothing")
    text = check_text(ctx, options["text"]) if "text" in options else None
    targets = rooms_in(ctx, options["in"]) if "in" in options else None
    changes_schedule = any(k in options for k in SCHEDULE_KEYS)
    now = ctx.now
    lines = [ctx.t("prompts.edited", id=prompt_id)]
    notes: list[str] = []
    async with ctx.runtime.store.session() as session:
        prompt = await load_prompt(session, ctx, prompt_id)
        if prompt.status not in (Status.ACTIVE, Status.PAUSED):
            raise status_error(ctx, prompt, "edit")
        schedule = Schedule.from_dict(prompt.schedule)
        old_tz = schedule.tz
        if changes_schedule:
            schedule = build_schedule(ctx, options, base=schedule)
            if prompt.series_id is not None:
                await _check_series_schedule(ctx, session, prompt.series_id, schedule)
            prompt.schedule = dict(schedule.to_dict())
        if text is not None:
            prompt.text = text
        if targets is not None:
            set_targets(prompt, targets)
        if changes_schedule or targets is not None:
            kept, cleared = await carry_skips(session, prompt, schedule, now)
            if changes_schedule:
                # The new schedule owes nothing from before the change (skips it keeps aside).
                prompt.handled_until = skipped_prefix(schedule, now, kept)
                if kept:
                    shown = ", ".join(fmt_time(w, schedule.tz) for w in kept)
                    many = "_many" if len(kept) > 1 else ""
                    notes.append(ctx.t(f"prompts.skip_kept{many}", when=shown))
                if finish_if_done(prompt, schedule):
                    notes.append(ctx.t(f"prompts.skip_ends.{prompt.status}", id=prompt_id))
            if cleared:
                # In the zone the coordinator skipped it in.
                shown = ", ".join(fmt_time(w, old_tz) for w in cleared)
                many = "_many" if len(cleared) > 1 else ""
                notes.append(ctx.t(f"prompts.skip_cleared{many}", when=shown))
        prompt.updated_at = now
        replanned = await _replan_series(ctx, session, prompt) if changes_schedule else Replanned()
        await record(
            ctx, session, "prompt.edit", f"prompt:{prompt_id}", changed=",".join(sorted(options))
        )
        if changes_schedule:
            upcoming = next_time(prompt, now)
            lines.append(
                ctx.t(
                    "prompts.edited_schedule",
                    when=schedule.describe(ctx.lang),
                    next=fmt_time(upcoming, schedule.tz) if upcoming else "-",
                )
            )
            notes.extend(schedule.notes(ctx.lang))
    if targets is not None:
        lines.append(ctx.t("prompts.edited_rooms", targets=targets_label(targets)))
        notes.extend(reach_notes(ctx, targets))
    if text is not None:
        lines.append(ctx.t("prompts.edited_text", text=clip(one_line(text), 80)))
    await _refresh(ctx, prompt_id, replanned)
    ctx.reply(_with_notes("\n".join(lines), notes))


async def _check_series_schedule(
    ctx: Context, session: AsyncSession, series_id: int, schedule: Schedule
) -> None:
    """A series prompt posts once, and not before the series' opening if that went out."""
    if schedule.kind != "at":
        raise ctx.usage_error("prompts.series.once_only", id=series_id)
    opened = posted_opening(await series_parts(session, series_id))
    when = schedule.next_time(datetime(1970, 1, 1, tzinfo=UTC))
    if opened is not None and when is not None and when < opened:
        raise Conflict(ctx.t("prompts.series.before_opening", id=series_id))


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
            details=f"Options look like `key: value`, separated by `;`. The text: option comes "
            f"last (it takes the rest of the line) and holds at most {MAX_TEXT:,} characters.",
            role=Role.COORDINATOR,
            subcommands=subs,
        )
    )

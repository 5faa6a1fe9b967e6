"""``!series …``: an e-conference — an ordered set of one-off prompts in the same rooms, with
an opening and a closing message.

Each prompt of a series is an ordinary one-off prompt row (``series_id`` set, ``position``
its rank by time), so it is scheduled, delivered and summarised like any other. The opening
and closing messages are prompt rows too (``part`` opening/closing, no thread): the opening
posts just before the first prompt, at the same time; the closing posts
``[prompts] summary_after_hours`` after the last prompt, when its discussion is summarised.
Both move when prompts are added, until they have been posted.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.commands import (
    build_schedule,
    check_text,
    engine_of,
    fmt_time,
    parse_id,
    record,
    set_targets,
    targets_label,
    targets_of,
)
from bot.capabilities.prompts.models import Part, Prompt, Series, Status
from bot.capabilities.prompts.schedule import Schedule, resolve_zone
from bot.capabilities.prompts.targets import RoomRef
from bot.commands import Command, Option
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip, one_line

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def instant_of(prompt: Prompt) -> datetime:
    """When a one-off prompt row posts (aware UTC)."""
    when = Schedule.from_dict(prompt.schedule).next_time(_EPOCH)
    assert when is not None  # a stored one-off always has its one instant
    return when.astimezone(UTC)


def _at_utc(when: datetime) -> dict[str, str | None]:
    spec = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return Schedule(kind="at", spec=spec, tz="UTC").to_dict()


async def _load_series(session: AsyncSession, ctx: Context, series_id: int) -> Series:
    series = await session.get(Series, series_id)
    if series is None:
        raise NotFound(ctx.t("prompts.series.not_found", id=series_id))
    return series


async def _parts(session: AsyncSession, series_id: int) -> list[Prompt]:
    stmt = select(Prompt).where(Prompt.series_id == series_id).order_by(Prompt.id)
    return list((await session.execute(stmt)).scalars().all())


async def reflow(
    session: AsyncSession, series: Series, now: datetime, summary_after: timedelta
) -> list[int]:
    """Renumber a series' prompts by time and move its opening/closing; returns changed ids."""
    parts = await _parts(session, series.id)
    prompts = sorted(
        (p for p in parts if p.part == Part.PROMPT and p.status != Status.CANCELLED),
        key=instant_of,
    )
    for position, prompt in enumerate(prompts, start=1):
        prompt.position = position
    changed: list[int] = []
    if not prompts:
        return changed
    bookends = (
        (Part.OPENING, series.opening, instant_of(prompts[0]), 0),
        (Part.CLOSING, series.closing, instant_of(prompts[-1]) + summary_after, len(prompts) + 1),
    )
    for part, text, when, position in bookends:
        if not text:
            continue
        row = next((p for p in parts if p.part == part), None)
        if row is None:
            row = Prompt(
                text=text,
                part=part,
                series_id=series.id,
                author_person_id=series.author_person_id,
                author_platform=series.author_platform,
                author_user_id=series.author_user_id,
                author_name=series.author_name,
                created_at=now,
                status=Status.ACTIVE,
                schedule=_at_utc(when),
                updated_at=now,
            )
            set_targets(row, [RoomRef.from_dict(x) for x in series.targets])
            session.add(row)
        elif row.status != Status.ACTIVE:
            continue  # already posted (or cancelled): it stays as it went out
        row.schedule = dict(_at_utc(when))
        row.position = position
        row.updated_at = now
        await session.flush()
        changed.append(row.id)
    return changed


# --- handlers ---------------------------------------------------------------------------------
async def _create(ctx: Context) -> None:
    title = (ctx.options.get("title") or ctx.text).strip()
    if not title:
        raise ctx.usage_error("prompts.series.title_missing")
    if len(title) > 200:
        raise ctx.usage_error("prompts.error.text_too_long", option="title", limit=200)
    opening = (
        check_text(ctx, ctx.options["opening"], option="opening")
        if "opening" in ctx.options
        else ""
    )
    closing = (
        check_text(ctx, ctx.options["closing"], option="closing")
        if "closing" in ctx.options
        else ""
    )
    tz = resolve_zone(ctx.options.get("tz") or ctx.runtime.settings.bot.timezone).key
    targets = targets_of(ctx, ctx.options)
    person = await ctx.person(create=True)
    now = ctx.now
    async with ctx.runtime.store.session() as session:
        series = Series(
            title=one_line(title, 200),
            opening=opening,
            closing=closing,
            tz=tz,
            targets=[r.to_dict() for r in targets],
            status=Status.ACTIVE,
            author_person_id=person.id if person else None,
            author_platform=ctx.message.platform,
            author_user_id=ctx.message.sender_id,
            author_name=ctx.message.sender_name[:200],
            created_at=now,
            updated_at=now,
        )
        session.add(series)
        await session.flush()
        await record(ctx, session, "series.create", f"series:{series.id}", title=series.title)
        series_id = series.id
    ctx.reply(
        ctx.t(
            "prompts.series.created",
            id=series_id,
            title=one_line(title, 200),
            targets=targets_label(targets),
        )
    )


async def _add(ctx: Context) -> None:
    series_id = parse_id(ctx)
    text = check_text(ctx, ctx.options.get("text"))
    if "at" not in ctx.options:
        raise ctx.usage_error("prompts.series.at_missing")
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        if series.status != Status.ACTIVE:
            raise Conflict(
                ctx.t(
                    "prompts.series.not_active",
                    id=series_id,
                    status=ctx.t(f"prompts.status.{series.status}"),
                )
            )
        options = {"at": ctx.options["at"], "tz": ctx.options.get("tz") or series.tz}
        schedule = build_schedule(ctx, options)
        when = schedule.next_time(_EPOCH)
        assert when is not None
        parts = await _parts(session, series_id)
        opening = next((p for p in parts if p.part == Part.OPENING), None)
        if opening is not None and opening.status == Status.FINISHED and when < instant_of(opening):
            raise Conflict(ctx.t("prompts.series.before_opening", id=series_id))
        prompt = Prompt(
            text=text,
            part=Part.PROMPT,
            series_id=series_id,
            schedule=dict(schedule.to_dict()),
            status=Status.ACTIVE,
            author_person_id=series.author_person_id,
            author_platform=ctx.message.platform,
            author_user_id=ctx.message.sender_id,
            author_name=ctx.message.sender_name[:200],
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        set_targets(prompt, [RoomRef.from_dict(x) for x in series.targets])
        session.add(prompt)
        await session.flush()
        changed = await reflow(session, series, ctx.now, engine_of(ctx).summary_after)
        series.updated_at = ctx.now
        await record(
            ctx, session, "series.add", f"series:{series_id}", prompt=prompt.id, at=schedule.spec
        )
        prompt_id, position, tz = prompt.id, prompt.position, series.tz
    engine = engine_of(ctx)
    for pid in (prompt_id, *changed):
        await engine.refresh(pid)
    ctx.reply(
        ctx.t(
            "prompts.series.added",
            id=series_id,
            prompt=prompt_id,
            position=position,
            when=fmt_time(when, tz),
        )
    )


async def _show(ctx: Context) -> None:
    series_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        parts = await _parts(session, series_id)
    lines = [
        ctx.t(
            "prompts.series.show",
            id=series.id,
            title=series.title,
            status=ctx.t(f"prompts.status.{series.status}"),
            targets=targets_label([RoomRef.from_dict(x) for x in series.targets]),
            tz=series.tz,
        )
    ]
    order = {Part.OPENING: 0, Part.PROMPT: 1, Part.CLOSING: 2}
    for part in sorted(parts, key=lambda p: (instant_of(p), order[Part(p.part)], p.position)):
        label = (
            ctx.t(f"prompts.series.{part.part}")
            if part.part != Part.PROMPT
            else ctx.t("prompts.series.prompt_label", position=part.position, id=part.id)
        )
        lines.append(
            ctx.t(
                "prompts.series.line",
                when=fmt_time(instant_of(part), series.tz),
                label=label,
                status=ctx.t(f"prompts.status.{part.status}"),
                text=clip(one_line(part.text), 60),
            )
        )
    if len(lines) == 1:
        lines.append(ctx.t("prompts.series.empty", id=series_id))
    ctx.reply("\n".join(lines))


async def _list(ctx: Context) -> None:
    async with ctx.runtime.store.session() as session:
        rows = list(
            (await session.execute(select(Series).order_by(Series.id.desc()).limit(30)))
            .scalars()
            .all()
        )
    if not rows:
        ctx.reply(ctx.t("prompts.series.list_empty"))
        return
    lines = [ctx.t("prompts.series.list_header")]
    lines.extend(
        ctx.t(
            "prompts.series.list_line",
            id=s.id,
            title=clip(s.title, 60),
            status=ctx.t(f"prompts.status.{s.status}"),
        )
        for s in rows
    )
    ctx.reply("\n".join(lines))


async def _cancel(ctx: Context) -> None:
    series_id = parse_id(ctx)
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        if series.status != Status.ACTIVE:
            raise Conflict(
                ctx.t(
                    "prompts.series.not_active",
                    id=series_id,
                    status=ctx.t(f"prompts.status.{series.status}"),
                )
            )
        series.status = Status.CANCELLED
        series.updated_at = ctx.now
        ids = []
        for part in await _parts(session, series_id):
            if part.status in (Status.ACTIVE, Status.PAUSED):
                part.status = Status.CANCELLED
                part.updated_at = ctx.now
                ids.append(part.id)
        await record(ctx, session, "series.cancel", f"series:{series_id}", prompts=len(ids))
    engine = engine_of(ctx)
    for pid in ids:
        await engine.refresh(pid)
    ctx.reply(ctx.t("prompts.series.cancelled", id=series_id, count=len(ids)))


def setup(runtime: Runtime) -> None:
    """Register ``!series`` and its subcommands."""
    room = Option(name="in", help="rooms: #room, several separated by commas, platform:room")
    subs = {
        "create": Command(
            name="create",
            summary="Create an e-conference series.",
            usage="title: …; in: #ROOM; tz: Europe/Brussels; opening: …; closing: …",
            handler=_create,
            role=Role.COORDINATOR,
            options=(
                Option(name="title", help="the series' title"),
                room,
                Option(name="tz", help="an IANA time zone: Europe/Brussels"),
                Option(name="opening", help="posted just before the first prompt"),
                Option(
                    name="closing",
                    help="posted when the last prompt's discussion is summarised",
                    greedy=True,
                ),
            ),
        ),
        "add": Command(
            name="add",
            summary="Add a prompt to a series.",
            usage="ID at: 2026-12-01 09:00; text: …",
            handler=_add,
            role=Role.COORDINATOR,
            argument="id",
            options=(
                Option(name="at", help="date and time: 2026-12-01 09:00"),
                Option(name="tz", help="an IANA time zone (default: the series' zone)"),
                Option(name="text", help="the prompt (takes the rest of the line)", greedy=True),
            ),
        ),
        "show": Command(
            name="show",
            summary="Show a series and its prompts.",
            usage="ID",
            handler=_show,
            role=Role.COORDINATOR,
            argument="id",
        ),
        "list": Command(name="list", summary="List series.", handler=_list, role=Role.COORDINATOR),
        "cancel": Command(
            name="cancel",
            summary="Cancel a series and its prompts not yet posted.",
            usage="ID",
            handler=_cancel,
            role=Role.COORDINATOR,
            argument="id",
        ),
    }
    runtime.registry.add(
        Command(
            name="series",
            summary="E-conference series of prompts (coordinators).",
            role=Role.COORDINATOR,
            subcommands=subs,
        )
    )

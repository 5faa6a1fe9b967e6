"""``!series …``: an e-conference — an ordered set of one-off prompts in the same rooms, with
an opening and a closing message.

Each prompt of a series is an ordinary one-off prompt row (``series_id`` set, ``position``
its rank by time), so it is scheduled, delivered and summarised like any other. The opening
and closing messages are prompt rows too (``part`` opening/closing, no thread): the opening
posts just before the first prompt, at the same time; the closing posts
``[prompts] summary_after_hours`` after the last prompt, when its discussion is summarised.
Both are re-planned whenever the series' prompts change (see
:mod:`~bot.capabilities.prompts.bookends`); they are not managed with ``!prompt`` but with
``!series edit ID opening: …; closing: …`` (``none`` drops one), until they have been posted.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts import queries
from bot.capabilities.prompts.bookends import (
    NOT_POSTING,
    instant_of,
    posted_opening,
    posting_prompts,
    replan,
    series_parts,
)
from bot.capabilities.prompts.models import Part, Prompt, Series, Status
from bot.capabilities.prompts.options import (
    MAX_TEXT,
    ROOMS_OPTION,
    build_schedule,
    check_placement,
    check_text,
    engine_of,
    fmt_time,
    parse_id,
    reach_notes,
    record,
    set_targets,
    targets_label,
    targets_of,
)
from bot.capabilities.prompts.schedule import resolve_zone
from bot.capabilities.prompts.targets import RoomRef
from bot.commands import Command, Option
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip, one_line

#: Words that drop an opening or closing in ``!series edit``.
NONE_WORDS = ("none", "-", "no", "off")


async def _load_series(session: AsyncSession, ctx: Context, series_id: int) -> Series:
    series = await session.get(Series, series_id)
    if series is None:
        raise NotFound(ctx.t("prompts.series.not_found", id=series_id))
    return series


def _not_active(ctx: Context, series: Series) -> Conflict:
    status = ctx.t(f"prompts.status.{series.status}")
    if series.status == Status.CANCELLED and ctx.invocation.path[-1] == "cancel":
        return Conflict(ctx.t("prompts.series.already", id=series.id, status=status))
    return Conflict(ctx.t("prompts.series.not_active", id=series.id, status=status))


# --- handlers ---------------------------------------------------------------------------------
def _bookend_text(ctx: Context, option: str) -> str | None:
    """The new opening/closing text in ``option``: ``""`` drops it, ``None``: not given."""
    if option not in ctx.options:
        return None
    value = ctx.options[option].strip()
    if value.lower() in NONE_WORDS:
        return ""
    return check_text(ctx, value, option=option)


async def _create(ctx: Context) -> None:
    title = (ctx.options.get("title") or ctx.text).strip()
    if not title:
        raise ctx.usage_error("prompts.series.title_missing")
    if len(title) > 200:
        raise ctx.usage_error("prompts.error.text_too_long", option="title", limit=200)
    opening = _bookend_text(ctx, "opening") or ""
    closing = _bookend_text(ctx, "closing") or ""
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
    reply = ctx.t(
        "prompts.series.created",
        id=series_id,
        title=one_line(title, 200),
        targets=targets_label(targets),
    )
    ctx.reply("\n".join((reply, *reach_notes(ctx, targets))))


async def _add(ctx: Context) -> None:
    series_id = parse_id(ctx, "series")
    check_placement(ctx, ctx.options, "")
    text = check_text(ctx, ctx.options.get("text"))
    if "at" not in ctx.options:
        raise ctx.usage_error("prompts.series.at_missing")
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        if series.status != Status.ACTIVE:
            raise _not_active(ctx, series)
        options = {"at": ctx.options["at"], "tz": ctx.options.get("tz") or series.tz}
        schedule = build_schedule(ctx, options)
        when = schedule.next_time(ctx.now)
        assert when is not None  # a one-off accepted by the parser lies ahead
        opened = posted_opening(await series_parts(session, series_id))
        if opened is not None and when < opened:
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
        replanned = await replan(session, series, ctx.now, engine_of(ctx).summary_after)
        series.updated_at = ctx.now
        await record(
            ctx, session, "series.add", f"series:{series_id}", prompt=prompt.id, at=schedule.spec
        )
        prompt_id, position, tz = prompt.id, prompt.position, series.tz
    engine = engine_of(ctx)
    for pid in (prompt_id, *replanned.changed):
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


async def _edit(ctx: Context) -> None:
    series_id = parse_id(ctx, "series")
    title = ctx.options.get("title")
    opening = _bookend_text(ctx, "opening")
    closing = _bookend_text(ctx, "closing")
    if title is None and opening is None and closing is None:
        raise ctx.usage_error("prompts.series.edit_nothing")
    if title is not None and len(title) > 200:
        raise ctx.usage_error("prompts.error.text_too_long", option="title", limit=200)
    now = ctx.now
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        if series.status != Status.ACTIVE:
            raise _not_active(ctx, series)
        # A posted closing finishes the series (refused above); a posted opening, or a first
        # prompt already out, means the series has begun: an opening now would come late.
        parts = await series_parts(session, series_id)
        prompts = posting_prompts(parts)
        begun = posted_opening(parts) is not None or (
            bool(prompts) and instant_of(prompts[0]) <= now
        )
        if opening is not None and begun:
            raise Conflict(ctx.t("prompts.series.opening_gone", id=series_id))
        changes: list[str] = []
        if title is not None:
            series.title = one_line(title, 200)
            changes.append(ctx.t("prompts.series.changed_title", title=series.title))
        for part, text in ((Part.OPENING, opening), (Part.CLOSING, closing)):
            if text is None:
                continue
            setattr(series, part.value, text)
            label = ctx.t(f"prompts.series.{part.value}")
            key = "changed_bookend" if text else "dropped_bookend"
            changes.append(ctx.t(f"prompts.series.{key}", part=label))
        series.updated_at = now
        replanned = await replan(session, series, now, engine_of(ctx).summary_after)
        await record(
            ctx,
            session,
            "series.edit",
            f"series:{series_id}",
            changed=",".join(sorted(ctx.options)),
        )
    engine = engine_of(ctx)
    for pid in replanned.changed:
        await engine.refresh(pid)
    ctx.reply(ctx.t("prompts.series.edited", id=series_id, changes="; ".join(changes)))


async def _show(ctx: Context) -> None:
    series_id = parse_id(ctx, "series")
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        parts = await series_parts(session, series_id)
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
    if series.status == Status.ACTIVE:
        # A cancelled opening or closing of a running series is simply not there (dropped,
        # or nothing left to open); it comes back with a prompt or a new text.
        parts = [p for p in parts if p.part == Part.PROMPT or p.status != Status.CANCELLED]
    for part in sorted(parts, key=lambda p: (instant_of(p), order[Part(p.part)], p.position)):
        if part.part != Part.PROMPT:
            label = ctx.t(f"prompts.series.{part.part}")
        elif part.status in NOT_POSTING:
            label = ctx.t("prompts.series.prompt_label_off", id=part.id)
        else:
            label = ctx.t("prompts.series.prompt_label", position=part.position, id=part.id)
        lines.append(
            ctx.t(
                "prompts.series.line",
                when=fmt_time(instant_of(part), series.tz),
                label=label,
                status=ctx.t(f"prompts.status.{part.status}"),
                text=clip(one_line(part.text), 60),
            )
        )
    if not any(p.part == Part.PROMPT for p in parts):
        lines.append(ctx.t("prompts.series.empty", id=series_id))
    if series.status == Status.ACTIVE:
        lines.append(ctx.t("prompts.series.show_footer", id=series_id))
    ctx.reply("\n".join(lines))


async def _list(ctx: Context) -> None:
    async with ctx.runtime.store.session() as session:
        rows = await queries.recent_series(session)
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
    series_id = parse_id(ctx, "series")
    async with ctx.runtime.store.session() as session:
        series = await _load_series(session, ctx, series_id)
        if series.status != Status.ACTIVE:
            raise _not_active(ctx, series)
        series.status = Status.CANCELLED
        series.updated_at = ctx.now
        ids = []
        for part in await series_parts(session, series_id):
            if part.status in (Status.ACTIVE, Status.PAUSED):
                part.status = Status.CANCELLED
                part.updated_at = ctx.now
                ids.append(part.id)
        await record(ctx, session, "series.cancel", f"series:{series_id}", prompts=len(ids))
    engine = engine_of(ctx)
    for pid in ids:
        await engine.refresh(pid)
    key = "prompts.series.cancelled_one" if len(ids) == 1 else "prompts.series.cancelled"
    ctx.reply(ctx.t(key, id=series_id, count=len(ids)))


def setup(runtime: Runtime) -> None:
    """Register ``!series`` and its subcommands."""
    opening = Option(name="opening", help="posted just before the first prompt")
    closing = Option(
        name="closing",
        help="posted when the last prompt's discussion is summarised (takes the rest of the line)",
        greedy=True,
    )
    subs = {
        "create": Command(
            name="create",
            summary="Create an e-conference series.",
            usage="title: …; in: #ROOM; tz: Europe/Brussels; opening: …; closing: …",
            handler=_create,
            role=Role.COORDINATOR,
            options=(
                Option(name="title", help="the series' title"),
                ROOMS_OPTION,
                Option(name="tz", help="an IANA time zone: Europe/Brussels"),
                opening,
                closing,
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
                Option(
                    name="text",
                    help=f"the prompt (at most {MAX_TEXT:,} characters; takes the rest of the "
                    "line)",
                    greedy=True,
                ),
            ),
        ),
        "edit": Command(
            name="edit",
            summary="Change a series' title, or its opening or closing (none drops it).",
            usage="ID [title: …; opening: …; closing: …]",
            handler=_edit,
            role=Role.COORDINATOR,
            argument="id",
            options=(Option(name="title", help="the series' title"), opening, closing),
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

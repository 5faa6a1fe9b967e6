"""``!series …``: coordinators plan an e-conference — an ordered set of one-off prompts in
the same rooms, with an opening and a closing message (see :mod:`.series_service`).

The opening and closing are not managed with ``!prompt`` but with ``!series edit ID opening:
…; closing: …`` (``none`` drops one), until they have been posted. Handlers read and check
what was typed, ask the :class:`~.series_service.SeriesService` and write its outcome in the
reader's language.
"""

from __future__ import annotations

from bot.capabilities.prompts.models import Part, Status
from bot.capabilities.prompts.options import (
    check_placement,
    check_text,
    default_notes,
    parse_id,
    reach_notes,
    targets_label,
    targets_of,
)
from bot.capabilities.prompts.schedule import resolve_zone
from bot.capabilities.prompts.series_service import MAX_TITLE, SeriesService
from bot.capabilities.prompts.values import SeriesPart
from bot.context import Context
from bot.safety import clip, one_line

#: Words that drop an opening or closing in ``!series edit``.
NONE_WORDS = ("none", "-", "no", "off")


def bookend_text(ctx: Context, option: str) -> str | None:
    """The new opening/closing text in ``option``: ``""`` drops it, ``None``: not given."""
    if option not in ctx.options:
        return None
    value = ctx.options[option].strip()
    if value.lower() in NONE_WORDS:
        return ""
    return check_text(ctx, value, option=option)


def check_title(ctx: Context, title: str) -> str:
    if len(title) > MAX_TITLE:
        raise ctx.usage_error("prompts.error.text_too_long", option="title", limit=MAX_TITLE)
    return one_line(title, MAX_TITLE)


class SeriesChat:
    """The ``!series`` subcommands over a :class:`SeriesService`."""

    def __init__(self, service: SeriesService) -> None:
        self.service = service

    # --- changes ---------------------------------------------------------------------------
    async def create(self, ctx: Context) -> None:
        title = (ctx.options.get("title") or ctx.text).strip()
        if not title:
            raise ctx.usage_error("prompts.series.title_missing")
        title = check_title(ctx, title)
        opening = bookend_text(ctx, "opening") or ""
        closing = bookend_text(ctx, "closing") or ""
        tz = resolve_zone(ctx.options.get("tz") or ctx.runtime.settings.bot.timezone).key
        targets = targets_of(ctx, ctx.options)
        done = await self.service.create(
            ctx.actor(), title=title, tz=tz, targets=targets, opening=opening, closing=closing
        )
        reply = ctx.t(
            "prompts.series.created",
            id=done.series_id,
            title=done.title,
            targets=targets_label(done.targets),
        )
        notes = (*default_notes(ctx, ctx.options), *reach_notes(ctx, done.targets))
        ctx.reply("\n".join((reply, *notes)))

    async def add(self, ctx: Context) -> None:
        series_id = parse_id(ctx, "series")
        check_placement(ctx, ctx.options, "")
        text = check_text(ctx, ctx.options.get("text"))
        if "at" not in ctx.options:
            raise ctx.usage_error("prompts.series.at_missing")
        done = await self.service.add(
            ctx.actor(), series_id, text=text, at=ctx.options["at"], tz=ctx.options.get("tz")
        )
        ctx.reply(
            ctx.t(
                "prompts.series.added",
                id=done.series_id,
                prompt=done.prompt_id,
                when=ctx.when(done.when, done.tz),
                show=f"{ctx.prefix}series show {done.series_id}",
            )
        )

    async def edit(self, ctx: Context) -> None:
        series_id = parse_id(ctx, "series")
        title = ctx.options.get("title")
        opening = bookend_text(ctx, "opening")
        closing = bookend_text(ctx, "closing")
        if title is None and opening is None and closing is None:
            raise ctx.usage_error("prompts.series.edit_nothing")
        if title is not None:
            title = check_title(ctx, title)
        done = await self.service.edit(
            ctx.actor(), series_id, title=title, opening=opening, closing=closing
        )
        changes: list[str] = []
        if done.title is not None:
            changes.append(ctx.t("prompts.series.changed_title", title=done.title))
        for change in done.bookends:
            label = ctx.t(f"prompts.series.{change.part}")
            key = "dropped_bookend" if change.dropped else "changed_bookend"
            changes.append(ctx.t(f"prompts.series.{key}", part=label))
        ctx.reply(ctx.t("prompts.series.edited", id=series_id, changes="; ".join(changes)))

    async def cancel(self, ctx: Context) -> None:
        series_id = parse_id(ctx, "series")
        # An unknown series, or one of another network, is said so, not asked about.
        await self.service.show(series_id, ctx.actor())
        if not ctx.confirmed_or_ask():
            return
        done = await self.service.cancel(ctx.actor(), series_id)
        key = "prompts.series.cancelled_one" if done.cancelled == 1 else "prompts.series.cancelled"
        ctx.reply(ctx.t(key, id=done.series_id, count=done.cancelled))

    # --- reads -----------------------------------------------------------------------------
    async def show(self, ctx: Context) -> None:
        series = await self.service.show(parse_id(ctx, "series"), ctx.actor())
        lines = [
            ctx.t(
                "prompts.series.show",
                id=series.series_id,
                title=series.title,
                status=ctx.t(f"prompts.status.{series.status}"),
                targets=targets_label(series.targets),
                tz=series.tz,
            )
        ]
        lines.extend(
            ctx.t(
                "prompts.series.line",
                when=ctx.when(part.when, series.tz),
                label=self._label(ctx, part),
                status=ctx.t(f"prompts.status.{part.status}"),
                text=clip(one_line(part.text), 60),
            )
            for part in series.parts
        )
        if not series.has_prompts:
            lines.append(ctx.t("prompts.series.empty", id=series.series_id))
        if series.status == Status.ACTIVE:
            lines.append(ctx.t("prompts.series.show_footer", id=series.series_id))
        ctx.reply("\n".join(lines))

    @staticmethod
    def _label(ctx: Context, part: SeriesPart) -> str:
        if part.part != Part.PROMPT:
            return ctx.t(f"prompts.series.{part.part}")
        # One number per prompt, its ID (what edit, skip and cancel take); the order is the
        # list's own.
        return ctx.t("prompts.series.prompt_label", id=part.prompt_id)

    async def listing(self, ctx: Context) -> None:
        rows = await self.service.listing(ctx.actor())
        if not rows:
            ctx.reply(ctx.t("prompts.series.list_empty"))
            return
        lines = [ctx.t("prompts.series.list_header")]
        lines.extend(
            ctx.t(
                "prompts.series.list_line",
                id=s.series_id,
                title=clip(s.title, 60),
                status=ctx.t(f"prompts.status.{s.status}"),
            )
            for s in rows
        )
        ctx.reply("\n".join(lines))

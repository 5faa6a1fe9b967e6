"""``!prompt …``: coordinators schedule, inspect and steer prompts.

Each handler reads and checks what was typed (:mod:`.options`: ids, texts, rooms, a new
prompt's schedule) before anything is stored, asks the :class:`~.service.PromptService`, and
writes its outcome in the reader's language. The service's refusals are keyed errors the core
puts into words; a keyed usage error gets the command's usage line as its hint here.
"""

from __future__ import annotations

from bot.capabilities.prompts.models import Status
from bot.capabilities.prompts.options import (
    after_id,
    build_schedule,
    check_placement,
    check_text,
    default_notes,
    parse_id,
    reach_notes,
    rooms_in,
    schedule_options,
    targets_label,
    targets_of,
)
from bot.capabilities.prompts.service import SCHEDULE_FIELDS, PromptService
from bot.capabilities.prompts.values import Changed
from bot.context import Context
from bot.safety import clip, one_line

PREVIEW_COUNT = 5


def with_notes(text: str, notes: list[str] | tuple[str, ...]) -> str:
    return "\n".join((text, *notes))


def emptied_note(ctx: Context, series_id: int | None) -> list[str]:
    """The note that a series was left with nothing to post (``None``: it was not)."""
    return [] if series_id is None else [ctx.t("prompts.series.emptied", id=series_id)]


def many(items: tuple[object, ...]) -> str:
    return "_many" if len(items) > 1 else ""


class PromptChat:
    """The ``!prompt`` subcommands over a :class:`PromptService`."""

    def __init__(self, service: PromptService) -> None:
        self.service = service

    # --- changes ---------------------------------------------------------------------------
    async def schedule(self, ctx: Context) -> None:
        check_placement(ctx, ctx.options, ctx.text)
        text = check_text(ctx, ctx.options.get("text"))
        schedule = build_schedule(ctx, ctx.options)
        targets = targets_of(ctx, ctx.options)
        done = await self.service.schedule(
            ctx.actor(), text=text, schedule=schedule, targets=targets
        )
        reply = ctx.t(
            "prompts.scheduled",
            id=done.prompt_id,
            when=done.schedule.describe(ctx.lang),
            next=ctx.when(done.next_post, done.schedule.tz) if done.next_post else "-",
            targets=targets_label(done.targets),
        )
        notes = [
            *default_notes(ctx, ctx.options),
            *done.schedule.notes(ctx.lang),
            *reach_notes(ctx, done.targets),
        ]
        ctx.reply(with_notes(reply, notes))

    async def pause(self, ctx: Context) -> None:
        self._changed(ctx, await self.service.pause(ctx.actor(), parse_id(ctx)))

    async def resume(self, ctx: Context) -> None:
        self._changed(ctx, await self.service.resume(ctx.actor(), parse_id(ctx)))

    async def cancel(self, ctx: Context) -> None:
        prompt_id = parse_id(ctx)
        # An unknown prompt, or one of another network, is said so, not asked about.
        await self.service.show(prompt_id, ctx.actor())
        if ctx.confirmed_or_ask():
            self._changed(ctx, await self.service.cancel(ctx.actor(), prompt_id))

    @staticmethod
    def _changed(ctx: Context, done: Changed) -> None:
        reply = ctx.t(f"prompts.done.{done.action}", id=done.prompt_id)
        ctx.reply(with_notes(reply, emptied_note(ctx, done.emptied_series)))

    async def skip(self, ctx: Context) -> None:
        done = await self.service.skip(ctx.actor(), parse_id(ctx))
        notes = [ctx.t(f"prompts.skip_ends.{done.ended}", id=done.prompt_id)] if done.ended else []
        notes.extend(emptied_note(ctx, done.emptied_series))
        reply = ctx.t("prompts.skipped", id=done.prompt_id, when=ctx.when(done.when, done.tz))
        ctx.reply(with_notes(reply, notes))

    async def edit(self, ctx: Context) -> None:
        prompt_id = parse_id(ctx)
        options = ctx.options
        check_placement(ctx, options, after_id(ctx))
        if not options:
            raise ctx.usage_error("prompts.error.edit_nothing")
        text = check_text(ctx, options["text"]) if "text" in options else None
        targets = rooms_in(ctx, options["in"]) if "in" in options else None
        changes_schedule = any(k in options for k in SCHEDULE_FIELDS)
        done = await self.service.edit(
            ctx.actor(),
            prompt_id,
            text=text,
            targets=targets,
            schedule=schedule_options(options) if changes_schedule else None,
        )
        lines = [ctx.t("prompts.edited", id=prompt_id)]
        notes: list[str] = []
        if done.kept and done.schedule is not None:
            shown = ", ".join(ctx.when(w, done.schedule.tz) for w in done.kept)
            notes.append(ctx.t(f"prompts.skip_kept{many(done.kept)}", when=shown))
        if done.ended is not None:
            notes.append(ctx.t(f"prompts.skip_ends.{done.ended}", id=prompt_id))
        if done.cleared:
            # In the zone the coordinator skipped it in.
            shown = ", ".join(ctx.when(w, done.old_tz) for w in done.cleared)
            notes.append(ctx.t(f"prompts.skip_cleared{many(done.cleared)}", when=shown))
        if done.schedule is not None:
            upcoming = done.next_post
            lines.append(
                ctx.t(
                    "prompts.edited_schedule",
                    when=done.schedule.describe(ctx.lang),
                    next=ctx.when(upcoming, done.schedule.tz) if upcoming else "-",
                )
            )
            notes.extend(done.schedule.notes(ctx.lang))
        if done.targets is not None:
            lines.append(ctx.t("prompts.edited_rooms", targets=targets_label(done.targets)))
            notes.extend(reach_notes(ctx, done.targets))
        if done.text is not None:
            lines.append(ctx.t("prompts.edited_text", text=clip(one_line(done.text), 80)))
        ctx.reply(with_notes("\n".join(lines), notes))

    # --- reads -----------------------------------------------------------------------------
    async def listing(self, ctx: Context) -> None:
        prompts = await self.service.listing(ctx.actor())
        if not prompts:
            ctx.reply(ctx.t("prompts.list.empty"))
            return
        lines = [ctx.t("prompts.list.header")]
        for prompt in prompts:
            lines.append(
                ctx.t(
                    "prompts.list.line",
                    id=prompt.prompt_id,
                    status=ctx.t(f"prompts.status.{prompt.status}"),
                    text=clip(one_line(prompt.text), 50),
                    next=ctx.when(prompt.next_post, prompt.tz) if prompt.next_post else "-",
                    series=ctx.t("prompts.list.in_series", id=prompt.series_id)
                    if prompt.series_id
                    else "",
                )
            )
        ctx.reply("\n".join(lines))

    async def show(self, ctx: Context) -> None:
        prompt = await self.service.show(parse_id(ctx), ctx.actor())
        schedule = prompt.schedule
        reply = ctx.t(
            "prompts.show",
            id=prompt.prompt_id,
            status=ctx.t(f"prompts.status.{prompt.status}"),
            when=schedule.describe(ctx.lang),
            next=ctx.when(prompt.next_post, schedule.tz) if prompt.next_post else "-",
            targets=targets_label(prompt.targets),
            author=prompt.author or "-",
            sent=prompt.sent,
            missed=prompt.missed,
            skipped=prompt.skipped,
            text=prompt.text,
        )
        coming = prompt.status in (Status.ACTIVE, Status.PAUSED)
        ctx.reply(with_notes(reply, schedule.notes(ctx.lang) if coming else ()))

    async def preview(self, ctx: Context) -> None:
        preview = await self.service.preview(parse_id(ctx), PREVIEW_COUNT, ctx.actor())
        if not preview.times:
            status = ctx.t(f"prompts.status.{preview.status}")
            ctx.reply(ctx.t("prompts.preview.none", id=preview.prompt_id, status=status))
            return
        tz = preview.schedule.tz
        count = len(preview.times)
        lines = [ctx.t("prompts.preview.header", id=preview.prompt_id, tz=tz, count=count)]
        lines.extend(f"  {ctx.when(when, tz)}" for when in preview.times)
        ctx.reply(with_notes("\n".join(lines), preview.schedule.notes(ctx.lang)))

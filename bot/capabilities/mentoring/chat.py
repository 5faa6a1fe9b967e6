"""The mentoring commands in chat: ``!mentor …``, ``!expert …`` and ``!match …``.

Each handler reads and checks what was typed (:mod:`.fields`), calls one of the services, and
answers with the outcome put into words (:mod:`.render`) in the caller's language. The
services raise keyed errors (``Conflict.keyed("mentoring.…", command=Cmd(…))``); the core
words them for the caller, with the command prefix. Which command runs which handler is
:mod:`.commands`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.actions import Choice
from bot.capabilities.mentoring import fields, render
from bot.capabilities.mentoring.batch import BatchService
from bot.capabilities.mentoring.fields import FieldError
from bot.capabilities.mentoring.model import Actor
from bot.capabilities.mentoring.profiles import ProfileService
from bot.capabilities.mentoring.proposals import ProposalService
from bot.capabilities.mentoring.requests import RequestService
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.messages import When
from bot.safety import clip

T = TypeVar("T")
Handler = Callable[[Context], Awaitable[None]]


def _read(ctx: Context, read: Callable[..., T], *args: object) -> T:
    """Run a field reader; a bad value becomes a usage error with this command's usage."""
    try:
        return read(*args)
    except FieldError as err:
        raise ctx.usage_error(err.key, **err.params) from err


def _no_positional(ctx: Context) -> None:
    if ctx.text.strip():
        raise ctx.usage_error("mentoring.positional_unexpected", text=clip(ctx.text.strip(), 40))


def _id_arg(ctx: Context, position: int = 0) -> int:
    if len(ctx.args) <= position:
        raise ctx.usage_error("mentoring.id_missing")
    return _read(ctx, fields.number, ctx.args[position])


def _assumed_language(ctx: Context) -> str:
    """The language a profile gets when none was given: the one this message is in (the
    platform's hint, else the bot's default), as an ISO 639-1 code."""
    for hint in (ctx.lang, ctx.runtime.settings.bot.language):
        code = fields.language(hint or "")
        if code is not None:
            return code
    return "en"


async def _someone(ctx: Context) -> int:
    """The caller's person id; someone the bot never stored has no proposals or matches."""
    person = await ctx.person(create=False)
    return person.id if person is not None else -1


async def _person_id(ctx: Context, kind: str) -> int:
    """The caller's person id; someone the bot never stored has no profile."""
    person = await ctx.person(create=False)
    if person is None:
        raise NotFound(ctx.t("mentoring.not_joined", kind=kind, command=f"{ctx.prefix}{kind} join"))
    return person.id


class MentoringChat:
    """The chat commands over the mentoring services; every text in the caller's language."""

    def __init__(
        self,
        profiles: ProfileService,
        requests: RequestService,
        proposals: ProposalService,
        batch: BatchService,
    ) -> None:
        self.profiles = profiles
        self.requests = requests
        self.proposals = proposals
        self.batch = batch

    # --- profiles: one handler per kind -----------------------------------------------------
    def join(self, kind: str) -> Handler:
        async def join(ctx: Context) -> None:
            _no_positional(ctx)
            given = _read(ctx, fields.profile, ctx.options)
            person = await ctx.person(create=False)
            if person is not None and await self.profiles.profile(person.id, kind) is not None:
                raise Conflict(
                    ctx.t(
                        "mentoring.already_joined",
                        kind=kind,
                        command=f"{ctx.prefix}{kind} update",
                    )
                )
            if not given.topics:
                raise ctx.usage_error("mentoring.field.topics_missing")
            # Without languages a profile would match nobody who asks for one: assume the
            # language the person writes in, and say so, rather than refuse or guess silently.
            assumed = None
            if not given.languages:
                assumed = _assumed_language(ctx)
                given = dataclasses.replace(given, languages=(assumed,))
            note = (
                "\n"
                + ctx.t(
                    "mentoring.languages_assumed",
                    language=assumed,
                    command=f"{ctx.prefix}{kind} update languages: {assumed}, …",
                )
                if assumed
                else ""
            )
            if given.consent is None:
                command = render.join_with_consent(ctx, kind, given)
                ctx.reply(
                    ctx.t("mentoring.consent", kind=kind, name=ctx.runtime.settings.bot.name)
                    + "\n"
                    + ctx.t("mentoring.consent_how", command=clip(command, 300))
                    + note,
                    choices=[Choice(label=ctx.t("mentoring.consent_button"), command=command)],
                )
                return
            if given.consent is False:
                ctx.reply(ctx.t("mentoring.consent_declined", kind=kind))
                return
            person = await ctx.person(create=True)
            assert person is not None
            profile = await self.profiles.join(person.id, kind, given, ctx.now, network=ctx.network)
            # Where self-assessment is offered, a mentor's own ratings are their strengths.
            rate = (
                "\n" + ctx.t("mentoring.joined_rate_areas", command=ctx.shown("cpd", "assess"))
                if kind == "mentor" and ctx.runtime.registry.get("cpd") is not None
                else ""
            )
            ctx.reply(
                ctx.t("mentoring.joined", kind=kind)
                + note
                + "\n"
                + render.profile_summary(ctx, profile)
                + rate
            )

        return join

    def update(self, kind: str) -> Handler:
        async def update(ctx: Context) -> None:
            _no_positional(ctx)
            given = _read(ctx, fields.profile, ctx.options)
            if not given.given():
                raise ctx.usage_error("mentoring.update_nothing")
            person_id = await _person_id(ctx, kind)
            profile = await self.profiles.update(person_id, kind, given, ctx.now)
            ctx.reply(
                ctx.t("mentoring.updated", kind=kind) + "\n" + render.profile_summary(ctx, profile)
            )

        return update

    def pause(self, kind: str) -> Handler:
        async def pause(ctx: Context) -> None:
            _no_positional(ctx)
            until = (
                _read(ctx, fields.until, ctx.options["until"], ctx.now)
                if "until" in ctx.options
                else None
            )
            person_id = await _person_id(ctx, kind)
            await self.profiles.pause(person_id, kind, until, ctx.now)
            resume = f"{ctx.prefix}{kind} resume"
            if until is None:
                ctx.reply(ctx.t("mentoring.paused", kind=kind, command=resume))
            else:
                ctx.reply(
                    ctx.t(
                        "mentoring.paused_until",
                        kind=kind,
                        until=When(until, "day"),
                        command=resume,
                    )
                )

        return pause

    def resume(self, kind: str) -> Handler:
        async def resume(ctx: Context) -> None:
            person_id = await _person_id(ctx, kind)
            await self.profiles.resume(person_id, kind, ctx.now)
            ctx.reply(ctx.t("mentoring.resumed", kind=kind))

        return resume

    def me(self, kind: str) -> Handler:
        async def me(ctx: Context) -> None:
            person = await ctx.person(create=False)
            profile = await self.profiles.profile(person.id, kind) if person else None
            if profile is None:
                ctx.reply(ctx.t("mentoring.me_none", kind=kind, command=f"{ctx.prefix}{kind} join"))
                return
            ctx.reply(
                ctx.t("mentoring.me", kind=kind) + "\n" + render.profile_summary(ctx, profile)
            )

        return me

    def leave(self, kind: str) -> Handler:
        async def leave(ctx: Context) -> None:
            person_id = await _person_id(ctx, kind)
            if not ctx.confirmed:
                # Nothing to leave is said at once (the service's own error), not asked about.
                if await self.profiles.profile(person_id, kind) is None:
                    await self.profiles.leave(person_id, kind, ctx.now)
                if not ctx.confirmed_or_ask():
                    return
            withdrawn = await self.profiles.leave(person_id, kind, ctx.now)
            ctx.reply(ctx.t("mentoring.left", kind=kind, withdrawn=withdrawn))

        return leave

    # --- requests -------------------------------------------------------------------------------
    async def request(self, ctx: Context) -> None:
        if not ctx.text.strip():
            raise ctx.usage_error("mentoring.field.need_missing")
        need = _read(ctx, fields.need, ctx.text)
        kind = _read(ctx, fields.kind, ctx.options.get("kind"))
        options = ctx.options
        langs = _read(ctx, fields.languages, options["lang"]) if "lang" in options else ()
        country = _read(ctx, fields.country, options["country"]) if options.get("country") else None
        sector = _read(ctx, fields.sector, options["sector"]) if options.get("sector") else None
        opened = await self.requests.open_request(
            ctx.claim,
            kind=kind,
            need=need,
            languages=langs,
            country=country,
            sector=sector,
            now=ctx.now,
            network=ctx.network,
        )
        key = "mentoring.request_proposed" if opened.proposed else "mentoring.request_waiting"
        ctx.reply(
            ctx.t(
                key,
                id=opened.request_id,
                kind=kind,
                hours=f"{ctx.runtime.settings.matching.proposal_deadline_hours:g}",
                status=f"{ctx.prefix}match status",
                cancel=f"{ctx.prefix}match cancel {opened.request_id}",
            )
        )

    async def cancel(self, ctx: Context) -> None:
        request_id = _id_arg(ctx) if ctx.args else None
        if not ctx.confirmed_or_ask():
            return
        cancelled = await self.requests.cancel(await _someone(ctx), request_id, ctx.now)
        ctx.reply(ctx.t("mentoring.cancelled", id=cancelled))

    async def status(self, ctx: Context) -> None:
        person = await ctx.person(create=False)
        views = await self.requests.requests_of(person.id) if person else ()
        pending = await self.proposals.pending(person.id) if person else ()
        ctx.reply(render.status_text(ctx, views, pending))

    # --- proposals and matches --------------------------------------------------------------
    async def accept(self, ctx: Context) -> None:
        number = await self.proposals.accept(await _someone(ctx), _id_arg(ctx), ctx.now)
        ctx.reply(ctx.t("mentoring.accepted", id=number))

    async def decline(self, ctx: Context) -> None:
        declined = await self.proposals.decline(await _someone(ctx), _id_arg(ctx), ctx.now)
        key = "mentoring.declined" if declined.asked_next else "mentoring.declined_nobody_left"
        ctx.reply(ctx.t(key, id=declined.id, kind=declined.kind))

    async def pending(self, ctx: Context) -> None:
        ctx.reply(render.pending_text(ctx, await self.proposals.pending(await _someone(ctx))))

    async def feedback(self, ctx: Context) -> None:
        words = ctx.text.split(maxsplit=2)
        if len(words) < 2:
            raise ctx.usage_error("mentoring.feedback_missing")
        proposal_id = _read(ctx, fields.number, words[0])
        rating = _read(ctx, fields.rating, words[1])
        comment = _read(ctx, fields.comment, words[2] if len(words) > 2 else "")
        # Answered with the number typed: it named this match, so the reader knows it by it.
        _, replaced = await self.proposals.feedback(
            await _someone(ctx), proposal_id, rating, comment, ctx.now
        )
        key = "mentoring.feedback_replaced" if replaced else "mentoring.feedback_saved"
        ctx.reply(ctx.t(key, id=proposal_id, rating=rating))

    async def end(self, ctx: Context) -> None:
        number = _id_arg(ctx)
        await self.proposals.end(await _someone(ctx), number, ctx.now)
        ctx.reply(
            ctx.t("mentoring.ended", id=number, command=f"{ctx.prefix}match feedback {number} 1-5")
        )

    # --- coordinators ---------------------------------------------------------------------------
    async def stats(self, ctx: Context) -> None:
        ctx.reply(render.stats_text(ctx, await self.batch.stats(ctx.now, ctx.scope.only)))

    async def run(self, ctx: Context) -> None:
        actor = Actor(
            platform=ctx.message.platform, actor_id=ctx.message.sender_id, role=ctx.role.label
        )
        result = await self.batch.run_batch(ctx.now, actor=actor, networks=ctx.scope.only)
        ctx.reply(render.run_result_text(ctx, result))

"""The mentoring commands: ``!mentor …``, ``!expert …`` and ``!match …``, the deadline and
anonymisation jobs, mentoring's personal data, and ``vetbot match run``.

Handlers read and check what was typed (:mod:`.fields`), call :class:`MatchingService`, and
turn its outcome into replies; every text comes from ``bot/locale/en/mentoring.toml``.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
from collections.abc import Callable
from typing import TypeVar

from bot.actions import Choice
from bot.capabilities.mentoring import fields
from bot.capabilities.mentoring.fields import FieldError, ProfileFields
from bot.capabilities.mentoring.service import PROPOSAL, MatchingService, RequestView, Stats
from bot.capabilities.mentoring.tables import MATCHED, OPEN, PROPOSED, Profile
from bot.capabilities.privacy import personal_data
from bot.commands import Command, Handler, Option
from bot.context import Context
from bot.errors import Conflict, NotFound
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip
from bot.settings import Settings
from bot.store.people import audit

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How often the deadline job looks for overdue and undelivered proposals.
SWEEP_MINUTES = 5
KINDS = ("mentor", "expert")


def _service(ctx: Context) -> MatchingService:
    return ctx.runtime.get(MatchingService)


def _read(ctx: Context, read: Callable[..., T], *args: object) -> T:
    """Run a field reader; a bad value becomes a usage error with this command's usage."""
    try:
        return read(*args)
    except FieldError as err:
        raise ctx.usage_error(err.key, **err.params) from err


def _no_positional(ctx: Context) -> None:
    if ctx.text.strip():
        raise ctx.usage_error("mentoring.positional_unexpected", text=clip(ctx.text.strip(), 40))


# --- profiles -------------------------------------------------------------------------------


def _summary(ctx: Context, profile: Profile, used: int) -> str:
    if not profile.paused:
        state = ctx.t("mentoring.state_active")
    elif profile.paused_until is not None:
        state = ctx.t("mentoring.state_paused_until", until=profile.paused_until.date().isoformat())
    else:
        state = ctx.t("mentoring.state_paused")
    return ctx.t(
        "mentoring.profile_summary",
        topics=", ".join(profile.topics),
        languages=", ".join(profile.languages),
        country=profile.country or "-",
        sector=profile.sector or "-",
        capacity=profile.capacity,
        used=used,
        bio=profile.bio or "-",
        state=state,
    )


def _assumed_language(ctx: Context) -> str:
    """The language a profile gets when none was given: the one this message is in (the
    platform's hint, else the bot's default), as an ISO 639-1 code."""
    for hint in (ctx.lang, ctx.runtime.settings.bot.language):
        code = fields.language(hint or "")
        if code is not None:
            return code
    return "en"


def _with_consent(ctx: Context, kind: str, given: ProfileFields) -> str:
    """The join command as typed, with ``consent: yes`` added (before the greedy bio)."""
    parts = [f"topics: {', '.join(given.topics or ())}"]
    if given.languages:
        parts.append(f"languages: {', '.join(given.languages)}")
    if given.country:
        parts.append(f"country: {given.country}")
    if given.sector:
        parts.append(f"sector: {given.sector}")
    if given.capacity:
        parts.append(f"capacity: {given.capacity}")
    parts.append("consent: yes")
    if given.bio:
        parts.append(f"bio: {given.bio}")
    return f"{ctx.prefix}{kind} join " + "; ".join(parts)


def _join(kind: str) -> Handler:
    async def join(ctx: Context) -> None:
        _no_positional(ctx)
        given = _read(ctx, fields.profile, ctx.options)
        person = await ctx.person(create=False)
        if person is not None and await _service(ctx).profile(person.id, kind) is not None:
            raise Conflict(
                ctx.t("mentoring.already_joined", kind=kind, command=f"{ctx.prefix}{kind} update")
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
            command = _with_consent(ctx, kind, given)
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
        profile = await _service(ctx).join(person.id, kind, given, ctx.now)
        ctx.reply(ctx.t("mentoring.joined", kind=kind) + note + "\n" + _summary(ctx, profile, 0))

    return join


async def _person_id(ctx: Context, kind: str) -> int:
    person = await ctx.person(create=False)
    if person is None:
        raise NotFound(ctx.t("mentoring.not_joined", kind=kind, command=f"{ctx.prefix}{kind} join"))
    return person.id


def _update(kind: str) -> Handler:
    async def update(ctx: Context) -> None:
        _no_positional(ctx)
        given = _read(ctx, fields.profile, ctx.options)
        if not given.given():
            raise ctx.usage_error("mentoring.update_nothing")
        person_id = await _person_id(ctx, kind)
        service = _service(ctx)
        await service.update(person_id, kind, given, ctx.now)
        found = await service.profile(person_id, kind)
        assert found is not None
        ctx.reply(ctx.t("mentoring.updated", kind=kind) + "\n" + _summary(ctx, *found))

    return update


def _pause(kind: str) -> Handler:
    async def pause(ctx: Context) -> None:
        _no_positional(ctx)
        until = (
            _read(ctx, fields.until, ctx.options["until"], ctx.now)
            if "until" in ctx.options
            else None
        )
        person_id = await _person_id(ctx, kind)
        await _service(ctx).pause(person_id, kind, until, ctx.now)
        if until is None:
            ctx.reply(ctx.t("mentoring.paused", kind=kind, command=f"{ctx.prefix}{kind} resume"))
        else:
            ctx.reply(
                ctx.t(
                    "mentoring.paused_until",
                    kind=kind,
                    until=until.date().isoformat(),
                    command=f"{ctx.prefix}{kind} resume",
                )
            )

    return pause


def _resume(kind: str) -> Handler:
    async def resume(ctx: Context) -> None:
        person_id = await _person_id(ctx, kind)
        await _service(ctx).resume(person_id, kind, ctx.now)
        ctx.reply(ctx.t("mentoring.resumed", kind=kind))

    return resume


def _me(kind: str) -> Handler:
    async def me(ctx: Context) -> None:
        person = await ctx.person(create=False)
        found = await _service(ctx).profile(person.id, kind) if person else None
        if found is None:
            ctx.reply(ctx.t("mentoring.me_none", kind=kind, command=f"{ctx.prefix}{kind} join"))
            return
        ctx.reply(ctx.t("mentoring.me", kind=kind) + "\n" + _summary(ctx, *found))

    return me


def _leave(kind: str) -> Handler:
    async def leave(ctx: Context) -> None:
        person_id = await _person_id(ctx, kind)
        withdrawn = await _service(ctx).leave(person_id, kind, ctx.now)
        ctx.reply(ctx.t("mentoring.left", kind=kind, withdrawn=withdrawn))

    return leave


# --- requests and proposals -----------------------------------------------------------------


async def _request(ctx: Context) -> None:
    if not ctx.text.strip():
        raise ctx.usage_error("mentoring.field.need_missing")
    need = _read(ctx, fields.need, ctx.text)
    kind = _read(ctx, fields.kind, ctx.options.get("kind"))
    langs = _read(ctx, fields.languages, ctx.options["lang"]) if "lang" in ctx.options else ()
    country = (
        _read(ctx, fields.country, ctx.options["country"]) if ctx.options.get("country") else None
    )
    sector = _read(ctx, fields.sector, ctx.options["sector"]) if ctx.options.get("sector") else None
    person = await ctx.person(create=True)
    assert person is not None
    opened = await _service(ctx).open_request(
        person.id,
        kind=kind,
        need=need,
        languages=langs,
        country=country,
        sector=sector,
        now=ctx.now,
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


def _id_arg(ctx: Context, position: int = 0) -> int:
    if len(ctx.args) <= position:
        raise ctx.usage_error("mentoring.id_missing")
    return _read(ctx, fields.number, ctx.args[position])


async def _someone(ctx: Context) -> int:
    """The caller's person id; someone the bot never stored has no proposals or matches."""
    person = await ctx.person(create=False)
    return person.id if person is not None else -1


async def _accept(ctx: Context) -> None:
    proposal_id = _id_arg(ctx)
    await _service(ctx).accept(await _someone(ctx), proposal_id, ctx.now)
    ctx.reply(ctx.t("mentoring.accepted", id=proposal_id))


async def _decline(ctx: Context) -> None:
    proposal_id = _id_arg(ctx)
    declined = await _service(ctx).decline(await _someone(ctx), proposal_id, ctx.now)
    key = "mentoring.declined" if declined.asked_next else "mentoring.declined_nobody_left"
    ctx.reply(ctx.t(key, id=proposal_id, kind=declined.kind))


async def _cancel(ctx: Context) -> None:
    request_id = _id_arg(ctx) if ctx.args else None
    cancelled = await _service(ctx).cancel(await _someone(ctx), request_id, ctx.now)
    ctx.reply(ctx.t("mentoring.cancelled", id=cancelled))


async def _feedback(ctx: Context) -> None:
    words = ctx.text.split(maxsplit=2)
    if len(words) < 2:
        raise ctx.usage_error("mentoring.feedback_missing")
    proposal_id = _read(ctx, fields.number, words[0])
    rating = _read(ctx, fields.rating, words[1])
    comment = _read(ctx, fields.comment, words[2] if len(words) > 2 else "")
    replaced = await _service(ctx).feedback(
        await _someone(ctx), proposal_id, rating, comment, ctx.now
    )
    key = "mentoring.feedback_replaced" if replaced else "mentoring.feedback_saved"
    ctx.reply(ctx.t(key, id=proposal_id, rating=rating))


async def _end(ctx: Context) -> None:
    proposal_id = _id_arg(ctx)
    await _service(ctx).end(await _someone(ctx), proposal_id, ctx.now)
    ctx.reply(ctx.t("mentoring.ended", id=proposal_id))


async def _pending(ctx: Context) -> None:
    rows = await _service(ctx).pending(await _someone(ctx))
    if not rows:
        ctx.reply(ctx.t("mentoring.pending_none"))
        return
    lines = [ctx.t("mentoring.pending_header", count=len(rows))]
    for proposal, request in rows:
        deadline = (
            proposal.deadline_at.strftime("%Y-%m-%d %H:%M UTC") if proposal.deadline_at else "-"
        )
        lines.append(
            ctx.t(
                "mentoring.pending_item",
                id=proposal.id,
                kind=request.kind,
                need=clip(request.need, 120),
                deadline=deadline,
                accept=f"{ctx.prefix}match accept {proposal.id}",
                decline=f"{ctx.prefix}match decline {proposal.id}",
            )
        )
    ctx.reply("\n".join(lines))


def _ordinal(ctx: Context, n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``…: which attempt, never to be read as an ID."""
    if n % 100 in (11, 12, 13) or n % 10 not in (1, 2, 3):
        return ctx.t("mentoring.ordinal.other", n=n)
    return ctx.t(f"mentoring.ordinal.n{n % 10}", n=n)


def _request_state(ctx: Context, view: RequestView) -> str:
    request = view.request
    cancel = f"{ctx.prefix}match cancel {request.id}"
    if request.status == MATCHED and view.match is not None and view.mentor is not None:
        match = view.match.id
        return ctx.t(
            "mentoring.status_matched",
            name=view.mentor,
            match=match,
            feedback=f"{ctx.prefix}match feedback {match} 1-5",
            end=f"{ctx.prefix}match end {match}",
        )
    if request.status == MATCHED:
        return ctx.t("mentoring.status_matched_gone")
    if request.status == PROPOSED:
        deadline = view.waiting.deadline_at if view.waiting is not None else None
        return ctx.t(
            # No deadline yet: made by `vetbot match run`, delivered by the next sweep.
            "mentoring.status_proposed" if deadline else "mentoring.status_proposed_unsent",
            nth=_ordinal(ctx, max(request.tries, 1)),
            kind=request.kind,
            until=deadline.strftime("%Y-%m-%d %H:%M UTC") if deadline else "",
            cancel=cancel,
        )
    if request.status == OPEN:
        return ctx.t("mentoring.status_open", kind=request.kind, tries=request.tries, cancel=cancel)
    return ctx.t("mentoring.status_cancelled")


async def _status(ctx: Context) -> None:
    person = await ctx.person(create=False)
    service = _service(ctx)
    views = await service.requests_of(person.id) if person else []
    pending = await service.pending(person.id) if person else []
    if not views and not pending:
        ctx.reply(ctx.t("mentoring.status_none", command=f"{ctx.prefix}match NEED"))
        return
    lines = [ctx.t("mentoring.status_header")] if views else []
    for view in views:
        lines.append(
            ctx.t(
                "mentoring.status_item",
                id=view.request.id,
                kind=view.request.kind,
                need=clip(view.request.need, 80) or "-",
                state=_request_state(ctx, view),
            )
        )
    if pending:
        lines.append(
            ctx.t(
                "mentoring.status_pending",
                count=len(pending),
                ids=", ".join(f"#{proposal.id}" for proposal, _ in pending),
                accept=f"{ctx.prefix}match accept ID",
                decline=f"{ctx.prefix}match decline ID",
                command=f"{ctx.prefix}match pending",
            )
        )
    ctx.reply("\n".join(lines))


def _stats_text(ctx: Context, stats: Stats) -> str:
    median = (
        ctx.t("mentoring.stats_median", hours=f"{stats.median_hours_to_match:.1f}")
        if stats.median_hours_to_match is not None
        else ctx.t("mentoring.stats_median_none")
    )
    lines = [
        ctx.t(
            "mentoring.stats_requests",
            open=stats.requests.get("open", 0),
            waiting=ctx.t("mentoring.stats_exhausted", count=stats.exhausted)
            if stats.exhausted
            else "",
            proposed=stats.requests.get("proposed", 0),
            matched=stats.requests.get("matched", 0),
            cancelled=stats.requests.get("cancelled", 0),
        ),
        ctx.t(
            "mentoring.stats_proposals",
            pending=stats.proposals.get("pending", 0),
            accepted=stats.proposals.get("accepted", 0),
            declined=stats.proposals.get("declined", 0),
            expired=stats.proposals.get("expired", 0),
            withdrawn=stats.proposals.get("withdrawn", 0),
        ),
        median,
    ]
    if stats.loads:
        lines.append(ctx.t("mentoring.stats_load_header", count=len(stats.loads)))
        for load in stats.loads[:15]:
            paused = " " + ctx.t("mentoring.state_paused") if load.paused else ""
            lines.append(
                f"  {clip(load.name, 40)} ({load.kind}): {load.load}/{load.capacity}{paused}"
            )
    return "\n".join(lines)


async def _stats(ctx: Context) -> None:
    ctx.reply(_stats_text(ctx, await _service(ctx).stats(ctx.now)))


async def _run(ctx: Context) -> None:
    result = await _service(ctx).run_batch(ctx.now)
    async with ctx.runtime.store.session() as session:
        await audit(
            session,
            at=ctx.now,
            platform=ctx.message.platform,
            actor_id=ctx.message.sender_id,
            role=ctx.role.label,
            action="match.run",
            detail={"open": result.open, "proposed": result.proposed},
        )
    ctx.reply(
        ctx.t(
            "mentoring.run_result",
            open=result.open,
            proposed=result.proposed,
            unmatched=len(result.unmatched),
        )
    )


# --- wiring ---------------------------------------------------------------------------------

PROFILE_OPTIONS = (
    Option(name="topics", help="what you can help with, separated by commas"),
    Option(
        name="languages",
        help="ISO 639-1 codes you mentor in, e.g. en, de (default: the language you write in)",
    ),
    Option(name="country", help="ISO 3166-1 two-letter country code, e.g. DE ('-' clears it)"),
    Option(name="sector", help="your sector, e.g. construction ('-' clears it)"),
    Option(name="capacity", help=f"how many people at once, 1-{fields.MAX_CAPACITY}"),
    Option(name="consent", help="yes, to agree to the consent text", choices=("yes", "no")),
    Option(
        name="bio",
        help=f"a few words about you (up to {fields.MAX_BIO_LENGTH} characters; last)",
        greedy=True,
    ),
)


def _profile_group(kind: str, summary: str) -> Command:
    role_word = "mentor" if kind == "mentor" else "peer group expert"
    subs = {
        "join": Command(
            name="join",
            summary=f"Opt in as a {role_word} (shows the consent text first).",
            usage="topics: …; [languages: …; country: …; sector: …; capacity: N; bio: …]",
            handler=_join(kind),
            options=PROFILE_OPTIONS,
            personal=True,
        ),
        "update": Command(
            name="update",
            summary="Change fields of your profile.",
            usage="[topics: …; languages: …; country: …; sector: …; capacity: N; bio: …]",
            handler=_update(kind),
            options=tuple(o for o in PROFILE_OPTIONS if o.name != "consent"),
            personal=True,
        ),
        "pause": Command(
            name="pause",
            summary="Get no new proposals (until a date, or until you resume).",
            usage="[until: YYYY-MM-DD]",
            handler=_pause(kind),
            options=(Option(name="until", help="the day you are back, YYYY-MM-DD"),),
            personal=True,
        ),
        "resume": Command(
            name="resume", summary="Get proposals again.", handler=_resume(kind), personal=True
        ),
        "me": Command(name="me", summary="Show your profile.", handler=_me(kind), personal=True),
        "leave": Command(
            name="leave",
            summary="Delete your profile and withdraw proposals waiting for you.",
            handler=_leave(kind),
            personal=True,
        ),
    }
    from types import MappingProxyType

    return Command(name=kind, summary=summary, subcommands=MappingProxyType(subs))


def _match_group() -> Command:
    from types import MappingProxyType

    subs = {
        "accept": Command(
            name="accept",
            summary="Accept a proposal sent to you.",
            usage="ID",
            argument="id",
            handler=_accept,
            personal=True,
        ),
        "decline": Command(
            name="decline",
            summary="Decline a proposal sent to you.",
            usage="ID",
            argument="id",
            handler=_decline,
            personal=True,
        ),
        "pending": Command(
            name="pending",
            summary="Proposals waiting for your answer.",
            handler=_pending,
            personal=True,
        ),
        "status": Command(
            name="status", summary="Where your requests stand.", handler=_status, personal=True
        ),
        "cancel": Command(
            name="cancel",
            summary="Withdraw your request.",
            usage="[ID]",
            argument="id",
            handler=_cancel,
            personal=True,
        ),
        "feedback": Command(
            name="feedback",
            summary="Rate a match from 1 to 5, with an optional comment.",
            usage="ID 1-5 [COMMENT]",
            argument="text",
            handler=_feedback,
            personal=True,
        ),
        "end": Command(
            name="end",
            summary="End a match (frees the mentor's place).",
            usage="ID",
            argument="id",
            handler=_end,
            personal=True,
        ),
        # Named "batch" with "run" as an alias: on Discord, "/match run" stands for the
        # group's own handler (asking for a mentor), see adapters/discord/slash.py.
        "batch": Command(
            name="batch",
            aliases=("run",),
            summary="Match all open requests at once and send the proposals (also: run).",
            handler=_run,
            role=Role.COORDINATOR,
        ),
        "stats": Command(
            name="stats",
            summary="Open, proposed and accepted requests, time to a match, load per mentor.",
            handler=_stats,
            role=Role.COORDINATOR,
            personal=True,
        ),
    }
    return Command(
        name="match",
        summary="Ask for a mentor or peer expert.",
        usage="NEED [lang: …; country: …; sector: …; kind: mentor|expert]",
        argument="need",
        handler=_request,
        options=(
            Option(name="lang", help="ISO 639-1 codes of the languages you want, e.g. de, en"),
            Option(name="country", help="ISO 3166-1 two-letter country code, e.g. AT"),
            Option(name="sector", help="your sector"),
            Option(name="kind", help="mentor (default) or expert", choices=KINDS),
        ),
        personal=True,
        subcommands=MappingProxyType(subs),
    )


def setup(runtime: Runtime) -> None:
    service = runtime.provide(MatchingService(runtime))
    runtime.registry.add(_profile_group("mentor", "Opt in, update, pause or leave as a mentor."))
    runtime.registry.add(
        _profile_group("expert", "Opt in, update, pause or leave as a peer group expert.")
    )
    runtime.registry.add(_match_group())
    personal_data(runtime).register(
        "mentoring",
        export=service.export,
        erase=service.erase,
        description="mentoring.privacy_what",
    )

    async def sweep() -> None:
        try:
            await service.sweep()
        except Exception:
            log.exception("mentoring deadline check failed")

    async def anonymise() -> None:
        try:
            await service.anonymise(runtime.clock.now())
        except Exception:
            log.exception("mentoring anonymisation failed")

    runtime.on_delivery(PROPOSAL, service.delivery_hooks())

    async def start() -> None:
        # Background work belongs to the running bot only; one-shot runs (`vetbot say`, CLI
        # commands) just write. At start, a bot that was down past a deadline catches up
        # before anything else; what that owes goes through the outbox.
        if runtime.interactive:
            await anonymise()
            await sweep()
            runtime.scheduler.add_job(
                sweep,
                "interval",
                minutes=SWEEP_MINUTES,
                id="mentoring.deadlines",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
            )
            runtime.scheduler.add_job(
                anonymise,
                "interval",
                hours=24,
                id="mentoring.anonymise",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
            )

    runtime.on_start("mentoring", start)


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    match = subparsers.add_parser("match", help="mentor and peer-expert matching")
    sub = match.add_subparsers(dest="match_command", metavar="ACTION", required=True)
    run = sub.add_parser(
        "run", help="match all open requests at once (optimal); the running bot sends the proposals"
    )
    run.set_defaults(func=_cli_run)


async def _cli_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import App
    from bot.i18n import t

    app = App(settings, interactive=False)
    try:
        await app.start()
        service = app.runtime.get(MatchingService)
        result = await service.run_batch(app.runtime.clock.now())
        async with app.store.session() as session:
            await audit(
                session,
                at=app.runtime.clock.now(),
                platform="cli",
                actor_id="vetbot",
                role="admin",
                action="match.run",
                detail={"open": result.open, "proposed": result.proposed},
            )
    finally:
        await app.stop()
    print(
        t(
            "mentoring.cli_run_result",
            settings.bot.language,
            open=result.open,
            proposed=result.proposed,
            unmatched=len(result.unmatched),
            minutes=SWEEP_MINUTES,
        )
    )
    return 0

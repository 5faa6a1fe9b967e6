"""Mentoring's outcomes in words: profiles, request states, proposals waiting, statistics and
the command line's report, in the reader's language and with the command prefix.

Every function takes the reader (a :class:`~bot.context.Context`: its ``t`` and ``prefix``)
or a language, and the values the services returned; every text comes from
``bot/locale/en/mentoring.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.capabilities.mentoring.fields import ProfileFields
from bot.capabilities.mentoring.model import (
    BatchResult,
    PendingProposal,
    ProfileView,
    RequestView,
    Stats,
)
from bot.capabilities.mentoring.tables import MATCHED, OPEN, PROPOSED
from bot.context import Context
from bot.formats import format_number
from bot.i18n import t
from bot.messages import When
from bot.safety import clip

#: Profiles listed by ``!match stats``, fullest first.
STATS_LOADS = 15


def profile_summary(ctx: Context, profile: ProfileView) -> str:
    """A profile's fields, its slots in use and whether it is paused."""
    if not profile.paused:
        state = ctx.t("mentoring.state_active")
    elif profile.paused_until is not None:
        state = ctx.t("mentoring.state_paused_until", until=When(profile.paused_until, "day"))
    else:
        state = ctx.t("mentoring.state_paused")
    return ctx.t(
        "mentoring.profile_summary",
        topics=", ".join(profile.topics),
        languages=", ".join(profile.languages),
        country=profile.country or "-",
        sector=profile.sector or "-",
        capacity=profile.capacity,
        used=profile.used,
        bio=profile.bio or "-",
        state=state,
    )


def join_with_consent(ctx: Context, kind: str, given: ProfileFields) -> str:
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
    if given.cross_border is not None:
        parts.append(f"cross_border: {'yes' if given.cross_border else 'no'}")
    parts.append("consent: yes")
    if given.bio:
        parts.append(f"bio: {given.bio}")
    return f"{ctx.prefix}{kind} join " + "; ".join(parts)


def ordinal(ctx: Context, n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``…: which attempt, never to be read as an ID."""
    if n % 100 in (11, 12, 13) or n % 10 not in (1, 2, 3):
        return ctx.t("mentoring.ordinal.other", n=n)
    return ctx.t(f"mentoring.ordinal.n{n % 10}", n=n)


def pending_text(ctx: Context, pending: Sequence[PendingProposal]) -> str:
    """The proposals waiting for the reader's answer, with how to answer each."""
    if not pending:
        return ctx.t("mentoring.pending_none")
    lines = [ctx.t("mentoring.pending_header", count=len(pending))]
    for proposal in pending:
        lines.append(
            ctx.t(
                "mentoring.pending_item",
                id=proposal.id,
                kind=proposal.kind,
                need=clip(proposal.need, 120),
                deadline=When(proposal.deadline) if proposal.deadline else "-",
                accept=f"{ctx.prefix}match accept {proposal.id}",
                decline=f"{ctx.prefix}match decline {proposal.id}",
            )
        )
    return "\n".join(lines)


def request_state(ctx: Context, view: RequestView) -> str:
    """Where one request stands, with what the reader can do next."""
    cancel = f"{ctx.prefix}match cancel {view.id}"
    feedback = f"{ctx.prefix}match feedback {view.id} 1-5"
    if view.status == MATCHED and view.mentor is None:
        return ctx.t("mentoring.status_matched_gone")
    if view.status == MATCHED and view.ended:
        if view.rating is not None:
            return ctx.t("mentoring.status_ended_rated", rating=view.rating, feedback=feedback)
        return ctx.t("mentoring.status_ended", feedback=feedback)
    if view.status == MATCHED and view.match is not None and view.mentor is not None:
        return ctx.t(
            "mentoring.status_matched",
            name=view.mentor,
            feedback=feedback,
            end=f"{ctx.prefix}match end {view.id}",
        )
    if view.status == PROPOSED:
        return ctx.t(
            # No deadline yet: made by `vetbot match run`, delivered by the next sweep.
            "mentoring.status_proposed" if view.deadline else "mentoring.status_proposed_unsent",
            nth=ordinal(ctx, max(view.tries, 1)),
            kind=view.kind,
            until=When(view.deadline) if view.deadline else "",
            cancel=cancel,
        )
    if view.status == OPEN:
        return ctx.t("mentoring.status_open", kind=view.kind, tries=view.tries, cancel=cancel)
    return ctx.t("mentoring.status_cancelled")


def status_text(
    ctx: Context, views: Sequence[RequestView], pending: Sequence[PendingProposal]
) -> str:
    """``!match status``: the reader's requests, then the proposals waiting for them."""
    if not views and not pending:
        return ctx.t("mentoring.status_none", command=f"{ctx.prefix}match NEED")
    lines = [ctx.t("mentoring.status_header")] if views else []
    for view in views:
        lines.append(
            ctx.t(
                "mentoring.status_item",
                id=view.id,
                kind=view.kind,
                need=clip(view.need, 80) or "-",
                state=request_state(ctx, view),
            )
        )
    if pending:
        lines.append(
            ctx.t(
                "mentoring.status_pending",
                count=len(pending),
                ids=", ".join(f"#{proposal.id}" for proposal in pending),
                accept=f"{ctx.prefix}match accept ID",
                decline=f"{ctx.prefix}match decline ID",
                command=f"{ctx.prefix}match pending",
            )
        )
    return "\n".join(lines)


def stats_text(ctx: Context, stats: Stats) -> str:
    """``!match stats``: counts by status, time to a match, the fullest profiles."""
    median = (
        ctx.t("mentoring.stats_median", hours=format_number(stats.median_hours_to_match, ctx.lang))
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
        for load in stats.loads[:STATS_LOADS]:
            paused = " " + ctx.t("mentoring.state_paused") if load.paused else ""
            lines.append(
                ctx.t(
                    "mentoring.stats_load_line",
                    name=clip(load.name, 40),
                    kind=load.kind,
                    load=load.load,
                    capacity=load.capacity,
                    paused=paused,
                )
            )
    return "\n".join(lines)


def run_result_text(ctx: Context, result: BatchResult) -> str:
    """``!match run``: what the batch run did."""
    return ctx.t(
        "mentoring.run_result",
        open=result.open,
        proposed=result.proposed,
        unmatched=len(result.unmatched),
    )


def cli_run_text(result: BatchResult, lang: str, *, minutes: int) -> str:
    """``vetbot match run``: what the batch run did, and when the proposals go out
    (the running bot's deadline job, every ``minutes``)."""
    return t(
        "mentoring.cli_run_result",
        lang,
        open=result.open,
        proposed=result.proposed,
        unmatched=len(result.unmatched),
        minutes=minutes,
    )

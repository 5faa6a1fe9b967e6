"""Mentor and peer-expert matching: ``!mentor``, ``!expert``, ``!match`` and ``vetbot match run``.

In the house shape:

* the pure core — :mod:`.model` (values, rules, the services' outcomes), :mod:`.scoring`
  (``rank``: the candidates for one need, and why), :mod:`.assignment` (``assign``: a batch
  of needs at once, optimally under capacity; ``greedy`` its baseline), :mod:`.index` (the
  candidates analysed once), :mod:`.vocabulary` (words compared as the knowledge library's
  text pipeline does), :mod:`.fields` (checking what users type);
* the store — :mod:`.tables` (schema) and :mod:`.store` (its queries), :mod:`.population`
  (the candidate pool kept between calls), :mod:`.loads` (the mentors' loads kept between
  calls, and the change counters every transaction bumps);
* the services, one transaction per operation, outcomes as values and keyed errors, no text —
  :mod:`.profiles`, :mod:`.requests`, :mod:`.proposals`, :mod:`.batch`, :mod:`.deadlines`,
  :mod:`.privacy`, over the steps they share in :mod:`.proposing`;
* the edges — :mod:`.chat` and :mod:`.render` (the commands, in the reader's language),
  :mod:`.commands` (which command runs which handler), :mod:`.cli` (``vetbot match run``);
* :func:`setup` here — services, commands, personal data, the outbox's delivery hooks and the
  deadline and anonymisation jobs.
"""

from __future__ import annotations

import importlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.capabilities.privacy import personal_data
from bot.runtime import Runtime
from bot.seams import MentorAsked, MentorFinder, MentorNeed

if TYPE_CHECKING:
    from bot.capabilities.mentoring.assignment import assign, greedy
    from bot.capabilities.mentoring.batch import BatchService
    from bot.capabilities.mentoring.deadlines import DeadlineService
    from bot.capabilities.mentoring.index import CandidateIndex
    from bot.capabilities.mentoring.model import Assignment, Candidate, Need, Reason, Scored
    from bot.capabilities.mentoring.privacy import MentoringPrivacy
    from bot.capabilities.mentoring.profiles import ProfileService
    from bot.capabilities.mentoring.proposals import ProposalService
    from bot.capabilities.mentoring.requests import RequestService
    from bot.capabilities.mentoring.scoring import rank

#: Where each name this package offers lives; imported on first use, so that loading the
#: package (``vetbot match run`` does, for its command line) does not load NumPy and SciPy.
_LAZY = {
    "assign": "assignment",
    "greedy": "assignment",
    "BatchService": "batch",
    "DeadlineService": "deadlines",
    "CandidateIndex": "index",
    "Assignment": "model",
    "Candidate": "model",
    "Need": "model",
    "Reason": "model",
    "Scored": "model",
    "MentoringPrivacy": "privacy",
    "ProfileService": "profiles",
    "ProposalService": "proposals",
    "RequestService": "requests",
    "rank": "scoring",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "Assignment",
    "BatchService",
    "Candidate",
    "CandidateIndex",
    "DeadlineService",
    "MentoringPrivacy",
    "Need",
    "ProfileService",
    "ProposalService",
    "Reason",
    "RequestService",
    "Scored",
    "assign",
    "greedy",
    "rank",
    "setup",
]

log = logging.getLogger(__name__)


def setup(runtime: Runtime) -> None:
    """Register the services, the commands, personal data, the proposals' delivery hooks,
    and the start hook that begins the deadline and anonymisation jobs."""
    from bot.capabilities.mentoring.batch import BatchService
    from bot.capabilities.mentoring.chat import MentoringChat
    from bot.capabilities.mentoring.commands import match_group, profile_group
    from bot.capabilities.mentoring.deadlines import SWEEP_MINUTES, DeadlineService
    from bot.capabilities.mentoring.privacy import MentoringPrivacy
    from bot.capabilities.mentoring.profiles import ProfileService
    from bot.capabilities.mentoring.proposals import ProposalService
    from bot.capabilities.mentoring.proposing import PROPOSAL, Proposer
    from bot.capabilities.mentoring.requests import RequestService

    settings = runtime.settings
    proposer = Proposer(settings, runtime.clock)
    batch = runtime.provide(BatchService(runtime.store, proposer, runtime.clock))
    profiles = runtime.provide(
        ProfileService(runtime.store, proposer, batch, default_language=settings.bot.language)
    )
    requests = runtime.provide(RequestService(runtime.store, proposer))
    proposals = runtime.provide(ProposalService(runtime.store, proposer))
    deadlines = runtime.provide(
        DeadlineService(runtime.store, proposer, runtime.outbox, runtime.clock)
    )
    privacy = runtime.provide(
        MentoringPrivacy(
            runtime.store,
            proposer,
            runtime.clock,
            anonymise_after_days=settings.matching.anonymise_after_days,
        )
    )

    chat = MentoringChat(profiles, requests, proposals, batch)
    runtime.registry.add(
        profile_group(chat, "mentor", "Opt in, update, pause or leave as a mentor.")
    )
    runtime.registry.add(
        profile_group(chat, "expert", "Opt in, update, pause or leave as a peer group expert.")
    )
    runtime.registry.add(match_group(chat))
    personal_data(runtime).register(
        "mentoring",
        export=privacy.export,
        erase=privacy.erase,
        description="mentoring.privacy_what",
    )
    runtime.on_delivery(PROPOSAL, deadlines.delivery_hooks())
    runtime.provide(_finder(requests))

    async def sweep() -> None:
        try:
            await deadlines.sweep()
        except Exception:
            log.exception("mentoring deadline check failed")

    async def anonymise() -> None:
        try:
            await privacy.anonymise(runtime.clock.now())
        except Exception:
            log.exception("mentoring anonymisation failed")

    async def start() -> None:
        # Background work belongs to the running bot only (one replica of a cluster, the
        # leader); one-shot runs (`vetbot say`, CLI commands) just write. At start, a bot that
        # was down past a deadline catches up before anything else; what that owes goes
        # through the outbox.
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

    runtime.on_lead("mentoring", start)


def _finder(requests: RequestService) -> MentorFinder:
    """What other capabilities may do with mentoring (:mod:`bot.seams`): count who fits a
    need, and open a request as ``!match`` does."""

    async def fitting(need: MentorNeed, now: datetime) -> int:
        return await requests.fitting(
            need.requester_id,
            kind=need.kind,
            need=need.need,
            languages=need.languages,
            country=need.country,
            now=now,
            network=need.network,
        )

    async def ask(need: MentorNeed, now: datetime) -> MentorAsked:
        opened = await requests.open_request(
            need.requester_id,
            kind=need.kind,
            need=need.need,
            languages=need.languages,
            country=need.country,
            sector=None,
            now=now,
            network=need.network,
            preferred=need.preferred,
        )
        return MentorAsked(request_id=opened.request_id, proposed=opened.proposed)

    return MentorFinder(fitting=fitting, ask=ask)

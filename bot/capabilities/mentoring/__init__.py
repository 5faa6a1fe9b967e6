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

import asyncio
import importlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.capabilities.privacy import personal_data
from bot.lazy import Later, once
from bot.outbox import Hooks
from bot.runtime import Runtime
from bot.seams import MentorAsked, MentorFinder, MentorNeed

#: The outbox topic of a proposal (:data:`.proposing.PROPOSAL`, checked by a test).
PROPOSAL = "mentoring.proposal"

if TYPE_CHECKING:
    from bot.capabilities.mentoring.assignment import assign, greedy
    from bot.capabilities.mentoring.batch import BatchService
    from bot.capabilities.mentoring.chat import MentoringChat
    from bot.capabilities.mentoring.deadlines import DeadlineService
    from bot.capabilities.mentoring.index import CandidateIndex
    from bot.capabilities.mentoring.model import Assignment, Candidate, Need, Reason, Scored
    from bot.capabilities.mentoring.privacy import MentoringPrivacy
    from bot.capabilities.mentoring.profiles import ProfileService
    from bot.capabilities.mentoring.proposals import ProposalService
    from bot.capabilities.mentoring.proposing import Proposer
    from bot.capabilities.mentoring.requests import RequestService
    from bot.capabilities.mentoring.scoring import rank
    from bot.flows import FlowSolver
    from bot.lazy import Handler

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


#: The services, by the import path of their class: built when first asked for.
_SERVICES = {
    name: f"{__name__}.{module}.{name}"
    for name, module in _LAZY.items()
    if name.endswith("Service") or name == "MentoringPrivacy"
}


def setup(runtime: Runtime) -> None:
    """Register the services, the commands, personal data, the proposals' delivery hooks,
    and the start hook that begins the deadline and anonymisation jobs. The services and the
    commands' code are imported when first needed (matching loads NumPy and SciPy)."""
    from bot.capabilities.mentoring.commands import match_group, profile_group

    settings = runtime.settings
    proposers: list[Proposer] = []

    def proposer() -> Proposer:
        if not proposers:
            from bot.capabilities.mentoring.proposing import Proposer

            proposers.append(Proposer(settings, runtime.clock))
        return proposers[0]

    solvers: list[FlowSolver] = []

    def batch() -> BatchService:
        from bot.capabilities.mentoring.batch import BatchService
        from bot.flows import FlowSolver

        solvers.append(FlowSolver(settings.matching.solver_processes))
        return BatchService(runtime.store, proposer(), runtime.clock, solvers[-1])

    async def close_solvers() -> None:
        """End the batch solver's processes, if a large batch started any."""
        for solver in solvers:
            await asyncio.to_thread(solver.close)

    runtime.on_stop("mentoring.solver", close_solvers)

    def profiles() -> ProfileService:
        from bot.capabilities.mentoring.batch import BatchService
        from bot.capabilities.mentoring.profiles import ProfileService

        return ProfileService(
            runtime.store,
            proposer(),
            runtime.get(BatchService),
            default_language=settings.bot.language,
        )

    def requests() -> RequestService:
        from bot.capabilities.mentoring.requests import RequestService

        return RequestService(runtime.store, proposer())

    def proposals() -> ProposalService:
        from bot.capabilities.mentoring.proposals import ProposalService

        return ProposalService(runtime.store, proposer())

    def deadlines() -> DeadlineService:
        from bot.capabilities.mentoring.deadlines import DeadlineService

        return DeadlineService(runtime.store, proposer(), runtime.outbox, runtime.clock)

    def privacy() -> MentoringPrivacy:
        from bot.capabilities.mentoring.privacy import MentoringPrivacy

        return MentoringPrivacy(
            runtime.store,
            proposer(),
            runtime.clock,
            anonymise_after_days=settings.matching.anonymise_after_days,
        )

    builders: dict[str, Callable[[], Any]] = {
        "BatchService": batch,
        "ProfileService": profiles,
        "RequestService": requests,
        "ProposalService": proposals,
        "DeadlineService": deadlines,
        "MentoringPrivacy": privacy,
    }
    for name, build in builders.items():
        runtime.provide_later(_SERVICES[name], build)

    def service(name: str) -> Any:
        return runtime.get(getattr(importlib.import_module(__name__), name))

    @once
    async def chat() -> MentoringChat:
        from bot.capabilities.mentoring.chat import MentoringChat

        return MentoringChat(
            service("ProfileService"),
            service("RequestService"),
            service("ProposalService"),
            service("BatchService"),
        )

    def handler(name: str, *args: str) -> Handler:
        async def load() -> Handler:
            method = getattr(await chat(), name)
            return method(*args) if args else method  # type: ignore[no-any-return]

        return Later(load)

    runtime.registry.add(
        profile_group(handler, "mentor", "Opt in, update, pause or leave as a mentor.")
    )
    runtime.registry.add(
        profile_group(handler, "expert", "Opt in, update, pause or leave as a peer group expert.")
    )
    runtime.registry.add(match_group(handler))
    personal_data(runtime).register(
        "mentoring",
        export=lambda session, person_id: service("MentoringPrivacy").export(session, person_id),
        erase=lambda session, person_id: service("MentoringPrivacy").erase(session, person_id),
        description="mentoring.privacy_what",
    )
    runtime.on_delivery(PROPOSAL, Hooks.later(lambda: service("DeadlineService").delivery_hooks()))
    runtime.provide(_finder(lambda: service("RequestService")))
    if not runtime.interactive:
        # Background work belongs to the running bot only (one replica of a cluster, the
        # leader); one-shot runs (`vetbot say`, CLI commands) just write.
        return

    async def sweep() -> None:
        try:
            await service("DeadlineService").sweep()
        except Exception:
            log.exception("mentoring deadline check failed")

    async def anonymise() -> None:
        try:
            await service("MentoringPrivacy").anonymise(runtime.clock.now())
        except Exception:
            log.exception("mentoring anonymisation failed")

    async def start() -> None:
        # At start, a bot that was down past a deadline catches up before anything else;
        # what that owes goes through the outbox.
        from bot.capabilities.mentoring.deadlines import SWEEP_MINUTES

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


def _finder(requests: Callable[[], RequestService]) -> MentorFinder:
    """What other capabilities may do with mentoring (:mod:`bot.seams`): count who fits a
    need, and open a request as ``!match`` does."""

    async def fitting(need: MentorNeed, now: datetime) -> int:
        return await requests().fitting(
            need.requester_id,
            kind=need.kind,
            need=need.need,
            languages=need.languages,
            country=need.country,
            now=now,
            network=need.network,
        )

    async def ask(need: MentorNeed, now: datetime) -> MentorAsked:
        opened = await requests().open_request(
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

"""Anonymous surveys coordinators run in their network: ``!survey …`` and ``vetbot survey
export``.

* :mod:`.model` — the questions as written (``Question? | a / b / c``, ``| 1-5``, ``| text``)
  and results that never show a group under ``[surveys] min_group``; pure;
* :mod:`.tables` — surveys, respondents (the one link to a person) and answers;
* :mod:`.service` — one transaction per operation, outcomes as values, refusals as keyed
  errors; opening, closing and the answers' retention by the runtime clock;
* :mod:`.privacy` — a respondent's answers in ``!mydata``, deleted by ``!forgetme``;
* :mod:`.chat` — the commands, in the reader's language; :mod:`.cli` — the export;
* :func:`setup` here wires them into the runtime.
"""

from __future__ import annotations

import logging

from bot.capabilities.surveys import tables as tables  # registers the tables
from bot.runtime import Runtime

log = logging.getLogger(__name__)


def setup(runtime: Runtime) -> None:
    """Register the service, the command, the free-text replies, personal data, and the
    start hook that begins the job opening and closing surveys."""
    from bot.capabilities.privacy import personal_data
    from bot.capabilities.surveys import privacy
    from bot.capabilities.surveys.chat import SurveyChat
    from bot.capabilities.surveys.service import SWEEP_SECONDS, SurveyService

    settings = runtime.settings.surveys
    service = runtime.provide(
        SurveyService(
            runtime.store,
            runtime.clock,
            runtime.outbox,
            runtime.networks,
            min_group=settings.min_group,
            keep_answers_days=settings.keep_answers_days,
        )
    )
    chat = SurveyChat(service)
    runtime.registry.add(chat.command())
    runtime.route_replies(chat.reply_route)
    personal_data(runtime).register(
        "surveys", export=privacy.export, erase=privacy.erase, description="surveys.privacy_what"
    )

    async def sweep() -> None:
        try:
            await service.run_due()
        except Exception:
            log.exception("opening and closing surveys failed")

    async def lead() -> None:
        # Opening, closing and retention are work there must be one of: a running bot's, or
        # the leader's among replicas (one-shot runs just write; the sweep catches up).
        await sweep()
        runtime.scheduler.add_job(
            sweep,
            "interval",
            seconds=SWEEP_SECONDS,
            id="surveys.sweep",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )

    runtime.on_lead("surveys", lead)

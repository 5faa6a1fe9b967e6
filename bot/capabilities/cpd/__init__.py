"""Professional development of trainers: ``!cpd`` and ``vetbot cpd framework …``.

In the house shape:

* :mod:`.frameworks` — competence frameworks as data: reading and checking a framework file,
  and what ratings say (weakest areas, the next question), pure;
* :mod:`.tables` and :mod:`.service` — frameworks, self-assessments and learning logs in the
  store, one transaction per operation; :mod:`.privacy` — what is kept about a person;
* :mod:`.chat` (with :mod:`.render`) — the commands, in the reader's language, answered by
  direct message; :mod:`.cli` — ``vetbot cpd framework import|list``;
* :func:`setup` here — the service, the sample framework at first start, personal data and
  the commands.

Tools and mentors for a development plan come from the knowledge and mentoring capabilities
through :mod:`bot.seams`, never by importing them: without them, a plan names neither.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from bot.capabilities.privacy import personal_data
from bot.commands import Command, Option
from bot.lazy import Later, imported, once
from bot.permissions import Role
from bot.runtime import Runtime

if TYPE_CHECKING:
    from bot.capabilities.cpd.chat import CpdChat
    from bot.capabilities.cpd.service import CpdService
    from bot.lazy import Handler

__all__ = ["CpdService", "setup"]

#: The service, by the import path of its class (built when first asked for).
SERVICE: Final = "bot.capabilities.cpd.service.CpdService"


def __getattr__(name: str) -> Any:
    if name == "CpdService":
        return importlib.import_module(f"{__name__}.service").CpdService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def setup(runtime: Runtime) -> None:
    """Register the service, the sample framework's start hook, personal data and ``!cpd``.
    The service and the commands' code are imported when first needed; in one-shot runs the
    sample framework is stored on the first use of the service, not at start."""
    settings = runtime.settings.cpd

    def build() -> CpdService:
        from bot.capabilities.cpd.service import CpdService

        return CpdService(
            runtime.store,
            runtime.clock,
            default_framework=settings.framework,
            min_group=runtime.settings.surveys.min_group,
            networks=runtime.networks,
        )

    runtime.provide_later(SERVICE, build)

    async def start() -> None:
        from bot.capabilities.cpd.service import CpdService

        if settings.seed:
            await runtime.get(CpdService).seed_if_empty()

    runtime.on_start("cpd", start, until=SERVICE)
    personal_data(runtime).register(
        "cpd",
        export=imported("bot.capabilities.cpd.privacy:export"),
        erase=imported("bot.capabilities.cpd.privacy:erase"),
        description="cpd.privacy_what",
    )

    @once
    async def chat() -> CpdChat:
        from bot.capabilities.cpd.chat import CpdChat
        from bot.capabilities.cpd.service import CpdService

        return CpdChat(await runtime.ready(CpdService))

    def handler(name: str) -> Handler:
        async def load() -> Handler:
            return getattr(await chat(), name)  # type: ignore[no-any-return]

        return Later(load)

    log_subs = {
        "list": Command(
            name="list", summary="Your learning log.", handler=handler("log_list"), personal=True
        ),
        "delete": Command(
            name="delete",
            summary="Delete one entry of your learning log (asks first).",
            usage="N [confirm]",
            argument="number",
            confirm="cpd.log_delete_ask",
            handler=handler("log_delete"),
            personal=True,
        ),
    }
    plan_subs = {
        "accept": Command(
            name="accept",
            summary="Ask for a mentor in an area of your plan.",
            usage="[N]",
            argument="number",
            handler=handler("accept"),
            personal=True,
        )
    }
    subs = {
        "assess": Command(
            name="assess",
            summary="Rate yourself, one competence at a time (by direct message).",
            usage="[AREA|COMPETENCE]",
            details=(
                "Goes on where you stopped; an area or a competence id asks about it again. "
                "Answer with the buttons, or skip."
            ),
            argument="area",
            handler=handler("assess"),
            personal=True,
        ),
        "rate": Command(
            name="rate",
            summary="Answer one question of the self-assessment.",
            usage="COMPETENCE LEVEL|skip",
            argument="answer",
            handler=handler("rate"),
            personal=True,
            hidden=True,
        ),
        "plan": Command(
            name="plan",
            summary="Your two weakest areas, with tools and a mentor request for each.",
            handler=handler("plan"),
            personal=True,
            subcommands=MappingProxyType(plan_subs),
        ),
        "log": Command(
            name="log",
            summary="Add to your learning log.",
            usage="WHAT [competence: ID; date: YYYY-MM-DD; evidence: URL]",
            argument="what",
            options=(
                Option(name="competence", help="the competence it developed (its id)"),
                Option(name="at", help="when (YYYY-MM-DD, or day first: 31.12.2026)"),
                Option(name="evidence", help="a link to evidence (https://…)"),
            ),
            handler=handler("log_add"),
            personal=True,
            subcommands=MappingProxyType(log_subs),
        ),
        "overview": Command(
            name="overview",
            summary="How the people of your networks rate themselves, per area.",
            details="Groups of fewer than 5 people are not shown as numbers.",
            handler=handler("overview"),
            role=Role.COORDINATOR,
        ),
        "export": Command(
            name="export",
            summary="Your ratings and learning log as a portfolio (Markdown and HTML).",
            handler=handler("export"),
            personal=True,
        ),
    }
    runtime.registry.add(
        Command(
            name="cpd",
            summary="Your professional development: self-assessment, plan and learning log.",
            handler=handler("status"),
            personal=True,
            subcommands=MappingProxyType(subs),
        )
    )

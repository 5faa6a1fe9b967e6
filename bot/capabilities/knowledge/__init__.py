"""Knowledge: ``!tool`` lookups, suggestions and reviews, and ``vetbot knowledge …``.

The lookup engine, the text pipeline, entry records and file formats are the library
:mod:`knowledge`; this package is the capability around it, in the house shape:

* :mod:`.model` — values and rules (pure); :mod:`.tables` and :mod:`.store` — the tables and
  their queries; :mod:`.privacy` — what is kept about a person;
* :mod:`.service` — lookups, import and export over the store and the in-memory index;
  :mod:`.review` — suggestions and the coordinators' review; :mod:`.importing` — how an
  import's rows land on entries;
* :mod:`.chat` (with :mod:`.inputs`, :mod:`.paging`, :mod:`.render`) — the commands, in the
  reader's language; :mod:`.cli` — ``vetbot knowledge search|import|export``;
* :func:`setup` here — services, start hook, personal data, completion source and commands.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from bot.capabilities.privacy import personal_data
from bot.cluster import KNOWLEDGE_CHANGED
from bot.commands import Command, Option
from bot.completions import Completion as BotCompletion
from bot.completions import CompletionRequest
from bot.lazy import Later, imported, once
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip
from bot.seams import FoundTool, ToolFinder, ToolQuery
from knowledge.codes import TARGET_GROUPS, TYPES

if TYPE_CHECKING:
    from bot.capabilities.knowledge.chat import KnowledgeChat
    from bot.capabilities.knowledge.review import ReviewService
    from bot.capabilities.knowledge.service import KnowledgeService
    from bot.lazy import Handler

__all__ = ["COMPLETION_SOURCE", "KnowledgeService", "ReviewService", "setup"]

#: The lookup index's snapshot in the data folder (see :mod:`knowledge.snapshot`).
SNAPSHOT_FILE: Final = "knowledge-index.snapshot"
#: The completion source name Discord autocomplete asks the service for.
COMPLETION_SOURCE: Final = "knowledge.entries"
#: The services, by the import path of their class (built when first asked for: the lookup
#: index, with NumPy, loads only in runs that look something up).
SERVICE: Final = "bot.capabilities.knowledge.service.KnowledgeService"
REVIEW: Final = "bot.capabilities.knowledge.review.ReviewService"


def __getattr__(name: str) -> Any:
    if name == "KnowledgeService":
        return importlib.import_module(f"{__name__}.service").KnowledgeService
    if name == "ReviewService":
        return importlib.import_module(f"{__name__}.review").ReviewService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def setup(runtime: Runtime) -> None:
    """Register the services, the start hook (seed, load, refresh), personal data, the
    completion source and the commands. The services and the commands' code are imported
    when first needed; in one-shot runs the store is seeded and the index loaded on the
    first use of the service, not at start."""

    def build_service() -> KnowledgeService:
        from bot.capabilities.knowledge.service import KnowledgeService

        return KnowledgeService(
            runtime.store,
            runtime.clock,
            snapshot_path=runtime.settings.data_dir / SNAPSHOT_FILE,
        )

    def build_review() -> ReviewService:
        from bot.capabilities.knowledge.review import ReviewService
        from bot.capabilities.knowledge.service import KnowledgeService

        return ReviewService(runtime.get(KnowledgeService))

    runtime.provide_later(SERVICE, build_service)
    runtime.provide_later(REVIEW, build_review)
    settings = runtime.settings.knowledge

    def service() -> KnowledgeService:
        from bot.capabilities.knowledge.service import KnowledgeService

        return runtime.get(KnowledgeService)

    # Replicas answer one person's messages in turn: `!more` reads the search from the database.
    shared = runtime.settings.cluster.enabled

    @once
    async def chat() -> KnowledgeChat:
        from bot.capabilities.knowledge.chat import KnowledgeChat
        from bot.capabilities.knowledge.paging import Paging
        from bot.capabilities.knowledge.review import ReviewService
        from bot.capabilities.knowledge.service import KnowledgeService

        paging = Paging(runtime.store, runtime.clock) if shared else Paging()
        return KnowledgeChat(
            await runtime.ready(KnowledgeService), runtime.get(ReviewService), paging
        )

    def handler(name: str) -> Handler:
        async def load() -> Handler:
            from bot.capabilities.knowledge.chat import rendered

            return rendered(getattr(await chat(), name))

        return Later(load)

    async def start() -> None:
        await service().start(seed=settings.seed)
        if runtime.interactive and settings.refresh_seconds > 0:
            runtime.scheduler.add_job(
                service().refresh,
                "interval",
                seconds=settings.refresh_seconds,
                id="knowledge-refresh",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
            )

    async def stop() -> None:
        if runtime.is_built(SERVICE):
            await service().stop()

    async def refresh() -> None:
        if runtime.is_built(SERVICE):
            await service().refresh()

    runtime.on_start("knowledge", start, until=SERVICE)
    runtime.ready_when("knowledge_index", lambda: runtime.is_built(SERVICE) and service().ready)
    # Replicas: another replica's change reaches this one's index at once (see bot.cluster).
    runtime.on_notify(KNOWLEDGE_CHANGED, refresh)
    runtime.on_stop("knowledge", stop)
    personal_data(runtime).register(
        "knowledge",
        export=imported("bot.capabilities.knowledge.privacy:export"),
        erase=imported("bot.capabilities.knowledge.privacy:erase"),
        description="knowledge.privacy_what",
    )
    if shared:
        personal_data(runtime).register_accounts(
            "knowledge_searches",
            export=imported("bot.capabilities.knowledge.paging:export"),
            erase=imported("bot.capabilities.knowledge.paging:erase"),
            description="knowledge.privacy_searches",
        )

    async def find_tools(query: ToolQuery) -> list[FoundTool]:
        from bot.capabilities.knowledge.service import KnowledgeService

        found = await runtime.ready(KnowledgeService)
        page = await found.search(
            query.text,
            prefer_lang=query.lang,
            prefer_country=query.country,
            limit=query.limit,
            network=query.network,
        )
        tools = []
        for item in page.items:
            title, summary = item.entry.content.in_language(query.lang or "en")
            tools.append(
                FoundTool(
                    id=item.entry.id, title=title, url=item.entry.content.url, summary=summary
                )
            )
        return tools

    runtime.provide(ToolFinder(find=find_tools))

    async def complete(prefix: str, request: CompletionRequest) -> list[BotCompletion]:
        # The query field is filled with the title (a search); ID fields with the id. Only
        # what a lookup in the room's network may find is offered.
        network = runtime.networks.of_room(request.platform, request.room_id, request.guild_id)
        found = service().complete(prefix, limit=min(request.limit, 25), network=network)
        if request.field == "query":
            return [
                BotCompletion(label=clip(c.title, 100), value=clip(c.title, 100)) for c in found
            ]
        return [BotCompletion(label=clip(f"{c.id} — {c.title}", 100), value=c.id) for c in found]

    runtime.complete_with(COMPLETION_SOURCE, complete)
    runtime.answer_questions_with("tool")

    coordinator = Role.COORDINATOR

    def by_id(name: str, summary: str, role: Role = Role.TRAINER) -> Command:
        return Command(
            name=name,
            summary=summary,
            usage="ID",
            role=role,
            argument="id",
            argument_autocomplete=COMPLETION_SOURCE,
            handler=handler(name),
        )

    subs = {
        "show": by_id("show", "Show one tool in full."),
        "suggest": Command(
            name="suggest",
            summary="Suggest a tool for the collection (a coordinator reviews it).",
            usage="URL TITLE | SUMMARY",
            argument="suggestion",
            handler=handler("suggest"),
        ),
        "review": Command(
            name="review",
            summary="The queue of suggested tools.",
            role=coordinator,
            handler=handler("review"),
        ),
        "approve": by_id("approve", "Publish a suggested tool.", coordinator),
        "reject": Command(
            name="reject",
            summary="Turn down a suggestion; the suggester is told why.",
            usage="ID REASON",
            role=coordinator,
            argument="id_and_reason",
            handler=handler("reject"),
        ),
        "edit": Command(
            name="edit",
            summary="Change fields of a tool.",
            usage="ID FIELD: VALUE[; FIELD: VALUE]",
            details=(
                "Fields: title, aliases, summary, url, type, languages, countries, sectors, "
                "target_groups, topics, publisher, licence, year. Several at once, separated "
                "by ; or new lines. List values: separated by commas (or semicolons)."
            ),
            role=coordinator,
            argument="id_and_change",
            handler=handler("edit"),
        ),
        "archive": by_id("archive", "Take a tool out of lookups (kept, not deleted).", coordinator),
        "gaps": Command(
            name="gaps",
            summary="The most asked lookups that found nothing (anonymous).",
            role=coordinator,
            handler=handler("gaps"),
        ),
    }
    runtime.registry.add(
        Command(
            name="tool",
            summary="Find tools and materials for trainers.",
            usage="QUERY [lang: xx; country: XX; sector: …; type: …; target: …]",
            details=(
                "Results in your language and country come first. Options alone list what "
                "they select, e.g. !tool target: mentor. Next page: !more."
            ),
            aliases=("tools",),
            argument="query",
            argument_autocomplete=COMPLETION_SOURCE,
            options=(
                Option(name="lang", help="only tools in this language (ISO 639-1, e.g. de)"),
                Option(name="country", help="tools for this country (e.g. AT), then EU-wide ones"),
                Option(
                    name="sector",
                    help="tools for this sector (e.g. construction), then all-sector ones",
                ),
                Option(
                    name="type",
                    help="guide, toolkit, checklist, template, course, …",
                    choices=TYPES,
                ),
                Option(
                    name="target",
                    help="in-company trainer, VET teacher, mentor, tutor, …",
                    choices=TARGET_GROUPS,
                ),
            ),
            handler=handler("search"),
            subcommands=MappingProxyType(subs),
        )
    )
    runtime.registry.add(
        Command(
            name="more",
            light=True,
            summary="The next page of your last !tool search.",
            handler=handler("more"),
            subcommands=MappingProxyType(
                {
                    "back": Command(
                        name="back",
                        light=True,
                        summary="The page before the one last shown.",
                        handler=handler("back"),
                    )
                }
            ),
        )
    )

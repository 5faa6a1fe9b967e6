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

from types import MappingProxyType
from typing import Final

from bot.capabilities.knowledge import paging as paging_data
from bot.capabilities.knowledge import privacy
from bot.capabilities.knowledge.chat import Handler, KnowledgeChat, rendered
from bot.capabilities.knowledge.paging import Paging
from bot.capabilities.knowledge.review import ReviewService
from bot.capabilities.knowledge.service import KnowledgeService
from bot.capabilities.privacy import personal_data
from bot.cluster import KNOWLEDGE_CHANGED
from bot.commands import Command, Option
from bot.completions import Completion as BotCompletion
from bot.completions import CompletionRequest
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip
from bot.seams import FoundTool, ToolFinder, ToolQuery
from knowledge.codes import TARGET_GROUPS, TYPES

__all__ = ["COMPLETION_SOURCE", "KnowledgeService", "ReviewService", "setup"]

#: The lookup index's snapshot in the data folder (see :mod:`knowledge.snapshot`).
SNAPSHOT_FILE: Final = "knowledge-index.snapshot"
#: The completion source name Discord autocomplete asks the service for.
COMPLETION_SOURCE: Final = "knowledge.entries"


def setup(runtime: Runtime) -> None:
    """Register the services, the start hook (seed, load, refresh), personal data, the
    completion source and the commands."""
    service = runtime.provide(
        KnowledgeService(
            runtime.store,
            runtime.clock,
            snapshot_path=runtime.settings.data_dir / SNAPSHOT_FILE,
        )
    )
    review = runtime.provide(ReviewService(service))
    # Replicas answer one person's messages in turn: `!more` reads the search from the database.
    shared = runtime.settings.cluster.enabled
    paging = Paging(runtime.store, runtime.clock) if shared else Paging()
    chat = KnowledgeChat(service, review, paging)
    settings = runtime.settings.knowledge

    async def start() -> None:
        await service.start(seed=settings.seed)
        if runtime.interactive and settings.refresh_seconds > 0:
            runtime.scheduler.add_job(
                service.refresh,
                "interval",
                seconds=settings.refresh_seconds,
                id="knowledge-refresh",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
            )

    runtime.on_start("knowledge", start)
    runtime.ready_when("knowledge_index", lambda: service.ready)
    # Replicas: another replica's change reaches this one's index at once.
    runtime.on_notify(KNOWLEDGE_CHANGED, service.refresh)
    runtime.on_stop("knowledge", service.stop)
    personal_data(runtime).register(
        "knowledge",
        export=privacy.export,
        erase=privacy.erase,
        description="knowledge.privacy_what",
    )
    if shared:
        personal_data(runtime).register_accounts(
            "knowledge_searches",
            export=paging_data.export,
            erase=paging_data.erase,
            description="knowledge.privacy_searches",
        )

    async def complete(prefix: str, request: CompletionRequest) -> list[BotCompletion]:
        # The query field is filled with the title (a search); ID fields with the id. Only
        # what a lookup in the room's network may find is offered.
        network = runtime.networks.of_room(request.platform, request.room_id, request.guild_id)
        found = service.complete(prefix, limit=min(request.limit, 25), network=network)
        if request.field == "query":
            return [
                BotCompletion(label=clip(c.title, 100), value=clip(c.title, 100)) for c in found
            ]
        return [BotCompletion(label=clip(f"{c.id} — {c.title}", 100), value=c.id) for c in found]

    runtime.complete_with(COMPLETION_SOURCE, complete)

    async def find_tools(query: ToolQuery) -> list[FoundTool]:
        page = await service.search(
            query.text,
            prefer_lang=query.lang,
            prefer_country=query.country,
            limit=query.limit,
            network=query.network,
        )
        found = []
        for item in page.items:
            title, summary = item.entry.content.in_language(query.lang or "en")
            found.append(
                FoundTool(
                    id=item.entry.id, title=title, url=item.entry.content.url, summary=summary
                )
            )
        return found

    runtime.provide(ToolFinder(find=find_tools))
    runtime.answer_questions_with("tool")

    coordinator = Role.COORDINATOR

    def by_id(name: str, summary: str, handler: Handler, role: Role = Role.TRAINER) -> Command:
        return Command(
            name=name,
            summary=summary,
            usage="ID",
            role=role,
            argument="id",
            argument_autocomplete=COMPLETION_SOURCE,
            handler=rendered(handler),
        )

    subs = {
        "show": by_id("show", "Show one tool in full.", chat.show),
        "suggest": Command(
            name="suggest",
            summary="Suggest a tool for the collection (a coordinator reviews it).",
            usage="URL TITLE | SUMMARY",
            argument="suggestion",
            handler=rendered(chat.suggest),
        ),
        "review": Command(
            name="review",
            summary="The queue of suggested tools.",
            role=coordinator,
            handler=rendered(chat.review),
        ),
        "approve": by_id("approve", "Publish a suggested tool.", chat.approve, coordinator),
        "reject": Command(
            name="reject",
            summary="Turn down a suggestion; the suggester is told why.",
            usage="ID REASON",
            role=coordinator,
            argument="id_and_reason",
            handler=rendered(chat.reject),
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
            handler=rendered(chat.edit),
        ),
        "archive": by_id(
            "archive", "Take a tool out of lookups (kept, not deleted).", chat.archive, coordinator
        ),
        "gaps": Command(
            name="gaps",
            summary="The most asked lookups that found nothing (anonymous).",
            role=coordinator,
            handler=rendered(chat.gaps),
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
            handler=rendered(chat.search),
            subcommands=MappingProxyType(subs),
        )
    )
    runtime.registry.add(
        Command(
            name="more",
            light=True,
            summary="The next page of your last !tool search.",
            handler=rendered(chat.more),
            subcommands=MappingProxyType(
                {
                    "back": Command(
                        name="back",
                        light=True,
                        summary="The page before the one last shown.",
                        handler=rendered(chat.back),
                    )
                }
            ),
        )
    )

"""The ``!tool`` and ``!more`` commands: read what was typed, ask the services, answer.

Chat::

    !tool QUERY [lang: xx; country: XX; sector: …; type: …; target: …]   ranked results
    !tool lang: xx; target: …               options alone list what they select (browse)
    !more                                   the next page of your last !tool in this room
    !more back                              the page before the one last shown
    !tool show ID                           one entry in full
    !tool suggest URL TITLE | SUMMARY       into the review queue (anyone)
    !tool review | approve ID | reject ID REASON | edit ID FIELD: VALUE | archive ID | gaps
                                            coordinators; every change goes to the audit log

Ranking: the caller's language (their own, ``!language``, else ``Message.language``, else
``[bot] language``) and country
(their own, ``!country``, else as :func:`bot.readers.country_of_message` finds it) come first
among comparable results; ``lang:``/``country:`` options filter hard (one value each), and
among relevant results the entries for exactly that country, sector or target group come
before those for the whole EU or all sectors.
``word:`` or ``word=`` text in a query that is not an option is searched as words, with a note
saying so; an option put before the query gets a hint to put the query first.

The services answer with values and keyed errors; :func:`rendered` turns those errors into
text in the reader's language, with the configured prefix, before they reach chat.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import wraps
from typing import Final

from bot.actions import Choice
from bot.capabilities.knowledge import inputs, render
from bot.capabilities.knowledge.model import InvalidEntry, LookupPage, field_label
from bot.capabilities.knowledge.paging import Paging, Search
from bot.capabilities.knowledge.review import ReviewService
from bot.capabilities.knowledge.service import KnowledgeService
from bot.context import Context
from bot.errors import NotFound, UsageError, UserError
from bot.messages import When
from bot.permissions import Role
from bot.safety import clip, one_line
from knowledge.engine import Filters
from knowledge.text import clean_line, fold

_QUERY_ECHO_CHARS: Final = 60
_REVIEW_PAGE: Final = 10

Handler = Callable[[Context], Awaitable[None]]


def rendered(handler: Handler) -> Handler:
    """``handler`` with the services' keyed errors put into words for the caller.

    A keyed error becomes the same kind of error with its catalog text in the caller's
    language; an invalid entry becomes a usage error naming each problem.
    """

    @wraps(handler)
    async def run(ctx: Context) -> None:
        try:
            await handler(ctx)
        except InvalidEntry as err:
            problems = render.problems_text(err.problems, ctx.lang)
            raise ctx.usage_error("knowledge.invalid", problems=problems) from err
        except UserError as err:
            if not err.key:
                raise
            raise type(err)(ctx.t(err.key, **err.params), hint=err.hint) from err

    return run


class KnowledgeChat:
    """The chat commands over the knowledge services; every text in the reader's language."""

    def __init__(
        self, service: KnowledgeService, review: ReviewService, paging: Paging | None = None
    ) -> None:
        self.service = service
        self.review_service = review
        self.paging = paging or Paging()

    # -- lookups ---------------------------------------------------------------------------------

    async def search(self, ctx: Context) -> None:
        query = ctx.text.strip()
        filters = inputs.filters(ctx)
        browse = not fold(query)
        if browse and not ctx.options:
            raise ctx.usage_error("knowledge.empty_query")
        search = Search(
            query="" if browse else query,
            filters=filters,
            prefer_lang=filters.lang or await inputs.preferred_language(ctx),
            prefer_country=filters.country or await inputs.user_country(ctx),
            options="; ".join(f"{k}: {v}" for k, v in ctx.options.items() if v),
            next_offset=0,
            total=0,
            at=ctx.runtime.clock.monotonic(),
            browse=browse,
        )
        page = await self._fetch(ctx, search, 0, record_gap=True)
        search = replace(search, next_offset=len(page.items), total=page.total)
        await self.paging.remember(ctx, search)
        self._reply_page(ctx, search, page, notes=inputs.stray_options(ctx, query))

    async def _fetch(
        self, ctx: Context, search: Search, start: int, *, record_gap: bool
    ) -> LookupPage:
        """The page of ``search`` that starts at ``start``."""
        size = ctx.runtime.settings.knowledge.page_size
        if search.browse:
            return await self.service.browse(
                filters=search.filters,
                prefer_lang=search.prefer_lang,
                prefer_country=search.prefer_country,
                limit=size,
                offset=start,
                network=ctx.network,
            )
        return await self.service.search(
            search.query,
            filters=search.filters,
            prefer_lang=search.prefer_lang,
            prefer_country=search.prefer_country,
            limit=size,
            offset=start,
            record_gap=record_gap,
            network=ctx.network,
        )

    async def more(self, ctx: Context) -> None:
        search = await self.paging.recall(ctx)
        if search is None:
            raise UsageError(ctx.t("knowledge.more_nothing"))
        if search.next_offset >= search.total:
            ctx.reply(ctx.t("knowledge.more_done", total=search.total, query=_asked(search)))
            return
        page = await self._fetch(ctx, search, search.next_offset, record_gap=False)
        if not page.items:
            ctx.reply(ctx.t("knowledge.more_done", total=search.total, query=_asked(search)))
            return
        await self._turned(ctx, search, page)

    async def back(self, ctx: Context) -> None:
        """``!more back``: the page before the one last shown."""
        search = await self.paging.recall(ctx)
        if search is None:
            raise UsageError(ctx.t("knowledge.more_nothing"))
        if search.offset <= 0:
            ctx.reply(ctx.t("knowledge.back_first", query=_asked(search)))
            return
        size = ctx.runtime.settings.knowledge.page_size
        page = await self._fetch(ctx, search, max(0, search.offset - size), record_gap=False)
        await self._turned(ctx, search, page)

    async def _turned(self, ctx: Context, search: Search, page: LookupPage) -> None:
        """Show ``page`` of ``search`` and remember it as the page last shown."""
        moved = replace(
            search,
            offset=page.offset,
            next_offset=page.offset + len(page.items),
            total=page.total if page.items else search.total,
            at=ctx.runtime.clock.monotonic(),
        )
        await self.paging.remember(ctx, moved)
        self._reply_page(ctx, moved, page)

    def _reply_page(
        self, ctx: Context, search: Search, page: LookupPage, *, notes: tuple[str, ...] = ()
    ) -> None:
        query = _echo(search.query)
        if not page.items:
            self._reply_nothing(ctx, search, page, notes)
            return
        first, last = page.offset + 1, page.offset + len(page.items)
        head = "knowledge.browse_head" if search.browse else "knowledge.results_head"
        lines = [
            ctx.t(
                head,
                query=query,
                options=search.options,
                first=first,
                last=last,
                total=page.total,
            ),
            *notes,
        ]
        if page.suggestions:
            lines.append(ctx.t("knowledge.did_you_mean", options=", ".join(page.suggestions)))
        more = last < page.total
        lines.append(ctx.t("knowledge.results_foot_more" if more else "knowledge.results_foot"))
        cards = [
            render.result_card(ctx, number, found.entry)
            for number, found in enumerate(page.items, start=first)
        ]
        choices = []
        if page.offset > 0:
            choices.append(
                Choice(label=ctx.t("knowledge.back_label"), command=f"{ctx.prefix}more back")
            )
        if more:
            choices.append(Choice(label=ctx.t("knowledge.more_label"), command=f"{ctx.prefix}more"))
        ctx.reply("\n".join(lines), choices=choices, cards=cards)

    def _reply_nothing(
        self, ctx: Context, search: Search, page: LookupPage, notes: tuple[str, ...]
    ) -> None:
        query = _echo(search.query)
        tail = f"; {search.options}" if search.options else ""
        if page.suggestions:
            text = ctx.t(
                "knowledge.nothing_did_you_mean",
                query=query,
                options=", ".join(f"“{s}”" for s in page.suggestions),
            )
            choices = [
                Choice(label=clip(s, 40), command=f"{ctx.prefix}tool {s}{tail}")
                for s in page.suggestions[:3]
            ]
            ctx.reply("\n".join((text, *notes)), choices=choices)
            return
        if search.browse:
            key = "knowledge.browse_nothing"
        else:
            key = "knowledge.nothing_filtered" if search.options else "knowledge.nothing"
        ctx.reply("\n".join((ctx.t(key, query=query, options=search.options), *notes)))

    async def show(self, ctx: Context) -> None:
        wanted = inputs.one_id(ctx, whole=True)
        if " " in wanted:
            # "!tool show me mentoring guides" was meant as a search.
            await self._search_text(ctx, wanted)
            return
        reader = None if ctx.scope.every else ctx.network
        entry = await self.service.get(wanted, network=reader)
        if entry is None or (entry.status != "published" and ctx.role < Role.COORDINATOR):
            shown = one_line(wanted, 40)
            close = [c.id for c in self.service.complete(wanted, limit=3, network=reader)]
            if close:
                raise NotFound(
                    ctx.t("knowledge.unknown_id_suggest", id=shown, options=", ".join(close))
                )
            raise NotFound(ctx.t("knowledge.unknown_id", id=shown))
        if entry.status == "published":
            await self.service.mark_shown(entry.id, ctx.user_key)
        ctx.reply(render.full_entry(ctx, entry))

    async def _search_text(self, ctx: Context, text: str) -> None:
        size = ctx.runtime.settings.knowledge.page_size
        search = Search(
            query=text,
            filters=Filters(),
            prefer_lang=await inputs.preferred_language(ctx),
            prefer_country=await inputs.user_country(ctx),
            options="",
            next_offset=0,
            total=0,
            at=ctx.runtime.clock.monotonic(),
        )
        page = await self.service.search(
            text,
            prefer_lang=search.prefer_lang,
            prefer_country=search.prefer_country,
            limit=size,
            record_gap=True,
            network=ctx.network,
        )
        search = replace(search, next_offset=len(page.items), total=page.total)
        await self.paging.remember(ctx, search)
        self._reply_page(ctx, search, page)

    # -- suggestions and review ------------------------------------------------------------------

    async def suggest(self, ctx: Context) -> None:
        text = ctx.text.strip()
        if not text:
            raise ctx.usage_error("knowledge.suggest_form")
        head, _, summary = text.partition("|")
        words = head.split()
        at = next(
            (
                i
                for i, w in enumerate(words)
                if w.lower().startswith(("http://", "https://", "www."))
            ),
            None,
        )
        if at is None:
            raise ctx.usage_error("knowledge.suggest_no_url")
        url = words[at]
        title = " ".join(words[:at] + words[at + 1 :]).strip()
        if not title:
            raise ctx.usage_error("knowledge.suggest_no_title")
        if url.lower().startswith("www."):
            url = "https://" + url
        done = await self.review_service.suggest(
            ctx.actor(), url=url, title=title, summary=summary.strip(), network=ctx.network
        )
        lines = [ctx.t("knowledge.suggested", title=done.entry.content.title, id=done.entry.id)]
        if done.similar:
            names = ", ".join(f"{e.content.title} [{e.id}]" for e in done.similar[:3])
            lines.append(ctx.t("knowledge.suggested_similar", entries=names))
        ctx.reply("\n".join(lines))

    async def review(self, ctx: Context) -> None:
        items, total = await self.review_service.review_queue(limit=_REVIEW_PAGE, actor=ctx.actor())
        if not items:
            ctx.reply(ctx.t("knowledge.review_empty"))
            return
        lines = [ctx.t("knowledge.review_head", total=total, shown=len(items))]
        for number, item in enumerate(items, start=1):
            entry = item.entry
            who = item.suggested_by or ctx.t("knowledge.someone")
            lines.append(
                f"{number}. {one_line(entry.content.title, 100)} [{entry.id}] — "
                + ctx.t(
                    "knowledge.review_by",
                    who=one_line(who, 40),
                    date=When(entry.created_at, "day"),
                )
            )
            lines.append(f"   {entry.content.url}")
            if entry.content.summary:
                lines.append(f"   {one_line(entry.content.summary, render.SUMMARY_CHARS)}")
            if item.similar:
                lines.append("   " + ctx.t("knowledge.review_similar", ids=", ".join(item.similar)))
        lines.append(ctx.t("knowledge.review_foot"))
        first = items[0].entry.id
        choices = [
            Choice(
                label=ctx.t("knowledge.approve_label", id=first),
                command=f"{ctx.prefix}tool approve {first}",
            ),
            Choice(
                label=ctx.t("knowledge.show_label", id=first),
                command=f"{ctx.prefix}tool show {first}",
            ),
        ]
        ctx.reply("\n".join(lines), choices=choices)

    async def approve(self, ctx: Context) -> None:
        entry_id = inputs.one_id(ctx)
        outcome = await self.review_service.approve(ctx.actor(), entry_id)
        entry = outcome.entry
        ctx.reply(ctx.t("knowledge.approved", title=entry.content.title, id=entry.id))

    async def reject(self, ctx: Context) -> None:
        entry_id, _, reason = ctx.text.strip().partition(" ")
        reason = clip(clean_line(reason), 500)
        if not entry_id:
            raise ctx.usage_error("knowledge.reject_form")
        if not reason:
            raise ctx.usage_error("knowledge.reject_needs_reason", id=one_line(entry_id, 40))
        outcome = await self.review_service.reject(ctx.actor(), entry_id, reason)
        entry = outcome.entry
        if outcome.notify is not None:
            ctx.reply(
                # The suggester is not named in the room: being turned down is their business.
                ctx.t("knowledge.rejected_told", title=entry.content.title, id=entry.id)
            )
        else:
            ctx.reply(ctx.t("knowledge.rejected", title=entry.content.title, id=entry.id))

    async def edit(self, ctx: Context) -> None:
        entry_id, _, rest = ctx.text.strip().partition(" ")
        changes = inputs.edit_fields(rest)
        if not entry_id or not changes:
            raise ctx.usage_error("knowledge.edit_form")
        outcome = await self.review_service.edit(ctx.actor(), entry_id, changes)
        entry = outcome.entry
        lines = [ctx.t("knowledge.edited", title=entry.content.title, id=entry.id)]
        lines.extend(
            ctx.t(
                "knowledge.edited_field",
                field=ctx.t(field_label(name)),
                old=one_line(old, 80) or "—",
                new=one_line(new, 80) or "—",
            )
            for name, old, new in outcome.changed
        )
        ctx.reply("\n".join(lines))

    async def archive(self, ctx: Context) -> None:
        outcome = await self.review_service.archive(ctx.actor(), inputs.one_id(ctx))
        entry = outcome.entry
        ctx.reply(ctx.t("knowledge.archived", title=entry.content.title, id=entry.id))

    async def gaps(self, ctx: Context) -> None:
        gaps = await self.service.gaps(limit=10, actor=ctx.actor())
        if not gaps:
            ctx.reply(ctx.t("knowledge.gaps_empty"))
            return
        lines = [ctx.t("knowledge.gaps_head")]
        for number, gap in enumerate(gaps, start=1):
            lines.append(
                f"{number}. “{gap.query}” — "
                + ctx.t("knowledge.gaps_line", count=gap.count, date=When(gap.last_at, "day"))
            )
        ctx.reply("\n".join(lines))


def _echo(query: str) -> str:
    return one_line(query, _QUERY_ECHO_CHARS)


def _asked(search: Search) -> str:
    """What a remembered search asked for, for "that was all": the query, else the options."""
    return _echo(search.query or search.options)

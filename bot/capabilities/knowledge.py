"""Knowledge in chat and on the command line: ``!tool`` lookups, suggestions and reviews.

Chat::

    !tool QUERY [lang: xx; country: XX; sector: …; type: …; target: …]   ranked results
    !tool lang: xx; target: …               options alone list what they select (browse)
    !more                                   the next page of your last !tool in this room
    !tool show ID                           one entry in full
    !tool suggest URL TITLE | SUMMARY       into the review queue (anyone)
    !tool review | approve ID | reject ID REASON | edit ID FIELD: VALUE | archive ID | gaps
                                            coordinators; every change goes to the audit log

Command line (``add_cli``)::

    vetbot knowledge search "QUERY" [--limit N] [--lang xx] [--country XX] [--json]
    vetbot knowledge import FILE [--dry-run]
    vetbot knowledge export FILE

Ranking: the caller's language and country (``Message.language``/``country``, else ``[bot]
language``/``country``) come first among comparable results; ``lang:``/``country:`` options
filter hard (one value each), and among relevant results the entries for exactly that
country, sector or target group come before those for the whole EU or all sectors.
``word:`` or ``word=`` text in a query that is not an option is searched as words, with a note
saying so; an option put before the query gets a hint to put the query first.

The last query per user and room is remembered in memory (bounded, one hour) for
``!more``; nothing about who searched is stored — lookups that find nothing are counted under
their normalised words only, for ``!tool gaps``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import wraps
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from bot.actions import Choice
from bot.capabilities.privacy import personal_data
from bot.codes import COUNTRIES, COUNTRY_HINTS, LANGUAGES
from bot.commands import Command, Option
from bot.completions import Completion as BotCompletion
from bot.completions import CompletionRequest
from bot.context import Context
from bot.errors import Conflict, NotFound, UsageError
from bot.permissions import Role
from bot.runtime import Runtime
from bot.safety import clip, one_line
from knowledge import privacy as knowledge_privacy
from knowledge.codes import (
    TARGET_GROUPS,
    TYPES,
    canonical_target_group,
    canonical_type,
)
from knowledge.engine import Filters
from knowledge.records import Entry
from knowledge.service import (
    FIELD_NAMES,
    Actor,
    KnowledgeConflict,
    KnowledgeInvalid,
    KnowledgeNotFound,
    KnowledgeService,
    LookupPage,
)
from knowledge.text import clean_line, fold

if TYPE_CHECKING:
    from bot.settings import Settings

#: Remembered searches for ``!more``: at most this many, each for this long.
_PAGING_MEMORY: Final = 1000
_PAGING_SECONDS: Final = 3600.0
_SUMMARY_CHARS: Final = 160
_QUERY_ECHO_CHARS: Final = 60
_REVIEW_PAGE: Final = 10
#: The completion source name Discord autocomplete asks the service for.
COMPLETION_SOURCE: Final = "knowledge.entries"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Search:
    """A search remembered for ``!more``: what was asked and where the next page starts."""

    query: str
    filters: Filters
    prefer_lang: str | None
    prefer_country: str | None
    options: str
    next_offset: int
    total: int
    at: float
    browse: bool = False  # options only, no query: every entry they select


class _Paging:
    """The last search per (platform, room, thread, user), bounded in number and age."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[str, str, str, str], _Search] = OrderedDict()

    @staticmethod
    def key(ctx: Context) -> tuple[str, str, str, str]:
        msg = ctx.message
        return (msg.platform, msg.room_id, msg.thread_id or "", msg.sender_id)

    def remember(self, ctx: Context, search: _Search) -> None:
        key = self.key(ctx)
        self._items[key] = search
        self._items.move_to_end(key)
        while len(self._items) > _PAGING_MEMORY:
            self._items.popitem(last=False)

    def recall(self, ctx: Context) -> _Search | None:
        search = self._items.get(self.key(ctx))
        if search is None or ctx.runtime.clock.monotonic() - search.at > _PAGING_SECONDS:
            return None
        return search


Handler = Callable[[Context], Awaitable[None]]


def _translated(handler: Handler) -> Handler:
    """Render the service's user errors in the caller's language."""

    @wraps(handler)
    async def run(ctx: Context) -> None:
        try:
            await handler(ctx)
        except KnowledgeNotFound as err:
            raise NotFound(ctx.t(err.key, **err.params)) from err
        except KnowledgeConflict as err:
            raise Conflict(ctx.t(err.key, **err.params)) from err
        except KnowledgeInvalid as err:
            raise ctx.usage_error(err.key, **err.params) from err

    return run


class KnowledgeChat:
    """The chat commands over one :class:`KnowledgeService`."""

    def __init__(self, service: KnowledgeService) -> None:
        self.service = service
        self.paging = _Paging()

    # -- lookups ---------------------------------------------------------------------------------

    async def search(self, ctx: Context) -> None:
        query = ctx.text.strip()
        filters = _filters(ctx)
        browse = not fold(query)
        if browse and not ctx.options:
            raise ctx.usage_error("knowledge.empty_query")
        search = _Search(
            query="" if browse else query,
            filters=filters,
            prefer_lang=filters.lang or _user_language(ctx),
            prefer_country=filters.country or _user_country(ctx),
            options="; ".join(f"{k}: {v}" for k, v in ctx.options.items() if v),
            next_offset=0,
            total=0,
            at=ctx.runtime.clock.monotonic(),
            browse=browse,
        )
        page = await self._fetch(ctx, search, record_gap=True)
        search = replace(search, next_offset=len(page.items), total=page.total)
        self.paging.remember(ctx, search)
        self._reply_page(ctx, search, page, notes=_stray_options(ctx, query))

    async def _fetch(self, ctx: Context, search: _Search, *, record_gap: bool) -> LookupPage:
        """The page of ``search`` that starts at its ``next_offset``."""
        size = ctx.runtime.settings.knowledge.page_size
        if search.browse:
            return await self.service.browse(
                filters=search.filters,
                prefer_lang=search.prefer_lang,
                prefer_country=search.prefer_country,
                limit=size,
                offset=search.next_offset,
            )
        return await self.service.search(
            search.query,
            filters=search.filters,
            prefer_lang=search.prefer_lang,
            prefer_country=search.prefer_country,
            limit=size,
            offset=search.next_offset,
            record_gap=record_gap,
        )

    async def more(self, ctx: Context) -> None:
        search = self.paging.recall(ctx)
        if search is None:
            raise UsageError(ctx.t("knowledge.more_nothing"))
        if search.next_offset >= search.total:
            ctx.reply(ctx.t("knowledge.more_done", total=search.total, query=_asked(search)))
            return
        page = await self._fetch(ctx, search, record_gap=False)
        if not page.items:
            ctx.reply(ctx.t("knowledge.more_done", total=search.total, query=_asked(search)))
            return
        moved = replace(
            search,
            next_offset=search.next_offset + len(page.items),
            at=ctx.runtime.clock.monotonic(),
        )
        self.paging.remember(ctx, moved)
        self._reply_page(ctx, moved, page)

    def _reply_page(
        self, ctx: Context, search: _Search, page: LookupPage, *, notes: tuple[str, ...] = ()
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
        for number, found in enumerate(page.items, start=first):
            lines.extend(_result_lines(ctx, number, found.entry))
        if page.suggestions:
            lines.append(ctx.t("knowledge.did_you_mean", options=", ".join(page.suggestions)))
        more = last < page.total
        lines.append(ctx.t("knowledge.results_foot_more" if more else "knowledge.results_foot"))
        choices = (
            [Choice(label=ctx.t("knowledge.more_label"), command=f"{ctx.prefix}more")]
            if more
            else []
        )
        ctx.reply("\n".join(lines), choices=choices)

    def _reply_nothing(
        self, ctx: Context, search: _Search, page: LookupPage, notes: tuple[str, ...]
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
        wanted = _one_id(ctx, whole=True)
        if " " in wanted:
            # "!tool show me mentoring guides" was meant as a search.
            await self._search_text(ctx, wanted)
            return
        entry = await self.service.get(wanted)
        if entry is None or (entry.status != "published" and ctx.role < Role.COORDINATOR):
            shown = one_line(wanted, 40)
            close = [c.id for c in self.service.complete(wanted, limit=3)]
            if close:
                raise NotFound(
                    ctx.t("knowledge.unknown_id_suggest", id=shown, options=", ".join(close))
                )
            raise NotFound(ctx.t("knowledge.unknown_id", id=shown))
        if entry.status == "published":
            await self.service.mark_shown(entry.id, ctx.user_key)
        ctx.reply(_full_entry(ctx, entry))

    async def _search_text(self, ctx: Context, text: str) -> None:
        size = ctx.runtime.settings.knowledge.page_size
        search = _Search(
            query=text,
            filters=Filters(),
            prefer_lang=_user_language(ctx),
            prefer_country=_user_country(ctx),
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
        )
        search = replace(search, next_offset=len(page.items), total=page.total)
        self.paging.remember(ctx, search)
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
        done = await self.service.suggest(
            _actor(ctx), url=url, title=title, summary=summary.strip()
        )
        lines = [ctx.t("knowledge.suggested", title=done.entry.content.title, id=done.entry.id)]
        if done.similar:
            names = ", ".join(f"{e.content.title} [{e.id}]" for e in done.similar[:3])
            lines.append(ctx.t("knowledge.suggested_similar", entries=names))
        ctx.reply("\n".join(lines))

    async def review(self, ctx: Context) -> None:
        items, total = await self.service.review_queue(limit=_REVIEW_PAGE)
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
                    date=entry.created_at.date().isoformat(),
                )
            )
            lines.append(f"   {entry.content.url}")
            if entry.content.summary:
                lines.append(f"   {one_line(entry.content.summary, _SUMMARY_CHARS)}")
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
        entry_id = _one_id(ctx)
        outcome = await self.service.approve(_actor(ctx), entry_id)
        entry = outcome.entry
        ctx.reply(ctx.t("knowledge.approved", title=entry.content.title, id=entry.id))
        if outcome.notify is not None:
            ctx.dm_user(
                outcome.notify.platform,
                outcome.notify.user_id,
                ctx.t(
                    "knowledge.approved_dm",
                    title=entry.content.title,
                    id=entry.id,
                ),
                user_name=outcome.notify.name,
            )

    async def reject(self, ctx: Context) -> None:
        entry_id, _, reason = ctx.text.strip().partition(" ")
        reason = clip(clean_line(reason), 500)
        if not entry_id:
            raise ctx.usage_error("knowledge.reject_form")
        if not reason:
            raise ctx.usage_error("knowledge.reject_needs_reason", id=one_line(entry_id, 40))
        outcome = await self.service.reject(_actor(ctx), entry_id, reason)
        entry = outcome.entry
        if outcome.notify is not None:
            ctx.reply(
                # The suggester is not named in the room: being turned down is their business.
                ctx.t("knowledge.rejected_told", title=entry.content.title, id=entry.id)
            )
            ctx.dm_user(
                outcome.notify.platform,
                outcome.notify.user_id,
                ctx.t(
                    "knowledge.rejected_dm",
                    title=entry.content.title,
                    url=entry.content.url,
                    reason=reason,
                ),
                user_name=outcome.notify.name,
            )
        else:
            ctx.reply(ctx.t("knowledge.rejected", title=entry.content.title, id=entry.id))

    async def edit(self, ctx: Context) -> None:
        entry_id, _, rest = ctx.text.strip().partition(" ")
        field, colon, value = rest.partition(":")
        if not entry_id or not colon or not field.strip():
            raise ctx.usage_error("knowledge.edit_form")
        second = _second_field(value)
        if second is not None:
            # "title: New; type: guide" would otherwise store the whole text as the title.
            raise ctx.usage_error(
                "knowledge.edit_one_field",
                id=one_line(entry_id, 40),
                field=one_line(field.strip().lower(), 20),
                second=second,
            )
        outcome = await self.service.edit(_actor(ctx), entry_id, field.strip(), value.strip())
        entry = outcome.entry
        old, new = outcome.changed or ("", "")
        ctx.reply(
            ctx.t(
                "knowledge.edited",
                title=entry.content.title,
                id=entry.id,
                field=field.strip().lower(),
                old=one_line(old, 80) or "—",
                new=one_line(new, 80) or "—",
            )
        )

    async def archive(self, ctx: Context) -> None:
        outcome = await self.service.archive(_actor(ctx), _one_id(ctx))
        entry = outcome.entry
        ctx.reply(ctx.t("knowledge.archived", title=entry.content.title, id=entry.id))

    async def gaps(self, ctx: Context) -> None:
        gaps = await self.service.gaps(limit=10)
        if not gaps:
            ctx.reply(ctx.t("knowledge.gaps_empty"))
            return
        lines = [ctx.t("knowledge.gaps_head")]
        for number, gap in enumerate(gaps, start=1):
            lines.append(
                f"{number}. “{gap.query}” — "
                + ctx.t("knowledge.gaps_line", count=gap.count, date=gap.last_at.date().isoformat())
            )
        ctx.reply("\n".join(lines))


# -- reading the user's input -----------------------------------------------------------------


def _filters(ctx: Context) -> Filters:
    """The ``lang:``/``country:``/… options as filters; a bad value is a usage error."""
    opts = ctx.options
    lang = opts.get("lang", "").strip().lower() or None
    if lang is not None and lang not in LANGUAGES:
        _refuse_several(ctx, "lang", opts["lang"], lambda word: word.lower() in LANGUAGES)
        raise ctx.usage_error("knowledge.bad_lang", value=one_line(lang, 20))
    country = opts.get("country", "").strip().upper() or None
    if country is not None and country not in COUNTRIES:
        _refuse_several(ctx, "country", opts["country"], lambda word: word.upper() in COUNTRIES)
        if country in COUNTRY_HINTS:
            raise ctx.usage_error(
                "knowledge.country_hint", value=country, code=COUNTRY_HINTS[country]
            )
        raise ctx.usage_error("knowledge.bad_country", value=one_line(country, 20))
    kind_text = opts.get("type", "").strip()
    kind = canonical_type(kind_text) if kind_text else None
    if kind_text and kind is None:
        _refuse_several(ctx, "type", kind_text, lambda words: canonical_type(words) is not None)
        raise ctx.usage_error(
            "knowledge.bad_type", value=one_line(kind_text, 30), types=", ".join(TYPES)
        )
    target_text = opts.get("target", "").strip()
    target = _target_group(target_text) if target_text else None
    if target_text and target is None:
        _refuse_several(ctx, "target", target_text, lambda words: _target_group(words) is not None)
        raise ctx.usage_error(
            "knowledge.bad_target",
            value=one_line(target_text, 30),
            targets=", ".join(TARGET_GROUPS),
        )
    sector = one_line(opts.get("sector", ""), 60) or None
    return Filters(lang=lang, country=country, sector=sector, type=kind, target_group=target)


def _refuse_several(ctx: Context, name: str, value: str, valid: Callable[[str], bool]) -> None:
    """Explain an option value that holds more than one thing, if it does.

    ``lang: de, fr`` (several values: one at a time) and ``!tool lang: de training`` (the query
    typed after the option, so the option took it in: put the query first) get their own
    answers; anything else is left to the caller's "not a valid value" error.
    """
    words = [w for w in re.split(r"[\s,;/]+", value.strip()) if w]
    if len(words) < 2:
        return
    if all(valid(word) for word in words):
        raise ctx.usage_error(
            "knowledge.one_value",
            what=ctx.t(f"knowledge.what_{name}"),
            option=name,
            value=one_line(words[0], 30),
        )
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if valid(head):
            rest = " ".join(words[cut:])
            raise ctx.usage_error(
                "knowledge.query_first",
                option=name,
                value=one_line(head, 30),
                query=one_line(rest, 60),
            )


#: ``word:`` or ``word=`` in a query (not ``https://``, not ``10:30``).
_STRAY_OPTION: Final = re.compile(r"(?<![\w/.-])([A-Za-z][\w-]{0,29})\s*([:=])(?!//)\s*(\S*)")


def _stray_options(ctx: Context, query: str) -> tuple[str, ...]:
    """Notes for ``word:``/``word=`` text in a query that the parser left as words.

    ``foo: bar`` is not an option of ``!tool``; ``lang=de`` is one written with ``=``. The
    search still runs on the words as typed (a pasted title may hold a colon); the note says
    how to write an option.
    """
    names = [o.name for o in ctx.command.options]
    notes: list[str] = []
    for match in _STRAY_OPTION.finditer(query):
        key, mark, value = match.group(1), match.group(2), match.group(3)
        if key.lower() in names:
            if mark == "=":
                notes.append(
                    ctx.t(
                        "knowledge.option_equals",
                        option=key.lower(),
                        value=one_line(value, 30) or "…",
                    )
                )
            continue
        notes.append(
            ctx.t(
                "knowledge.not_an_option",
                option=one_line(key, 30),
                options=", ".join(f"{n}:" for n in names),
            )
        )
        if len(notes) >= 2:
            break
    return tuple(notes)


def _second_field(value: str) -> str | None:
    """The name of a second ``field:`` in an edit's value (after ``;`` or a new line), if any."""
    for match in re.finditer(r"[;\n]\s*([A-Za-z][\w -]{0,20}?)\s*:", value):
        name = match.group(1).strip().lower().replace(" ", "_").replace("-", "_")
        if name in FIELD_NAMES:
            return match.group(1).strip().lower()
    return None


def _target_group(text: str) -> str | None:
    """A target group from what people type: the full name, or a word only one group holds
    (``teacher`` is VET teacher; ``trainer`` is ambiguous)."""
    exact = canonical_target_group(text)
    if exact is not None:
        return exact
    key = fold(text)
    holders = [g for g in TARGET_GROUPS if key and key in fold(g).split()]
    return holders[0] if len(holders) == 1 else None


def _user_language(ctx: Context) -> str | None:
    for hint in (ctx.message.language, ctx.runtime.settings.bot.language):
        code = (hint or "").replace("_", "-").split("-")[0].strip().lower()
        if code in LANGUAGES:
            return code
    return None


def _user_country(ctx: Context) -> str | None:
    for hint in (ctx.message.country, ctx.runtime.settings.bot.country):
        code = (hint or "").strip().upper()
        if code in COUNTRIES:
            return code
    return None


def _one_id(ctx: Context, *, whole: bool = False) -> str:
    """The ID argument (its first word, or the whole text with ``whole``); a usage error with
    an example when it is missing."""
    text = ctx.text.strip()
    if not text:
        raise ctx.usage_error("knowledge.missing_id", command=ctx.invocation.path[-1])
    return text if whole else text.split()[0]


def _actor(ctx: Context) -> Actor:
    msg = ctx.message
    return Actor(
        platform=msg.platform, user_id=msg.sender_id, name=msg.sender_name, role=ctx.role.label
    )


def _echo(query: str) -> str:
    return one_line(query, _QUERY_ECHO_CHARS)


def _asked(search: _Search) -> str:
    """What a remembered search asked for, for "that was all": the query, else the options."""
    return _echo(search.query or search.options)


# -- what the user sees -----------------------------------------------------------------------


def _langs(codes: tuple[str, ...], limit: int = 5) -> str:
    if len(codes) <= limit:
        return ", ".join(codes)
    return ", ".join(codes[:limit]) + f" +{len(codes) - limit}"


def _result_lines(ctx: Context, number: int, entry: Entry) -> list[str]:
    content = entry.content
    facts = " · ".join(x for x in (content.type, _langs(content.languages)) if x)
    lines = [f"{number}. {one_line(content.title, 120)} [{entry.id}]"]
    if content.summary:
        lines.append(f"   {one_line(content.summary, _SUMMARY_CHARS)}")
    lines.append("   " + " · ".join(x for x in (facts, content.url) if x))
    return lines


def _full_entry(ctx: Context, entry: Entry) -> str:
    c = entry.content
    lines = [f"{c.title} [{entry.id}]"]
    if c.summary:
        lines.append(c.summary)
    rows = (
        ("knowledge.f_type", c.type),
        ("knowledge.f_languages", ", ".join(c.languages)),
        ("knowledge.f_countries", ", ".join(c.countries)),
        ("knowledge.f_sectors", ", ".join(c.sectors)),
        ("knowledge.f_targets", ", ".join(c.target_groups)),
        ("knowledge.f_topics", ", ".join(c.topics)),
        ("knowledge.f_aliases", ", ".join(c.aliases)),
        ("knowledge.f_publisher", c.publisher),
        ("knowledge.f_licence", c.licence),
        ("knowledge.f_year", str(c.year) if c.year else ""),
        ("knowledge.f_link", c.url),
    )
    lines.extend(f"{ctx.t(key)}: {value}" for key, value in rows if value)
    if ctx.role >= Role.COORDINATOR:
        lines.append(
            ctx.t(
                "knowledge.f_status",
                status=entry.status,
                via=entry.added_via,
                date=entry.created_at.date().isoformat(),
                shown=entry.shown_count,
            )
        )
        if entry.review_note:
            lines.append(ctx.t("knowledge.f_note", note=one_line(entry.review_note, 200)))
    return "\n".join(lines)


# -- wiring -----------------------------------------------------------------------------------


def setup(runtime: Runtime) -> None:
    """Register the service, the start hook (seed, load, refresh) and the commands."""
    service = runtime.provide(KnowledgeService(runtime.store, runtime.clock))
    chat = KnowledgeChat(service)
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
    personal_data(runtime).register(
        "knowledge",
        export=knowledge_privacy.export,
        erase=knowledge_privacy.erase,
        description="knowledge.privacy_what",
    )

    async def complete(prefix: str, request: CompletionRequest) -> list[BotCompletion]:
        # The query field is filled with the title (a search); ID fields with the id.
        found = service.complete(prefix, limit=min(request.limit, 25))
        if request.field == "query":
            return [
                BotCompletion(label=clip(c.title, 100), value=clip(c.title, 100)) for c in found
            ]
        return [BotCompletion(label=clip(f"{c.id} — {c.title}", 100), value=c.id) for c in found]

    runtime.complete_with(COMPLETION_SOURCE, complete)

    coordinator = Role.COORDINATOR

    def by_id(name: str, summary: str, handler: Handler, role: Role = Role.TRAINER) -> Command:
        return Command(
            name=name,
            summary=summary,
            usage="ID",
            role=role,
            argument="id",
            argument_autocomplete=COMPLETION_SOURCE,
            handler=_translated(handler),
        )

    subs = {
        "show": by_id("show", "Show one tool in full.", chat.show),
        "suggest": Command(
            name="suggest",
            summary="Suggest a tool for the collection (a coordinator reviews it).",
            usage="URL TITLE | SUMMARY",
            argument="suggestion",
            handler=_translated(chat.suggest),
        ),
        "review": Command(
            name="review",
            summary="The queue of suggested tools.",
            role=coordinator,
            handler=_translated(chat.review),
        ),
        "approve": by_id("approve", "Publish a suggested tool.", chat.approve, coordinator),
        "reject": Command(
            name="reject",
            summary="Turn down a suggestion; the suggester is told why.",
            usage="ID REASON",
            role=coordinator,
            argument="id_and_reason",
            handler=_translated(chat.reject),
        ),
        "edit": Command(
            name="edit",
            summary="Change one field of a tool.",
            usage="ID FIELD: VALUE",
            details=(
                "Fields: title, aliases, summary, url, type, languages, countries, sectors, "
                "target_groups, topics, publisher, licence, year. One field at a time. List "
                "values: separated by commas (or semicolons)."
            ),
            role=coordinator,
            argument="id_and_change",
            handler=_translated(chat.edit),
        ),
        "archive": by_id(
            "archive", "Take a tool out of lookups (kept, not deleted).", chat.archive, coordinator
        ),
        "gaps": Command(
            name="gaps",
            summary="The most asked lookups that found nothing (anonymous).",
            role=coordinator,
            handler=_translated(chat.gaps),
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
            handler=_translated(chat.search),
            subcommands=MappingProxyType(subs),
        )
    )
    runtime.registry.add(
        Command(
            name="more",
            summary="The next page of your last !tool search.",
            handler=_translated(chat.more),
        )
    )


# -- command line -----------------------------------------------------------------------------


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``vetbot knowledge search|import|export``."""
    parser = subparsers.add_parser("knowledge", help="the knowledge store: search, import, export")
    sub = parser.add_subparsers(dest="knowledge_command", metavar="ACTION", required=True)
    search = sub.add_parser("search", help="search the knowledge store as !tool does")
    search.add_argument("query")
    search.add_argument(
        "--limit", type=int, default=10, help="how many results (1-100, default 10)"
    )
    search.add_argument("--lang", help="only entries in this language (ISO 639-1)")
    search.add_argument("--country", help="only entries for this country (ISO 3166-1 or EU)")
    search.add_argument("--json", action="store_true", help="print one JSON array, best first")
    search.set_defaults(func=_cli_search)
    imp = sub.add_parser("import", help="import entries from a .csv, .json or .yaml file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="validate and report; change nothing")
    imp.set_defaults(func=_cli_import)
    exp = sub.add_parser("export", help="write published entries to a .csv, .json or .yaml file")
    exp.add_argument("file", type=Path)
    exp.set_defaults(func=_cli_export)


async def _with_service(
    settings: Settings, work: Callable[[KnowledgeService], Awaitable[int]]
) -> int:
    from bot.app import App

    app = App(settings, interactive=False)
    try:
        await app.start()
        return await work(app.runtime.get(KnowledgeService))
    finally:
        await app.stop()


async def _cli_search(settings: Settings, args: argparse.Namespace) -> int:
    lang = (args.lang or "").strip().lower() or None
    country = (args.country or "").strip().upper() or None
    if lang is not None and lang not in LANGUAGES:
        print(f"vetbot: unknown language code {lang!r} (use ISO 639-1, e.g. de)", file=sys.stderr)
        return 2
    if country is not None and country not in COUNTRIES:
        print(
            f"vetbot: unknown country code {country!r} (use ISO 3166-1, e.g. AT, or EU)",
            file=sys.stderr,
        )
        return 2
    limit = max(1, min(100, args.limit))

    async def work(service: KnowledgeService) -> int:
        page = await service.search(
            args.query,
            filters=Filters(lang=lang, country=country),
            prefer_lang=lang or settings.bot.language or None,
            prefer_country=country or settings.bot.country.upper() or None,
            limit=limit,
        )
        if args.json:
            out = [
                {
                    "id": f.entry.id,
                    "title": f.entry.content.title,
                    "url": f.entry.content.url,
                    "score": f.score,
                    "type": f.entry.content.type,
                    "languages": list(f.entry.content.languages),
                    "summary": f.entry.content.summary,
                }
                for f in page.items
            ]
            print(json.dumps(out, ensure_ascii=False))
            return 0
        if not page.items:
            print(
                "nothing found"
                + (f"; did you mean: {', '.join(page.suggestions)}" if page.suggestions else "")
            )
            return 0
        for f in page.items:
            print(
                f"{f.score:6.1f}  {f.entry.id:<28}  {f.entry.content.title}  {f.entry.content.url}"
            )
        return 0

    return await _with_service(settings, work)


async def _cli_import(settings: Settings, args: argparse.Namespace) -> int:
    from knowledge.io import ProgressBar, read_file

    rows = read_file(args.file)  # an unreadable file fails before the store is opened

    async def work(service: KnowledgeService) -> int:
        bar = ProgressBar(sys.stderr)
        try:
            report = await service.import_rows(rows, dry_run=args.dry_run, progress=bar)
        finally:
            bar.close()
        print(("dry run: " if args.dry_run else "") + report.summary())
        table = report.problem_table()
        if table:
            print(table)
        return 1 if report.problems else 0

    return await _with_service(settings, work)


async def _cli_export(settings: Settings, args: argparse.Namespace) -> int:
    from knowledge.io import file_format

    file_format(args.file)  # refuse an unknown extension before opening the store

    async def work(service: KnowledgeService) -> int:
        count = await service.export_file(args.file)
        print(f"exported {count} entries to {args.file}")
        return 0

    return await _with_service(settings, work)

"""The ``!cpd`` commands: status, self-assessment, development plan, learning log, export.

What a person rates and logs is theirs alone: every answer that shows it goes by direct
message; asked in a room, the bot says there only that it sent a direct message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Final

from bot.actions import Attachment, Choice
from bot.capabilities.cpd import render
from bot.capabilities.cpd.frameworks import (
    Area,
    Competence,
    Framework,
    area_scores,
    text_in,
    weakest,
)
from bot.capabilities.cpd.frameworks import next_question as following
from bot.capabilities.cpd.service import CpdService
from bot.context import Context
from bot.errors import NotFound
from bot.formats import format_number
from bot.numbers import iso_dates, number
from bot.readers import country_of_message
from bot.safety import clip, one_line
from bot.seams import FoundTool, MentorFinder, MentorNeed, ToolFinder, ToolQuery
from bot.small_groups import WITHHELD

#: The word a skip answer is sent with (the button's); the reader's own word works too.
SKIP: Final = "skip"
#: A scope that asks about one competence only.
ONE: Final = "one"
#: Tools named per area of a plan.
TOOLS_PER_AREA: Final = 3
MAX_WHAT: Final = 500
MAX_EVIDENCE: Final = 1000


def _private(
    ctx: Context,
    text: str,
    *,
    choices: Sequence[Choice] = (),
    attachment: Attachment | None = None,
    notice: bool = True,
) -> None:
    """Answer by direct message; in a room, say there only that a direct message went
    (``notice``: once for several direct messages)."""
    if ctx.message.is_direct and attachment is None:
        ctx.reply(text, choices=choices)
        return
    ctx.dm(text, choices=choices, attachment=attachment)
    if notice and not ctx.message.is_direct:
        ctx.reply(ctx.t("cpd.sent_dm"), private=True)


class CpdChat:
    def __init__(self, service: CpdService) -> None:
        self.service = service

    async def _seen(self, ctx: Context, person_id: int | None) -> None:
        """A ``!cpd`` command in a room: the person counts in that room's network."""
        if person_id is not None and not ctx.message.is_direct:
            await self.service.place(person_id, ctx.network)

    # --- status -----------------------------------------------------------------------------

    async def status(self, ctx: Context) -> None:
        framework = await self.service.framework()
        person = await ctx.person(create=False)
        pid = person.id if person is not None else None
        await self._seen(ctx, pid)
        answers = await self.service.ratings(pid, framework.id)
        items = await self.service.log_of(pid)
        total = sum(1 for _ in framework.competences())
        rated = sum(1 for v in answers.values() if v is not None)
        skipped = len(answers) - rated
        lines = [
            ctx.t("cpd.status_head", framework=text_in(framework.name, ctx.lang)),
            ctx.t("cpd.status_counts", rated=rated, total=total, skipped=skipped),
            ctx.t("cpd.status_log", count=len(items)),
        ]
        if following(framework, answers) is not None:
            nxt = ctx.shown("cpd", "assess")
            key = "cpd.next_continue" if answers else "cpd.next_start"
            lines.append(ctx.t(key, command=nxt))
        else:
            lines.append(ctx.t("cpd.next_plan", command=ctx.shown("cpd", "plan")))
        lines.append(ctx.t("cpd.status_commands"))
        _private(ctx, "\n".join(lines))

    # --- self-assessment --------------------------------------------------------------------

    async def assess(self, ctx: Context) -> None:
        framework = await self.service.framework()
        person = await ctx.person(create=not ctx.message.is_direct)
        await self._seen(ctx, person.id if person else None)
        answers = await self.service.ratings(person.id if person else None, framework.id)
        wanted = ctx.text.strip().lower()
        if not wanted:
            self._ask(ctx, framework, answers, following(framework, answers), scope="")
            return
        area = framework.area(wanted)
        if area is not None:
            self._ask(ctx, framework, answers, area.competences[0], scope=area.id)
            return
        competence = framework.competence(wanted)
        if competence is None:
            raise ctx.usage_error(
                "cpd.assess_unknown", value=clip(wanted, 40), areas=_area_ids(framework)
            )
        self._ask(ctx, framework, answers, competence, scope=ONE)

    async def rate(self, ctx: Context) -> None:
        args = ctx.args
        if len(args) < 2:
            raise ctx.usage_error("cpd.rate_form")
        framework = await self.service.framework()
        competence = framework.competence(args[0])
        if competence is None:
            raise NotFound(
                ctx.t(
                    "cpd.competence_unknown",
                    id=clip(args[0], 40),
                    command=ctx.shown("cpd", "assess"),
                )
            )
        level = self._level(ctx, framework, args[1])
        scope = args[2].lower() if len(args) > 2 else ""
        if scope != ONE and framework.area(scope) is None:
            scope = ""  # an area no longer there: go on with the whole assessment
        person = await ctx.person(create=True)
        assert person is not None
        await self._seen(ctx, person.id)
        await self.service.rate(person.id, framework, competence.id, level)
        answers = await self.service.ratings(person.id, framework.id)
        if scope == ONE:
            nxt = None
        elif scope:
            nxt = following(framework, answers, area=scope, after=competence.id)
        else:
            nxt = following(framework, answers)
        saved = ctx.t(
            "cpd.saved",
            competence=text_in(competence.name, ctx.lang),
            answer=render.level_text(framework, level, ctx.lang),
        )
        self._ask(ctx, framework, answers, nxt, scope=scope, before=saved)

    def _level(self, ctx: Context, framework: Framework, word: str) -> int | None:
        folded = word.strip().lower()
        registry = ctx.runtime.registry
        if folded in (SKIP, "-") or registry.words.find("subcommands", folded) == SKIP:
            return None
        value = number(folded, max_digits=2)
        if value is None or framework.level(value) is None:
            raise ctx.usage_error("cpd.level_bad", value=clip(word, 20), top=len(framework.scale))
        return value

    def _ask(
        self,
        ctx: Context,
        framework: Framework,
        answers: dict[str, int | None],
        competence: Competence | None,
        *,
        scope: str,
        before: str = "",
    ) -> None:
        """The question about ``competence`` with a button per level and one to skip; or,
        with nothing left to ask, what to do next."""
        lang = ctx.lang
        lines = [before] if before else []
        if competence is None:
            if scope and scope != ONE:
                area = framework.area(scope)
                name = text_in(area.name, lang) if area is not None else scope
                lines.append(ctx.t("cpd.area_done", area=name))
            else:
                lines.append(
                    ctx.t(
                        "cpd.all_done",
                        count=sum(1 for v in answers.values() if v is not None),
                        again=ctx.shown("cpd", "assess") + " " + framework.areas[0].id,
                    )
                )
            lines.append(ctx.t("cpd.next_plan", command=ctx.shown("cpd", "plan")))
            _private(ctx, "\n".join(lines))
            return
        ids = [c.id for c in framework.competences()]
        area = next(a for a in framework.areas if a.id == competence.area)
        lines.append(
            ctx.t(
                "cpd.question",
                number=ids.index(competence.id) + 1,
                total=len(ids),
                area=text_in(area.name, lang),
                competence=text_in(competence.name, lang),
                description=text_in(competence.description, lang),
            )
        )
        for level in framework.scale:
            lines.append(
                f"{level.level} – {text_in(level.label, lang)}: {text_in(level.descriptor, lang)}"
            )
        if competence.id in answers:
            lines.append(
                ctx.t(
                    "cpd.current",
                    answer=render.level_text(framework, answers[competence.id], lang),
                )
            )
        tail = f" {scope}" if scope else ""
        base = f"{ctx.prefix}cpd rate {competence.id}"
        choices = [
            Choice(
                label=f"{lv.level} – {text_in(lv.label, lang)}", command=f"{base} {lv.level}{tail}"
            )
            for lv in framework.scale
        ]
        choices.append(Choice(label=ctx.t("cpd.skip_button"), command=f"{base} {SKIP}{tail}"))
        lines.append(
            ctx.t("cpd.answer_how", example=f"{ctx.shown('cpd', 'rate')} {competence.id} 2")
        )
        _private(ctx, "\n".join(lines), choices=choices)

    # --- development plan -------------------------------------------------------------------

    async def _plan_areas(
        self, ctx: Context
    ) -> tuple[Framework, list[Area], int | None, dict[str, int | None]]:
        framework = await self.service.framework()
        person = await ctx.person(create=False)
        pid = person.id if person is not None else None
        answers = await self.service.ratings(pid, framework.id)
        areas = weakest(framework, answers)
        if not areas:
            raise NotFound(ctx.t("cpd.plan_nothing", command=ctx.shown("cpd", "assess")))
        return framework, areas, pid, answers

    def _need(self, ctx: Context, area: Area, requester: int) -> MentorNeed:
        return MentorNeed(
            requester_id=requester,
            need=ctx.t(
                "cpd.match_need", area=text_in(area.name, ctx.lang), topics=", ".join(area.topics)
            ),
            languages=(ctx.lang,),
            network=ctx.network,
        )

    async def plan(self, ctx: Context) -> None:
        framework, areas, pid, answers = await self._plan_areas(ctx)
        person = await ctx.person(create=False)
        country = country_of_message(
            ctx.runtime.settings, ctx.message, person, ctx.runtime.networks
        )
        tools = ctx.runtime.find(ToolFinder)
        mentors = ctx.runtime.find(MentorFinder)
        scores = {s.area.id: s for s in area_scores(framework, answers)}
        lines = [ctx.t("cpd.plan_head", framework=text_in(framework.name, ctx.lang))]
        choices: list[Choice] = []
        for n, area in enumerate(areas, start=1):
            score = scores[area.id]
            lines.append("")
            lines.append(
                ctx.t(
                    "cpd.plan_area",
                    number=n,
                    area=text_in(area.name, ctx.lang),
                    average=format_number(score.average or 0, ctx.lang),
                    rated=score.rated,
                )
            )
            found = await _tools(tools, area, ctx, country) if tools is not None else []
            if found:
                lines.append(ctx.t("cpd.plan_tools"))
                for tool in found:
                    lines.append(f"  • {one_line(tool.title, 100)} [{tool.id}] {tool.url}".rstrip())
                lines.append(ctx.t("cpd.plan_tool_more", command=ctx.shown("tool", "show") + " ID"))
            else:
                lines.append(ctx.t("cpd.plan_no_tools"))
            if mentors is not None:
                need = self._need(ctx, area, pid if pid is not None else -1)
                fitting = await mentors.fitting(need, ctx.now)
                lines.append(ctx.t("cpd.plan_mentors", count=fitting))
                request = f"{ctx.shown('match')} {need.need}; {_lang_option(ctx)}: {ctx.lang}"
                lines.append(ctx.t("cpd.plan_match", request=request))
                accept = f"{ctx.prefix}cpd plan accept {n}"
                lines.append(ctx.t("cpd.plan_accept", command=accept))
                choices.append(
                    Choice(label=ctx.t("cpd.plan_accept_button", number=n), command=accept)
                )
        _private(ctx, "\n".join(lines), choices=choices)

    async def accept(self, ctx: Context) -> None:
        wanted = 1
        if ctx.args:
            value = number(ctx.args[0], max_digits=2)
            if value is None or value < 1:
                raise ctx.usage_error("cpd.accept_bad", value=clip(ctx.args[0], 20))
            wanted = value
        mentors = ctx.runtime.find(MentorFinder)
        if mentors is None:
            raise NotFound(ctx.t("cpd.no_mentoring"))
        _, areas, _, _ = await self._plan_areas(ctx)
        if wanted > len(areas):
            raise ctx.usage_error("cpd.accept_bad", value=str(wanted))
        person = await ctx.person(create=True)
        assert person is not None
        area = areas[wanted - 1]
        framework = await self.service.framework()
        strong = await self.service.strong_in(framework, area.id) - {person.id}
        need = replace(self._need(ctx, area, person.id), preferred=strong)
        asked = await mentors.ask(need, ctx.now)
        key = "cpd.asked_proposed" if asked.proposed else "cpd.asked_waiting"
        _private(
            ctx,
            ctx.t(
                key,
                id=asked.request_id,
                area=text_in(area.name, ctx.lang),
                status=ctx.shown("match", "status"),
            ),
        )

    # --- the networks' overview -------------------------------------------------------------

    async def overview(self, ctx: Context) -> None:
        """How the people of the coordinator's networks rate themselves, per area, small
        groups hidden; the levels and countries are in ``vetbot cpd aggregates``."""
        framework, found = await self.service.aggregates(ctx.scope.only)
        lang = ctx.lang
        m = found.min_group
        lines = [ctx.t("cpd.overview_head", framework=text_in(framework.name, lang), min=m)]
        if not found.groups:
            lines.append(ctx.t("cpd.agg_none"))
        names = {a.id: text_in(a.name, lang) for a in framework.areas}

        def shown(count: int | None, withheld: bool = False) -> str:
            if withheld or count == WITHHELD:
                return ctx.t("cpd.agg_withheld")
            return ctx.t("cpd.fewer_than", min=m) if count is None else str(count)

        for network in sorted({g.network for g in found.groups}):
            groups = [g for g in found.groups if g.network == network]
            whole = groups[0]
            lines.append("")
            lines.append(ctx.t("cpd.overview_network", network=network, people=shown(whole.people)))
            for area in whole.areas:
                name = names.get(area.area_id, area.area_id)
                if area.rated is None:
                    lines.append(ctx.t("cpd.overview_area_hidden", area=name, min=m))
                    continue
                average = "–" if area.average is None else format_number(area.average, lang)
                lines.append(
                    ctx.t("cpd.overview_area", area=name, rated=shown(area.rated), average=average)
                )
            countries = [f"{g.country} {shown(g.people, g.withheld)}" for g in groups[1:]]
            if countries:
                lines.append(ctx.t("cpd.overview_countries", countries=", ".join(countries)))
        lines.append("")
        lines.append(ctx.t("cpd.overview_more", command="vetbot cpd aggregates"))
        ctx.reply("\n".join(lines))

    # --- learning log -----------------------------------------------------------------------

    async def log_add(self, ctx: Context) -> None:
        what = " ".join(ctx.text.split())
        if not what:
            raise ctx.usage_error("cpd.log_what_missing")
        if len(what) > MAX_WHAT:
            raise ctx.usage_error("cpd.log_what_long", limit=MAX_WHAT)
        framework = await self.service.framework()
        competence_id = None
        if "competence" in ctx.options:
            found = framework.competence(ctx.options["competence"])
            if found is None:
                raise ctx.usage_error(
                    "cpd.log_competence_unknown",
                    value=clip(ctx.options["competence"], 40),
                    command=ctx.shown("cpd", "assess"),
                )
            competence_id = found.id
        done_on = _date(ctx, ctx.options.get("at"))
        evidence = ctx.options.get("evidence", "").strip()
        if evidence and (
            not re.match(r"^https?://\S+$", evidence, re.IGNORECASE) or len(evidence) > MAX_EVIDENCE
        ):
            raise ctx.usage_error("cpd.log_evidence_bad", value=clip(evidence, 40))
        person = await ctx.person(create=True)
        assert person is not None
        number_ = await self.service.add_log(
            person.id,
            what=what,
            framework_id=framework.id if competence_id else None,
            competence_id=competence_id,
            done_on=done_on,
            evidence=evidence,
        )
        _private(ctx, ctx.t("cpd.log_saved", number=number_, list=ctx.shown("cpd", "log", "list")))

    async def log_list(self, ctx: Context) -> None:
        person = await ctx.person(create=False)
        items = await self.service.log_of(person.id if person else None)
        if not items:
            _private(ctx, ctx.t("cpd.log_empty", command=ctx.shown("cpd", "log")))
            return
        framework = await self._framework_or_none()
        lines = [ctx.t("cpd.log_head", count=len(items))]
        lines += [render.log_line(i, framework, ctx.lang) for i in items]
        _private(ctx, "\n".join(lines))

    async def log_delete(self, ctx: Context) -> None:
        value = number(ctx.args[0], max_digits=6) if ctx.args else None
        if value is None:
            raise ctx.usage_error("cpd.log_number_missing")
        person = await ctx.person(create=False)
        item = await self.service.log_entry(person.id if person else None, value)
        if not ctx.confirmed_or_ask():
            return
        assert person is not None
        await self.service.delete_log(person.id, item.number)
        _private(ctx, ctx.t("cpd.log_deleted", number=item.number))

    async def _framework_or_none(self) -> Framework | None:
        try:
            return await self.service.framework()
        except NotFound:
            return None

    # --- export -----------------------------------------------------------------------------

    async def export(self, ctx: Context) -> None:
        framework = await self.service.framework()
        person = await ctx.person(create=False)
        pid = person.id if person is not None else None
        answers = await self.service.ratings(pid, framework.id)
        items = await self.service.log_of(pid)
        name = (person.display_name if person is not None else "") or ctx.message.sender_name
        day = f"{ctx.now:%Y-%m-%d}"
        markdown = render.portfolio_markdown(
            framework, answers, items, name=name, made=ctx.now, lang=ctx.lang
        )
        html = render.portfolio_html(
            framework, answers, items, name=name, made=ctx.now, lang=ctx.lang
        )
        _private(
            ctx,
            ctx.t("cpd.export_sent_md"),
            attachment=Attachment(
                filename=f"cpd-portfolio-{day}.md",
                content=markdown.encode(),
                mime="text/markdown",
            ),
            notice=False,
        )
        _private(
            ctx,
            ctx.t("cpd.export_sent_html"),
            attachment=Attachment(
                filename=f"cpd-portfolio-{day}.html", content=html.encode(), mime="text/html"
            ),
        )


async def _tools(
    tools: ToolFinder, area: Area, ctx: Context, country: str | None
) -> list[FoundTool]:
    """The best tools for an area: each of its topics looked up as ``!tool`` would (in the
    reader's language and country first), taken in turn, best first, each tool once."""
    ranked: list[Sequence[FoundTool]] = []
    for topic in area.topics:
        query = ToolQuery(
            text=topic, lang=ctx.lang, country=country, network=ctx.network, limit=TOOLS_PER_AREA
        )
        ranked.append(await tools.find(query))
    chosen: dict[str, FoundTool] = {}
    for place in range(TOOLS_PER_AREA):
        for found in ranked:
            if place < len(found) and len(chosen) < TOOLS_PER_AREA:
                chosen.setdefault(found[place].id, found[place])
    return list(chosen.values())


def _area_ids(framework: Framework) -> str:
    return ", ".join(a.id for a in framework.areas)


def _lang_option(ctx: Context) -> str:
    return ctx.runtime.registry.option_shown("lang", ctx.lang)


def _date(ctx: Context, raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        day = date.fromisoformat(iso_dates(raw.strip()))
    except ValueError as err:
        raise ctx.usage_error("cpd.log_date_bad", value=clip(raw, 20)) from err
    if day > ctx.now.date():
        raise ctx.usage_error("cpd.log_date_future", value=clip(raw, 20))
    return day

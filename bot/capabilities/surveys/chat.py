"""``!survey …``: coordinators create, steer and read surveys; everyone answers them.

Each handler reads and checks what was typed (questions, days, the room) before anything is
stored, asks the :class:`~.service.SurveyService`, and writes its outcome in the reader's
language. Questions are asked one at a time by direct message, with a button per answer
(their commands are shown as text where a platform has no buttons); a free-text answer is
the person's next direct message (:meth:`SurveyChat.reply_route`) or ``!survey answer ID N
TEXT``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from bot.actions import Choice
from bot.capabilities.surveys.model import (
    MAX_TITLE,
    Question,
    QuestionResult,
    Results,
    parse_questions,
)
from bot.capabilities.surveys.service import Step, SurveyService, SurveyView
from bot.commands import Command, Option
from bot.context import Context, usage_hinted
from bot.errors import PermissionDenied, UsageError
from bot.events import Message
from bot.formats import format_number
from bot.messages import When, Word
from bot.numbers import iso_dates, number
from bot.permissions import Role
from bot.safety import clip, one_line
from bot.targets import NotARoom, RoomRef, declared, read_room, refused, shown, unreachable
from bot.words import words as command_words

Handler = Callable[[Context], Awaitable[None]]

#: The options of ``!survey create`` other than ``questions:``, which may also be written
#: inside it (``questions: …; from: …``): ``questions:`` takes the rest of the line.
PLACED = ("title", "from", "until", "in")

CREATE_OPTIONS = (
    Option(name="title", help=f"the survey's title (at most {MAX_TITLE} characters)"),
    Option(name="from", help="the first day it is open, YYYY-MM-DD (default: today)"),
    Option(name="until", help="the last day it is open, YYYY-MM-DD (also written to:)"),
    Option(name="in", help="the room it is announced in: #room or platform:room"),
    Option(
        name="questions",
        help="Q? | a / b / c (one choice), Q? | 1-5 (scale), Q? | text (free text); "
        "separate with ;",
        greedy=True,
    ),
)


def split_create(options: Mapping[str, str]) -> tuple[dict[str, str], str]:
    """The options of ``!survey create`` and the questions' text: options written after
    ``questions:`` (which takes the rest of the line) are taken out of it."""
    found = dict(options)
    written = found.pop("questions", "")
    keys = command_words().option_keys(PLACED)
    head = re.compile(rf"\s*({keys.pattern})\s*:(?!//)\s*(.*)", re.IGNORECASE | re.DOTALL)
    questions: list[str] = []
    for part in re.split(r"([;\n])", written):
        match = head.fullmatch(part) if part not in (";", "\n") else None
        if match is None:
            questions.append(part)
            continue
        name = keys.name_of(match[1])
        if name in found:
            raise UsageError(key="surveys.error.option_twice", params={"option": match[1]})
        found[name] = match[2].strip()
    return found, "".join(questions)


def parse_day(ctx: Context, option: str, written: str) -> date:
    """A day as people write it (ISO or day first)."""
    try:
        return date.fromisoformat(iso_dates(written.strip()))
    except ValueError:
        raise ctx.usage_error(
            "surveys.error.bad_date", option=Word("options", option), value=written[:20]
        ) from None


def room_of(ctx: Context, written: str | None) -> RoomRef:
    """The room ``in:`` names (``#room``, ``platform:room``), else the room of the command;
    refused where the sender's role does not count (the prompts' rule)."""
    msg = ctx.message
    if written is None:
        if msg.is_direct:
            raise ctx.usage_error("surveys.error.room_needed")
        return RoomRef(platform=msg.platform, room_id=msg.room_id, room_name=msg.room_name)
    try:
        room = read_room(written.strip(), msg.platform, declared())
    except NotARoom:
        raise ctx.usage_error("surveys.error.bad_room", room=shown(written)) from None
    runtime = ctx.runtime
    if refused(
        [room],
        message=msg,
        settings=runtime.settings,
        rooms=runtime.rooms,
        networks=runtime.networks,
    ):
        raise PermissionDenied(ctx.t("surveys.error.not_your_room", room=room.room_id[:40]))
    return room


def parse_id(ctx: Context, word: str | None) -> int:
    if not word:
        raise ctx.usage_error(
            "surveys.error.id_missing", example=f"{ctx.shown(*ctx.invocation.path)} 3"
        )
    found = number(word.lstrip("#"), max_digits=12)
    if found is None:
        raise ctx.usage_error("surveys.error.bad_id", id=word[:20])
    return found


def _at_midnight(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), ZoneInfo(zone))


class SurveyChat:
    """The ``!survey`` subcommands over a :class:`SurveyService`."""

    def __init__(self, service: SurveyService) -> None:
        self.service = service

    # --- coordinators ------------------------------------------------------------------------
    async def create(self, ctx: Context) -> None:
        if ctx.text.strip():
            raise ctx.usage_error("surveys.error.stray_text", text=ctx.text.strip()[:40])
        options, written = split_create(ctx.options)
        title = one_line(options.get("title", ""), MAX_TITLE + 1)
        if not title:
            raise ctx.usage_error("surveys.error.title_missing")
        if len(title) > MAX_TITLE:
            raise ctx.usage_error("surveys.error.title_too_long", limit=MAX_TITLE)
        questions = parse_questions(written)
        zone = ctx.reader_zone
        today = ctx.now.astimezone(ZoneInfo(zone)).date()
        first = parse_day(ctx, "from", options["from"]) if "from" in options else today
        if "until" not in options:
            raise ctx.usage_error("surveys.error.end_missing")
        last = parse_day(ctx, "until", options["until"])
        if last < first:
            raise ctx.usage_error("surveys.error.ends_before_start")
        room = room_of(ctx, options.get("in"))
        view = await self.service.create(
            ctx.actor(),
            title=title,
            questions=questions,
            room=room,
            opens_at=_at_midnight(first, zone),
            closes_at=_at_midnight(last + timedelta(days=1), zone),
            timezone=zone,
        )
        lines = [
            ctx.t(
                "surveys.created",
                id=view.survey_id,
                title=view.title,
                count=len(view.questions),
                **self._days(ctx, view),
                room=view.room.label(),
            ),
            ctx.t("surveys.created_open" if view.status == "open" else "surveys.created_planned"),
        ]
        connected = ctx.runtime.settings.enabled_adapters
        if unreachable([view.room], connected):
            lines.append(
                ctx.t(
                    "surveys.not_connected",
                    platform=view.room.platform,
                    connected=", ".join(connected),
                    room=view.room.label(),
                )
            )
        ctx.reply("\n".join(lines))

    @staticmethod
    def _days(ctx: Context, view: SurveyView) -> dict[str, str]:
        def day(at: datetime) -> str:
            from bot.formats import format_day

            return format_day(at, ctx.lang, view.timezone)

        return {"opens": day(view.opens_at), "closes": day(view.closes_at - timedelta(seconds=1))}

    def _count(self, ctx: Context, count: int | None) -> str:
        if count is None:
            return ctx.t("surveys.fewer_than", min=self.service.min_group)
        return str(count)

    async def listing(self, ctx: Context) -> None:
        surveys = await self.service.listing(ctx.actor())
        if not surveys:
            ctx.reply(ctx.t("surveys.list.empty"))
            return
        lines = [ctx.t("surveys.list.header")]
        for view in surveys:
            lines.append(
                ctx.t(
                    "surveys.list.line",
                    id=view.survey_id,
                    title=clip(view.title, 60),
                    status=ctx.t(f"surveys.status.{view.status}"),
                    **self._days(ctx, view),
                    people=self._count(ctx, view.respondents),
                )
            )
        ctx.reply("\n".join(lines))

    async def show(self, ctx: Context) -> None:
        view = await self.service.show(
            parse_id(ctx, _word(ctx, 0)), ctx.actor(), action="survey.show"
        )
        lines = [
            ctx.t(
                "surveys.show",
                id=view.survey_id,
                title=view.title,
                status=ctx.t(f"surveys.status.{view.status}"),
                **self._days(ctx, view),
                room=view.room.label(),
                network=view.network,
                people=self._count(ctx, view.respondents),
            )
        ]
        for n, question in enumerate(view.questions, start=1):
            lines.append(f"{n}. {question.text} | {_spec(ctx, question)}")
        ctx.reply("\n".join(lines))

    async def close(self, ctx: Context) -> None:
        survey_id = await self._confirmed(ctx, "survey.close")
        if survey_id is not None:
            view = await self.service.close(ctx.actor(), survey_id)
            ctx.reply(ctx.t("surveys.done_close", id=view.survey_id, title=view.title))

    async def cancel(self, ctx: Context) -> None:
        survey_id = await self._confirmed(ctx, "survey.cancel")
        if survey_id is not None:
            view = await self.service.cancel(ctx.actor(), survey_id)
            ctx.reply(ctx.t("surveys.done_cancel", id=view.survey_id, title=view.title))

    async def _confirmed(self, ctx: Context, action: str) -> int | None:
        """The survey of a confirmed line; else ``None``, the question asked. An unknown
        survey, or one of another network, is said so rather than asked about; a confirmed
        line leaves those checks to the change, which reads the survey once."""
        survey_id = parse_id(ctx, _word(ctx, 0))
        if not ctx.confirmed:
            await self.service.show(survey_id, ctx.actor(), action=action)
        return survey_id if ctx.confirmed_or_ask() else None

    async def results(self, ctx: Context) -> None:
        results = await self.service.results(parse_id(ctx, _word(ctx, 0)), ctx.actor())
        ctx.reply(results_text(ctx, results))

    # --- respondents -------------------------------------------------------------------------
    async def answer(self, ctx: Context) -> None:
        survey_id = parse_id(ctx, _word(ctx, 0))
        second = _word(ctx, 1)
        which = None
        if second is not None:
            which = number(second, max_digits=3)
            if which is None:
                raise ctx.usage_error("surveys.error.bad_number", value=second[:20])
        parts = ctx.text.strip().split(maxsplit=2)
        typed = parts[2] if len(parts) > 2 else None
        step = await self.service.answer(ctx.actor(), survey_id, which, typed)
        self._step(ctx, step)

    async def share(self, ctx: Context) -> None:
        survey_id = parse_id(ctx, _word(ctx, 0))
        which = number(_word(ctx, 1) or "", max_digits=3)
        choice = command_words().find("values", _word(ctx, 2) or "")
        if which is None or choice not in ("yes", "no"):
            raise ctx.usage_error(
                "surveys.error.share_usage",
                example=f"{ctx.shown('survey', 'share')} {survey_id} 2 yes",
            )
        step = await self.service.share(ctx.actor(), survey_id, which, choice == "yes")
        ctx.dm(ctx.t("surveys.shared_yes" if choice == "yes" else "surveys.shared_no"))
        self._step(ctx, step, note=False)

    def _step(self, ctx: Context, step: Step, *, note: bool = True) -> None:
        """Say what was saved and ask what comes next, by direct message."""
        head = f"survey answer {step.survey_id}"
        if step.saved is not None and step.ask_share:
            share = f"{ctx.prefix}survey share {step.survey_id} {step.saved}"
            ctx.dm(
                ctx.t("surveys.share_ask", command=f"{share} yes"),
                choices=[
                    Choice(label=ctx.t("surveys.share_yes"), command=f"{share} yes"),
                    Choice(label=ctx.t("surveys.share_no"), command=f"{share} no"),
                ],
            )
        elif step.question is None:
            last = step.closes_at - timedelta(seconds=1) if step.closes_at else None
            closes = When(last, "day", zone=step.timezone) if last else "-"
            ctx.dm(
                ctx.t(
                    "surveys.all_answered",
                    id=step.survey_id,
                    title=step.title,
                    total=step.total,
                    closes=closes,
                    command=f"{ctx.prefix}{head} {step.total}",
                )
            )
        else:
            self._ask(ctx, step)
        if note and not ctx.message.is_direct:
            ctx.reply(ctx.t("surveys.sent_by_dm"))

    def _ask(self, ctx: Context, step: Step) -> None:
        question = step.question
        assert question is not None and step.number is not None
        base = f"{ctx.prefix}survey answer {step.survey_id} {step.number}"
        lines = [
            ctx.t(
                "surveys.question",
                id=step.survey_id,
                title=step.title,
                number=step.number,
                total=step.total,
                question=question.text,
            )
        ]
        choices: list[Choice] = []
        if question.kind == "choice":
            lines.append(ctx.t("surveys.ask_choice"))
            choices = [
                Choice(label=clip(option, 70), command=f"{base} {n}")
                for n, option in enumerate(question.options, start=1)
            ]
        elif question.kind == "scale":
            lines.append(ctx.t("surveys.ask_scale", low=question.low, high=question.high))
            choices = [
                Choice(label=label, command=f"{base} {label}") for label in question.labels()
            ]
        else:
            lines.append(ctx.t("surveys.ask_text", command=f"{base} …"))
        if step.current:
            lines.append(ctx.t("surveys.current", answer=clip(step.current, 200)))
        ctx.dm("\n".join(lines), choices=choices)

    async def reply_route(self, message: Message, line: str) -> str | None:
        """A plain direct message from someone just asked a free-text question: the command
        line that stores it as their answer."""
        if not message.is_direct or not line.strip():
            return None
        waiting = await self.service.awaiting(message.platform, message.sender_id)
        if waiting is None:
            return None
        survey_id, which = waiting
        return f"survey answer {survey_id} {which} {line.strip()}"

    # --- the command -------------------------------------------------------------------------
    def command(self) -> Command:
        """``!survey`` and its subcommands."""

        def by_id(name: str, summary: str, handler: Handler, confirm: str | None = None) -> Command:
            return Command(
                name=name,
                summary=summary,
                usage="ID [confirm]" if confirm else "ID",
                handler=usage_hinted(handler),
                role=Role.COORDINATOR,
                argument="id",
                confirm=confirm,
                personal=name == "results",
            )

        subs = {
            "create": Command(
                name="create",
                summary="Create an anonymous survey, open from one day to another.",
                usage="title: …; from: YYYY-MM-DD; until: YYYY-MM-DD; in: #ROOM; "
                "questions: QUESTION? | a / b / c; QUESTION? | 1-5; QUESTION? | text",
                handler=usage_hinted(self.create),
                role=Role.COORDINATOR,
                options=CREATE_OPTIONS,
            ),
            "list": Command(
                name="list",
                summary="The surveys of your networks.",
                handler=usage_hinted(self.listing),
                role=Role.COORDINATOR,
            ),
            "show": by_id("show", "Show one survey and its questions.", self.show),
            "results": by_id("results", "A survey's results (small groups hidden).", self.results),
            "close": by_id("close", "Close a survey now.", self.close, "surveys.close_ask"),
            "cancel": by_id(
                "cancel",
                "Cancel a survey and delete its answers.",
                self.cancel,
                "surveys.cancel_ask",
            ),
            "answer": Command(
                name="answer",
                summary="Answer a survey (by direct message, one question at a time).",
                usage="ID [QUESTION [ANSWER]]",
                handler=usage_hinted(self.answer),
                argument="id",
                personal=True,
            ),
            "share": Command(
                name="share",
                summary="Whether your free-text answer may be shown, without your name.",
                usage="ID QUESTION yes|no",
                handler=usage_hinted(self.share),
                argument="id",
                personal=True,
            ),
        }
        return Command(
            name="survey",
            summary="Anonymous surveys in your network.",
            details="Questions: `Question? | a / b / c` (one choice), `Question? | 1-5` (a "
            "scale), `Question? | text` (free text), separated by `;` or new lines. Results "
            "never show a group of fewer than 5 people.",
            subcommands=MappingProxyType(subs),
        )


def _word(ctx: Context, index: int) -> str | None:
    parts = ctx.text.split()
    return parts[index] if len(parts) > index else None


def _spec(ctx: Context, question: Question) -> str:
    if question.kind == "choice":
        return " / ".join(question.options)
    if question.kind == "scale":
        return f"{question.low}-{question.high}"
    return ctx.runtime.registry.option_shown("text", ctx.lang)


def results_text(ctx: Context, results: Results) -> str:
    """A survey's results in the reader's language (small groups already hidden)."""
    status = ctx.t(f"surveys.status.{results.status}")
    if results.respondents is None:
        return ctx.t(
            "surveys.results.too_few",
            id=results.survey_id,
            title=results.title,
            status=status,
            min=results.min_group,
        )
    lines = [
        ctx.t(
            "surveys.results.header",
            id=results.survey_id,
            title=results.title,
            status=status,
            count=results.respondents,
        )
    ]
    for q in results.questions:
        lines.extend(_question_lines(ctx, q, results.min_group))
    return "\n".join(lines)


def _question_lines(ctx: Context, q: QuestionResult, min_group: int) -> list[str]:
    head = f"{q.number}. {q.question.text}"
    if q.answers is None:
        return [ctx.t("surveys.results.question_few", question=head, min=min_group)]
    lines = [ctx.t("surveys.results.question", question=head, count=q.answers)]
    if q.counts:
        fewer = ctx.t("surveys.fewer_than", min=min_group)
        withheld = ctx.t("surveys.withheld")
        cells = [
            f"{c.label}: {withheld if c.withheld else fewer if c.count is None else c.count}"
            for c in q.counts
        ]
        lines.append("   " + " · ".join(cells))
        if any(c.withheld for c in q.counts):
            lines.append("   " + ctx.t("surveys.results.withheld_note", min=min_group))
    if q.average is not None:
        lines.append(
            "   " + ctx.t("surveys.results.average", value=format_number(q.average, ctx.lang))
        )
    if q.question.kind == "text":
        if q.shared:
            lines.append("   " + ctx.t("surveys.results.shared", count=len(q.shared)))
            lines.extend(f"   – {clip(one_line(text, 300), 300)}" for text in q.shared)
        else:
            lines.append("   " + ctx.t("surveys.results.shared_none"))
    return lines

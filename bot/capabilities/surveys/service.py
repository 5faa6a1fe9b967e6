"""The survey service: what coordinators and respondents do, one transaction per operation.

Operations take values already read and checked (:mod:`.model`), return frozen outcomes and
refuse by catalog key; no text, no prefix, no language here. A survey belongs to the network
of its room: coordinators create, steer and read only their networks' surveys, and every
refusal is audit-logged (:func:`bot.networks.check_scope`). :meth:`SurveyService.run_due`
opens and closes surveys by the runtime clock (the running bot calls it every
:data:`SWEEP_SECONDS`; tests move the clock and call it) and deletes answers kept past
``[surveys] keep_answers_days``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.actors import Actor
from bot.capabilities.surveys.model import (
    MAX_TEXT,
    Given,
    Question,
    Results,
    tally,
)
from bot.capabilities.surveys.tables import (
    CANCELLED,
    CLOSED,
    OPEN,
    PLANNED,
    Answer,
    Respondent,
    Survey,
)
from bot.errors import Conflict, NotFound, UsageError
from bot.messages import Cmd, Msg, When
from bot.networks import Networks, check_scope, refuse
from bot.outbox import owe_post
from bot.ports import Clock, Outbox
from bot.small_groups import suppressed
from bot.store import Store
from bot.store.people import audit_by, ensure_person
from bot.targets import RoomRef

log = logging.getLogger(__name__)

#: How often the running bot opens and closes surveys that fell due.
SWEEP_SECONDS = 60
#: How long after a free-text question was asked a plain direct message is taken as its answer.
REPLY_WINDOW = timedelta(hours=2)


@dataclass(frozen=True, slots=True, kw_only=True)
class SurveyView:
    """A survey as coordinators see it; ``respondents`` ``None``: fewer than the threshold."""

    survey_id: int
    title: str
    status: str
    network: str
    room: RoomRef
    timezone: str
    opens_at: datetime
    closes_at: datetime
    questions: tuple[Question, ...]
    respondents: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """Where a respondent is: the question to ask (``number``, with their current answer)
    or ``done``; ``saved`` the question just answered, ``ask_share`` when it was free text."""

    survey_id: int
    title: str
    total: int
    number: int | None = None
    question: Question | None = None
    current: str = ""
    saved: int | None = None
    ask_share: bool = False
    closes_at: datetime | None = None
    timezone: str = "UTC"


@dataclass(frozen=True, slots=True, kw_only=True)
class Swept:
    """What :meth:`SurveyService.run_due` did."""

    opened: tuple[int, ...] = ()
    closed: tuple[int, ...] = ()
    emptied: tuple[int, ...] = ()


def _view(survey: Survey, respondents: int, min_group: int) -> SurveyView:
    return SurveyView(
        survey_id=survey.id,
        title=survey.title,
        status=survey.status,
        network=survey.network,
        room=RoomRef(platform=survey.platform, room_id=survey.room_id, room_name=survey.room_name),
        timezone=survey.timezone,
        opens_at=survey.opens_at,
        closes_at=survey.closes_at,
        questions=questions_of(survey),
        respondents=suppressed(respondents, min_group),
    )


def questions_of(survey: Survey) -> tuple[Question, ...]:
    return tuple(Question.from_dict(q) for q in survey.questions)


async def _respondent_counts(session: AsyncSession, survey_ids: list[int]) -> dict[int, int]:
    """People who answered at least one question, per survey, in one query."""
    if not survey_ids:
        return {}
    stmt = (
        select(Answer.survey_id, func.count(func.distinct(Answer.respondent_id)))
        .where(Answer.survey_id.in_(survey_ids))
        .group_by(Answer.survey_id)
    )
    return {int(survey): int(count) for survey, count in (await session.execute(stmt)).all()}


async def _respondent_count(session: AsyncSession, survey_id: int) -> int:
    """People who answered at least one question."""
    stmt = select(func.count(func.distinct(Answer.respondent_id))).where(
        Answer.survey_id == survey_id
    )
    return int(await session.scalar(stmt) or 0)


class SurveyService:
    """Create, steer, answer and read surveys."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        outbox: Outbox,
        networks: Networks,
        *,
        min_group: int,
        keep_answers_days: int,
    ) -> None:
        self.store = store
        self.clock = clock
        self.outbox = outbox
        self.networks = networks
        self.min_group = min_group
        self.keep_answers = timedelta(days=keep_answers_days)

    # --- coordinators ------------------------------------------------------------------------
    async def create(
        self,
        actor: Actor,
        *,
        title: str,
        questions: Sequence[Question],
        room: RoomRef,
        opens_at: datetime,
        closes_at: datetime,
        timezone: str,
    ) -> SurveyView:
        """Store a new survey (opened at once when ``opens_at`` has come); a room outside the
        actor's networks is refused and audit-logged, and nothing is stored."""
        network = self.networks.of_room(room.platform, room.room_id)
        now = self.clock.now()
        await check_scope(
            self.store, actor, now, (network,), action="survey.create", target="survey:new"
        )
        if closes_at <= now:
            raise UsageError.keyed("surveys.error.ends_in_past")
        async with self.store.session() as session:
            person = await ensure_person(session, actor.platform, actor.user_id, actor.name, now)
            survey = Survey(
                title=title,
                questions=[q.to_dict() for q in questions],
                network=network,
                platform=room.platform,
                room_id=room.room_id,
                room_name=room.room_name[:200],
                timezone=timezone,
                opens_at=opens_at,
                closes_at=closes_at,
                status=PLANNED,
                created_by=person.id,
                created_at=now,
            )
            session.add(survey)
            await session.flush()
            await self._audit(session, actor, now, "survey.create", survey.id, network=network)
            if opens_at <= now:
                await self._open(session, survey, now)
            view = _view(survey, 0, self.min_group)
        self.outbox.kick()
        return view

    async def listing(self, actor: Actor | None) -> list[SurveyView]:
        """The surveys of the actor's networks, newest first (cancelled ones left out)."""
        only = None if actor is None else actor.scope.only
        async with self.store.session() as session:
            stmt = select(Survey).where(Survey.status != CANCELLED).order_by(Survey.id.desc())
            if only is not None:
                stmt = stmt.where(Survey.network.in_(sorted(only)))
            surveys = list((await session.execute(stmt.limit(50))).scalars())
            counts = await _respondent_counts(session, [s.id for s in surveys])
            return [_view(s, counts.get(s.id, 0), self.min_group) for s in surveys]

    async def show(self, survey_id: int, actor: Actor | None, *, action: str) -> SurveyView:
        """One survey, for a coordinator of its network; refused (and audit-logged) for
        anyone else once the read is over, so the refusal's entry has a transaction of its
        own."""
        async with self.store.session() as session:
            survey = await self._load(session, survey_id)
            view = _view(survey, await _respondent_count(session, survey_id), self.min_group)
        await self._check(actor, view.network, action=action, survey_id=survey_id)
        return view

    async def close(self, actor: Actor, survey_id: int) -> SurveyView:
        """Close an open (or planned) survey now."""
        return await self._end(actor, survey_id, CLOSED)

    async def cancel(self, actor: Actor, survey_id: int) -> SurveyView:
        """Cancel a survey for good: its answers are deleted."""
        return await self._end(actor, survey_id, CANCELLED)

    async def _end(self, actor: Actor, survey_id: int, to: str) -> SurveyView:
        """Close or cancel the survey in one transaction on its locked row, read once; a
        survey outside the actor's networks is left as it was, and the refusal audit-logged
        after that transaction."""
        action = f"survey.{'close' if to == CLOSED else 'cancel'}"
        now = self.clock.now()
        async with self.store.session() as session:
            survey = await self._load(session, survey_id, lock=True)
            network = survey.network
            inside = actor.scope.covers(network)
            if inside:
                await self._change_status(session, survey, to, now)
                await self._audit(session, actor, now, action, survey_id)
                view = _view(survey, await _respondent_count(session, survey_id), self.min_group)
        if not inside:
            await refuse(
                self.store, actor, now, action=action, target=f"survey:{survey_id}", network=network
            )
        self.outbox.kick()
        return view

    async def _change_status(
        self, session: AsyncSession, survey: Survey, to: str, now: datetime
    ) -> None:
        allowed = (PLANNED, OPEN) if to == CLOSED else (PLANNED, OPEN, CLOSED)
        if survey.status not in allowed:
            raise Conflict.keyed(
                "surveys.error.already", id=survey.id, status=Msg(f"surveys.status.{survey.status}")
            )
        if to == CLOSED:
            await self._close(session, survey, now)
        else:
            survey.status, survey.closed_at = CANCELLED, survey.closed_at or now
            await _delete_answers(session, [survey.id])
            survey.answers_deleted_at = now

    async def results(self, survey_id: int, actor: Actor | None) -> Results:
        """The results of a survey, every group under the threshold hidden; for the
        coordinators of its network (``actor`` ``None``: the command line)."""
        async with self.store.session() as session:
            survey = await self._load(session, survey_id)
            network = survey.network
        await self._check(actor, network, action="survey.results", survey_id=survey_id)
        async with self.store.session() as session:
            survey = await self._load(session, survey_id)
            rows = await session.execute(
                select(Answer.question, Answer.value, Answer.text, Answer.share).where(
                    Answer.survey_id == survey_id
                )
            )
            given = [Given(question=q, value=v, text=t, share=s) for q, v, t, s in rows]
            count = await _respondent_count(session, survey_id)
            respondents, questions = tally(questions_of(survey), given, count, self.min_group)
            return Results(
                survey_id=survey.id,
                title=survey.title,
                status=survey.status,
                respondents=respondents,
                min_group=self.min_group,
                questions=questions,
            )

    # --- respondents -------------------------------------------------------------------------
    async def answer(
        self, who: Actor, survey_id: int, number: int | None = None, typed: str | None = None
    ) -> Step:
        """Ask the next (or the ``number``-th) question, or store ``typed`` as the answer to
        question ``number`` and move on. Only while the survey is open; one answer per person
        and question, changed by answering again."""
        now = self.clock.now()
        async with self.store.session() as session:
            survey = await self._load_open(session, survey_id)
            questions = questions_of(survey)
            if number is not None and not 1 <= number <= len(questions):
                raise UsageError.keyed(
                    "surveys.error.no_question", id=survey_id, number=number, total=len(questions)
                )
            person = await ensure_person(session, who.platform, who.user_id, who.name, now)
            respondent = await _respondent(session, survey_id, person.id, now)
            answers = await _answers(session, respondent.id)
            base = Step(
                survey_id=survey_id,
                title=survey.title,
                total=len(questions),
                closes_at=survey.closes_at,
                timezone=survey.timezone,
            )
            saved = None
            ask_share = False
            if number is not None and typed is not None:
                question = questions[number - 1]
                answer = answers.get(number)
                if answer is None:
                    answer = Answer(
                        survey_id=survey_id, respondent_id=respondent.id, question=number
                    )
                    session.add(answer)
                    answers[number] = answer
                answer.answered_at = now
                if question.kind == "text":
                    text = typed.strip()
                    if not text:
                        raise UsageError.keyed("surveys.error.empty_text")
                    if len(text) > MAX_TEXT:
                        raise UsageError.keyed("surveys.error.text_too_long", limit=MAX_TEXT)
                    answer.text, answer.value, answer.share = text, None, False
                    ask_share = True
                else:
                    value = question.value_of(typed)
                    if value is None:
                        raise UsageError.keyed(
                            "surveys.error.bad_answer",
                            number=number,
                            choices=", ".join(
                                f"{n}" if question.kind == "scale" else f"{n} ({label})"
                                for n, label in _numbered(question)
                            ),
                        )
                    answer.value, answer.text, answer.share = value, "", False
                respondent.awaiting, respondent.awaiting_since = None, None
                saved, number = number, None
            if number is None:
                number = next((n for n in range(1, len(questions) + 1) if n not in answers), None)
            if number is None:
                return replace(base, saved=saved, ask_share=ask_share)
            question = questions[number - 1]
            if question.kind == "text" and not ask_share:
                respondent.awaiting, respondent.awaiting_since = number, now
            current = answers.get(number)
            return replace(
                base,
                number=number,
                question=question,
                current=(question.shown(current.value) or current.text) if current else "",
                saved=saved,
                ask_share=ask_share,
            )

    async def share(self, who: Actor, survey_id: int, number: int, yes: bool) -> Step:
        """Whether the free-text answer to question ``number`` may be shown (without a name)
        in the results; then the next question."""
        now = self.clock.now()
        async with self.store.session() as session:
            await self._load_open(session, survey_id)
            person = await ensure_person(session, who.platform, who.user_id, who.name, now)
            respondent = await _respondent(session, survey_id, person.id, now)
            answer = (await _answers(session, respondent.id)).get(number)
            if answer is None or not answer.text:
                raise UsageError.keyed(
                    "surveys.error.nothing_to_share", id=survey_id, number=number
                )
            answer.share = yes
        return await self.answer(who, survey_id)

    async def awaiting(self, platform: str, user_id: str) -> tuple[int, int] | None:
        """The open survey and free-text question whose answer this person's next plain
        direct message is, if they were asked one within :data:`REPLY_WINDOW`."""
        from bot.store.people import find_person

        now = self.clock.now()
        async with self.store.session() as session:
            person = await find_person(session, platform, user_id)
            if person is None:
                return None
            row = (
                await session.execute(
                    select(Respondent.survey_id, Respondent.awaiting)
                    .join(Survey, Survey.id == Respondent.survey_id)
                    .where(
                        Respondent.person_id == person.id,
                        Respondent.awaiting.is_not(None),
                        Respondent.awaiting_since >= now - REPLY_WINDOW,
                        Survey.status == OPEN,
                    )
                    .order_by(Respondent.awaiting_since.desc())
                    .limit(1)
                )
            ).first()
            return None if row is None or row[1] is None else (int(row[0]), int(row[1]))

    # --- the clock ---------------------------------------------------------------------------
    async def run_due(self) -> Swept:
        """Open the planned surveys whose day has come (announced in their room), close the
        open ones past their end, and delete the answers of surveys closed longer than
        ``keep_answers_days``."""
        now = self.clock.now()
        async with self.store.session() as session:
            due = select(Survey).where(Survey.status == PLANNED, Survey.opens_at <= now)
            opened = []
            # Locked rows are another process's to open or close (PostgreSQL; SQLite writes
            # one at a time anyway); the announcement's key keeps it from going out twice.
            due = due.with_for_update(skip_locked=True)
            for survey in (await session.execute(due.order_by(Survey.id))).scalars():
                if survey.closes_at <= now:
                    await self._close(session, survey, now)
                    continue
                await self._open(session, survey, now)
                opened.append(survey.id)
            ending = select(Survey).where(Survey.status == OPEN, Survey.closes_at <= now)
            closed = []
            ending = ending.with_for_update(skip_locked=True)
            for survey in (await session.execute(ending.order_by(Survey.id))).scalars():
                await self._close(session, survey, now)
                closed.append(survey.id)
            old = select(Survey.id).where(
                Survey.status == CLOSED,
                Survey.answers_deleted_at.is_(None),
                Survey.closed_at <= now - self.keep_answers,
            )
            emptied = list((await session.execute(old)).scalars())
            if emptied:
                await _delete_answers(session, emptied)
                for survey_id in emptied:
                    found = await session.get(Survey, survey_id)
                    if found is not None:
                        found.answers_deleted_at = now
        if opened or closed:
            self.outbox.kick()
        if emptied:
            log.info("survey answers deleted after keeping", extra={"count": len(emptied)})
        return Swept(opened=tuple(opened), closed=tuple(closed), emptied=tuple(emptied))

    async def _open(self, session: AsyncSession, survey: Survey, now: datetime) -> None:
        survey.status = OPEN
        await owe_post(
            session,
            platform=survey.platform,
            room_id=survey.room_id,
            room_name=survey.room_name,
            text=Msg.of(
                "surveys.announce",
                id=survey.id,
                title=survey.title,
                count=len(survey.questions),
                closes=When(survey.closes_at - timedelta(seconds=1), "day", zone=survey.timezone),
                command=Cmd(f"survey answer {survey.id}"),
            ),
            now=now,
            key=f"survey-open-{survey.id}",
            topic="surveys.announce",
            choices=((Msg.of("surveys.announce_button"), Cmd(f"survey answer {survey.id}"), "📝"),),
        )

    async def _close(self, session: AsyncSession, survey: Survey, now: datetime) -> None:
        was_open = survey.status == OPEN
        survey.status, survey.closed_at = CLOSED, now
        await session.execute(
            update(Respondent)
            .where(Respondent.survey_id == survey.id)
            .values(awaiting=None, awaiting_since=None)
        )
        if was_open:
            await owe_post(
                session,
                platform=survey.platform,
                room_id=survey.room_id,
                room_name=survey.room_name,
                text=Msg.of("surveys.closed_post", id=survey.id, title=survey.title),
                now=now,
                key=f"survey-closed-{survey.id}",
                topic="surveys.closed",
            )

    # --- shared ------------------------------------------------------------------------------
    async def _load(self, session: AsyncSession, survey_id: int, *, lock: bool = False) -> Survey:
        survey = await session.get(Survey, survey_id, with_for_update=lock)
        if survey is None:
            raise NotFound.keyed("surveys.error.unknown", id=survey_id)
        return survey

    async def _load_open(self, session: AsyncSession, survey_id: int) -> Survey:
        """The survey, refused unless it is open (to be answered)."""
        survey = await self._load(session, survey_id)
        if survey.status != OPEN:
            raise Conflict.keyed(
                "surveys.error.not_open",
                id=survey_id,
                status=Msg(f"surveys.status.{survey.status}"),
            )
        return survey

    async def _check(
        self, actor: Actor | None, network: str, *, action: str, survey_id: int
    ) -> None:
        if actor is None or actor.scope.every:
            return
        await check_scope(
            self.store,
            actor,
            self.clock.now(),
            (network,),
            action=action,
            target=f"survey:{survey_id}",
        )

    @staticmethod
    async def _audit(
        session: AsyncSession,
        actor: Actor,
        now: datetime,
        action: str,
        survey_id: int,
        **detail: str,
    ) -> None:
        await audit_by(
            session, actor, at=now, action=action, target=f"survey:{survey_id}", detail=detail
        )


def _numbered(question: Question) -> list[tuple[str, str]]:
    if question.kind == "scale":
        return [(label, label) for label in question.labels()]
    return [(str(n), label) for n, label in enumerate(question.labels(), start=1)]


async def _respondent(
    session: AsyncSession, survey_id: int, person_id: int, now: datetime
) -> Respondent:
    found = (
        await session.execute(
            select(Respondent).where(
                Respondent.survey_id == survey_id, Respondent.person_id == person_id
            )
        )
    ).scalar_one_or_none()
    if found is None:
        found = Respondent(survey_id=survey_id, person_id=person_id, started_at=now)
        session.add(found)
        await session.flush()
    return found


async def _answers(session: AsyncSession, respondent_id: int) -> dict[int, Answer]:
    rows = await session.execute(select(Answer).where(Answer.respondent_id == respondent_id))
    return {a.question: a for a in rows.scalars()}


async def _delete_answers(session: AsyncSession, survey_ids: Sequence[int]) -> None:
    """Delete the answers and respondents of ``survey_ids``."""
    await session.execute(delete(Answer).where(Answer.survey_id.in_(list(survey_ids))))
    await session.execute(delete(Respondent).where(Respondent.survey_id.in_(list(survey_ids))))

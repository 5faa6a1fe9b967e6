"""What surveys keep about a person, for ``!mydata`` and ``!forgetme``.

A respondent's answers are theirs: the export shows them with each survey's title, and the
erasure deletes them (so the survey's counts change). A coordinator's surveys stay (they are
the network's), only the link to their creator goes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.surveys.model import Question
from bot.capabilities.surveys.tables import Answer, Respondent, Survey


async def export(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """The person's answers, by survey (its number and title), and the surveys they made."""
    answered: list[dict[str, Any]] = []
    rows = await session.execute(
        select(Respondent, Survey)
        .join(Survey, Survey.id == Respondent.survey_id)
        .where(Respondent.person_id == person_id)
        .order_by(Survey.id)
    )
    for respondent, survey in rows.all():
        questions = [Question.from_dict(q) for q in survey.questions]
        answers = (
            await session.execute(
                select(Answer)
                .where(Answer.respondent_id == respondent.id)
                .order_by(Answer.question)
            )
        ).scalars()
        mine = []
        for answer in answers:
            question = (
                questions[answer.question - 1] if 0 < answer.question <= len(questions) else None
            )
            item: dict[str, Any] = {
                "question": question.text if question else answer.question,
                "answer": (question.shown(answer.value) if question else answer.value)
                or answer.text,
                "answered_at": answer.answered_at.isoformat(),
            }
            if answer.text:
                item["shared_in_results"] = answer.share
            mine.append(item)
        answered.append(
            {
                "survey": survey.id,
                "title": survey.title,
                "status": survey.status,
                "started_at": respondent.started_at.isoformat(),
                "answers": mine,
            }
        )
    created = (
        await session.execute(
            select(Survey.id, Survey.title, Survey.created_at)
            .where(Survey.created_by == person_id)
            .order_by(Survey.id)
        )
    ).all()
    return {
        "answered": answered,
        "created": [
            {"survey": i, "title": title, "created_at": at.isoformat()} for i, title, at in created
        ],
    }


async def erase(session: AsyncSession, person_id: int) -> None:
    """Delete the person's answers (counts change) and unlink the surveys they made."""
    mine = select(Respondent.id).where(Respondent.person_id == person_id)
    await session.execute(
        delete(Answer)
        .where(Answer.respondent_id.in_(mine.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        delete(Respondent)
        .where(Respondent.person_id == person_id)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Survey).where(Survey.created_by == person_id).values(created_by=None)
    )

"""What the prompt capability keeps about a person, for export and erasure.

Prompts and series store their author (person id, platform account and display name) so the
author can be told about missed posts; prompt threads keep who replied only until the
participation summary is posted (:mod:`.threads`). Both are found by person and by platform
account: a prompt added to someone else's series names its own author's account, and someone
who only replied in a thread has no person row at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.privacy import Subject
from bot.capabilities.prompts.models import Prompt, Series
from bot.capabilities.prompts.threads import forget_replies, replies_of


def _by_account(table: type[Prompt] | type[Series], subject: Subject) -> Any:
    """Rows naming one of the subject's accounts as their author."""
    return or_(
        false(),
        *(
            (table.author_platform == a.platform) & (table.author_user_id == a.user_id)
            for a in subject.accounts
        ),
    )


def _authored_by(table: type[Prompt] | type[Series], subject: Subject) -> Any:
    """Rows linked to the subject's person or naming one of their accounts."""
    if subject.person_id is None:
        return _by_account(table, subject)
    return or_(table.author_person_id == subject.person_id, _by_account(table, subject))


async def personal_data(session: AsyncSession, subject: Subject) -> dict[str, Any]:
    """The subject's data held by prompts, as plain JSON-able data."""
    if subject.person_id is None and not subject.accounts:
        return {}
    prompts = (
        await session.execute(
            select(Prompt).where(_authored_by(Prompt, subject)).order_by(Prompt.id)
        )
    ).scalars()
    series = (
        await session.execute(
            select(Series).where(_authored_by(Series, subject)).order_by(Series.id)
        )
    ).scalars()
    return {
        "prompts_authored": [
            {
                "id": p.id,
                "text": p.text,
                "status": p.status,
                "schedule": p.schedule,
                "created_at": p.created_at.isoformat(),
            }
            for p in prompts
        ],
        "series_authored": [
            {
                "id": s.id,
                "title": s.title,
                "status": s.status,
                "created_at": s.created_at.isoformat(),
            }
            for s in series
        ],
        "replies_counted_in_open_threads": await replies_of(session, subject),
    }


async def forget(session: AsyncSession, subject: Subject) -> None:
    """Erase the subject from prompts: authorship is anonymised, their reply counts deleted.

    The prompts themselves stay (they belong to the community's programme); they simply no
    longer name an author, and missed-post notices for them go to nobody. The threads' reply
    totals stay too (anonymous numbers).
    """
    if subject.person_id is None and not subject.accounts:
        return
    for table in (Prompt, Series):
        if subject.accounts:
            await session.execute(
                update(table)
                .where(_by_account(table, subject))
                .values(author_user_id="", author_name="", author_platform="")
            )
        # A prompt added to someone else's series links the series' author but names its own
        # author's account: each loses only what is theirs.
        if subject.person_id is not None:
            await session.execute(
                update(table)
                .where(table.author_person_id == subject.person_id)
                .values(author_person_id=None)
            )
    await forget_replies(session, subject)

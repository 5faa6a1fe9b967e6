"""What the prompt capability keeps about a person, for export and erasure.

Prompts and series store their author (person id, platform account and display name) so the
author can be told about missed posts; prompt threads keep who replied only until the
participation summary is posted. A privacy capability calls these two functions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capabilities.prompts.models import Participant, Prompt, Series
from bot.store.people import identities_of


async def personal_data(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """The person's data held by prompts, as plain JSON-able data."""
    prompts = (
        await session.execute(
            select(Prompt).where(Prompt.author_person_id == person_id).order_by(Prompt.id)
        )
    ).scalars()
    series = (
        await session.execute(
            select(Series).where(Series.author_person_id == person_id).order_by(Series.id)
        )
    ).scalars()
    ids = [i.user_id for i in await identities_of(session, person_id)]
    replies = (
        (
            await session.execute(
                select(Participant.delivery_id, Participant.replies).where(
                    Participant.sender_id.in_(ids)
                )
            )
        ).all()
        if ids
        else []
    )
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
        "replies_counted_in_open_threads": [
            {"delivery": delivery_id, "replies": count} for delivery_id, count in replies
        ],
    }


async def forget(session: AsyncSession, person_id: int) -> None:
    """Erase the person from prompts: authorship is anonymised, reply counts by them deleted.

    The prompts themselves stay (they belong to the community's programme); they simply no
    longer name an author, and missed-post notices for them go to nobody.
    """
    ids = [i.user_id for i in await identities_of(session, person_id)]
    cleared = {
        "author_person_id": None,
        "author_user_id": "",
        "author_name": "",
        "author_platform": "",
    }
    await session.execute(
        update(Prompt).where(Prompt.author_person_id == person_id).values(**cleared)
    )
    await session.execute(
        update(Series).where(Series.author_person_id == person_id).values(**cleared)
    )
    if ids:
        await session.execute(delete(Participant).where(Participant.sender_id.in_(ids)))

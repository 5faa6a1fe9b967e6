"""Looking up and creating people by their platform identity, and writing the audit log."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.base import all_tables
from bot.store.database import dialect_insert
from bot.store.models import AuditEntry, Identity, Person

if TYPE_CHECKING:
    from bot.actors import Actor


async def find_person(session: AsyncSession, platform: str, user_id: str) -> Person | None:
    """The person behind ``platform``/``user_id``, or ``None`` if the bot keeps nothing on them."""
    found = await session.execute(_person_of(), {"platform": platform, "user_id": user_id})
    return found.scalar_one_or_none()


@cache
def _person_of() -> Any:
    """:func:`find_person`'s statement, built once: every message starts with it."""
    return (
        select(Person)
        .join(Identity, Identity.person_id == Person.id)
        .where(Identity.platform == bindparam("platform"), Identity.user_id == bindparam("user_id"))
    )


async def ensure_person(
    session: AsyncSession, platform: str, user_id: str, display_name: str, now: datetime
) -> Person:
    """The person behind the identity, created on first need; refreshes the display name."""
    return (await claim_person(session, platform, user_id, display_name, now))[0]


async def claim_person(
    session: AsyncSession,
    platform: str,
    user_id: str,
    display_name: str,
    now: datetime,
    *,
    absent: bool = False,
) -> tuple[Person, bool]:
    """:func:`ensure_person`, and whether this call created the person (one lookup where
    asking :func:`find_person` first would make two). ``absent``: a lookup just before found
    nobody, so the insert is tried at once (an identity stored meanwhile is found as below)."""
    stmt = select(Identity).where(Identity.platform == platform, Identity.user_id == user_id)
    identity = None if absent else (await session.execute(stmt)).scalar_one_or_none()
    if identity is not None:
        return await _seen(session, identity, display_name, now), False
    person = Person(display_name=display_name[:200], created_at=now)
    session.add(person)
    await session.flush()
    # The identity's own insert decides: when another process stored the same identity at
    # the same moment (a new person's first two commands at once), it inserts nothing, and
    # the person just made goes again. Two statements, no savepoint around them.
    insert = dialect_insert(session)
    stored = await session.execute(
        insert(cast(Table, Identity.__table__))
        .values(
            person_id=person.id,
            platform=platform,
            user_id=user_id,
            display_name=display_name[:200],
            created_at=now,
            last_seen_at=now,
        )
        .on_conflict_do_nothing(index_elements=["platform", "user_id"])
        .returning(Identity.id)
    )
    if stored.scalar() is not None:
        return person, True
    await session.delete(person)
    await session.flush()
    identity = (await session.execute(stmt)).scalar_one()
    return await _seen(session, identity, display_name, now), False


async def _seen(
    session: AsyncSession, identity: Identity, display_name: str, now: datetime
) -> Person:
    """The person of a known ``identity``, seen ``now`` under ``display_name``."""
    identity.last_seen_at = now
    if display_name and identity.display_name != display_name:
        identity.display_name = display_name[:200]
    person = await session.get(Person, identity.person_id)
    assert person is not None
    return person


async def discard_if_unused(session: AsyncSession, person_id: int) -> bool:
    """Delete the person (and their identities) if no other row refers to them; true if gone.

    For undoing a person created by a command that then failed: the bot keeps nobody it has
    nothing on. The check and the delete are one statement, so a row written meanwhile by
    another command of the same person keeps them (and is never cascaded away).
    """
    unused = [
        ~exists().where(key.parent == person_id)
        for table in all_tables().sorted_tables
        if table.name != Identity.__tablename__
        for key in table.foreign_keys
        if key.column.table.name == Person.__tablename__
    ]
    gone = await session.execute(delete(Person).where(Person.id == person_id, *unused))
    if not gone.rowcount:  # type: ignore[attr-defined]
        return False
    # The database cascades too; saying it keeps SQLite without foreign keys honest.
    await session.execute(delete(Identity).where(Identity.person_id == person_id))
    return True


async def identities_of(session: AsyncSession, person_id: int) -> list[Identity]:
    """All platform accounts of a person, oldest first."""
    stmt = select(Identity).where(Identity.person_id == person_id).order_by(Identity.id)
    return list((await session.execute(stmt)).scalars())


async def audit(
    session: AsyncSession,
    *,
    at: datetime,
    platform: str,
    actor_id: str,
    role: str,
    action: str,
    target: str = "",
    detail: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    """Record a coordinator/admin action in the audit log (same transaction as the change)."""
    session.add(
        AuditEntry(
            at=at,
            actor_platform=platform,
            actor_id=actor_id,
            role=role,
            action=action,
            target=target[:255],
            detail=detail or {},
            note=note[:2000],
        )
    )


async def audit_by(
    session: AsyncSession,
    actor: Actor,
    *,
    at: datetime,
    action: str,
    target: str = "",
    detail: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    """:func:`audit` for an actor as services hold one (:class:`bot.actors.Actor`)."""
    await audit(
        session,
        at=at,
        platform=actor.platform,
        actor_id=actor.user_id,
        role=actor.role,
        action=action,
        target=target,
        detail=detail,
        note=note,
    )

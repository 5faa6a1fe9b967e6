"""The queries on the ``networks`` table (networks added with ``vetbot network add``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.settings import NetworkSettings
from bot.store.models import NetworkRecord

_LISTS = ("servers", "rooms", "coordinators", "admins", "coordinator_roles", "admin_roles")


def settings_of(row: NetworkRecord) -> NetworkSettings:
    """A stored network as the settings value the rest of the bot reads."""
    return NetworkSettings(
        name=row.name,
        country=row.country,
        language=row.language,
        timezone=row.timezone,
        servers=tuple(row.servers),
        rooms=tuple(row.rooms),
        coordinators=tuple(row.coordinators),
        admins=tuple(row.admins),
        prompt_channel=row.prompt_channel,
        coordinator_roles=tuple(row.coordinator_roles),
        admin_roles=tuple(row.admin_roles),
        coordinator_power_level=row.coordinator_power_level,
        admin_power_level=row.admin_power_level,
    )


async def stored(session: AsyncSession) -> dict[str, NetworkSettings]:
    """Every stored network by id."""
    rows = (await session.scalars(select(NetworkRecord).order_by(NetworkRecord.id))).all()
    return {row.id: settings_of(row) for row in rows}


async def save(
    session: AsyncSession, network_id: str, network: NetworkSettings, now: datetime
) -> None:
    """Insert or replace the network ``network_id``."""
    row = await session.get(NetworkRecord, network_id, with_for_update=True)
    if row is None:
        row = NetworkRecord(id=network_id, created_at=now)
        session.add(row)
    row.name, row.country, row.language = network.name, network.country, network.language
    row.timezone, row.prompt_channel = network.timezone, network.prompt_channel
    row.coordinator_power_level = network.coordinator_power_level
    row.admin_power_level = network.admin_power_level
    for key in _LISTS:
        setattr(row, key, list(getattr(network, key)))
    row.updated_at = now

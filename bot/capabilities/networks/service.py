"""Networks stored in the database beside those of ``bot.toml``: adding, changing, reading,
and serving them all to the running bot (:class:`bot.networks.Networks`).

A network of ``bot.toml`` is changed in ``bot.toml``; the others live in the ``networks``
table, so ``vetbot network add`` reaches a running bot at its next refresh. A room or server
belongs to at most one network, across both: a change that would claim one twice is refused
naming both networks, and nothing is stored.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping

from bot.capabilities.networks import store as repo
from bot.errors import ConfigError, Conflict, NotFound, UsageError
from bot.networks import Networks
from bot.ports import Clock
from bot.settings import NetworkSettings, check_network_id
from bot.store import Store

log = logging.getLogger(__name__)


def claimed_twice(networks: Mapping[str, NetworkSettings]) -> tuple[str, str, str] | None:
    """A place two networks claim, with both ids (sorted), or ``None``."""
    owner: dict[str, str] = {}
    for network_id in sorted(networks):
        network = networks[network_id]
        for entry in (*network.servers, *network.rooms):
            other = owner.setdefault(entry, network_id)
            if other != network_id:
                return entry, other, network_id
    return None


class NetworkService:
    """The configured and the stored networks; :meth:`load` serves them to ``networks``."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        networks: Networks,
        configured: Mapping[str, NetworkSettings],
    ) -> None:
        self.store = store
        self.clock = clock
        self.networks = networks
        self.configured = dict(configured)

    async def all(self) -> dict[str, NetworkSettings]:
        """Every network by id: those of ``bot.toml`` and the stored ones."""
        async with self.store.session() as session:
            stored = await repo.stored(session)
        # bot.toml wins over a stored network of the same id (added before it was configured).
        return {**stored, **self.configured}

    async def load(self) -> int:
        """Serve every network to the running bot; how many there are. A stored network
        that claims a room of another is left out (and logged), the others still served."""
        every = await self.all()
        while (clash := claimed_twice(every)) is not None:
            _, first, second = clash
            dropped = second if second not in self.configured else first
            log.warning("network left out: it claims a room of another", extra={"id": dropped})
            every.pop(dropped)
        self.networks.update(every)
        return len(every)

    async def show(self, network_id: str) -> NetworkSettings:
        found = (await self.all()).get(network_id)
        if found is None:
            known = ", ".join(sorted(await self.all())) or "-"
            raise NotFound.keyed("networks.unknown", id=network_id[:40], known=known)
        return found

    async def add(self, network_id: str, network: NetworkSettings) -> None:
        """Store a new network (``network_id`` not taken)."""
        check = _checked(network_id, network)
        if network_id in await self.all():
            raise Conflict.keyed("networks.exists", id=network_id)
        await self._save(network_id, check)

    async def edit(self, network_id: str, change: Mapping[str, object]) -> NetworkSettings:
        """Change fields of a stored network; ``change`` holds the fields' new values."""
        if network_id in self.configured:
            raise Conflict.keyed("networks.in_file", id=network_id)
        current = await self.show(network_id)
        changed = _checked(network_id, dataclasses.replace(current, **change))  # type: ignore[arg-type]
        await self._save(network_id, changed)
        return changed

    async def _save(self, network_id: str, network: NetworkSettings) -> None:
        every = {**await self.all(), network_id: network}
        clash = claimed_twice(every)
        if clash is not None:
            entry, first, second = clash
            raise Conflict.keyed("networks.claimed_twice", place=entry, first=first, second=second)
        async with self.store.session() as session:
            await repo.save(session, network_id, network, self.clock.now())
        await self.load()


def _checked(network_id: str, network: NetworkSettings) -> NetworkSettings:
    """``network`` if its id and fields are valid; else a usage error saying which."""
    try:
        check_network_id("id", network_id)
        network.validate()
    except ConfigError as exc:
        raise UsageError.keyed("networks.invalid", problem=str(exc)) from exc
    return network

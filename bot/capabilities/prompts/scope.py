"""Which prompts and series a coordinator may see and steer: those of their networks.

A prompt or series belongs to the networks of the rooms it posts in (:class:`bot.networks.
Networks`); a coordinator acts on it only when they act in every one of them, and may only
name rooms of their networks in ``in:``. Each check reads in its own short transaction before
the operation's, so a refusal (audit-logged by :func:`bot.networks.refuse`) never waits on a
write of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.actors import Actor
from bot.capabilities.prompts.models import Prompt, Series
from bot.capabilities.prompts.queries import targets_of
from bot.networks import Networks, check_scope
from bot.ports import Clock
from bot.store import Store
from bot.targets import RoomRef


class PromptScope:
    """Scope checks of the prompt and series services over the served :class:`Networks`."""

    def __init__(self, store: Store, clock: Clock, networks: Networks | None) -> None:
        self.store = store
        self.clock = clock
        self.networks = networks if networks is not None else Networks({})

    def networks_of(self, rooms: Iterable[RoomRef]) -> set[str]:
        """The networks of ``rooms``."""
        return {self.networks.of_room(ref.platform, ref.room_id) for ref in rooms}

    def visible(self, actor: Actor | None, rooms: Iterable[RoomRef]) -> bool:
        """Whether ``actor`` (``None``: the operator) may see what posts in ``rooms``."""
        if actor is None or actor.scope.every:
            return True
        return actor.scope.covers_all(self.networks_of(rooms))

    async def check_rooms(
        self, actor: Actor | None, rooms: Iterable[RoomRef], *, action: str, target: str
    ) -> None:
        """Refuse (and audit) unless ``actor`` acts in the networks of all ``rooms``."""
        if actor is None or actor.scope.every:
            return
        await check_scope(
            self.store,
            actor,
            self.clock.now(),
            self.networks_of(rooms),
            action=action,
            target=target,
        )

    async def check_prompt(
        self,
        actor: Actor | None,
        prompt_id: int,
        *,
        action: str,
        rooms: Iterable[RoomRef] = (),
    ) -> None:
        """Refuse ``action`` on prompt ``prompt_id`` (and on new ``rooms`` for it) outside the
        actor's networks; an unknown id is left for the operation to report."""
        if actor is None or actor.scope.every:
            return
        async with self.store.session() as session:
            prompt = await session.get(Prompt, prompt_id)
            current = targets_of(prompt) if prompt is not None else ()
        await self.check_rooms(
            actor, (*current, *rooms), action=action, target=f"prompt:{prompt_id}"
        )

    async def check_series(self, actor: Actor | None, series_id: int, *, action: str) -> None:
        """Refuse ``action`` on series ``series_id`` outside the actor's networks."""
        if actor is None or actor.scope.every:
            return
        async with self.store.session() as session:
            series = await session.get(Series, series_id)
            rooms = [RoomRef.from_dict(x) for x in series.targets] if series is not None else []
        await self.check_rooms(actor, rooms, action=action, target=f"series:{series_id}")

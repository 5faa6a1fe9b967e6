"""The bot's direct rooms on Matrix: finding the one it has with a person, or creating it.

Creating a room has no transaction id, so a create whose answer was lost, then retried, would
leave a second room. So before creating one, and again after a create whose answer was lost,
the joined rooms are searched for a direct room with the person: a remembered one, or one
where the person's membership says ``is_direct`` (it does from the bot's invite until the
person joins). A remembered room counts while the person is joined or still invited.

The sync filter hides the bot's own events, its state events included, so the state of a
direct room (its encryption, the bot's invite) is read from the homeserver once per run before
the bot writes to it: otherwise the first message in an encrypted room the bot opened would go
out in the clear, or be encrypted for nobody who has not joined yet.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from nio import (
    AsyncClient,
    Event,
    RoomCreateResponse,
    RoomGetStateEventError,
    RoomGetStateResponse,
    RoomMemberEvent,
)
from nio.api import RoomPreset

from adapters.matrix.client import CONNECTION_ERRORS, is_unreachable, retry_after
from adapters.matrix.state import AdapterState

log = logging.getLogger(__name__)

MEGOLM = "m.megolm.v1.aes-sha2"
#: How long syncs are watched for a direct room whose create answer was lost.
LOST_ROOM_S = 5.0


class DirectRooms:
    """Finds, creates and prepares the bot's direct rooms (see the module docstring).

    ``synced`` is notified after every handled sync; ``stopping()`` says the adapter is
    shutting down. :meth:`attach` gives it the logged-in client before any use.
    """

    def __init__(
        self, *, state: AdapterState, synced: asyncio.Condition, stopping: Callable[[], bool]
    ) -> None:
        self._state = state
        self._synced = synced
        self._stopping = stopping
        self._client_: AsyncClient | None = None
        self._locks: dict[str, asyncio.Lock] = {}
        self._loaded: set[str] = set()

    def attach(self, client: AsyncClient) -> None:
        """Use ``client`` (a new one each run: what was read of rooms' state is forgotten)."""
        self._client_ = client
        self._loaded.clear()

    @property
    def _client(self) -> AsyncClient:
        assert self._client_ is not None, "DirectRooms used before attach()"
        return self._client_

    async def room_for(self, user_id: str) -> str | None:
        """The bot's direct room with ``user_id``: the remembered one, one found among the
        joined rooms, else a new one (``None`` if none could be made)."""
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        async with lock:
            known = self._state.dm_rooms.get(user_id)
            if known is not None:
                if await self._is_dm_with(known, user_id):
                    await self._load_room_state(known)
                    return known
                self._state.forget_room(known)  # the bot or the person is no longer in it
            room_id = await self._find_dm_room(user_id)
            if room_id is None:
                room_id = await self._create_dm_room(user_id)
            if room_id is None:
                return None
            self._state.set_dm_room(user_id, room_id)
            self._state.save()
            # Sending (and encrypting for the invitee) needs the room's state from a sync.
            await self._wait_for_room(room_id, within=30)
            await self._load_room_state(room_id)
            return room_id

    async def _load_room_state(self, room_id: str) -> None:
        """Apply ``room_id``'s current state, as the homeserver has it, to the client's room.

        The sync filter leaves out the bot's own events, its state events included: in a
        direct room the bot created, the client would never learn that the room is encrypted
        (and would write in the clear) nor whom the bot invited (and would share the room key
        with nobody who has not joined yet). Done once per run and room; a failure is retried
        the next time the room is used.
        """
        room = self._client.rooms.get(room_id)
        if room is None or room_id in self._loaded:
            return
        try:
            answer = await self._client.room_get_state(room_id)
        except CONNECTION_ERRORS as exc:
            log.warning("matrix: reading a room's state failed", extra={"reason": repr(exc)})
            return
        if not isinstance(answer, RoomGetStateResponse):
            log.warning("matrix: reading a room's state failed", extra={"reason": str(answer)})
            return
        members_changed = False
        for source in answer.events:
            event = Event.parse_event(source)
            if isinstance(event, RoomMemberEvent):
                members_changed |= room.handle_membership(event)
            elif isinstance(event, Event):
                room.handle_event(event)
        if room.encrypted and self._client.olm is not None:
            self._client.encrypted_rooms.add(room_id)
            self._client.olm.update_tracked_users(room)  # the invitee's devices get the key
            if members_changed:
                self._client.invalidate_outbound_session(room_id)
        self._loaded.add(room_id)

    async def _is_dm_with(self, room_id: str, user_id: str) -> bool:
        """Whether ``room_id`` is a room the bot is in, with ``user_id`` joined or invited.

        The sync filter leaves out the bot's own events, its invites included, so until the
        person joins, the client does not list them in a room the bot created: then the
        homeserver is asked. When it cannot be asked, the room is kept (sending will wait for
        the homeserver anyway; a new room now would be a second one later).
        """
        room = self._client.rooms.get(room_id)
        if room is None:
            return False
        if user_id in room.users:
            return True
        membership = await self._membership(room_id, user_id)
        if membership is None:
            return True
        return membership.get("membership") in ("invite", "join")

    async def _membership(self, room_id: str, user_id: str) -> dict[str, Any] | None:
        """``user_id``'s member event content in ``room_id`` (``{}`` if none; ``None`` if the
        homeserver could not be asked)."""
        try:
            answer = await self._client.room_get_state_event(room_id, "m.room.member", user_id)
        except CONNECTION_ERRORS:
            return None
        if isinstance(answer, RoomGetStateEventError):
            return None if is_unreachable(answer) else {}
        content = getattr(answer, "content", None)
        return content if isinstance(content, dict) else {}

    async def _find_dm_room(self, user_id: str) -> str | None:
        """A joined room with only the bot and ``user_id`` (joined or invited) that is direct.

        Direct: remembered as one, or the person's membership carries ``is_direct`` (it does
        from the bot's invite until the person joins — exactly the window in which a create
        whose answer was lost leaves a room the bot does not know about).
        """
        members = {self._client.user_id, user_id}
        rooms: list[tuple[str, Any]] = list(self._client.rooms.items())
        for room_id, room in rooms:
            if not set(room.users) <= members:
                continue
            if user_id in room.users and room_id in self._state.direct_rooms:
                return room_id
            membership = await self._membership(room_id, user_id)
            if not membership or membership.get("membership") not in ("invite", "join"):
                continue
            if membership.get("is_direct") is True or room_id in self._state.direct_rooms:
                log.info("matrix: found a direct room", extra={"room": room_id})
                return room_id
        return None

    async def _create_dm_room(self, user_id: str) -> str | None:
        """Create a direct room with ``user_id``; after a lost answer, look before retrying."""
        encrypted = self._client.olm is not None
        initial_state = (
            [{"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}]
            if encrypted
            else []
        )
        backoff = 0.2
        while not self._stopping():
            reason: str
            try:
                answer = await self._client.room_create(
                    is_direct=True,
                    invite=[user_id],
                    preset=RoomPreset.trusted_private_chat,
                    initial_state=initial_state,
                )
            except CONNECTION_ERRORS as exc:
                reason = repr(exc)
            else:
                if isinstance(answer, RoomCreateResponse):
                    room_id: str = answer.room_id
                    log.info("matrix: created a direct room", extra={"room": room_id})
                    return room_id
                wait = retry_after(answer)
                if wait is not None:
                    await asyncio.sleep(wait)
                    continue
                if not is_unreachable(answer):
                    log.error(
                        "matrix: could not create a direct room",
                        extra={"reason": str(answer)},
                    )
                    return None
                reason = str(answer)
            # The homeserver may have created the room even though its answer never arrived:
            # let the next syncs show it before asking for another one.
            log.warning(
                "matrix: creating a direct room failed, will look for it and retry",
                extra={"reason": reason},
            )
            found = await self._find_dm_room_after_sync(user_id, within=max(backoff, LOST_ROOM_S))
            if found is not None:
                return found
            backoff = min(backoff * 2, 10.0)
        return None

    async def _find_dm_room_after_sync(self, user_id: str, within: float) -> str | None:
        """:meth:`_find_dm_room` now (a sync may already have shown the room), then after
        each sync that completes within ``within`` seconds."""
        deadline = time.monotonic() + within
        while not self._stopping():
            found = await self._find_dm_room(user_id)
            if found is not None or (left := deadline - time.monotonic()) <= 0:
                return found
            async with self._synced:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._synced.wait(), left)
        return None

    async def _wait_for_room(self, room_id: str, within: float) -> None:
        deadline = time.monotonic() + within
        async with self._synced:
            while room_id not in self._client.rooms:
                left = deadline - time.monotonic()
                if left <= 0:
                    log.warning(
                        "matrix: a new room did not show up in sync", extra={"room": room_id}
                    )
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._synced.wait(), left)

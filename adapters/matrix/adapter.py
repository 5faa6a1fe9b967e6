"""The Matrix adapter: a sync loop that feeds the core, and an outgoing queue for its answers.

Incoming: one long-polling ``/sync`` loop with a large timeline limit (a gap in a ``limited``
timeline is fetched with ``/messages``). Each event is handled at most once (event ids are
remembered across restarts, the sync token is saved after each batch), never when it predates
the bot's very first start, and only if younger than ``max_command_age_minutes`` (older ones
are skipped and logged). Messages are translated (:mod:`adapters.matrix.translate`) and handed
to the core by one worker per room: rooms run concurrently, and within a room commands run —
and so are answered — in the order they were sent. The sync loop only dispatches, so a slow
command never holds it up.

Outgoing: every answer goes through :class:`~adapters.matrix.outgoing.OutgoingQueue` (rate
limits honoured, outages retried with backoff, transaction ids fixed at enqueue time). Actions
the core takes on its own (:meth:`MatrixAdapter.perform`) wait for the first sync, so a
prompt due while the bot is still logging in is posted, not refused.

Commands are handled **at most once**. An event counts as handled when it is handed to its
room's worker, and the sync token is saved once that batch's answers have left (or after
``SETTLE_S``, whichever comes first). If the process dies after the core handled a command but
before its answer left the queue, that answer is lost and the command is not run again on
restart. This is deliberate: commands change things (a match request, a schedule), and running
one twice is worse than an unanswered message the person can simply send again. Posts the core
makes on its own are not affected: the prompt engine keeps them in its delivery table and
resends them with the same key, which this adapter turns into the same transaction id.

Direct rooms: see :mod:`adapters.matrix.direct_rooms`.

Replicas (``[cluster] enabled``, :class:`~bot.ports.ReplicaPort`): every replica logs in (with
the same access token, the same device) and can send, but only the one holding the
``matrix-sync`` lease runs the sync loop, answers commands and delivers the Matrix outbox rows
(:meth:`MatrixAdapter.delivers`): it has the rooms' state, and the direct rooms and choices it
offers are the ones it, or the replica taking over from it, reads back. What the core of
another replica hands its own adapter directly (the leader's scheduled posts, which offer no
choices) goes out from there.

The sync token, the ids of the events handled most recently, the direct rooms and the choices
offered live in the database (``sync_positions``, by account) instead of ``state.json``, saved
by the syncing replica after each handled batch and when it hands the lease over; the replica
taking the lease over reads them and goes on from there. A replica killed between handling a
batch and saving its position leaves that batch to be synced again: the core's
``handled_messages`` claim keeps its commands from being answered twice. Encrypted rooms are
refused with replicas: the device keys live in each replica's data folder, and one device
shared by processes whose keys diverge cannot decrypt reliably.

The adapter knows no command: it translates, the core decides.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    InviteMemberEvent,
    MegolmEvent,
    ReactionEvent,
    RoomCreateEvent,
    RoomMemberEvent,
    RoomMessagesResponse,
    SyncError,
    SyncResponse,
)

from adapters.matrix import translate
from adapters.matrix.client import (
    CONNECTION_ERRORS,
    DeviceTrust,
    invite_allowed,
    key_upkeep,
    open_client,
    retry_after,
    send_event,
    upload_attachment,
    with_retries,
)
from adapters.matrix.direct_rooms import DirectRooms
from adapters.matrix.outgoing import Outgoing, OutgoingQueue
from adapters.matrix.settings import MatrixSettings
from adapters.matrix.state import AdapterState, ChoiceOffer
from bot.actions import Action, Attachment, Card, Delivery, DirectMessage, Post, React, Reply
from bot.errors import ConfigError, StoreError
from bot.events import Message
from bot.observability import redacted_traceback
from bot.ports import ChatAdapter, MessageHandler, ReplicaPort, StreamPosition
from bot.tasks import stop_task

log = logging.getLogger(__name__)


def _server_of(user_id: str | None) -> str:
    """The homeserver part of a Matrix user id (logs name servers, not people)."""
    return (user_id or "").rpartition(":")[2]


def sync_filter_for(user_id: str) -> dict[str, Any]:
    """The sync filter: a large timeline without the bot's own messages, no presence/typing.

    Synapse's default timeline limit is 10: a burst of commands between two syncs would be cut
    short ("limited"); the gap is still fetched if even 200 is not enough. Leaving out the
    bot's own events spares a wake-up (and a competing request) for every answer it sends.
    """
    return {
        "room": {
            "timeline": {"limit": 200, "not_senders": [user_id]},
            "state": {"lazy_load_members": False},
            "ephemeral": {"not_types": ["*"]},
        },
        "presence": {"not_types": ["*"]},
    }


SYNC_TIMEOUT_MS = 30_000
UNDECRYPTABLE_PATIENCE_S = 600.0
GAP_PAGES = 20
SETTLE_S = 0.15
#: How long :meth:`MatrixAdapter.perform` waits for the first sync before giving up.
READY_PATIENCE_S = 60.0
#: The lease of the replica that runs the sync loop, when replicas share the account.
SYNC_LEASE = "matrix-sync"
#: How many of the most recently handled event ids the replicas share in the database.
SHARED_SEEN = 1000


class MatrixAdapter(ChatAdapter):
    """Serves the core on one Matrix account. See the module docstring for the contract.

    ``start(handler)`` runs until :meth:`stop` (it raises if the login cannot work);
    ``ready`` is set once the first sync has been handled. ``perform`` carries out an action
    the core took on its own and waits until the homeserver accepted it (``None`` if it was
    refused for good or the adapter stopped first).
    """

    platform = translate.PLATFORM

    def __init__(
        self,
        *,
        settings: MatrixSettings,
        data_dir: Path,
        language: str = "en",
        replica: ReplicaPort | None = None,
    ) -> None:
        if replica is not None and settings.encryption:
            raise ConfigError(
                "replicas sharing a Matrix account cannot read encrypted rooms (each replica "
                "keeps its own device keys): set encryption = false, or run the Matrix adapter "
                "in one replica only ([bot] adapters) with single_replica = true",
                key="matrix.encryption",
            )
        self.replica = replica
        self.settings = settings
        self.data_dir = data_dir
        self.language = language
        self.state = AdapterState.load(data_dir / "matrix" / "state.json")
        self.trust = DeviceTrust(settings.trust)
        self.ready = asyncio.Event()
        self.client: AsyncClient | None = None
        self.queue = OutgoingQueue(self._transport)
        self._handler: MessageHandler | None = None
        self._identity = translate.BotIdentity(user_id=settings.user_id)
        self._stopping = False
        self._sync_task: asyncio.Task[None] | None = None
        self._stopped = asyncio.Event()
        self._memory_saved = -1  # the state's memory version last saved in the database
        self._inbox: dict[str, deque[Message]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._handled_invites: set[str] = set()
        self._undecrypted: dict[str, tuple[str, Any, float]] = {}
        self._synced = asyncio.Condition()
        self._started_ms = int(time.time() * 1000)
        self._dispatched = 0
        self._creators: dict[str, frozenset[str]] = {}
        self.direct = DirectRooms(
            state=self.state, synced=self._synced, stopping=lambda: self._stopping
        )

    # --- lifecycle ----------------------------------------------------------------------
    async def start(self, handler: MessageHandler) -> None:
        """Log in, then sync and serve until :meth:`stop`."""
        self._handler = handler
        self._stopping = False
        self.client = await open_client(
            self.settings, self.data_dir, self.state, stopping=lambda: self._stopping
        )
        self._identity = translate.BotIdentity(
            user_id=self.client.user_id, display_name=await self._display_name()
        )
        self.direct.attach(self.client)
        self.state.mark_first_start(self._started_ms)
        self.state.save()
        self.queue.start()
        if self.replica is not None:
            await self._serve_as_replica(self.replica)
            return
        self._sync_task = asyncio.create_task(self._sync_loop(), name="matrix-sync")
        try:
            await self._sync_task
        except asyncio.CancelledError:
            if not self._stopping:
                raise

    # --- replicas sharing the account ---------------------------------------------------
    async def _serve_as_replica(self, replica: ReplicaPort) -> None:
        """Send from now on; sync while this replica holds the sync lease; until stopped."""
        self._stopped.clear()
        self.ready.set()  # logged in: answers and the outbox can go out
        await replica.lease(SYNC_LEASE, on_take=self._take_sync, on_lose=self._lose_sync)
        await self._stopped.wait()

    async def _take_sync(self) -> None:
        """This replica took the sync lease: go on from the position saved in the database."""
        assert self.replica is not None
        position = await self.replica.load_position(self.platform, self._account())
        self._memory_saved = -1
        if position is not None:
            self.state.restore_position(position.token, position.seen)
            if position.memory is not None:
                self.state.restore_memory(position.memory)
                self._memory_saved = self.state.memory_version
        log.info(
            "matrix: syncing for the replicas",
            extra={"replica": self.replica.replica_id, "resumed": position is not None},
        )
        self._sync_task = asyncio.create_task(self._sync_loop(), name="matrix-sync")

    async def _lose_sync(self) -> None:
        """This replica stops holding the sync lease: stop syncing and save the position
        (the lock is released after this returns)."""
        task, self._sync_task = self._sync_task, None
        await stop_task(task)
        if task is not None:
            await self._save_position()
            log.info("matrix: stopped syncing", extra={"replica": self._replica_id()})

    async def _save_position(self) -> None:
        if self.replica is None:
            return
        version = self.state.memory_version
        position = StreamPosition(
            token=self.state.sync_token,
            seen=self.state.recent_events(SHARED_SEEN),
            memory=self.state.memory() if version != self._memory_saved else None,
        )
        try:
            await self.replica.save_position(self.platform, self._account(), position)
        except StoreError:
            log.warning("matrix: could not save the sync position")
            return
        self._memory_saved = version

    def _account(self) -> str:
        return self._identity.user_id or self.settings.user_id

    def _replica_id(self) -> str:
        return self.replica.replica_id if self.replica is not None else ""

    def delivers(self) -> bool:
        """Whether this replica delivers the Matrix outbox rows: alone, always; among replicas,
        while it holds the sync (it knows the rooms, direct rooms and offered choices)."""
        return self.replica is None or self._sync_task is not None

    def connected(self) -> bool:
        """Whether the first sync is done and syncing goes on (``/readyz``)."""
        return self.ready.is_set()

    async def wait_ready(self, within: float = 30.0) -> None:
        """Wait for the first handled sync (for tests and benchmarks)."""
        await asyncio.wait_for(self.ready.wait(), within)

    async def stop(self) -> None:
        """Stop syncing, let running commands finish, send what is queued, save, disconnect."""
        if self._stopping and self.client is None:
            return
        self._stopping = True
        if self.replica is not None:
            # Hands the sync over (saving the position first) if this replica holds it.
            await self.replica.release(SYNC_LEASE)
            self._stopped.set()
        if self._sync_task is not None:
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._sync_task
        workers = [w for w in self._workers.values() if not w.done()]
        if workers:
            _done, pending = await asyncio.wait(workers, timeout=10)
            for task in pending:
                task.cancel()
        await self.queue.drain(within=10)
        await self.queue.close()
        self.state.save()
        if self.client is not None:
            await self.client.close()
            self.client = None
        self.ready.clear()

    async def _display_name(self) -> str:
        assert self.client is not None
        with contextlib.suppress(*CONNECTION_ERRORS):
            answer = await self.client.get_displayname()
            name = getattr(answer, "displayname", None)
            return name if isinstance(name, str) else ""
        return ""

    # --- the sync loop ------------------------------------------------------------------
    async def _sync_loop(self) -> None:
        assert self.client is not None
        client = self.client
        sync_filter = sync_filter_for(client.user_id)
        backoff = 0.2
        down_since: float | None = None
        first = True
        while not self._stopping:
            try:
                # The first sync of a run asks for the full state of every room: nio keeps
                # room state (members, power levels, encryption) only in memory.
                response = await client.sync(
                    timeout=0 if first else SYNC_TIMEOUT_MS,
                    sync_filter=sync_filter,
                    since=self.state.sync_token,
                    full_state=True if first else None,
                )
            except CONNECTION_ERRORS as exc:
                if down_since is None:
                    down_since = time.monotonic()
                    log.warning("matrix: homeserver unreachable", extra={"reason": repr(exc)})
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            if isinstance(response, SyncError):
                wait = retry_after(response)
                log.warning("matrix: sync refused", extra={"reason": str(response)})
                await asyncio.sleep(wait if wait is not None else backoff)
                backoff = min(backoff * 2, 10.0)
                continue
            if down_since is not None:
                log.info(
                    "matrix: homeserver reachable again",
                    extra={"down_seconds": round(time.monotonic() - down_since, 2)},
                )
                down_since = None
            backoff = 0.2
            dispatched = await self._handle_sync(response)
            if dispatched:
                # Let the answers leave before the next long poll: on a busy homeserver the
                # two requests compete, and answering is what people wait for. Bounded, so
                # a rate-limited queue never holds the loop up for long.
                await self._settle(SETTLE_S)
            self.state.set_sync_token(response.next_batch)
            self.state.save()
            await self._save_position()
            first = False
            self.ready.set()
            async with self._synced:
                self._synced.notify_all()

    async def _handle_sync(self, response: SyncResponse) -> int:
        """Handle one sync answer; returns how many messages went to the core."""
        assert self.client is not None
        before = self._dispatched
        try:
            await key_upkeep(self.client)
        except CONNECTION_ERRORS as exc:
            log.warning("matrix: key upkeep failed", extra={"reason": repr(exc)})
        self.trust.trust_encrypted_rooms(self.client)
        for room_id, info in response.rooms.invite.items():
            await self._on_invite(room_id, info.invite_state)
        for room_id in response.rooms.leave:
            self.state.forget_room(room_id)
            self._handled_invites.discard(room_id)
        since = self.state.sync_token
        for room_id, joined in response.rooms.join.items():
            for state_event in [*joined.state, *joined.timeline.events]:
                if isinstance(state_event, RoomCreateEvent):
                    self._creators[room_id] = translate.room_creators(state_event.source)
            events: list[Any] = []
            timeline = joined.timeline
            if timeline.limited and timeline.prev_batch and since:
                events.extend(await self._fetch_gap(room_id, timeline.prev_batch, since))
            events.extend(timeline.events)
            for event in events:
                await self._on_event(room_id, event)
        await self._retry_undecrypted()
        return self._dispatched - before

    async def _settle(self, within: float) -> None:
        """Wait until the rooms' workers are idle and the queue is empty, at most ``within``."""
        workers = [w for w in self._workers.values() if not w.done()]
        deadline = time.monotonic() + within
        if workers:
            await asyncio.wait(workers, timeout=within)
        await self.queue.drain(within=max(0.0, deadline - time.monotonic()))

    async def _fetch_gap(self, room_id: str, prev_batch: str, since: str) -> list[Any]:
        """The events a ``limited`` timeline left out, oldest first (down to the age cut-off)."""
        assert self.client is not None
        cutoff = self._cutoff_ms()
        found: list[Any] = []
        token = prev_batch
        for _page in range(GAP_PAGES):
            try:
                page = await self.client.room_messages(room_id, start=token, end=since, limit=100)
            except CONNECTION_ERRORS as exc:
                log.warning("matrix: fetching a timeline gap failed", extra={"reason": repr(exc)})
                break
            if not isinstance(page, RoomMessagesResponse) or not page.chunk:
                break
            found.extend(page.chunk)
            if getattr(page.chunk[-1], "server_timestamp", 0) < cutoff or not page.end:
                break
            token = page.end
        log.info("matrix: fetched a timeline gap", extra={"room": room_id, "events": len(found)})
        found.reverse()
        return found

    def _cutoff_ms(self) -> int:
        """Events older than this are not handled: from before the first start, or too old."""
        max_age_ms = int(self.settings.max_command_age_minutes * 60_000)
        first = self.state.first_start_ms or self._started_ms
        return max(first, int(time.time() * 1000) - max_age_ms)

    # --- events -------------------------------------------------------------------------
    async def _on_event(self, room_id: str, event: Any) -> None:
        if isinstance(event, RoomMemberEvent):
            await self._on_member(room_id, event)
            return
        event_id = getattr(event, "event_id", None)
        sender = getattr(event, "sender", None)
        if not isinstance(event_id, str) or not isinstance(sender, str):
            return
        if sender == self._identity.user_id or self.state.seen(event_id):
            return
        timestamp = int(getattr(event, "server_timestamp", 0) or 0)
        first = self.state.first_start_ms or self._started_ms
        if timestamp < first:
            return  # the backlog from before the bot's very first start is not for it
        if timestamp < self._cutoff_ms():
            self.state.remember(event_id)
            log.info(
                "matrix: skipped an event older than max_command_age_minutes",
                extra={
                    "room": room_id,
                    "event_id": event_id,
                    "age_seconds": round(time.time() - timestamp / 1000, 1),
                },
            )
            return
        if isinstance(event, MegolmEvent):
            self._on_undecryptable(room_id, event)
            return
        self.state.remember(event_id)
        message = self._translate(room_id, event)
        if message is not None:
            self._dispatch(message)

    def _translate(self, room_id: str, event: Any) -> Message | None:
        assert self.client is not None
        room = self.client.rooms.get(room_id)
        sender: str = event.sender
        facts = translate.RoomFacts(
            room_id=room_id,
            language=self.settings.room_language(room_id),
            name=room.display_name if room is not None else "",
            is_direct=room_id in self.state.direct_rooms,
            sender_name=(room.user_name(sender) or "") if room is not None else "",
            sender_power_level=(
                translate.power_level(
                    sender,
                    listed_level=room.power_levels.get_user_level(sender),
                    room_version=room.room_version,
                    creators=self._creators.get(room_id, frozenset()),
                )
                if room is not None
                else None
            ),
        )
        if isinstance(event, ReactionEvent):
            offer = self.state.offer_on(event.reacts_to)
            if offer is None or offer.room_id != room_id:
                return None
            if offer.user_id is not None and offer.user_id != sender:
                return None
            return translate.message_from_reaction(
                reaction_id=event.event_id,
                reacts_to=event.reacts_to,
                key=event.key,
                sender=sender,
                offered=offer.choices,
                room=facts,
            )
        source = getattr(event, "source", None)
        if not isinstance(source, dict) or source.get("type") != "m.room.message":
            return None
        return translate.message_from_event(event.event_id, sender, source, facts, self._identity)

    def _on_undecryptable(self, room_id: str, event: Any) -> None:
        """Keep an event we cannot decrypt yet: its key may arrive with a later sync."""
        assert self.client is not None
        if event.event_id in self._undecrypted:
            return
        self._undecrypted[event.event_id] = (room_id, event, time.monotonic())
        log.info(
            "matrix: waiting for the key of an encrypted event",
            extra={"room": room_id, "event_id": event.event_id},
        )

    async def _retry_undecrypted(self) -> None:
        assert self.client is not None
        for event_id, (room_id, event, since) in list(self._undecrypted.items()):
            try:
                decrypted = self.client.decrypt_event(event)
            except Exception:
                if time.monotonic() - since > UNDECRYPTABLE_PATIENCE_S:
                    del self._undecrypted[event_id]
                    log.warning(
                        "matrix: gave up on an encrypted event (no key arrived)",
                        extra={"room": room_id, "event_id": event_id},
                    )
                continue
            del self._undecrypted[event_id]
            decrypted.room_id = room_id
            await self._on_event(room_id, decrypted)

    async def _on_member(self, room_id: str, event: Any) -> None:
        """Leave a direct room once the person the bot talked to has left it."""
        assert self.client is not None
        if event.state_key == self._identity.user_id:
            return
        if event.membership not in ("leave", "ban") or room_id not in self.state.direct_rooms:
            return
        room = self.client.rooms.get(room_id)
        others = [u for u in (room.users if room else ()) if u != self._identity.user_id]
        if others:
            return
        log.info("matrix: leaving a direct room the other person left", extra={"room": room_id})
        self.state.forget_room(room_id)
        with contextlib.suppress(*CONNECTION_ERRORS):
            await self.client.room_leave(room_id)

    async def _on_invite(self, room_id: str, invite_state: Sequence[Any]) -> None:
        assert self.client is not None
        if room_id in self._handled_invites:
            return
        self._handled_invites.add(room_id)
        inviter = ""
        is_direct = False
        aliases: list[str] = []
        for event in invite_state:
            if isinstance(event, InviteMemberEvent) and event.state_key == self._identity.user_id:
                inviter = event.sender
                is_direct = bool(event.content.get("is_direct"))
            source = getattr(event, "source", {})
            if source.get("type") == "m.room.canonical_alias":
                content = source.get("content", {})
                aliases.extend(a for a in [content.get("alias"), *content.get("alt_aliases", [])])
        own_server = self._identity.user_id.split(":", 1)[-1]
        if not invite_allowed(
            self.settings.auto_join,
            inviter=inviter,
            room_id=room_id,
            room_aliases=[a for a in aliases if isinstance(a, str)],
            own_server=own_server,
        ):
            log.info(
                "matrix: declined an invite (not in auto_join)",
                extra={"room": room_id, "inviter_server": _server_of(inviter)},
            )
            with contextlib.suppress(*CONNECTION_ERRORS):
                await self.client.room_leave(room_id)
            return
        answer = await with_retries(
            lambda: self.client.join(room_id),  # type: ignore[union-attr]
            what="joining a room",
            stopping=lambda: self._stopping,
        )
        log.info(
            "matrix: accepted an invite",
            extra={
                "room": room_id,
                "inviter_server": _server_of(inviter),
                "direct": is_direct,
                "answer": str(answer),
            },
        )
        if is_direct and inviter:
            self.state.mark_direct(room_id)
            self.state.dm_rooms.setdefault(inviter, room_id)

    # --- handing messages to the core ---------------------------------------------------
    def _dispatch(self, message: Message) -> None:
        """Queue ``message`` for its room's worker (started if idle)."""
        self._dispatched += 1
        self._inbox.setdefault(message.room_id, deque()).append(message)
        worker = self._workers.get(message.room_id)
        if worker is None or worker.done():
            self._workers[message.room_id] = asyncio.create_task(
                self._work(message.room_id), name=f"matrix-room-{message.room_id}"
            )

    async def _work(self, room_id: str) -> None:
        pending = self._inbox[room_id]
        while pending:
            message = pending.popleft()
            try:
                assert self._handler is not None
                actions = await self._handler.handle(message)
                for action in actions:
                    await self._carry_out(action, origin=message, wait=False)
            except Exception as exc:
                log.error(
                    "matrix: handling a message failed",
                    extra={
                        "room": room_id,
                        "event_id": message.event_id,
                        "traceback": redacted_traceback(exc),
                    },
                )
        del self._inbox[room_id]

    async def perform(self, action: Action) -> Delivery | None:
        """Carry out an action the core took on its own; waits for the homeserver's answer.

        Before the first sync (the bot is still logging in) it waits up to
        ``READY_PATIENCE_S``: the prompt engine resends interrupted posts as soon as the bot
        starts, and a refusal would put them off by its retry interval.
        """
        if not await self._connected(READY_PATIENCE_S):
            log.warning(
                "matrix: not connected; action not carried out",
                extra={"action": type(action).__name__},
            )
            return None
        return await self._carry_out(action, origin=None, wait=True)

    async def _connected(self, within: float) -> bool:
        """Whether the adapter is (or within ``within`` seconds becomes) ready to send."""
        if self._stopping:
            return False
        if not self.ready.is_set():
            try:
                await asyncio.wait_for(self.ready.wait(), within)
            except TimeoutError:
                return False
        return self.client is not None and not self._stopping

    async def _carry_out(
        self, action: Action, *, origin: Message | None, wait: bool
    ) -> Delivery | None:
        match action:
            case Reply():
                return await self._reply(action, origin, wait)
            case DirectMessage():
                room_id = await self.direct.room_for(action.user_id)
                if room_id is None:
                    return None
                delivery = await self._send_text(
                    room_id,
                    action.text,
                    choices=action.choices,
                    owner=action.user_id,
                    key=action.key,
                    wait=wait or action.attachment is not None,
                )
                if delivery is None or action.attachment is None:
                    return delivery
                # The note went out; without its file the message is not delivered.
                sent = await self._send_file(room_id, action.attachment, wait=wait)
                return delivery if sent is not None else None
            case Post():
                text = translate.post_text(action.text, action.thread_title)
                # Anyone in the room may pick a post's choice (no owner).
                delivery = await self._send_text(
                    action.room_id,
                    text,
                    thread_id=action.thread_id,
                    choices=action.choices,
                    key=action.key,
                    wait=True,
                )
                if delivery is not None and action.thread_title:
                    # A Matrix thread is the relation of later events to this one.
                    return Delivery(message_id=delivery.message_id, thread_id=delivery.message_id)
                return delivery
            case React():
                item = self._enqueue(
                    action.room_id,
                    "m.reaction",
                    translate.reaction_content(action.event_id, action.emoji),
                    None,
                )
                return Delivery(message_id=await item.done) if wait else Delivery()
        raise TypeError(f"unknown action {action!r}")

    async def _reply(self, action: Reply, origin: Message | None, wait: bool) -> Delivery | None:
        owner = origin.sender_id if origin is not None else None
        if action.private and origin is not None and not origin.is_direct:
            # Personal answers go to the person's direct room, never to the shared room.
            room_id = await self.direct.room_for(origin.sender_id)
            if room_id is not None:
                return await self._send_text(
                    room_id,
                    action.text,
                    choices=action.choices,
                    owner=owner,
                    wait=wait,
                    cards=action.cards,
                )
        return await self._send_text(
            action.room_id,
            action.text,
            reply_to=action.reply_to,
            thread_id=action.thread_id,
            choices=action.choices,
            owner=owner,
            wait=wait,
            cards=action.cards,
        )

    def _enqueue(
        self, room_id: str, event_type: str, content: dict[str, Any], txn_id: str | None
    ) -> Outgoing:
        return self.queue.put(
            Outgoing(
                room_id=room_id,
                event_type=event_type,
                content=content,
                txn_id=txn_id or f"vetbot-{uuid.uuid4().hex}",
            )
        )

    async def _send_text(
        self,
        room_id: str,
        text: str,
        *,
        reply_to: str | None = None,
        thread_id: str | None = None,
        choices: Sequence[Any] = (),
        owner: str | None = None,
        key: str | None = None,
        wait: bool,
        cards: Sequence[Card] = (),
    ) -> Delivery | None:
        offered = translate.offered_choices(choices)
        content = translate.message_content(
            text,
            reply_to=reply_to,
            thread_id=thread_id,
            offered=offered,
            lang=self.language,
            cards=cards,
        )
        txn_id = translate.txn_id_for_key(key) if key else None
        item = self._enqueue(room_id, "m.room.message", content, txn_id)
        if not offered and not wait:
            return Delivery()
        event_id = await item.done
        if event_id is None:
            return None
        if offered:
            self.state.offer(event_id, ChoiceOffer(room_id=room_id, user_id=owner, choices=offered))
            self.state.save()
            for choice in offered:
                # Seed the reactions so answering is one click.
                self._enqueue(
                    room_id,
                    "m.reaction",
                    translate.reaction_content(event_id, choice.emoji),
                    translate.txn_id_for_key(f"{item.txn_id}/{choice.emoji}"),
                )
        return Delivery(message_id=event_id, thread_id=thread_id)

    async def _send_file(
        self, room_id: str, attachment: Attachment, *, wait: bool
    ) -> Delivery | None:
        """Upload ``attachment`` and send it as an ``m.file`` after what is queued already."""
        assert self.client is not None
        try:
            content = await upload_attachment(self.client, room_id, attachment)
        except CONNECTION_ERRORS as exc:
            log.error(
                "matrix: could not upload a file", extra={"room": room_id, "error": repr(exc)}
            )
            return None
        if content is None:
            return None
        item = self._enqueue(room_id, "m.room.message", content, None)
        if not wait:
            return Delivery()
        event_id = await item.done
        return Delivery(message_id=event_id) if event_id is not None else None

    async def _transport(self, item: Outgoing) -> Any:
        assert self.client is not None
        return await send_event(self.client, self.trust, item)

"""Several ``vetbot run`` replicas on one PostgreSQL (``[cluster] enabled``).

PostgreSQL coordinates; the replicas never talk to each other.

**The leader.** One replica at a time holds a PostgreSQL session advisory lock
(``pg_try_advisory_lock``) on a connection of its own, outside the store's pool, and runs the
work there must be one of (the capabilities' ``runtime.on_lead`` hooks: planning and posting
prompts, mentoring deadlines, anonymisation, thread summaries). Every ``heartbeat_seconds``
the leader checks that connection with a query, and every follower tries to take the lock.
The lock belongs to the connection: when the leader's process dies, PostgreSQL ends its
session and frees the lock, and a follower takes it at its next try. A leader whose connection
fails stops its leader work at once, and the server ends a session that stays silent for a
few heartbeats (``idle_session_timeout``), so a leader cut off from the database is replaced
too. A new leader catches up from the tables (the prompt engine's start reads them); the
delivery log's unique claims and the platforms' idempotency keys keep a hand-over from posting
anything twice.

**Followers** answer commands and deliver the outbox like the leader: the outbox claims its
rows with ``FOR UPDATE SKIP LOCKED`` and leases (:mod:`bot.outbox`). Where a platform hands
the same message to every replica, the first replica to insert the message's row in
``handled_messages`` answers it (:meth:`Cluster.take`).

**Changes.** What one replica (or ``vetbot knowledge import``) commits, the others learn at
once: triggers send ``pg_notify`` on the channels of :data:`CHANNELS` (the knowledge change
counter, the prompts table), and each replica listens on a connection of its own
(:class:`Listener`) and runs what the capabilities registered (``runtime.on_notify``): the
lookup index catches up, the leader re-plans prompts. The capabilities' periodic refreshes stay
as the fallback for a notification missed while a connection was down.

**Members.** Each replica keeps a row in ``cluster_members`` (host, process id, start, last
heartbeat, roles held), shown by ``vetbot cluster status``. A replica stopping (SIGTERM)
hands leadership over at once: it stops its leader work, releases the lock, and removes its
row, then finishes what it was sending.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import delete, select, text
from sqlalchemy.engine import make_url

from bot.errors import ConfigError, StoreError
from bot.ports import Clock
from bot.settings import Settings
from bot.store import Store
from bot.store.models import ClusterMember, HandledMessage, RateWindow

log = logging.getLogger(__name__)

#: The advisory lock the leader holds ("vetbot" in ASCII): one per database.
LEADER_LOCK: Final = 0x766574626F74
#: The role a leading replica lists in ``cluster_members``.
LEADER: Final = "leader"
#: Members silent this long are removed by the leader; ``handled_messages`` rows this old too.
FORGET_MEMBERS: Final = timedelta(minutes=10)
FORGET_HANDLED: Final = timedelta(days=1)
#: Heartbeats between two clean-ups by the leader.
CLEAN_EVERY: Final = 60

Hook = Callable[[], Awaitable[Any]]

#: The channels the migrations' triggers notify: the knowledge change counter was bumped;
#: a prompt was added or changed.
KNOWLEDGE_CHANGED: Final = "vetbot_knowledge"
PROMPTS_CHANGED: Final = "vetbot_prompts"
CHANNELS: Final = (KNOWLEDGE_CHANGED, PROMPTS_CHANGED)
#: Seconds between two tries to connect the listener again.
LISTEN_RETRY: Final = 1.0


def require_postgresql(settings: Settings) -> None:
    """Refuse ``[cluster] enabled`` on anything but PostgreSQL (a ConfigError)."""
    if settings.cluster.enabled and not settings.database_url.startswith("postgresql"):
        raise ConfigError(
            "replicas need PostgreSQL: set [store] url to a postgresql+psycopg:// URL, "
            "or enabled = false to run one bot on SQLite",
            key="cluster.enabled",
        )


def libpq_url(url: str) -> str:
    """The URL of ``url``'s database as libpq (psycopg's own connect) reads it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def default_replica_id() -> str:
    """Host, process id and a short random part: unique also when a process id is reused."""
    host = socket.gethostname()[:40]
    return f"{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True, slots=True)
class Member:
    """One row of ``vetbot cluster status``."""

    replica_id: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime
    roles: tuple[str, ...]


class Cluster:
    """This replica's part: membership, heartbeats and the leader lock.

    ``on_lead`` runs when this replica becomes the leader, ``on_follow`` when it stops being
    it (its connection failed, or it stops); both are awaited on the heartbeat's task, so
    they never overlap.
    """

    def __init__(
        self,
        settings: Settings,
        store: Store,
        clock: Clock,
        *,
        on_lead: Hook,
        on_follow: Hook,
    ) -> None:
        require_postgresql(settings)
        self.settings = settings.cluster
        self.window_seconds = settings.limits.window_seconds
        self.store = store
        self.clock = clock
        self.url = libpq_url(store.url)
        self.replica_id = self.settings.replica_id or default_replica_id()
        self.on_lead = on_lead
        self.on_follow = on_follow
        self.leading = False
        self._connection: Any = None  # psycopg.AsyncConnection holding the lock
        self._task: asyncio.Task[None] | None = None
        self._lead_task: asyncio.Task[None] | None = None
        self._failed = False
        self._beats = 0
        self.started_at = clock.now()

    @property
    def interval(self) -> float:
        return self.settings.heartbeat_seconds

    # --- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        """Join: write this replica's row, try to lead at once, then beat in the background."""
        await self._beat()
        await self._try_lead()
        self._task = asyncio.create_task(self._run(), name="cluster-heartbeat")
        if self._lead_task is not None:
            # A replica that leads from the start has its leader work running when it starts
            # answering, as a single bot has (the heartbeat keeps the lock's connection busy).
            await asyncio.shield(self._lead_task)

    async def stop(self) -> None:
        """Leave: hand leadership over at once and remove this replica's row."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.resign()
        try:
            async with self.store.session() as session:
                await session.execute(
                    delete(ClusterMember).where(ClusterMember.replica_id == self.replica_id)
                )
        except StoreError:
            log.warning("could not remove this replica from the members")

    async def resign(self) -> None:
        """Stop the leader work, then release the lock (another replica takes it at its next
        try) and close the lock's connection."""
        if self.leading:
            self.leading = False
            try:
                await self._stop_lead()
            finally:
                await self._unlock()
                log.info("leadership handed over", extra={"replica": self.replica_id})
        await self._disconnect()

    # --- the heartbeat ----------------------------------------------------------------------
    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("cluster heartbeat failed")

    async def _tick(self) -> None:
        if self.leading and self._failed:
            self.leading = False
            await self._stop_lead()
            await self._unlock()
        elif self.leading:
            if not await self._lock_alive():
                log.warning(
                    "lost the leader lock's connection; following",
                    extra={"replica": self.replica_id},
                )
                self.leading = False
                await self._disconnect()
                await self._stop_lead()
        else:
            await self._try_lead()
        await self._beat()
        self._beats += 1
        if self.leading and self._beats % CLEAN_EVERY == 0:
            await self._clean()

    async def _try_lead(self) -> None:
        try:
            connection = await self._connect()
            cursor = await asyncio.wait_for(
                connection.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK,)),
                timeout=self.interval * 3,
            )
            row = await cursor.fetchone()
        except Exception as exc:
            log.warning(
                "cannot reach the database for the leader lock",
                extra={"replica": self.replica_id, "error": type(exc).__name__},
            )
            await self._disconnect()
            return
        if row and row[0]:
            self.leading = True
            log.info("leading", extra={"replica": self.replica_id})
            await self._beat()
            # On its own task: the heartbeat goes on while the leader work starts (a long
            # catch-up must not leave the lock's connection silent).
            self._lead_task = asyncio.create_task(self._start_lead(), name="cluster-lead")

    async def _start_lead(self) -> None:
        try:
            await self.on_lead()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("starting the leader work failed; handing over")
            self._failed = True

    async def _stop_lead(self) -> None:
        """End the leader work: a start still under way is cancelled, then ``on_follow``."""
        task, self._lead_task = self._lead_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._failed = False
        await self.on_follow()

    async def _lock_alive(self) -> bool:
        connection = self._connection
        if connection is None or connection.closed:
            return False
        try:
            await asyncio.wait_for(connection.execute("SELECT 1"), timeout=self.interval * 3)
        except Exception:
            return False
        return True

    async def _connect(self) -> Any:
        if self._connection is not None and not self._connection.closed:
            return self._connection
        import psycopg

        silent = max(5, round(self.interval * 5))
        self._connection = await asyncio.wait_for(
            psycopg.AsyncConnection.connect(
                self.url,
                autocommit=True,
                application_name=f"vetbot {self.replica_id}"[:63],
                # The server ends the session (and frees the lock) of a replica that stays
                # silent this long: cut off from the database, or stuck.
                options=f"-c idle_session_timeout={silent * 1000}",
                keepalives=1,
                keepalives_idle=max(1, round(self.interval * 2)),
                keepalives_interval=1,
                keepalives_count=3,
                connect_timeout=max(2, round(self.interval * 3)),
            ),
            timeout=self.interval * 5,
        )
        return self._connection

    async def _unlock(self) -> None:
        connection = self._connection
        if connection is None or connection.closed:
            return
        try:
            await asyncio.wait_for(
                connection.execute("SELECT pg_advisory_unlock(%s)", (LEADER_LOCK,)),
                timeout=self.interval * 3,
            )
        except Exception:
            # Closing the connection frees the lock as well.
            await self._disconnect()

    async def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.close()

    async def _beat(self) -> None:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        now = self.clock.now()
        roles = [LEADER] if self.leading else []
        try:
            async with self.store.session() as session:
                await session.execute(
                    pg_insert(ClusterMember)
                    .values(
                        replica_id=self.replica_id,
                        host=socket.gethostname()[:255],
                        pid=os.getpid(),
                        started_at=self.started_at,
                        heartbeat_at=now,
                        roles=roles,
                    )
                    .on_conflict_do_update(
                        index_elements=[ClusterMember.replica_id],
                        set_={"heartbeat_at": now, "roles": roles},
                    )
                )
        except StoreError:
            log.warning("cluster heartbeat not recorded", extra={"replica": self.replica_id})

    async def _clean(self) -> None:
        now = self.clock.now()
        async with self.store.session() as session:
            await session.execute(
                delete(ClusterMember).where(ClusterMember.heartbeat_at < now - FORGET_MEMBERS)
            )
            await session.execute(
                delete(HandledMessage).where(HandledMessage.handled_at < now - FORGET_HANDLED)
            )
            idle = timedelta(seconds=self.window_seconds * 2)
            await session.execute(delete(RateWindow).where(RateWindow.updated_at < now - idle))

    # --- messages every replica receives ----------------------------------------------------
    async def take(self, platform: str, message_id: str) -> bool:
        """Whether this replica answers the platform message ``message_id``: true for the
        first replica to ask, false for every other."""
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        async with self.store.session() as session:
            result = await session.execute(
                pg_insert(HandledMessage)
                .values(
                    platform=platform,
                    message_id=message_id[:255],
                    replica_id=self.replica_id,
                    handled_at=self.clock.now(),
                )
                .on_conflict_do_nothing()
                .returning(HandledMessage.message_id)
            )
            return result.first() is not None


class Listener:
    """Listens on PostgreSQL notification channels on a connection of its own and runs each
    channel's hooks; a burst of notifications runs them once more after the run in hand
    (never two at once), and a lost connection is made again."""

    def __init__(self, url: str, hooks: dict[str, list[Hook]]) -> None:
        self.url = libpq_url(url)
        self.hooks = hooks
        self._dirty: dict[str, asyncio.Event] = {channel: asyncio.Event() for channel in hooks}
        self._tasks: list[asyncio.Task[None]] = []
        self.listening = asyncio.Event()

    async def start(self) -> None:
        if not self.hooks:
            return
        self._tasks = [asyncio.create_task(self._listen(), name="cluster-listen")]
        for channel in self.hooks:
            self._tasks.append(asyncio.create_task(self._work(channel), name=f"on-{channel}"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    async def _listen(self) -> None:
        import psycopg

        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self.url, autocommit=True, application_name="vetbot listener"
                ) as connection:
                    for channel in self.hooks:
                        await connection.execute(f'LISTEN "{channel}"')
                    self.listening.set()
                    # What changed while not listening: catch up once.
                    for dirty in self._dirty.values():
                        dirty.set()
                    async for note in connection.notifies():
                        dirty_channel = self._dirty.get(note.channel)
                        if dirty_channel is not None:
                            dirty_channel.set()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.listening.clear()
                log.warning("listening for changes failed", extra={"error": type(exc).__name__})
            await asyncio.sleep(LISTEN_RETRY)

    async def _work(self, channel: str) -> None:
        dirty = self._dirty[channel]
        while True:
            await dirty.wait()
            dirty.clear()
            for hook in self.hooks[channel]:
                try:
                    await hook()
                except Exception:
                    log.exception("acting on a change failed", extra={"channel": channel})


async def members(store: Store) -> list[Member]:
    """Every replica that wrote a heartbeat, in the order they started."""
    async with store.session() as session:
        rows = (
            (await session.execute(select(ClusterMember).order_by(ClusterMember.started_at)))
            .scalars()
            .all()
        )
    return [
        Member(
            replica_id=row.replica_id,
            host=row.host,
            pid=row.pid,
            started_at=row.started_at,
            heartbeat_at=row.heartbeat_at,
            roles=tuple(row.roles or ()),
        )
        for row in rows
    ]


async def leader_holds_lock(store: Store) -> bool:
    """Whether some session holds the leader lock now (from ``pg_locks``)."""
    async with store.session() as session:
        found = await session.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND ((classid::bigint << 32) | objid::bigint) = :key"
            ),
            {"key": LEADER_LOCK},
        )
        return bool(found.scalar())


__all__ = [
    "CHANNELS",
    "KNOWLEDGE_CHANGED",
    "LEADER",
    "LEADER_LOCK",
    "PROMPTS_CHANGED",
    "Cluster",
    "Listener",
    "Member",
    "leader_holds_lock",
    "members",
    "require_postgresql",
]

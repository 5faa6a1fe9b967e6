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

**Other leases.** The leader is one named lease (:class:`Lease`); work that must run in one
replica at a time without being leader work takes a lease of its own by name
(:meth:`Cluster.lease`, e.g. ``matrix-sync``: the replica consuming the Matrix sync), with the
same lock on a connection of its own, the same tries every heartbeat and the same hand-over.
``cluster_members.roles`` lists the leases a replica holds.

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
import hashlib
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
from bot.ports import Clock, StreamPosition
from bot.settings import Settings
from bot.store import Store
from bot.store.models import ClusterMember, HandledMessage, RateWindow, SyncPosition
from bot.tasks import stop_task

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


def lease_key(name: str) -> int:
    """The advisory lock key of the lease ``name``: :data:`LEADER_LOCK` for the leader, a
    48-bit digest of the name for any other."""
    if name == LEADER:
        return LEADER_LOCK
    return int.from_bytes(hashlib.blake2b(f"vetbot:{name}".encode(), digest_size=6).digest())


class Lease:
    """A named lease: a PostgreSQL session advisory lock held on a connection of its own.

    At most one replica holds a lease at a time. :meth:`tick` (each heartbeat) checks the
    held lock's connection, or tries to take the lock. ``on_take`` runs on a task of its own
    when this replica takes the lease; ``on_lose`` once it stops holding it (its connection
    failed, ``on_take`` failed, or :meth:`release`). The lock belongs to the connection: a
    holder that dies frees it with its session.
    """

    def __init__(
        self,
        name: str,
        *,
        url: str,
        replica_id: str,
        interval: float,
        on_take: Hook,
        on_lose: Hook,
    ) -> None:
        self.name = name
        self.key = lease_key(name)
        self.url = url
        self.replica_id = replica_id
        self.interval = interval
        self.on_take = on_take
        self.on_lose = on_lose
        self.held = False
        self.task: asyncio.Task[None] | None = None
        self._connection: Any = None  # psycopg.AsyncConnection holding the lock
        self._failed = False
        #: Ticks, takes and releases one at a time: two tries at once (``Cluster.lease``
        #: beside the heartbeat) would both take the lock, which a session may take again,
        #: and start the work twice.
        self._turn = asyncio.Lock()

    async def tick(self) -> None:
        """One heartbeat: let go of a lease whose work failed or whose connection is gone;
        else try to take it."""
        async with self._turn:
            await self._tick()

    async def _tick(self) -> None:
        if self.held and self._failed:
            self.held = False
            await self._stop()
            await self._unlock()
        elif self.held:
            if not await self._alive():
                log.warning(
                    "lost a lease's connection; standing by",
                    extra={"replica": self.replica_id, "lease": self.name},
                )
                self.held = False
                await self._disconnect()
                await self._stop()
        else:
            await self._try_take()

    async def try_take(self) -> bool:
        """Take the lock if it is free; true when this replica now holds the lease."""
        async with self._turn:
            return await self._try_take()

    async def _try_take(self) -> bool:
        if self.held:
            return True
        try:
            connection = await self._connect()
            cursor = await asyncio.wait_for(
                connection.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)),
                timeout=self.interval * 3,
            )
            row = await cursor.fetchone()
        except Exception as exc:
            log.warning(
                "cannot reach the database for a lease",
                extra={"replica": self.replica_id, "lease": self.name, "error": type(exc).__name__},
            )
            await self._disconnect()
            return False
        if not (row and row[0]):
            return False
        self.held = True
        log.info(
            "leading" if self.name == LEADER else "lease taken",
            extra={"replica": self.replica_id, "lease": self.name},
        )
        # On its own task: the heartbeat goes on while the work starts (a long catch-up must
        # not leave the lock's connection silent).
        self.task = asyncio.create_task(self._start(), name=f"lease-{self.name}")
        return True

    async def release(self) -> None:
        """Stop the work, then release the lock (another replica takes it at its next try)
        and close the lock's connection."""
        async with self._turn:
            await self._release()

    async def _release(self) -> None:
        if self.held:
            self.held = False
            try:
                await self._stop()
            finally:
                await self._unlock()
                log.info(
                    "leadership handed over" if self.name == LEADER else "lease handed over",
                    extra={"replica": self.replica_id, "lease": self.name},
                )
        await self._disconnect()

    async def _start(self) -> None:
        try:
            await self.on_take()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception(
                "starting a lease's work failed; handing over", extra={"lease": self.name}
            )
            self._failed = True

    async def _stop(self) -> None:
        """End the work: a start still under way is cancelled, then ``on_lose``."""
        task, self.task = self.task, None
        try:
            await stop_task(task)
        finally:  # also when the heartbeat is being stopped meanwhile: the work must end
            self._failed = False
            await self.on_lose()

    async def _alive(self) -> bool:
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
                connection.execute("SELECT pg_advisory_unlock(%s)", (self.key,)),
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


class Cluster:
    """This replica's part: membership, heartbeats, the leader lease and any other named
    lease (:meth:`lease`, e.g. ``matrix-sync``: who consumes the Matrix sync).

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
        self._leader = self._new_lease(LEADER, on_lead, on_follow)
        #: The leases by name, the leader's first.
        self.leases: dict[str, Lease] = {LEADER: self._leader}
        self._task: asyncio.Task[None] | None = None
        self._beats = 0
        self.started_at = clock.now()

    @property
    def interval(self) -> float:
        return self.settings.heartbeat_seconds

    @property
    def leading(self) -> bool:
        return self._leader.held

    def _new_lease(self, name: str, on_take: Hook, on_lose: Hook) -> Lease:
        return Lease(
            name,
            url=self.url,
            replica_id=self.replica_id,
            interval=self.interval,
            on_take=on_take,
            on_lose=on_lose,
        )

    # --- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        """Join: write this replica's row, try to lead at once, then beat in the background."""
        await self._beat()
        if await self._leader.try_take():
            await self._beat()
        self._task = asyncio.create_task(self._run(), name="cluster-heartbeat")
        if self._leader.task is not None:
            # A replica that leads from the start has its leader work running when it starts
            # answering, as a single bot has (the heartbeat keeps the lock's connection busy).
            await asyncio.shield(self._leader.task)

    async def stop(self) -> None:
        """Leave: hand every lease over at once and remove this replica's row."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        # The leader first: its work stops, the lock is free for another replica at its next
        # try, and the lock's connection closes.
        await self._leader.release()
        for name in [n for n in self.leases if n != LEADER]:
            await self.release(name)
        try:
            async with self.store.session() as session:
                await session.execute(
                    delete(ClusterMember).where(ClusterMember.replica_id == self.replica_id)
                )
        except StoreError:
            log.warning("could not remove this replica from the members")

    # --- named leases -----------------------------------------------------------------------
    async def lease(self, name: str, *, on_take: Hook, on_lose: Hook) -> None:
        """Compete for the lease ``name`` from now on: try at once, then every heartbeat.
        ``on_take`` runs (on a task of its own) when this replica takes it, ``on_lose`` when
        it stops holding it."""
        if name in self.leases:
            raise ValueError(f"lease {name!r} is taken part in already")
        lease = self._new_lease(name, on_take, on_lose)
        self.leases[name] = lease
        if await lease.try_take():
            await self._beat()

    async def release(self, name: str) -> None:
        """Stop competing for the lease ``name``, handing it over if held."""
        lease = self.leases.pop(name, None)
        if lease is not None:
            await lease.release()
            await self._beat()

    def holds(self, name: str) -> bool:
        """Whether this replica holds the lease ``name`` now."""
        lease = self.leases.get(name)
        return lease is not None and lease.held

    # --- an adapter's place in its platform's event stream ----------------------------------
    async def load_position(self, platform: str, account: str) -> StreamPosition | None:
        """The position last saved for ``account`` on ``platform`` (``None``: never saved)."""
        async with self.store.session() as session:
            row = await session.get(SyncPosition, (platform, account[:255]))
            if row is None:
                return None
            return StreamPosition(
                token=row.token, seen=tuple(str(e) for e in row.seen or ()), memory=row.memory
            )

    async def save_position(self, platform: str, account: str, position: StreamPosition) -> None:
        """Save where ``account`` is on ``platform`` (by the replica holding its lease)."""
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        values: dict[str, Any] = {
            "token": position.token,
            "seen": list(position.seen),
            "replica_id": self.replica_id,
            "updated_at": self.clock.now(),
        }
        if position.memory is not None:
            values["memory"] = dict(position.memory)
        async with self.store.session() as session:
            await session.execute(
                pg_insert(SyncPosition)
                .values(platform=platform, account=account[:255], **values)
                .on_conflict_do_update(
                    index_elements=[SyncPosition.platform, SyncPosition.account], set_=values
                )
            )

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
        for lease in list(self.leases.values()):
            await lease.tick()
        await self._beat()
        self._beats += 1
        if self.leading and self._beats % CLEAN_EVERY == 0:
            await self._clean()

    async def _beat(self) -> None:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        now = self.clock.now()
        roles = [name for name, lease in self.leases.items() if lease.held]
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


async def lease_held(store: Store, name: str) -> bool:
    """Whether some session holds the lease ``name`` on the store's database now (from
    ``pg_locks``, which lists every database's locks: advisory locks are per database)."""
    async with store.session() as session:
        found = await session.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND ((classid::bigint << 32) | objid::bigint) = :key"
            ),
            {"key": lease_key(name)},
        )
        return bool(found.scalar())


__all__ = [
    "CHANNELS",
    "KNOWLEDGE_CHANGED",
    "LEADER",
    "LEADER_LOCK",
    "PROMPTS_CHANGED",
    "Cluster",
    "Lease",
    "Listener",
    "Member",
    "lease_held",
    "lease_key",
    "members",
    "require_postgresql",
]

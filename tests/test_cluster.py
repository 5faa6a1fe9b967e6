"""Leadership among replicas (:mod:`bot.cluster`) on PostgreSQL, in one process: one leader at
a time, a leader whose lock connection is cut stops its leader work and another takes over,
a stopping leader hands over at once, and the members table says who is who; a named lease
(``matrix-sync``) beside the leader's, and the stream position the replicas share."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.cluster import LEADER, Cluster, Lease, lease_held, lease_key, libpq_url, members
from bot.errors import ConfigError
from bot.ports import StreamPosition, SystemClock
from bot.store import Store
from tests.botkit import make_settings

pytestmark = [pytest.mark.postgres]


class Work:
    """The leader work of one replica: how often it started and stopped."""

    def __init__(self) -> None:
        self.started = 0
        self.stopped = 0

    async def lead(self) -> None:
        self.started += 1

    async def follow(self) -> None:
        self.stopped += 1

    @property
    def running(self) -> bool:
        return self.started > self.stopped


async def until(what: str, check: Callable[[], bool], limit: float = 20.0) -> None:
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not within {limit:.0f} s")
        await asyncio.sleep(0.02)


async def roles_listed(store: Store, wanted: dict[str, tuple[str, ...]]) -> None:
    """Wait until the members' table lists ``wanted`` (replica → roles): a replica writes its
    roles at the heartbeat after a lease changed hands, a moment after its work started."""
    deadline = time.monotonic() + 20.0
    while (listed := {m.replica_id: m.roles for m in await members(store)}) != wanted:
        if time.monotonic() > deadline:
            raise AssertionError(f"members list {listed}, not {wanted}")
        await asyncio.sleep(0.02)


def two_replicas(
    tmp_path: Path, pg_url: str, works: list[Work]
) -> tuple[list[Store], list[Cluster]]:
    """Replicas "one" and "two" on ``pg_url``, each with a store of its own and ``works`` as
    what it does on leading and following (not started)."""
    settings = make_settings(tmp_path, pg_url, cluster={"enabled": True, "heartbeat_seconds": 0.2})
    stores = [Store(pg_url), Store(pg_url)]
    replicas = [
        Cluster(
            settings.replace("cluster", replica_id=name),
            store,
            SystemClock(),
            on_lead=work.lead,
            on_follow=work.follow,
        )
        for name, store, work in zip(("one", "two"), stores, works, strict=True)
    ]
    return stores, replicas


async def test_one_leader_and_takeover_when_its_connection_is_cut(
    tmp_path: Path, pg_url: str
) -> None:
    works = [Work(), Work()]
    stores, replicas = two_replicas(tmp_path, pg_url, works)
    try:
        await replicas[0].start()
        await replicas[1].start()
        assert [r.leading for r in replicas] == [True, False]
        assert works[0].running and not works[1].running
        listed = {m.replica_id: m.roles for m in await members(stores[0])}
        assert listed == {"one": (LEADER,), "two": ()}
        assert await lease_held(stores[0], LEADER)

        # The leader's lock connection is cut (the database restarted it, a network fault):
        # it stops its leader work, and the other replica takes over.
        async with stores[0].session() as session:
            await session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'vetbot one' AND datname = current_database()"
                )
            )
        await until("the leader noticing", lambda: not works[0].running)
        await until("the other taking over", lambda: works[1].running)
        assert replicas[1].leading
        # The first comes back as a follower: one leader at a time.
        await asyncio.sleep(0)
        await until("a heartbeat", lambda: replicas[0]._beats > 3)
        assert not replicas[0].leading and not works[0].running

        # A stopping leader hands over at once and leaves the members.
        await replicas[1].stop()
        assert not works[1].running
        await until("the first leading again", lambda: works[0].running)
        await roles_listed(stores[0], {"one": (LEADER,)})
    finally:
        for replica in replicas:
            await replica.stop()
        for store in stores:
            await store.close()


async def test_a_lease_tried_twice_at_once_starts_its_work_once(pg_url: str) -> None:
    """A heartbeat's try beside a first try (``Cluster.lease`` while the heartbeat runs): a
    session may take an advisory lock it holds again, so without taking turns both tries
    succeed and the work starts twice. The lock is taken once, the work starts once, and a
    release frees it."""
    work = Work()
    lease = Lease(
        "twice",
        url=libpq_url(pg_url),
        replica_id="twice",
        interval=0.2,
        on_take=work.lead,
        on_lose=work.follow,
    )
    store = Store(pg_url)
    try:
        tries = await asyncio.gather(lease.tick(), lease.try_take(), lease.tick())
        assert tries[1] and lease.held
        await until("the work started", lambda: work.running)
        await lease.tick()
        await asyncio.sleep(0.1)
        assert work.started == 1
        await lease.release()
        assert work.stopped == 1 and not lease.held
        assert not await lease_held(store, "twice")
    finally:
        await lease.release()
        await store.close()


async def test_a_heartbeat_stopped_while_it_stops_a_lease_still_ends_the_work(
    pg_url: str,
) -> None:
    """The lock's session ends while the work is running; the heartbeat that finds it out is
    itself stopped (``Cluster.stop``) while the work takes a moment to end: the heartbeat
    stops, and the work's ``on_lose`` still runs, once."""
    taking, ending = asyncio.Event(), asyncio.Event()
    lost: list[bool] = []

    async def take() -> None:
        taking.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            ending.set()
            await asyncio.sleep(0.1)  # its own clean-up
            raise

    async def lose() -> None:
        lost.append(True)

    lease = Lease(
        "slow", url=libpq_url(pg_url), replica_id="slow", interval=0.2, on_take=take, on_lose=lose
    )
    store = Store(pg_url)
    try:
        assert await lease.try_take()
        await taking.wait()
        async with store.session() as session:
            await session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'vetbot slow' AND datname = current_database()"
                )
            )
        beat = asyncio.create_task(lease.tick())
        await ending.wait()
        beat.cancel()
        with pytest.raises(asyncio.CancelledError):
            await beat
        assert lost == [True] and not lease.held
    finally:
        await lease.release()
        await store.close()
    assert lost == [True]


def test_replicas_refuse_sqlite(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, cluster={"enabled": True})
    with pytest.raises(ConfigError, match="replicas need PostgreSQL"):
        Cluster(
            settings,
            Store(settings.database_url),
            SystemClock(),
            on_lead=Work().lead,
            on_follow=Work().follow,
        )


async def test_a_named_lease_beside_the_leader_and_the_shared_stream_position(
    tmp_path: Path, pg_url: str
) -> None:
    """A named lease is held by one replica at a time, independently of the leader's, is
    listed in the members' roles, handed over when its holder releases it or stops, and the
    stream position one replica saves is what the other reads."""
    leads = [Work(), Work()]
    syncs = [Work(), Work()]
    stores, replicas = two_replicas(tmp_path, pg_url, leads)
    try:
        await replicas[0].start()
        await replicas[1].start()
        # The second replica asks first: it holds the sync lease, the first leads.
        await replicas[1].lease("matrix-sync", on_take=syncs[1].lead, on_lose=syncs[1].follow)
        await replicas[0].lease("matrix-sync", on_take=syncs[0].lead, on_lose=syncs[0].follow)
        await until("the sync work started", lambda: syncs[1].running)
        assert [r.holds("matrix-sync") for r in replicas] == [False, True]
        assert replicas[0].leading and not replicas[1].leading
        assert not syncs[0].running
        await roles_listed(stores[0], {"one": (LEADER,), "two": ("matrix-sync",)})
        assert await lease_held(stores[0], "matrix-sync")
        assert lease_key("matrix-sync") != lease_key(LEADER)

        assert await replicas[0].load_position("matrix", "@bot:example.org") is None
        saved = StreamPosition(token="s72_1", seen=("$a", "$b"))
        await replicas[1].save_position("matrix", "@bot:example.org", saved)
        memory = {"dm_rooms": {"@ana:example.org": "!dm"}}
        await replicas[1].save_position(
            "matrix", "@bot:example.org", StreamPosition(token="s72_2", memory=memory)
        )
        # Without memory (unchanged), what is stored stays.
        await replicas[1].save_position(
            "matrix", "@bot:example.org", StreamPosition(token="s80_2", seen=("$b", "$c"))
        )
        assert await replicas[0].load_position("matrix", "@bot:example.org") == StreamPosition(
            token="s80_2", seen=("$b", "$c"), memory=memory
        )

        # The holder stops competing: its work ends before the other takes the lease over.
        await replicas[1].release("matrix-sync")
        assert syncs[1].stopped == 1 and not replicas[1].holds("matrix-sync")
        await until("the other taking the sync lease", lambda: syncs[0].running)
        assert replicas[0].holds("matrix-sync") and replicas[0].leading

        # A replica stopping hands every lease over.
        await replicas[1].lease("matrix-sync", on_take=syncs[1].lead, on_lose=syncs[1].follow)
        await replicas[0].stop()
        assert not syncs[0].running and not leads[0].running
        await until("the sync lease taken over", lambda: syncs[1].running)
        await until("leadership taken over", lambda: leads[1].running)
        await roles_listed(stores[1], {"two": (LEADER, "matrix-sync")})
    finally:
        for replica in replicas:
            await replica.stop()
        for store in stores:
            await store.close()


async def test_replicas_claim_a_message_by_its_claim_id_when_it_has_one(
    tmp_path: Path, pg_url: str
) -> None:
    """Two reactions to one question (``event_id`` the question, ``claim_id`` each reaction)
    are two commands: each is answered once; the same reaction again is left alone."""
    from bot.app import App
    from bot.events import Message

    settings = make_settings(tmp_path, pg_url, cluster={"enabled": True, "heartbeat_seconds": 0.2})
    app = App(settings, interactive=True)
    await app.start()

    def reaction(claim: str) -> Message:
        return Message(
            platform="console",
            room_id="room",
            sender_id="ana",
            text="!help",
            mentions_bot=True,
            event_id="$question",
            claim_id=claim,
        )

    try:
        assert await app.handle(reaction("$first"))
        assert await app.handle(reaction("$second"))
        assert await app.handle(reaction("$first")) == []
    finally:
        await app.stop()


async def test_a_claim_taken_ahead_is_handled_once_by_its_taker(
    tmp_path: Path, pg_url: str
) -> None:
    """An adapter that must respond exactly once (a Discord interaction) claims first: the
    replica that won handles the message without claiming it again, the other loses the
    claim and would not handle it either."""
    from bot.app import App
    from bot.events import Message

    settings = make_settings(tmp_path, pg_url, cluster={"enabled": True, "heartbeat_seconds": 0.2})
    apps = [
        App(settings.replace("cluster", replica_id=name), interactive=True)
        for name in ("one", "two")
    ]
    for app in apps:
        await app.start()
    click = Message(
        platform="discord", room_id="room", sender_id="ana", text="!help", claim_id="1234"
    )
    try:
        assert await apps[0].claim("discord", "1234")
        assert not await apps[1].claim("discord", "1234")
        assert await apps[0].handle(click)
        assert await apps[1].handle(click) == []
        # Handled: the claim ahead is used up, the same id again is left alone.
        assert await apps[0].handle(click) == []
    finally:
        for app in apps:
            await app.stop()

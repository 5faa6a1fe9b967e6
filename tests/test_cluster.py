"""Leadership among replicas (:mod:`bot.cluster`) on PostgreSQL, in one process: one leader at
a time, a leader whose lock connection is cut stops its leader work and another takes over,
a stopping leader hands over at once, and the members table says who is who."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.cluster import LEADER, Cluster, leader_holds_lock, members
from bot.errors import ConfigError
from bot.ports import SystemClock
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


async def test_one_leader_and_takeover_when_its_connection_is_cut(
    tmp_path: Path, pg_url: str
) -> None:
    settings = make_settings(tmp_path, pg_url, cluster={"enabled": True, "heartbeat_seconds": 0.2})
    stores = [Store(pg_url), Store(pg_url)]
    works = [Work(), Work()]
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
    try:
        await replicas[0].start()
        await replicas[1].start()
        assert [r.leading for r in replicas] == [True, False]
        assert works[0].running and not works[1].running
        listed = {m.replica_id: m.roles for m in await members(stores[0])}
        assert listed == {"one": (LEADER,), "two": ()}
        assert await leader_holds_lock(stores[0])

        # The leader's lock connection is cut (the database restarted it, a network fault):
        # it stops its leader work, and the other replica takes over.
        async with stores[0].session() as session:
            await session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'vetbot one'"
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
        listed = {m.replica_id: m.roles for m in await members(stores[0])}
        assert listed == {"one": (LEADER,)}
    finally:
        for replica in replicas:
            await replica.stop()
        for store in stores:
            await store.close()


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

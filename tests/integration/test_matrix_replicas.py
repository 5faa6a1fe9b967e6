"""Replicas sharing one Matrix account: two ``vetbot run --no-input`` processes with
``[cluster] enabled`` on one PostgreSQL, both logged in with the same access token on the test
homeserver.

- only the replica holding the ``matrix-sync`` lease syncs; ``vetbot cluster status`` says
  which; every command is answered exactly once;
- the syncing replica is killed (SIGKILL) right after its position was saved, and commands
  are sent meanwhile: the other replica takes the lease over, goes on from the position in
  the database and answers them, once each (the time from the kill to the last answer is
  measured and printed; bounded only generously against the heartbeat), and no command
  answered before the kill reaches the core again or is answered again; a direct room the
  first replica learned of is one for the second too (the memory shared in the database);
- a clustered Matrix adapter with encryption on is refused with a clear message, unless
  ``[matrix] single_replica = true`` says it runs in this replica alone.

The replies are counted from the room's history after the replicas stopped, so a late
duplicate cannot escape the count.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from nio import RoomMessageNotice, RoomMessagesResponse
from sqlalchemy import text

from bot.store import Store
from tests.integration.conftest import NioClientFactory
from tests.integration.matrix_harness import Human, new_human, reply_target
from tests.integration.synapse import RegisteredUser, SynapseServer
from tests.integration.test_replicas import Replica, replica_config, status, until
from tests.processes import run_vetbot

pytestmark = [pytest.mark.postgres]

RUN = "from bot.cli import main\nraise SystemExit(main(['run', '--no-input']))\n"
SYNCING = "matrix: syncing for the replicas"
#: A generous bound for a take-over (30 heartbeats); what it takes is printed.
TAKEOVER_BOUND = 15.0


def write_config(
    folder: Path, name: str, url: str, server: SynapseServer, bot_user: RegisteredUser
) -> Path:
    return replica_config(
        folder,
        name,
        url,
        ("matrix",),
        f"""[matrix]
homeserver = "{server.base_url}"
user_id = "{bot_user.user_id}"
access_token = "{bot_user.access_token}"
encryption = false""",
    )


async def position_holds(url: str, event_id: str) -> bool:
    """Whether the saved Matrix sync position lists ``event_id`` as handled."""
    store = Store(url)
    try:
        async with store.session() as session:
            found = await session.execute(
                text("SELECT seen FROM sync_positions WHERE platform = 'matrix'")
            )
            seen = found.scalar()
            return isinstance(seen, list) and event_id in seen
    finally:
        await store.close()


async def claimed_by(url: str, event_id: str) -> str | None:
    store = Store(url)
    try:
        async with store.session() as session:
            found = await session.execute(
                text(
                    "SELECT replica_id FROM handled_messages "
                    "WHERE platform = 'matrix' AND message_id = :id"
                ),
                {"id": event_id},
            )
            value = found.scalar()
            return None if value is None else str(value)
    finally:
        await store.close()


async def replies_in_history(human: Human, room_id: str, sender: str) -> dict[str, int]:
    """How many notices of ``sender`` answer each event, from the room's whole history."""
    await human.sync(timeout_ms=0)
    counts: dict[str, int] = {}
    token = human.client.next_batch
    for _page in range(20):
        page = await human.client.room_messages(room_id, start=token, limit=100)
        assert isinstance(page, RoomMessagesResponse), page
        for event in page.chunk:
            if isinstance(event, RoomMessageNotice) and event.sender == sender:
                target = reply_target(event)
                if target is not None:
                    counts[target] = counts.get(target, 0) + 1
        if not page.chunk or not page.end:
            break
        token = page.end
    return counts


async def test_replicas_share_a_matrix_account_and_hand_the_sync_over(
    pg_url: str,
    tmp_path: Path,
    synapse: SynapseServer,
    nio_client_factory: NioClientFactory,
) -> None:
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    ana = await new_human(synapse, nio_client_factory)
    a = Replica("a", write_config(tmp_path, "a", pg_url, synapse, bot_user), tmp_path, RUN)
    b = Replica("b", write_config(tmp_path, "b", pg_url, synapse, bot_user), tmp_path, RUN)
    try:
        await a.start()
        await a.until_logged(SYNCING)
        await a.until_logged("vetbot running")
        await b.start()
        await b.until_logged("vetbot running")
        assert b.logged(SYNCING) is None

        room = await ana.create_room(invite=bot_user.user_id)
        shown = await status(tmp_path, a.config)
        lines = {line.split(" on ")[0]: line for line in shown.splitlines() if " on " in line}
        assert "matrix-sync" in lines["a"] and "matrix-sync" not in lines["b"], shown

        before = [await ana.send(room, "!help") for _ in range(3)]
        for event_id in before:
            await ana.wait_for_reply(room, bot_user.user_id, event_id)
        # A direct room: text without the prefix is a command there, for the replica that
        # knows the room is direct.
        dm = await ana.create_room(invite=bot_user.user_id, direct=True)
        dm_before = await ana.send(dm, "help")
        await ana.wait_for_reply(dm, bot_user.user_id, dm_before)
        await until("the position saved", lambda: position_holds(pg_url, dm_before))

        a.kill()
        killed_at = time.monotonic()
        during = [await ana.send(room, "!help") for _ in range(3)]
        dm_during = await ana.send(dm, "help")
        for event_id in during:
            await ana.wait_for_reply(room, bot_user.user_id, event_id, within=TAKEOVER_BOUND + 5)
        await ana.wait_for_reply(dm, bot_user.user_id, dm_during, within=TAKEOVER_BOUND + 5)
        took = time.monotonic() - killed_at
        print(f"matrix sync take-over: last answer {took:.2f} s after the kill")
        assert took < TAKEOVER_BOUND
        taken = b.logged(SYNCING)
        assert taken is not None and taken.get("resumed") is True, b.records[-20:]

        # The second guard is in effect: Matrix events are claimed in handled_messages.
        for event_id in (*before, dm_before):
            assert await claimed_by(pg_url, event_id) == "a"
        for event_id in (*during, dm_during):
            assert await claimed_by(pg_url, event_id) == "b"
        assert await b.stop() == 0
        # No command answered before the kill reached the core of the other replica again.
        assert b.logged("message left to another replica") is None
        assert b.errors() == [], b.errors()

        counts = await replies_in_history(ana, room, bot_user.user_id)
        assert {e: counts.get(e, 0) for e in before + during} == {e: 1 for e in before + during}
        counts = await replies_in_history(ana, dm, bot_user.user_id)
        assert [counts.get(dm_before, 0), counts.get(dm_during, 0)] == [1, 1]
    finally:
        for replica in (a, b):
            if replica.process is not None and replica.process.returncode is None:
                await replica.stop()


async def test_encryption_with_replicas_only_in_a_single_matrix_replica(
    pg_url: str, tmp_path: Path, synapse: SynapseServer
) -> None:
    """A clustered Matrix adapter with encryption on is refused, saying what to do; with
    ``single_replica = true`` it runs, syncing without the lease."""
    bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
    config = write_config(tmp_path, "a", pg_url, synapse, bot_user)
    shared = config.read_text(encoding="utf-8")
    config.write_text(shared.replace("encryption = false", "encryption = true"), encoding="utf-8")
    done = await asyncio.to_thread(run_vetbot, tmp_path, config, "run", "--no-input", timeout=60)
    assert done.returncode == 2, done.stderr
    assert "cannot read encrypted rooms" in done.stderr
    assert "encryption = false" in done.stderr and "single_replica = true" in done.stderr

    config.write_text(
        shared.replace("encryption = false", "encryption = true\nsingle_replica = true"),
        encoding="utf-8",
    )
    alone = Replica("a", config, tmp_path, RUN)
    try:
        await alone.start()
        await alone.until_logged("vetbot running")
        assert alone.logged(SYNCING) is None and alone.logged("lease taken") is None
        assert "matrix-sync" not in await status(tmp_path, config)
    finally:
        assert await alone.stop() == 0

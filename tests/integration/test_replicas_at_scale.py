"""Two replicas serving Discord with shards and Matrix with one account, under 200 commands.

Two ``vetbot run --no-input`` processes with ``[cluster] enabled`` on one PostgreSQL and both
adapters: on the protocol-level fake Discord each runs one of two shards, four servers
between them (two a shard), and on the test homeserver both log in with the same account,
the one holding the ``matrix-sync`` lease syncing. 200 light commands (``!help tool``) from
several people are spread over the four servers' channels and two Matrix rooms, sent all at
once, no person more than the rate limit allows (it counts across the replicas). Each gets
exactly one answer, counted after both replicas stopped (so a late duplicate
cannot escape the count): on Discord from the fake's recorded messages, on Matrix from the
rooms' whole history. Each server's commands are answered by the replica of its shard, the
Matrix ones by the replica that syncs. The time from the first command to the last answer
is printed.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store import Store
from tests.fakes.discord import FakeDiscord, FakeUser
from tests.integration.conftest import NioClientFactory
from tests.integration.matrix_harness import Human, new_human
from tests.integration.synapse import RegisteredUser, SynapseServer
from tests.integration.test_matrix_replicas import SYNCING, replies_in_history
from tests.integration.test_replicas import (
    START_TIMEOUT,
    Replica,
    bot_posts,
    replica_config,
    until,
)

pytestmark = [pytest.mark.postgres]

COMMANDS = 200
GUILDS = 4
MATRIX_ROOMS = 2
COMMAND = "!help tool"
#: Each person's commands in the (shared) window: above what each sends here, but in effect.
LIMIT = 40
#: A generous bound for every answer to be in; what it takes is printed.
ANSWERED_WITHIN = 60.0


def write_config(
    folder: Path,
    name: str,
    shard: int,
    url: str,
    fake: FakeDiscord,
    server: SynapseServer,
    bot_user: RegisteredUser,
) -> Path:
    return replica_config(
        folder,
        name,
        url,
        ("discord", "matrix"),
        f"""[discord]
token = "{fake.token}"
api_base = "{fake.api_base}"
gateway_url = "{fake.gateway_url}"
shard_count = 2
shard_ids = [{shard}]
[matrix]
homeserver = "{server.base_url}"
user_id = "{bot_user.user_id}"
access_token = "{bot_user.access_token}"
encryption = false""",
        limit=LIMIT,
    )


async def claims(url: str) -> dict[tuple[str, str], str]:
    """Who took each message: (platform, message id) → replica."""
    store = Store(url)
    try:
        async with store.session() as session:
            found = await session.execute(
                text("SELECT platform, message_id, replica_id FROM handled_messages")
            )
            return {(str(p), str(m)): str(r) for p, m, r in found.all()}
    finally:
        await store.close()


def discord_answers(fake: FakeDiscord, channels: list[int]) -> Counter[str]:
    """How many answers of the bot reference each message, over ``channels``."""
    counted: Counter[str] = Counter()
    for channel in channels:
        for message in bot_posts(fake, channel):
            reference = message.get("message_reference") or {}
            if reference.get("message_id") is not None:
                counted[str(reference["message_id"])] += 1
    return counted


async def test_two_replicas_answer_200_commands_once_on_discord_shards_and_matrix(
    pg_url: str,
    tmp_path: Path,
    synapse: SynapseServer,
    nio_client_factory: NioClientFactory,
) -> None:
    async with FakeDiscord() as fake:
        people = [fake.add_user(f"trainer{i}") for i in range(4)]
        channels: list[int] = []
        shard_of: dict[int, int] = {}
        for index in range(GUILDS):
            shard = index % 2
            guild = fake.add_guild(f"server {index}", shard=(shard, 2))
            for person in people:
                fake.join(person, guild.id)
            channel = fake.add_text_channel("general", guild_id=guild.id).id
            channels.append(channel)
            shard_of[channel] = shard

        bot_user = await synapse.aregister(synapse.unique_localpart("vetbot"))
        humans = [await new_human(synapse, nio_client_factory, n) for n in ("ana", "ben")]
        a = Replica("a", write_config(tmp_path, "a", 0, pg_url, fake, synapse, bot_user), tmp_path)
        b = Replica("b", write_config(tmp_path, "b", 1, pg_url, fake, synapse, bot_user), tmp_path)
        try:
            await a.start()
            await a.until_logged(SYNCING)
            await a.until_logged("vetbot running")
            await b.start()
            await b.until_logged("vetbot running")
            await fake.wait_for_live_sessions(2, timeout=START_TIMEOUT)
            assert sorted(i.shard for i in fake.identifies if i.shard) == [(0, 2), (1, 2)]
            assert b.logged(SYNCING) is None
            rooms = [await human.create_room(invite=bot_user.user_id) for human in humans]

            # Six places (four channels, two rooms) in turn: 134 on Discord, 66 on Matrix.
            places = GUILDS + MATRIX_ROOMS
            on_discord = [i for i in range(COMMANDS) if i % places < GUILDS]
            on_matrix = [i for i in range(COMMANDS) if i % places >= GUILDS]
            discord_sent: dict[str, int] = {}  # message id → channel
            matrix_sent: dict[str, str] = {}  # event id → room

            async def to_discord() -> None:
                for i in on_discord:
                    channel = channels[i % places]
                    person: FakeUser = people[i % len(people)]
                    sent = await fake.send_message(channel, person, COMMAND)
                    discord_sent[str(sent)] = channel

            async def to_matrix(human: Human, room: str, count: int) -> None:
                for _ in range(count):
                    matrix_sent[await human.send(room, COMMAND)] = room

            per_room = len(on_matrix) // MATRIX_ROOMS
            started = time.monotonic()
            await asyncio.gather(
                to_discord(),
                *(to_matrix(h, r, per_room) for h, r in zip(humans, rooms, strict=True)),
            )
            sent_in = time.monotonic() - started
            assert len(discord_sent) + len(matrix_sent) == COMMANDS

            async def all_answered() -> bool:
                on_discord = discord_answers(fake, channels)
                if any(on_discord[m] == 0 for m in discord_sent):
                    return False
                for human, room in zip(humans, rooms, strict=True):
                    counts = await replies_in_history(human, room, bot_user.user_id)
                    if any(counts.get(e, 0) == 0 for e, r in matrix_sent.items() if r == room):
                        return False
                return True

            await until("every command answered", all_answered, ANSWERED_WITHIN)
            took = time.monotonic() - started
            print(
                f"{COMMANDS} commands ({len(discord_sent)} Discord over {GUILDS} servers, "
                f"{len(matrix_sent)} Matrix over {MATRIX_ROOMS} rooms): sent in {sent_in:.2f} s, "
                f"last answer after {took:.2f} s"
            )
            assert not a.errors() and not b.errors(), (a.errors(), b.errors())
        finally:
            codes = [await a.stop(), await b.stop()]
        assert codes == [0, 0]

        # Counted after both stopped: exactly one answer each.
        counted = discord_answers(fake, channels)
        assert {m: counted[m] for m in discord_sent} == dict.fromkeys(discord_sent, 1)
        assert sum(counted.values()) == len(discord_sent)
        assert all("tool" in m["content"] for c in channels for m in bot_posts(fake, c)), (
            "answers, not refusals"
        )
        for human, room in zip(humans, rooms, strict=True):
            counts = await replies_in_history(human, room, bot_user.user_id)
            asked = [e for e, r in matrix_sent.items() if r == room]
            assert {e: counts.get(e, 0) for e in asked} == dict.fromkeys(asked, 1)
            assert sum(counts.values()) == len(asked)

        # Each server's commands went to the replica of its shard; Matrix's to the syncing one.
        taken = await claims(pg_url)
        for message, channel in discord_sent.items():
            assert taken[("discord", message)] == ("a" if shard_of[channel] == 0 else "b")
        assert {taken[("matrix", e)] for e in matrix_sent} == {"a"}

"""Replicas: two ``vetbot run --no-input`` processes with ``[cluster] enabled`` on one
PostgreSQL, both connected to the protocol-level fake Discord as unsharded sessions of one bot
(``broadcast_sessions``: every message reaches both, as on Discord).

- every command gets exactly one answer (the first replica to claim the message answers it);
- ``vetbot cluster status`` names the leader; a leader stopped with SIGTERM hands over at
  once and leaves the members;
- a tool approved on one replica is found by ``!tool`` on the other (the periodic refresh is
  off: only PostgreSQL's notification can bring it there);
- prompts due while the leader posts them are posted exactly once when the leader is killed
  with SIGKILL in the middle: the other replica takes the lock and catches up from the tables
  (the failover time is measured and printed; bounded only generously);
- ``[cluster] enabled`` on SQLite: ``vetbot run`` exits 2 and says why;
- with ``[discord] shard_count = 2``, each replica runs one shard: each server's messages
  and slash commands reach the replica of its shard, direct messages shard 0;
- with unsharded sessions, a button click or slash command reaches both replicas and gets
  exactly one response: the replica that loses the interaction's claim sends none.

Each replica is started with the prompt engine's sync and discord.py's wait for more guilds
shortened (a wrapper around ``bot.cli.main``), so a test takes seconds, not minutes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bot.capabilities.prompts.models import Prompt, Target
from bot.store import Store
from tests.fakes.discord import FakeDiscord, FakeUser, SentInteraction
from tests.processes import bot_env, run_vetbot

pytestmark = [pytest.mark.postgres]

HEARTBEAT = 0.5
#: Bounds for what should happen in seconds on a quiet machine.
START_TIMEOUT = 60.0
WAIT = 45.0

WRAPPER = """
import sys
import bot.capabilities.prompts.engine as engine
from adapters.discord.adapter import DiscordAdapter

engine.SYNC_SECONDS = 0.5
_init = DiscordAdapter.__init__

def _quick(self, **kwargs):
    _init(self, **kwargs)
    self.guild_ready_timeout = 0.05

DiscordAdapter.__init__ = _quick
from bot.cli import main
raise SystemExit(main(["run", "--no-input"]))
"""


class Replica:
    """One ``vetbot run --no-input`` child; its JSON log records are read as they come."""

    def __init__(self, name: str, config: Path, cwd: Path, wrapper: str = WRAPPER) -> None:
        self.name = name
        self.wrapper = wrapper
        self.config = config
        self.cwd = cwd
        self.records: list[dict[str, Any]] = []
        self.process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            self.wrapper,
            cwd=self.cwd,
            env=bot_env(self.config),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        async for raw in self.process.stderr:
            line = raw.decode("utf-8", "replace").strip()
            try:
                record = json.loads(line)
            except ValueError:
                record = {"message": line, "level": "raw"}
            record["seen_at"] = time.time()
            self.records.append(record)

    def logged(self, message: str) -> dict[str, Any] | None:
        return next((r for r in self.records if r.get("message") == message), None)

    def errors(self) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("level") in ("error", "critical")]

    async def until_logged(self, message: str, limit: float = START_TIMEOUT) -> dict[str, Any]:
        deadline = time.monotonic() + limit
        while (found := self.logged(message)) is None:
            if self.process is not None and self.process.returncode is not None:
                raise AssertionError(f"{self.name} exited: {self.records[-20:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: {message!r} not logged: {self.records[-20:]}")
            await asyncio.sleep(0.05)
        return found

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> int:
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            code = await self.process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._reader, 5)
        return code


async def store_due_prompts(
    store: Store,
    count: int,
    *,
    text: str,
    due: datetime,
    channel: int,
    author: FakeUser,
    created_at: datetime,
    updated_at: datetime,
) -> None:
    """``count`` one-off prompts ``"{text} {i}"`` due at ``due`` (a whole minute, UTC), each
    posted in the fake Discord's ``channel``, written straight to the store as a coordinator's
    `!prompt schedule` would leave them."""
    async with store.session() as session:
        for i in range(count):
            prompt = Prompt(
                text=f"{text} {i}",
                schedule={
                    "kind": "at",
                    "spec": due.strftime("%Y-%m-%d %H:%M"),
                    "tz": "UTC",
                    "start": None,
                    "end": None,
                    "anchor": None,
                },
                status="active",
                author_platform="discord",
                author_user_id=str(author.id),
                author_name=author.username,
                created_at=created_at,
                updated_at=updated_at,
            )
            session.add(prompt)
            await session.flush()
            session.add(Target(prompt_id=prompt.id, platform="discord", room_id=str(channel)))


def replica_config(
    folder: Path,
    name: str,
    url: str,
    adapters: tuple[str, ...],
    platform: str,
    *,
    limit: int = 100_000,
) -> Path:
    """``<folder>/<name>.toml`` for one replica on the database ``url``: the ``adapters`` it
    runs, settings shared by the replicas tests (``limit`` commands per person and window),
    then ``platform`` (more TOML)."""
    listed = ", ".join(f'"{adapter}"' for adapter in adapters)
    config = folder / f"{name}.toml"
    config.write_text(
        f"""
[bot]
data_dir = "data-{name}"
adapters = [{listed}]
[store]
url = "{url}"
[knowledge]
seed = false
refresh_seconds = 0
[logging]
format = "json"
level = "DEBUG"
[limits]
commands_per_window = {limit}
[cluster]
enabled = true
heartbeat_seconds = {HEARTBEAT}
replica_id = "{name}"
{platform}
""",
        encoding="utf-8",
    )
    return config


def write_config(
    folder: Path, name: str, fake: FakeDiscord, url: str, coordinator: FakeUser, discord: str = ""
) -> Path:
    return replica_config(
        folder,
        name,
        url,
        ("discord",),
        f"""[permissions]
coordinator_users = ["discord:{coordinator.id}"]
[discord]
token = "{fake.token}"
api_base = "{fake.api_base}"
gateway_url = "{fake.gateway_url}"
{discord}""",
    )


async def until(what: str, check: Any, limit: float = WAIT) -> None:
    deadline = time.monotonic() + limit
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not within {limit:.0f} s")
        await asyncio.sleep(0.05)


async def status(tmp_path: Path, config: Path) -> str:
    done = await asyncio.to_thread(run_vetbot, tmp_path, config, "cluster", "status")
    assert done.returncode == 0, done.stderr
    return done.stdout


def bot_posts(fake: FakeDiscord, channel_id: int) -> list[dict[str, Any]]:
    bot_id = str(fake.bot_user.id)
    return [m for m in fake.messages_in(channel_id) if m["author"]["id"] == bot_id]


def reply_to(fake: FakeDiscord, message_id: int) -> str | None:
    """The bot's answer to the message ``message_id`` (its text and cards), if it came."""
    for message in bot_posts(fake, fake.channel_id):
        reference = message.get("message_reference") or {}
        if str(reference.get("message_id")) == str(message_id):
            cards = json.dumps(message.get("embeds") or [], ensure_ascii=False)
            return f"{message['content']}\n{cards}"
    return None


async def say(fake: FakeDiscord, user: FakeUser, content: str) -> str:
    sent = await fake.send_message(fake.channel_id, user, content)
    await until("an answer", lambda: reply_to(fake, sent) is not None)
    answer = reply_to(fake, sent)
    assert answer is not None
    return answer


async def answered_by(url: str, message_id: int) -> str:
    """The replica that took the message ``message_id``."""
    store = Store(url)
    try:
        async with store.session() as session:
            found = await session.execute(
                text("SELECT replica_id FROM handled_messages WHERE message_id = :id"),
                {"id": str(message_id)},
            )
            return str(found.scalar())
    finally:
        await store.close()


async def test_two_replicas_answer_once_and_show_the_leader(pg_url: str, tmp_path: Path) -> None:
    async with FakeDiscord(broadcast_sessions=True) as fake:
        cora = fake.add_user("cora")
        a = Replica("a", write_config(tmp_path, "a", fake, pg_url, cora), tmp_path)
        b = Replica("b", write_config(tmp_path, "b", fake, pg_url, cora), tmp_path)
        try:
            await a.start()
            await a.until_logged("vetbot running")
            await b.start()
            await b.until_logged("vetbot running")
            await fake.wait_for_live_sessions(2, timeout=START_TIMEOUT)
            assert a.logged("leading") is not None
            assert b.logged("leading") is None

            shown = await status(tmp_path, a.config)
            assert "Leader: a" in shown, shown
            assert "b on " in shown, shown

            channel = fake.channel_id
            sent = [await fake.send_message(channel, cora, "!help") for _ in range(6)]

            def answered() -> bool:
                refs = [
                    int(m["message_reference"]["message_id"])
                    for m in bot_posts(fake, channel)
                    if m.get("message_reference")
                ]
                skipped = sum(
                    1
                    for r in (*a.records, *b.records)
                    if r.get("message") == "message left to another replica"
                )
                return all(s in refs for s in sent) and skipped == len(sent)

            await until("every command answered by one replica, left by the other", answered)
            refs = [
                int(m["message_reference"]["message_id"])
                for m in bot_posts(fake, channel)
                if m.get("message_reference")
            ]
            assert sorted(refs) == sorted(sent), "each command answered exactly once"

            # A tool suggested and approved (by whichever replica takes each command) is
            # found by the other replica's index.
            await say(fake, cora, "!tool suggest https://example.org/kit Replica kit | A kit.")
            approval = await fake.send_message(channel, cora, "!tool approve replica-kit")
            await until("the approval answered", lambda: reply_to(fake, approval) is not None)
            approver = await answered_by(pg_url, approval)
            other = b if approver == "a" else a
            approved_at = time.monotonic()
            tries = 0
            while True:
                tries += 1
                lookup = await fake.send_message(channel, cora, "!tool replica kit")
                await until("the lookup answered", lambda m=lookup: reply_to(fake, m) is not None)
                if await answered_by(pg_url, lookup) == other.name:
                    break
                assert tries < 40, "the other replica never took a lookup"
            found = reply_to(fake, lookup)
            assert found is not None and "replica-kit" in found, found
            print(
                f"approved on {approver}, found on {other.name} after {tries} lookups, "
                f"{time.monotonic() - approved_at:.2f} s"
            )
            assert not a.errors() and not b.errors()

            # SIGTERM: the leader hands over at once, the other leads without waiting for a
            # lost connection to be noticed.
            assert await a.stop() == 0
            assert a.logged("leadership handed over") is not None
            await b.until_logged("leading", WAIT)
            shown = await status(tmp_path, b.config)
            assert "Leader: b" in shown and "a on " not in shown, shown
        finally:
            codes = [await a.stop(), await b.stop()]
        assert codes == [0, 0]


async def test_prompts_due_are_posted_once_when_the_leader_is_killed(
    pg_url: str, tmp_path: Path
) -> None:
    count = 24
    async with FakeDiscord(broadcast_sessions=True, rest_latency=0.15) as fake:
        cora = fake.add_user("cora")
        a = Replica("a", write_config(tmp_path, "a", fake, pg_url, cora), tmp_path)
        b = Replica("b", write_config(tmp_path, "b", fake, pg_url, cora), tmp_path)
        store = Store(pg_url)
        try:
            await a.start()
            await a.until_logged("vetbot running")
            await b.start()
            await b.until_logged("vetbot running")
            await fake.wait_for_live_sessions(2, timeout=START_TIMEOUT)
            assert a.logged("leading") is not None

            # Prompts due this minute (a moment ago): the leader's sync finds them and posts
            # them as a catch-up, one after the other (the fake answers in 150 ms).
            now = datetime.now(UTC)
            due = now.replace(second=0, microsecond=0)
            channel = fake.channel_id
            await store_due_prompts(
                store,
                count,
                text="Failover prompt",
                due=due,
                channel=channel,
                author=cora,
                created_at=due - timedelta(minutes=1),
                updated_at=now,
            )

            def posted() -> list[str]:
                return [
                    m["content"]
                    for m in bot_posts(fake, channel)
                    if m["content"].startswith("Failover prompt")
                ]

            await until("the leader posting", lambda: len(posted()) >= 2)
            killed_at = time.time()
            a.kill()
            took_over = await b.until_logged("leading", WAIT)
            failover = took_over["seen_at"] - killed_at
            print(f"failover: {failover:.2f} s (heartbeat {HEARTBEAT} s)")
            assert failover < 10 + 20 * HEARTBEAT  # generous: the bound is the lease's order
            await until("every prompt posted", lambda: len(set(posted())) == count)
            # The new leader's own posts and resends have settled: every delivery recorded.

            async def recorded() -> bool:
                async with store.session() as session:
                    left = await session.execute(
                        text("SELECT count(*) FROM prompt_deliveries WHERE state <> 'sent'")
                    )
                    return left.scalar() == 0

            await until("every delivery recorded", recorded)
            texts = posted()
            assert sorted(texts) == sorted(f"Failover prompt {i}" for i in range(count)), (
                "each prompt posted exactly once"
            )
            # A post resent under its key finds the message made before the kill; opening its
            # thread a second time is refused by Discord and logged (the post stands, once).
            assert all(
                r["message"] == "posted, but could not open its thread" for r in b.errors()
            ), b.errors()
        finally:
            await store.close()
            await b.stop()
            if a.process is not None and a.process.returncode is None:
                await a.stop()


def test_replicas_on_sqlite_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndata_dir = "data"\n[cluster]\nenabled = true\n', encoding="utf-8")
    done = run_vetbot(tmp_path, config, "run", "--no-input")
    assert done.returncode == 2
    assert "replicas need PostgreSQL" in done.stderr


async def test_replicas_each_run_a_discord_shard(pg_url: str, tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        cora = fake.add_user("cora")
        rooms = []
        for shard in (0, 1):
            guild = fake.add_guild(f"shard {shard}", shard=(shard, 2))
            fake.join(cora, guild.id)
            rooms.append(fake.add_text_channel("general", guild_id=guild.id).id)
        a = Replica(
            "a",
            write_config(tmp_path, "a", fake, pg_url, cora, "shard_count = 2\nshard_ids = [0]"),
            tmp_path,
        )
        b = Replica(
            "b",
            write_config(tmp_path, "b", fake, pg_url, cora, "shard_count = 2\nshard_ids = [1]"),
            tmp_path,
        )
        try:
            await a.start()
            await a.until_logged("vetbot running")
            await b.start()
            await b.until_logged("vetbot running")
            assert sorted(i.shard for i in fake.identifies if i.shard) == [(0, 2), (1, 2)]
            for room, replica in ((rooms[0], "a"), (rooms[1], "b"), (rooms[0], "a")):
                sent = await fake.send_message(room, cora, "!help")

                def answered(room: int = room, sent: int = sent) -> bool:
                    return any(
                        str((m.get("message_reference") or {}).get("message_id")) == str(sent)
                        for m in fake.messages_in(room)
                    )

                await until("the answer in its server", answered, 15)
                assert await answered_by(pg_url, sent) == replica
            dm = await fake.send_message(fake.dm_channel_id(cora), cora, "!help")
            await until(
                "the answer to a direct message",
                lambda: any(
                    m["author"]["id"] == str(fake.bot_user.id)
                    for m in fake.messages_in(fake.dm_channel_id(cora))
                ),
            )
            assert await answered_by(pg_url, dm) == "a"  # shard 0
            # A slash command goes to the shard of its server too.
            for room, replica in ((rooms[1], "b"), (rooms[0], "a")):
                used = await fake.send_slash_command(
                    "help", user=cora, options={"command": "tool"}, channel_id=room
                )
                answer = await fake.wait_for_interaction_response(used, timeout=WAIT)
                assert answer.status < 300 and answer.json["type"] == 4
                assert await answered_by(pg_url, used.id) == replica
            assert not a.errors() and not b.errors()
        except AssertionError:
            for r in (*a.records, *b.records):
                print(r.get("message"), r.get("exception", "")[-1500:])
            raise
        finally:
            codes = [await a.stop(), await b.stop()]
        assert codes == [0, 0]


def callbacks(fake: FakeDiscord, interaction: SentInteraction) -> list[int]:
    """The statuses of every response the bot tried for ``interaction``."""
    path = f"/interactions/{interaction.id}/{interaction.token}/callback"
    return [r.status for r in fake.requests if r.method == "POST" and r.path == path]


async def test_an_interaction_is_answered_by_one_replica(pg_url: str, tmp_path: Path) -> None:
    """Both unsharded sessions get each click and slash command; the replica that claims it
    responds, the other does not even defer (Discord refuses a second response)."""
    async with FakeDiscord(broadcast_sessions=True) as fake:
        cora = fake.add_user("cora")
        a = Replica("a", write_config(tmp_path, "a", fake, pg_url, cora), tmp_path)
        b = Replica("b", write_config(tmp_path, "b", fake, pg_url, cora), tmp_path)
        try:
            await a.start()
            await a.until_logged("vetbot running")
            await b.start()
            await b.until_logged("vetbot running")
            await fake.wait_for_live_sessions(2, timeout=START_TIMEOUT)
            await say(fake, cora, "!help")
            shown = bot_posts(fake, fake.channel_id)[-1]
            sent: list[SentInteraction] = []
            for _ in range(3):
                sent.append(
                    await fake.send_button_click(int(shown["id"]), "vetbot:!help tool", user=cora)
                )
                sent.append(
                    await fake.send_slash_command("help", user=cora, options={"command": "tool"})
                )
            for interaction in sent:
                answer = await fake.wait_for_interaction_response(interaction, timeout=WAIT)
                assert answer.status < 300, answer
                assert answer.json["type"] == 4
                assert "tool" in answer.json["data"]["content"]

            def left() -> int:
                return sum(
                    1
                    for r in (*a.records, *b.records)
                    if r.get("message") == "message left to another replica"
                )

            # The help answer's message and every interaction: one replica each leaves it.
            await until("every interaction left by the other replica", lambda: left() == 7)
            tried = [callbacks(fake, i) for i in sent]
            assert all(len(t) == 1 and t[0] < 300 for t in tried), tried
            for interaction in sent:
                assert await answered_by(pg_url, interaction.id) in ("a", "b")
            assert not a.errors() and not b.errors()
        finally:
            codes = [await a.stop(), await b.stop()]
        assert codes == [0, 0]

"""The transactional outbox and the capacity invariant, on SQLite and PostgreSQL.

Each test reproduces a way owed messages were lost or doubled, or a mentor overbooked:
a one-shot process expiring proposals it cannot deliver, a message to a platform nobody
holds, two starting processes delivering the same proposal, parallel requests and accepts
giving a mentor more people than their capacity.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, pool, text

from bot.actions import Action, Delivery, DirectMessage
from bot.capabilities.mentoring.batch import BatchService
from bot.events import Message
from bot.formats import format_moment
from bot.messages import Cmd, Join, Late, Msg, from_data, render, to_data
from bot.outbox import LEASE, MAX_ATTEMPTS, Owed, backoff, owe_dm
from bot.ports import ChatAdapter, MessageHandler
from bot.store.database import sync_url
from tests.botkit import FakeClock, TestBot
from tests.mentoring.kit import LEA, MAX, MIA, NEED, Restartable, dm_to, proposal_id, rows
from tests.processes import run_vetbot


def _sql(url: str, statement: str, **params: Any) -> None:
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        engine.dispose()


def _at(value: datetime | str) -> datetime:
    """A time read with plain SQL (SQLite gives text) without its zone."""
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=None)


def _outbox(url: str) -> list[dict[str, Any]]:
    return sorted(rows(url, "outbox"), key=lambda r: r["id"])


@dataclass
class Recorder(ChatAdapter):
    """A chat platform that only records what it is asked to send (a platform the test
    machine has no server for); ``fail`` makes every send fail, as a platform that is down."""

    platform: str = "chatx"
    fail: bool = False
    sent: list[Action] = field(default_factory=list)

    async def start(self, handler: MessageHandler) -> None:
        return None

    async def perform(self, action: Action) -> Delivery | None:
        if self.fail:
            raise ConnectionError("platform down")
        self.sent.append(action)
        return Delivery(message_id=f"x{len(self.sent)}")

    async def stop(self) -> None:
        return None


def _chatx(user: str, line: str) -> Message:
    return Message(
        platform="chatx",
        room_id=f"dm:{user}",
        sender_id=user,
        sender_name=user,
        text=line,
        is_direct=True,
        event_id=f"e-{user}-{random.random()}",
        roles=frozenset({"trainer"}),
    )


# --- message values ---------------------------------------------------------------------------
def test_message_values_round_trip_through_json_and_render_late_values() -> None:
    value = Join(
        (
            Msg.of("mentoring.exhausted_told"),
            Msg.of("mentoring.withdrawn_to_mentor", id=7),
            Cmd("match status"),
            Late("deadline"),
            None,
        ),
        sep=" | ",
    )
    again = from_data(to_data(value))
    assert again == value
    shown = render(again, "en", "?", {"deadline": "tomorrow"})
    assert shown.startswith("The coordinators know too. | ")
    assert "#7" in shown and shown.endswith(" | ?match status | tomorrow")


def test_backoff_doubles_up_to_an_hour() -> None:
    waits = [backoff(n).total_seconds() for n in range(1, MAX_ATTEMPTS + 1)]
    assert waits[:3] == [30, 60, 120]
    assert max(waits) <= 3600 and waits == sorted(waits)


# --- 1. owed messages are not dropped by one-shot processes -------------------------------------
async def test_a_one_shot_command_leaves_deadlines_to_the_running_bot(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        await bots.say(MAX, user="max")
        await bots.say(LEA, user="lea")
        out = await bots.say(NEED, user="ana")
        first = "max" if dm_to(out, "max") else "lea"
        second = "lea" if first == "max" else "max"
        first_id = proposal_id(out, first)
        await bots.stop()
        _sql(db_url, "UPDATE mentoring_proposals SET deadline_at = '2000-01-01 00:00:00'")
        before = rows(db_url, "mentoring_proposals")

        config = tmp_path / "bot.toml"
        config.write_text(
            f'[store]\nurl = "{db_url}"\n[knowledge]\nseed = false\n', encoding="utf-8"
        )
        done = await asyncio.to_thread(
            run_vetbot, tmp_path, config, "say", "--as", "bystander", "!help privacy"
        )
        assert done.returncode == 0, done.stderr
        # The one-shot process answered and changed nothing of the mentoring flow.
        assert rows(db_url, "mentoring_proposals") == before
        assert "not delivered" not in done.stderr

        # The running bot expires the proposal and asks the next candidate, once.
        bot = await bots.start()
        started = bot.output()
        assert "expired" in dm_to(started, first)[0]
        assert proposal_id(started, second) != first_id
        assert len(dm_to(started, second)) == 1
        again = await bots.restart()
        assert "A trainer is looking" not in again.output()
    finally:
        await bots.stop()


async def test_a_message_to_a_platform_nobody_holds_waits_and_its_deadline_starts_on_delivery(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await bots.start()
    try:
        # A mentor on a platform this process does not hold.
        await bot.app.handle(_chatx("zoe", MIA.replace("!", "", 1)))
        flushed: list[Sequence[str] | None] = []
        flush = bot.app.relay.flush

        async def recording(keys: Sequence[str] | None = None) -> int:
            flushed.append(keys)
            return await flush(keys)

        bot.app.relay.flush = recording  # type: ignore[method-assign]
        out = await bots.say(NEED, user="ana")
        assert "I've asked a mentor" in out
        [proposal] = rows(db_url, "mentoring_proposals")
        assert proposal["sent_at"] is None and proposal["deadline_at"] is None
        [owed] = [r for r in _outbox(db_url) if r["platform"] == "chatx" and r["kind"] == "dm"]
        assert owed["sent_at"] is None and owed["topic"] == "mentoring.proposal"
        # Not even tried by the process that wrote it: it holds no chatx, and the flush after
        # the reply does not look for the row at all.
        assert owed["attempts"] == 0 and owed["claimed_by"] is None
        key = owed["key"]
        assert key and all(keys is not None and key not in keys for keys in flushed)

        # Days pass and the bot restarts: nothing expires a proposal nobody received.
        clock.advance(hours=100)
        bot = await bots.restart()
        assert rows(db_url, "mentoring_proposals")[0]["status"] == "pending"

        # The platform comes: the message goes out once, with the deadline from now.
        recorder = Recorder()
        bot.app.add_adapter(recorder)
        assert await bot.app.relay.flush() == 1
        assert await bot.app.relay.flush() == 0
        [sent] = recorder.sent
        assert isinstance(sent, DirectMessage) and sent.user_id == "zoe"
        assert sent.key == owed["key"]
        deadline = clock.now() + timedelta(hours=48)
        # Written for the mentor, in the bot's zone (she chose none).
        assert format_moment(deadline, "en", bot.app.settings.bot.timezone) in sent.text
        [proposal] = rows(db_url, "mentoring_proposals")
        assert proposal["sent_at"] is not None
        wait = _at(proposal["deadline_at"]) - _at(proposal["sent_at"])
        assert wait == timedelta(hours=48)
        [done] = [r for r in _outbox(db_url) if r["id"] == owed["id"]]
        assert done["sent_at"] is not None and done["body"] in ({}, "{}") and done["target"] == ""
    finally:
        await bots.stop()


@dataclass
class StandingBy(Recorder):
    """A platform whose rows another replica delivers while ``syncing`` is false (the Matrix
    adapter of a replica that does not hold the sync)."""

    syncing: bool = False

    def delivers(self) -> bool:
        return self.syncing


async def test_rows_of_a_platform_another_replica_delivers_wait_for_the_one_that_does(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock)
    bot = await bots.start()
    try:
        await bot.app.handle(_chatx("zoe", MIA.replace("!", "", 1)))
        await bots.say(NEED, user="ana")
        platform = StandingBy()
        bot.app.add_adapter(platform)
        owed = [Owed(key="a", platform="chatx"), Owed(key="b", platform="console")]
        assert bot.app.relay.deliverable(owed) == ["b"]
        assert await bot.app.relay.flush() == 0
        assert platform.sent == []
        platform.syncing = True
        assert bot.app.relay.deliverable(owed) == ["a", "b"]
        assert await bot.app.relay.flush() == 1
        [sent] = platform.sent
        assert isinstance(sent, DirectMessage) and sent.user_id == "zoe"
    finally:
        await bots.stop()


async def test_a_message_that_cannot_be_delivered_is_given_up_visibly_and_the_next_is_asked(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'vetbot.db'}"
    bots = Restartable(tmp_path, url, clock, permissions={"coordinator_users": ["console:cora"]})
    bot = await bots.start()
    try:
        await bot.app.handle(_chatx("zoe", MIA.replace("!", "", 1)))
        await bots.say(LEA, user="lea")
        await bots.say(NEED, user="ana")
        down = Recorder(fail=True)
        bot.app.add_adapter(down)
        for _ in range(MAX_ATTEMPTS):
            await bot.app.relay.flush()
            clock.advance(hours=1)
        [entry] = [r for r in _outbox(url) if r["topic"] == "mentoring.proposal"][:1]
        assert entry["given_up_at"] is not None and entry["attempts"] == MAX_ATTEMPTS
        assert entry["error"] == "ConnectionError"
        # The proposal expired and the next candidate (on the console) was asked.
        statuses = [p["status"] for p in rows(url, "mentoring_proposals")]
        assert statuses[0] == "expired" and statuses[1] == "pending"
        down.fail = False
        await bot.app.relay.flush()
        told = "\n".join(bot.console.printed)
        assert proposal_id(told, "lea")
        assert dm_to(told, "cora") and "could not be delivered on chatx" in dm_to(told, "cora")[0]
    finally:
        await bots.stop()


# --- 3. two starting processes deliver once ---------------------------------------------------
async def test_two_processes_starting_together_deliver_each_proposal_once(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    try:
        for user in ("xavi", "yuki", "zara"):
            await bots.say(MAX.replace("capacity: 1", "capacity: 3"), user=user)
            await bots.say("!mentor pause", user=user)
        for n, user in enumerate(("ana", "ben", "cleo", "dan")):
            await bots.say(f"!match assessment of apprentices number {n}", user=user)
    finally:
        await bots.stop()
    _sql(db_url, "UPDATE mentoring_profiles SET paused = false")
    # `vetbot match run`: a one-shot process writes the proposals and delivers none.
    writer = await TestBot(bots.settings, clock).start()
    try:
        result = await writer.app.runtime.get(BatchService).run_batch(clock.now())
    finally:
        await writer.stop()
    assert result.proposed == 4 and writer.console.printed == []
    assert all(r["sent_at"] is None for r in _outbox(db_url))

    one = TestBot(bots.settings, clock, interactive=True)
    two = TestBot(bots.settings, clock, interactive=True)
    try:
        # The schema is in place; both start at once (Alembic itself is not run twice in
        # one process at the same time).
        await asyncio.gather(one.app.start(prepare_store=False), two.app.start(prepare_store=False))
        await asyncio.gather(one.app.relay.flush(), two.app.relay.flush())
        printed = "\n".join(one.console.printed + two.console.printed)
        numbers = Counter(
            proposal_id(dm, user)
            for user in ("xavi", "yuki", "zara")
            for dm in dm_to(printed, user)
        )
        made = [p["id"] for p in rows(db_url, "mentoring_proposals")]
        assert sorted(numbers) == sorted(made) and set(numbers.values()) == {1}
        assert all(r["sent_at"] is not None for r in _outbox(db_url))
    finally:
        await one.stop()
        await two.stop()


@dataclass
class SlowPlatform(Recorder):
    """A platform where each send takes 60 % of the outbox lease (a rate limit, a slow
    network); ``meanwhile`` runs during the second one."""

    clock: FakeClock | None = None
    meanwhile: Any = None

    async def perform(self, action: Action) -> Delivery | None:
        assert self.clock is not None
        self.clock.advance(seconds=LEASE.total_seconds() * 0.6)
        if self.meanwhile is not None and len(self.sent) == 1:
            await self.meanwhile()
        return await super().perform(action)


async def test_a_batch_slower_than_its_lease_never_sends_a_row_another_process_took_over(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    await bots.stop()
    one = await TestBot(bots.settings, clock).start()
    two = await TestBot(bots.settings, clock).start()
    slow, quick = SlowPlatform(clock=clock), Recorder()
    one.app.add_adapter(slow)
    two.app.add_adapter(quick)
    try:
        async with one.app.store.session() as session:
            for n in range(4):
                await owe_dm(
                    session, platform="chatx", user_id=f"u{n}", text=f"note {n}", now=clock.now()
                )

        async def take_over() -> None:
            # The rows claimed with the batch and not sent yet have run out of lease: the
            # other process takes them over and sends them.
            assert await two.app.relay.flush() == 2

        slow.meanwhile = take_over
        assert await one.app.relay.flush() == 2
        dms = [a for a in slow.sent + quick.sent if isinstance(a, DirectMessage)]
        assert [a.text for a in dms] == ["note 0", "note 1", "note 2", "note 3"]
        assert len(slow.sent) == 2 and len(quick.sent) == 2
        assert sorted(str(a.key) for a in dms) == sorted(r["key"] for r in _outbox(db_url))
        assert all(r["sent_at"] is not None for r in _outbox(db_url))
    finally:
        await one.stop()
        await two.stop()


# --- 2. capacity under concurrency --------------------------------------------------------------
async def _many(
    bots: list[TestBot], lines: list[tuple[str, str]], role: str = "trainer"
) -> list[str]:
    """Send each (user, line) through one of ``bots`` (each its own engine and connections,
    as separate processes would be) all at the same time; returns the replies' texts."""

    async def one(i: int, user: str, line: str) -> str:
        message = Message(
            platform="console",
            room_id="general",
            room_name="general",
            sender_id=user,
            sender_name=user,
            text=line,
            event_id=f"m-{i}",
            roles=frozenset({role}),
        )
        actions = await bots[i % len(bots)].app.handle(message)
        return "\n".join(getattr(a, "text", "") for a in actions)

    return list(await asyncio.gather(*(one(i, u, line) for i, (u, line) in enumerate(lines))))


def _active(url: str) -> dict[int, int]:
    """Slots in use per mentor person id (pending proposals and matches not ended)."""
    used: Counter[int] = Counter()
    for p in rows(url, "mentoring_proposals"):
        if p["status"] == "pending" or (p["status"] == "accepted" and p["ended_at"] is None):
            used[p["mentor_id"]] += 1
    return dict(used)


async def test_parallel_requests_and_accepts_never_exceed_capacity(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    rng = random.Random(20261203)
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    writers: list[TestBot] = []
    try:
        capacity = {"pia": 1, "quin": 2}
        for user, cap in capacity.items():
            await bots.say(
                f"!mentor join topics: plumbing; languages: en; capacity: {cap}; consent: yes",
                user=user,
            )
        writers = [await TestBot(bots.settings, clock).start() for _ in range(3)]
        for round_ in range(3):
            lines = [
                (f"t{round_}_{n}", f"!match need help with plumbing {round_} {n}") for n in range(6)
            ]
            await _many(writers, lines)
            people = {r["id"]: r["display_name"] for r in rows(db_url, "people")}
            for mentor_id, used in _active(db_url).items():
                assert used <= capacity[people[mentor_id]], (round_, people[mentor_id], used)
            pending = [p for p in rows(db_url, "mentoring_proposals") if p["status"] == "pending"]
            accepts = [
                (people[p["mentor_id"]], f"!match accept {p['id']}")
                for p in rng.sample(pending, k=len(pending))
            ]
            await _many(writers, accepts)
            for mentor_id, used in _active(db_url).items():
                assert used <= capacity[people[mentor_id]], (round_, people[mentor_id], used)
            # Mentors end their matches; the freed places go to the waiting requests.
            ended = [
                (people[p["mentor_id"]], f"!match end {p['id']}")
                for p in rows(db_url, "mentoring_proposals")
                if p["status"] == "accepted" and p["ended_at"] is None
            ]
            await _many(writers, ended)
            await _many(writers, [("cora", "!match run")], role="coordinator")
    finally:
        for writer in writers:
            await writer.stop()
        await bots.stop()


async def test_accepting_never_takes_a_mentor_above_capacity(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    """Three proposals already wait on a mentor with one place (as overbooking left them
    before); accepted at the same time, one wins and the others are told why."""
    bots = Restartable(tmp_path, db_url, clock)
    await bots.start()
    writers: list[TestBot] = []
    try:
        await bots.say(
            "!mentor join topics: plumbing; languages: en; capacity: 1; consent: yes", user="pia"
        )
        await bots.say("!match need help with plumbing", user="tom")
        [first] = rows(db_url, "mentoring_proposals")
        for n in (2, 3):
            await bots.say(f"!match welding number {n}", user=f"t{n}")
        requests = [r["id"] for r in rows(db_url, "mentoring_requests")][1:]
        for request_id in requests:
            _sql(
                db_url,
                "INSERT INTO mentoring_proposals (request_id, mentor_id, score, status,"
                " created_at, sent_at, deadline_at)"
                " VALUES (:r, :m, 1, 'pending', :t, :t, :d)",
                r=request_id,
                m=first["mentor_id"],
                t=datetime(2026, 11, 24, 9, 0),
                d=datetime(2026, 11, 26, 9, 0),
            )
        ids = [p["id"] for p in rows(db_url, "mentoring_proposals")]
        writers = [await TestBot(bots.settings, clock).start() for _ in range(3)]
        replies = await _many(writers, [("pia", f"!match accept {i}") for i in ids])
        accepted = [p for p in rows(db_url, "mentoring_proposals") if p["status"] == "accepted"]
        assert len(accepted) == 1
        assert sum("All your places are taken" in r for r in replies) == len(ids) - 1
    finally:
        for writer in writers:
            await writer.stop()
        await bots.stop()

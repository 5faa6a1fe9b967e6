"""Mentoring under races found by the kill-and-race test (``tests/integration/test_kill_race.py``).

**Lock order** (PostgreSQL): a mentor accepting a proposal while the trainer cancelled its
request ended in "deadlock detected" and a "something went wrong" for one of them, because
accept (and decline, and the deadline sweep) locked the proposal and then the request, and
cancel the request and then its proposals. The interleaving is forced here: a third transaction
holds the request, the cancel queues for it first and the other operation second; when the
request is let go, the two must run one after the other, never abort each other.

**A proposal withdrawn on its way**: a trainer cancelling while the proposal's message was being
sent (or after a process sent it and died before recording it) left the mentor with a proposal
nobody told them was withdrawn: the cancel looked only at whether the delivery was recorded.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from bot.actions import Action, Delivery, DirectMessage
from bot.capabilities.mentoring.deadlines import DeadlineService
from bot.capabilities.mentoring.proposals import ProposalService
from bot.capabilities.mentoring.proposing import PROPOSAL
from bot.capabilities.mentoring.requests import RequestService
from bot.errors import Conflict
from bot.events import Message
from bot.outbox import LEASE
from bot.ports import ChatAdapter, MessageHandler
from bot.store.models import OutboxEntry
from tests.botkit import FakeClock, TestBot
from tests.mentoring.kit import MIA, NEED, Restartable, rows

WAIT = 10.0


async def _lock_waiters(conn: AsyncConnection, count: int) -> None:
    """Wait until ``count`` other sessions of this database wait for a lock."""
    async with asyncio.timeout(WAIT):
        while True:
            waiting = await conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock'"
                )
            )
            if waiting >= count:
                return
            await asyncio.sleep(0.02)


@pytest.mark.postgres
@pytest.mark.parametrize("other", ["accept", "decline", "expire"])
async def test_a_cancel_and_an_answer_or_expiry_of_its_proposal_never_deadlock(
    tmp_path: Path, pg_url: str, clock: FakeClock, other: str, caplog: pytest.LogCaptureFixture
) -> None:
    bots = Restartable(tmp_path, pg_url, clock)
    bot = await bots.start()
    watcher = create_async_engine(pg_url)
    try:
        await bots.say(
            "!mentor join topics: plumbing; languages: en; capacity: 1; consent: yes", user="pia"
        )
        await bots.say("!match need help with plumbing", user="tom")
        [proposal] = rows(pg_url, "mentoring_proposals")
        people = {r["display_name"]: r["id"] for r in rows(pg_url, "people")}
        runtime = bot.app.runtime
        proposals, deadlines = runtime.get(ProposalService), runtime.get(DeadlineService)
        requests = runtime.get(RequestService)
        now = clock.now() + timedelta(days=3)  # past the proposal's deadline
        answer = {
            "accept": lambda: proposals.accept(people["pia"], proposal["id"], now),
            "decline": lambda: proposals.decline(people["pia"], proposal["id"], now),
            "expire": lambda: deadlines.expire_overdue(now),
        }[other]
        async with watcher.connect() as holder, watcher.connect() as looker:
            await holder.execute(
                text("SELECT id FROM mentoring_requests WHERE id = :r FOR UPDATE"),
                {"r": proposal["request_id"]},
            )
            cancel = asyncio.create_task(
                requests.cancel(people["tom"], proposal["request_id"], now)
            )
            await _lock_waiters(looker, 1)
            second = asyncio.create_task(answer())
            await _lock_waiters(looker, 2)
            await holder.rollback()
            async with asyncio.timeout(WAIT):
                outcomes = await asyncio.gather(cancel, second, return_exceptions=True)
    finally:
        await watcher.dispose()
        await bots.stop()
    # The sweep logs a failed proposal and goes on; it must not have failed either.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert outcomes[0] == proposal["request_id"], outcomes
    # The cancel came first: the answer finds the proposal withdrawn, the sweep nothing due.
    if other == "expire":
        assert outcomes[1] == 0, outcomes
    else:
        assert isinstance(outcomes[1], Conflict), outcomes
    [after] = rows(pg_url, "mentoring_proposals")
    assert after["status"] == "withdrawn"


# --- a proposal withdrawn on its way ----------------------------------------------------------
class Gate(ChatAdapter):
    """A chat platform whose sends can be held: ``hold`` lets a message reach the person and
    then keeps the send from returning (as a process that dies right after sending) until
    ``release``."""

    platform = "chatx"

    def __init__(self) -> None:
        self.sent: list[DirectMessage] = []
        self.holding = asyncio.Event()
        self._open = asyncio.Event()
        self._open.set()

    def hold(self) -> None:
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    async def start(self, handler: MessageHandler) -> None:
        return None

    async def perform(self, action: Action) -> Delivery | None:
        assert isinstance(action, DirectMessage)
        self.sent.append(action)
        if not self._open.is_set():
            self.holding.set()
            await self._open.wait()
        return Delivery(message_id=f"x{len(self.sent)}")

    async def stop(self) -> None:
        return None

    def texts(self) -> list[str]:
        return [m.text for m in self.sent]


def _from(platform: str, user: str, line: str) -> Message:
    return Message(
        platform=platform,
        room_id=f"dm:{user}",
        sender_id=user,
        sender_name=user,
        text=line,
        is_direct=True,
        event_id=f"e-{user}-{line}",
        roles=frozenset({"trainer"}),
    )


async def _proposal_waiting_for_zoe(bots: Restartable, bot: TestBot) -> None:
    """Zoe (on chatx, which this bot does not hold yet) is proposed Ana's request."""
    await bot.app.handle(_from("chatx", "zoe", MIA.replace("!", "", 1)))
    assert "I've asked a mentor" in await bots.say(NEED, user="ana")


async def test_a_proposal_withdrawn_while_it_is_being_sent_is_followed_by_word_of_it(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await bots.start()
    try:
        await _proposal_waiting_for_zoe(bots, bot)
        gate = Gate()
        bot.app.add_adapter(gate)
        gate.hold()
        sending = asyncio.create_task(bot.app.relay.flush())
        async with asyncio.timeout(WAIT):
            await gate.holding.wait()
        # Ana cancels while the proposal is on its way to Zoe (not through `say`, which would
        # wait for the deliveries the cancel owes, queued behind the one held here).
        await bot.app.handle(_from("console", "ana", "!match cancel confirm"))
        gate.release()
        await sending
        await bot.app.settle()
        await bot.app.relay.flush()
    finally:
        await bots.stop()
    [proposal] = rows(db_url, "mentoring_proposals")
    assert proposal["status"] == "withdrawn"
    assert len(gate.sent) == 2 and "A trainer is looking for a mentor" in gate.texts()[0]
    assert gate.texts()[1] == (
        f"The trainer withdrew the request behind proposal #{proposal['id']}; nothing more to do."
    )


async def test_a_proposal_sent_by_a_process_that_died_then_withdrawn_is_followed_by_word_of_it(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    bots = Restartable(tmp_path, db_url, clock)
    bot = await bots.start()
    try:
        await _proposal_waiting_for_zoe(bots, bot)
        gate = Gate()
        bot.app.add_adapter(gate)
        gate.hold()
        sending = asyncio.create_task(bot.app.relay.flush())
        async with asyncio.timeout(WAIT):
            await gate.holding.wait()
        # The message reached Zoe; the process dies before it can record that.
        sending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sending
        gate.release()
        await bot.app.handle(_from("console", "ana", "!match cancel confirm"))
        await bot.app.settle()
        # Another process takes the lapsed claim over: the proposal is no longer owed; the
        # word of its withdrawal is.
        clock.advance(seconds=LEASE.total_seconds() + 1)
        await bot.app.relay.flush()
    finally:
        await bots.stop()
    [proposal] = rows(db_url, "mentoring_proposals")
    assert proposal["status"] == "withdrawn"
    assert len(gate.sent) == 2 and "A trainer is looking for a mentor" in gate.texts()[0]
    assert gate.texts()[1].startswith("The trainer withdrew the request behind proposal #")
    [owed] = [r for r in rows(db_url, "outbox") if r["topic"] == PROPOSAL]
    assert owed["error"] == "withdrawn" and owed["sent_at"] is None


async def test_recording_a_delivery_after_the_withdrawal_owes_word_of_it(
    tmp_path: Path, db_url: str, clock: FakeClock
) -> None:
    """The cancel looked before the message was claimed; the delivery is recorded after the
    cancel: the delivery hook owes the word (the outbox calls it whenever a send succeeded)."""
    bots = Restartable(tmp_path, db_url, clock)
    bot = await bots.start()
    try:
        await _proposal_waiting_for_zoe(bots, bot)
        await bot.app.handle(_from("console", "ana", "!match cancel confirm"))
        await bot.app.settle()
        assert [r["key"] for r in rows(db_url, "outbox") if "withdrawn" in r["key"]] == []
        hooks = bot.app.runtime.get(DeadlineService).delivery_hooks()
        assert hooks.delivered is not None
        async with bot.app.store.session() as session:
            entry = await session.scalar(select(OutboxEntry).where(OutboxEntry.topic == PROPOSAL))
            assert entry is not None
            await hooks.delivered(session, entry, clock.now())
    finally:
        await bots.stop()
    [proposal] = rows(db_url, "mentoring_proposals")
    owed = [r["key"] for r in rows(db_url, "outbox") if "withdrawn" in r["key"]]
    assert owed == [f"mentoring-withdrawn-{proposal['id']}"]

"""Lock order on PostgreSQL: every mentoring operation locks a request before its proposals.

Found by the kill-and-race test (``tests/integration/test_kill_race.py``): a mentor accepting
a proposal while the trainer cancels its request ended in "deadlock detected" and a
"something went wrong" for one of them, because accept (and decline, and the deadline sweep)
locked the proposal and then the request, and cancel the request and then its proposals.
Here the interleaving is forced: a third transaction holds the request, the cancel queues for
it first and the other operation second; when the request is let go, the two must run one
after the other, never abort each other.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from bot.capabilities.mentoring.service import MatchingService
from bot.errors import Conflict
from tests.botkit import FakeClock
from tests.mentoring.kit import Restartable, rows

pytestmark = pytest.mark.postgres

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
        service = bot.app.runtime.get(MatchingService)
        now = clock.now() + timedelta(days=3)  # past the proposal's deadline
        answer = {
            "accept": lambda: service.accept(people["pia"], proposal["id"], now),
            "decline": lambda: service.decline(people["pia"], proposal["id"], now),
            "expire": lambda: service.expire_overdue(now),
        }[other]
        async with watcher.connect() as holder, watcher.connect() as looker:
            await holder.execute(
                text("SELECT id FROM mentoring_requests WHERE id = :r FOR UPDATE"),
                {"r": proposal["request_id"]},
            )
            cancel = asyncio.create_task(service.cancel(people["tom"], proposal["request_id"], now))
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

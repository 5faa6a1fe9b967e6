"""The outgoing queue against a scripted homeserver: order, rate limits, outages, refusals."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

from adapters.matrix.outgoing import (
    Outcome,
    Outgoing,
    OutgoingQueue,
    RateLimited,
    Refused,
    Sent,
    Unreachable,
)


class ScriptedHomeserver:
    """Answers each send attempt with the next scripted outcome (``Sent`` once they run out),
    and records every attempt with its transaction id."""

    def __init__(self, script: list[Outcome]) -> None:
        self._script: Iterator[Outcome] = iter(script)
        self.attempts: list[tuple[str, str, float]] = []
        self.accepted: dict[str, str] = {}

    async def __call__(self, item: Outgoing) -> Outcome:
        self.attempts.append((item.content["body"], item.txn_id, time.monotonic()))
        outcome = next(self._script, None)
        if outcome is None:
            # Like a homeserver: the same transaction id gives the same event.
            event_id = self.accepted.setdefault(item.txn_id, f"$ev{len(self.accepted)}")
            return Sent(event_id=event_id)
        return outcome


def _item(body: str, txn: str) -> Outgoing:
    return Outgoing(room_id="!r", event_type="m.room.message", content={"body": body}, txn_id=txn)


async def test_everything_is_sent_in_order_through_rate_limits_and_outages() -> None:
    server = ScriptedHomeserver(
        [RateLimited(retry_after=0.05), Unreachable(reason="down"), Unreachable(reason="down")]
    )
    queue = OutgoingQueue(server, backoff_start=0.01)
    queue.start()
    items = [queue.put(_item(f"m{n}", f"t{n}")) for n in range(5)]
    results = await asyncio.wait_for(asyncio.gather(*(i.done for i in items)), 5)
    assert len(set(results)) == 5 and None not in results
    sent = [body for body, _txn, _at in server.attempts]
    assert sent == ["m0", "m0", "m0", "m0", "m1", "m2", "m3", "m4"]
    # Every retry of m0 used the transaction id fixed when it was queued.
    assert {txn for body, txn, _at in server.attempts if body == "m0"} == {"t0"}
    # The rate limit was honoured: the second attempt came after retry_after.
    assert server.attempts[1][2] - server.attempts[0][2] >= 0.05
    assert (queue.rate_limited, queue.retries) == (1, 2)
    assert await queue.drain(within=1)
    await queue.close()


async def test_a_refused_event_is_reported_and_does_not_block_the_rest() -> None:
    server = ScriptedHomeserver([Refused(reason="M_FORBIDDEN")])
    queue = OutgoingQueue(server)
    queue.start()
    refused, fine = queue.put(_item("a", "t1")), queue.put(_item("b", "t2"))
    assert await asyncio.wait_for(refused.done, 2) is None
    assert await asyncio.wait_for(fine.done, 2) == "$ev0"
    await queue.close()


async def test_close_resolves_what_could_not_be_sent() -> None:
    server = ScriptedHomeserver([Unreachable(reason="down")] * 1000)
    queue = OutgoingQueue(server, backoff_start=0.01, backoff_max=0.02)
    queue.start()
    stuck = queue.put(_item("a", "t1"))
    assert not await queue.drain(within=0.1)
    await queue.close()
    assert stuck.done.result() is None and len(queue) == 0

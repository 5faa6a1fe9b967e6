"""Stopping a background task: the stopper's own cancellation is never swallowed."""

from __future__ import annotations

import asyncio

import pytest

from bot.tasks import stop_task


async def test_a_caller_cancelled_while_it_stops_a_task_is_cancelled_too() -> None:
    cleaning = asyncio.Event()

    async def slow_to_end() -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cleaning.set()
            await asyncio.sleep(0.05)  # its own clean-up, after the cancel
            raise

    work = asyncio.create_task(slow_to_end())
    await asyncio.sleep(0)
    ran_on = []

    async def heartbeat() -> None:
        await stop_task(work)
        ran_on.append(True)  # a heartbeat that swallowed its own stop would go on here

    beating = asyncio.create_task(heartbeat())
    await cleaning.wait()
    beating.cancel()
    with pytest.raises(asyncio.CancelledError):
        await beating
    assert not ran_on
    await asyncio.wait({work})
    assert work.cancelled()


async def test_a_task_that_failed_or_ended_is_stopped_quietly() -> None:
    async def fails() -> None:
        raise RuntimeError("its own failure")

    failed = asyncio.create_task(fails())
    await asyncio.wait({failed})
    await stop_task(failed)
    await stop_task(None)
    done = asyncio.create_task(asyncio.sleep(0))
    await done
    await stop_task(done)
    assert failed.done() and done.done()

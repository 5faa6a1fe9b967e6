"""Ending background tasks."""

from __future__ import annotations

import asyncio
from typing import Any


async def stop_task(task: asyncio.Task[Any] | None) -> None:
    """Cancel ``task`` (if it has not ended) and wait until it has, whatever it raised.

    Unlike ``await task`` under ``suppress(CancelledError)``, a cancellation of the caller
    itself while it waits still reaches the caller: a heartbeat being stopped while it stops
    a lease's work stops too, rather than running on.
    """
    if task is None:
        return
    task.cancel()
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()  # retrieved: it is the stopped work's, and over

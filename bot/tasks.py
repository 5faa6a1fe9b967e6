"""Ending background tasks."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger(__name__)


async def stop_task(task: asyncio.Task[Any] | None) -> None:
    """Cancel ``task`` (if it has not ended) and wait until it has, whatever it raised.

    Unlike ``await task`` under ``suppress(CancelledError)``, a cancellation of the caller
    itself while it waits still reaches the caller: a heartbeat being stopped while it stops
    a lease's work stops too, rather than running on. A task that had failed is logged with
    its traceback (it may have ended long before anyone asked).
    """
    if task is None:
        return
    task.cancel()
    await asyncio.wait({task})
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("%s had failed", task.get_name(), exc_info=error)

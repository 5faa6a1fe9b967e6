"""Networks stored with ``vetbot network add|edit|list|show``, served to the running bot
beside those of ``bot.toml`` and refreshed every 30 seconds (:mod:`.service`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.runtime import Runtime

#: How often a running bot reads the stored networks again.
REFRESH_SECONDS = 30


def setup(runtime: Runtime) -> None:
    """Provide the service and load the networks at start (then every 30 s when running)."""
    from bot.capabilities.networks.service import NetworkService

    service = runtime.provide(
        NetworkService(runtime.store, runtime.clock, runtime.networks, runtime.settings.networks)
    )

    async def start() -> None:
        await service.load()
        if runtime.interactive:
            runtime.scheduler.add_job(
                service.load,
                "interval",
                seconds=REFRESH_SECONDS,
                id="networks-refresh",
                replace_existing=True,
                coalesce=True,
                max_instances=1,
            )

    runtime.on_start("networks", start)
